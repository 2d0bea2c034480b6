"""The stored plans of planned work and their planned notices: reading them, and dropping
the pending ones a change made pointless. The schedule fires them; the service asks here
what the plan promises next."""

from __future__ import annotations

import json
from datetime import datetime

from app.incidents.plan import PlanConfig, PlannedNotice
from app.store import db
from app.timefmt import iso

_COLUMNS = (
    "p.id, p.incident_id, i.reference, p.purpose, p.lead_minutes, p.due_at, p.state, "
    "p.notice_id, p.done_at, p.reason"
)


def _time(value: object) -> datetime | None:
    return datetime.fromisoformat(str(value).replace("Z", "+00:00")) if value else None


def _planned(row: tuple[object, ...]) -> PlannedNotice:
    due = _time(row[5])
    assert due is not None
    return PlannedNotice(
        id=int(str(row[0])),
        incident_id=int(str(row[1])),
        reference=str(row[2]),
        purpose=str(row[3]),
        lead_minutes=int(str(row[4])) if row[4] is not None else None,
        due_at=due,
        state=str(row[6]),
        notice_id=int(str(row[7])) if row[7] is not None else None,
        done_at=_time(row[8]),
        reason=str(row[9]) if row[9] is not None else None,
    )


def planned_notices(
    conn: db.Connection,
    *,
    incident_id: int | None = None,
    where: str = "",
    args: tuple[object, ...] = (),
) -> list[PlannedNotice]:
    """Planned notices, oldest due first; `where` narrows them (an SQL condition on `p`)."""
    sql = f"SELECT {_COLUMNS} FROM planned_notices p JOIN incidents i ON i.id = p.incident_id"
    conditions = [where] if where else []
    if incident_id is not None:
        conditions.append("p.incident_id = ?")
        args = (*args, incident_id)
    if conditions:
        sql += " WHERE " + " AND ".join(conditions)
    return [_planned(r) for r in conn.execute(sql + " ORDER BY p.due_at, p.id", args)]


def planned_notice(conn: db.Connection, planned_id: int) -> PlannedNotice | None:
    found = planned_notices(conn, where="p.id = ?", args=(planned_id,))
    return found[0] if found else None


def plan_of(conn: db.Connection, incident_id: int) -> PlanConfig | None:
    row = conn.execute(
        "SELECT announce_days, reminders, start_notice, fields FROM incident_plans "
        "WHERE incident_id = ?",
        (incident_id,),
    ).fetchone()
    if row is None:
        return None
    return PlanConfig(
        announce_days=int(row[0]) if row[0] is not None else None,
        reminders=tuple(int(m) for m in json.loads(row[1])),
        start_notice=bool(row[2]),
        fields={str(k): str(v) for k, v in json.loads(row[3]).items()},
    )


def planned_window(conn: db.Connection, incident_id: int) -> tuple[datetime, datetime] | None:
    """The window as last announced (moves change it, extensions do not)."""
    row = conn.execute(
        "SELECT planned_start, planned_end FROM incident_plans WHERE incident_id = ?",
        (incident_id,),
    ).fetchone()
    if row is None:
        return None
    start, end = _time(row[0]), _time(row[1])
    assert start is not None and end is not None
    return start, end


def pending_dues(conn: db.Connection, incident_id: int) -> list[datetime]:
    rows = conn.execute(
        "SELECT due_at FROM planned_notices WHERE incident_id = ? AND state = 'pending'",
        (incident_id,),
    )
    return [t for t in (_time(r[0]) for r in rows) if t is not None]


def drop_pending(
    conn: db.Connection,
    incident_id: int,
    why: str,
    *,
    moment: datetime,
    purposes: tuple[str, ...] = (),
) -> int:
    """Pending planned notices a change made pointless (the work was completed, cancelled,
    withdrawn, closed): they will never be sent. Returns how many."""
    sql = (
        "UPDATE planned_notices SET state = 'dropped', done_at = ?, reason = ? "
        "WHERE incident_id = ? AND state = 'pending'"
    )
    args: list[object] = [iso(moment), why, incident_id]
    if purposes:
        sql += f" AND purpose IN ({', '.join('?' for _ in purposes)})"
        args += purposes
    return int(conn.execute(sql, args).rowcount)


def mark_done(
    conn: db.Connection, incident_id: int, purpose: str, notice_id: int, *, moment: datetime
) -> None:
    """The officer's own notice did what the plan had planned: the initial notice is the
    announcement (one announced at once is recorded as sent now), the completed notice the
    completion."""
    exists = "SELECT 1 FROM incident_plans WHERE incident_id = ?"
    if conn.execute(exists, (incident_id,)).fetchone() is None:
        return
    done = conn.execute(
        "UPDATE planned_notices SET state = 'sent', notice_id = ?, done_at = ? "
        "WHERE incident_id = ? AND purpose = ? AND state = 'pending'",
        (notice_id, iso(moment), incident_id, purpose),
    ).rowcount
    # the schedule claims its announcement (sent, no notice yet) before it queues it
    announced = conn.execute(
        "SELECT 1 FROM planned_notices WHERE incident_id = ? AND purpose = 'announcement' "
        "AND (notice_id = ? OR (state = 'sent' AND notice_id IS NULL))",
        (incident_id, notice_id),
    ).fetchone()
    if not done and purpose == "announcement" and announced is None:
        conn.execute(
            "INSERT INTO planned_notices (incident_id, purpose, due_at, state, notice_id, "
            "done_at) VALUES (?, 'announcement', ?, 'sent', ?, ?)",
            (incident_id, iso(moment), notice_id, iso(moment)),
        )
