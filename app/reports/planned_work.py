"""The period report's planned work against its plan: announced on time, reminders sent,
overran or not, completion on time. Every time counts delivery (a partner told), not
queueing, as everywhere in the reports."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from app.incidents import planned
from app.incidents.model import Incident
from app.incidents.plan import PlannedNotice
from app.incidents.told import NoticeDelivery, incident_deliveries
from app.reports.render import whole
from app.reports.wording import span
from app.store import db

#: a planned notice or completion delivered this late is still on time
TOLERANCE = timedelta(minutes=10)
DEFAULT_ANNOUNCE_DAYS = 3


@dataclass(frozen=True)
class PlannedWorkRow:
    reference: str
    title: str
    window: str
    announced: str
    reminders: str
    overran: str
    completion: str

    def cells(self) -> tuple[str, ...]:
        return (
            self.reference,
            self.title,
            self.window,
            self.announced,
            self.reminders,
            self.overran,
            self.completion,
        )


def _announce_days(conn: db.Connection, incident_id: int) -> int:
    config = planned.plan_of(conn, incident_id)
    if config is not None and config.announce_days is not None:
        return config.announce_days
    row = conn.execute("SELECT value FROM settings WHERE key = 'planned_announce_days'").fetchone()
    return int(row[0]) if row else DEFAULT_ANNOUNCE_DAYS


def _delivered(told: dict[int, NoticeDelivery], notice_id: int | None) -> datetime | None:
    found = told.get(notice_id) if notice_id is not None else None
    return found.delivered_at if found is not None else None


def announced_verdict(
    incident: Incident, delivered: datetime | None, days: int, *, announced: bool
) -> str:
    assert incident.window_start is not None
    if not announced:
        return "NOT ANNOUNCED"
    if delivered is None:
        return "NOT DELIVERED"
    ahead = incident.window_start - delivered
    if ahead < timedelta():
        return f"LATE: after the start ({span(-ahead)})"
    wanted = timedelta(days=days)
    verdict = "on time" if ahead >= wanted - TOLERANCE else f"LATE (plan: {days} d ahead)"
    return f"{verdict}, {span(ahead)} ahead"


def planned_work_rows(
    conn: db.Connection, incidents: Sequence[Incident], *, at: datetime
) -> list[PlannedWorkRow]:
    rows: list[PlannedWorkRow] = []
    for incident in incidents:
        if incident.kind != "downtime" or incident.id is None or incident.window_start is None:
            continue
        rows.append(_row(conn, incident, at))
    return rows


def _row(conn: db.Connection, incident: Incident, at: datetime) -> PlannedWorkRow:
    assert incident.id is not None and incident.window_start and incident.window_end
    told = incident_deliveries(conn, incident.id, incident.reference)
    notices = conn.execute(
        "SELECT id, stage FROM notices WHERE incident_id = ? ORDER BY id", (incident.id,)
    ).fetchall()
    stages = {str(stage): int(nid) for nid, stage in reversed(notices)}  # first of each
    items = planned.planned_notices(conn, incident_id=incident.id)
    window = planned.planned_window(conn, incident.id) or (
        incident.window_start,
        incident.window_end,
    )
    announced = announced_verdict(
        incident,
        _delivered(told, stages.get("initial")),
        _announce_days(conn, incident.id),
        announced="initial" in stages,
    )
    return PlannedWorkRow(
        incident.reference,
        incident.title,
        whole(f"{window[0].astimezone():%Y-%m-%d %H:%M}–{window[1].astimezone():%H:%M}"),
        announced,
        _reminders(items, told, at),
        _overran(incident, window[1], told, stages, at),
        _completion(incident, told, stages, at),
    )


def _reminders(
    items: Sequence[PlannedNotice], told: dict[int, NoticeDelivery], at: datetime
) -> str:
    reminders = [i for i in items if i.purpose in ("reminder", "started")]
    reminders = [i for i in reminders if i.state != "dropped"]
    if not reminders:
        return "none planned"
    on_time = sum(
        1
        for i in reminders
        if i.state == "sent"
        and (when := _delivered(told, i.notice_id)) is not None
        and when <= i.due_at + TOLERANCE
    )
    sent = sum(1 for i in reminders if i.state == "sent")
    skipped = sum(1 for i in reminders if i.state == "skipped")
    missed = sum(1 for i in reminders if i.state == "pending" and i.due_at < at)
    text = f"{sent} of {len(reminders)} sent"
    if sent > on_time:
        text += f" ({sent - on_time} late or undelivered)"
    if skipped:
        text += f", {skipped} skipped"
    if missed:
        text += f", {missed} MISSED"
    return text


def _overran(
    incident: Incident,
    planned_end: datetime,
    told: dict[int, NoticeDelivery],
    stages: dict[str, int],
    at: datetime,
) -> str:
    assert incident.window_end is not None
    if "cancelled" in stages:
        return "cancelled"
    done = _delivered(told, stages.get("completed"))
    finished = done or (at if "completed" not in stages else None)
    extended = incident.window_end - planned_end
    if extended > timedelta():
        return f"yes: extended by {span(extended)}"
    if finished is not None and finished > planned_end + TOLERANCE:
        return f"YES, by {span(finished - planned_end)}" + ("" if done else " so far")
    return "no"


def _completion(
    incident: Incident, told: dict[int, NoticeDelivery], stages: dict[str, int], at: datetime
) -> str:
    assert incident.window_end is not None
    if "cancelled" in stages:
        return "cancelled"
    if "completed" not in stages:
        return "OVERDUE" if at > incident.window_end else "not yet due"
    done = _delivered(told, stages["completed"])
    if done is None:
        return "NOT DELIVERED"
    if done <= incident.window_end + TOLERANCE:
        return "on time"
    return f"LATE by {span(done - incident.window_end)}"
