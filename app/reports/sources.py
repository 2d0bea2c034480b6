"""Read-only queries the reports need that the owning services do not offer (yet): by time
window or per notice. They only read; every write stays with the owning service."""

from __future__ import annotations

import json
from datetime import datetime

from app.backlog.actions import ActionInfo
from app.incidents.model import Recipient
from app.incidents.told import TOLD_STATES
from app.store import db
from app.timefmt import iso


def parse_stamp(value: object) -> datetime | None:
    if not value:
        return None
    return datetime.fromisoformat(str(value).replace("Z", "+00:00"))


def notice_audience(conn: db.Connection, notice_id: int) -> list[Recipient]:
    """Who a notice went to, as they were when it was queued."""
    rows = conn.execute(
        "SELECT contact_key, organisation, name, email, phone, language, channels, timezone "
        "FROM notice_audience WHERE notice_id = ? ORDER BY organisation, name",
        (notice_id,),
    )
    return [
        Recipient(r[0], r[1], r[2], r[3], r[4], r[5], tuple(r[6].split(";")), r[7]) for r in rows
    ]


def stored_texts(conn: db.Connection, notice_id: int) -> list[tuple[str, str, str, str, str, str]]:
    """(language, channel, time zone, subject, body, template language) of each text of a
    notice as it was rendered when queued (`notice_texts`): what partners got, never
    re-rendered from today's templates."""
    rows = conn.execute(
        "SELECT language, channel, timezone, subject, body, template_language FROM notice_texts "
        "WHERE notice_id = ? ORDER BY language, timezone, channel",
        (notice_id,),
    )
    return [(r[0], r[1], r[2], r[3], r[4], r[5]) for r in rows]


def first_out_times(conn: db.Connection, incident_ref: str) -> dict[int, datetime]:
    """Per outbox message of the incident: when it reached its partner (README, "Told means
    delivered") — its first attempt that the server or the network accepted, else (handed
    off and then confirmed sent, or told another way) when the officer confirmed it, as
    `app.incidents.told` counts it. A message only handed off (webmail, an .eml file) and
    not confirmed has reached nobody and is absent. Judged per message: a notice's held SMS
    copy does not unsend its e-mails."""
    rows = conn.execute(
        "SELECT a.message, a.at FROM outbox_attempts a JOIN outbox o ON o.id = a.message "
        "WHERE o.incident_ref = ? AND a.outcome = 'sent' ORDER BY a.id",
        (incident_ref,),
    )
    found: dict[int, datetime] = {}
    for message, at in rows:
        moment = parse_stamp(at)
        if moment is not None:
            found.setdefault(int(message), moment)
    for message, updated in conn.execute(
        "SELECT id, updated_at FROM outbox WHERE incident_ref = ? AND state IN (?, ?)",
        (incident_ref, *TOLD_STATES),
    ):
        moment = parse_stamp(updated)
        if int(message) not in found and moment is not None:
            found[int(message)] = moment
    return found


def held_refusals(conn: db.Connection, incident_ref: str) -> dict[int, str]:
    """Held messages of the incident whose last attempt the server refused, with its stored
    reply: closing an incident (or a lapsed promise) holds a failed message, and the report
    still says it was refused, and why (a bad address in the directory)."""
    rows = conn.execute(
        "SELECT a.message, a.outcome, a.reply FROM outbox_attempts a "
        "JOIN outbox o ON o.id = a.message WHERE o.incident_ref = ? AND o.state = 'held' "
        "ORDER BY a.id",
        (incident_ref,),
    )
    last: dict[int, tuple[str, str]] = {}
    for message, outcome, reply in rows:
        last[int(message)] = (str(outcome), str(reply or ""))
    return {m: reply for m, (outcome, reply) in last.items() if outcome == "failed"}


def refusals_per_notice(conn: db.Connection, incident_ref: str) -> dict[int, int]:
    """Per notice of the incident: its messages the server refused — failed, or held after
    a refusal (`held_refusals`)."""
    held = held_refusals(conn, incident_ref)
    found: dict[int, int] = {}
    for message, notice, state in conn.execute(
        "SELECT id, notice_id, state FROM outbox WHERE incident_ref = ? "
        "AND notice_id IS NOT NULL AND state IN ('failed', 'held')",
        (incident_ref,),
    ):
        if state == "failed" or int(message) in held:
            found[int(notice)] = found.get(int(notice), 0) + 1
    return found


def notice_out_times(conn: db.Connection, incident_ref: str) -> dict[int, datetime]:
    """Per notice of the incident: when its first message reached a partner (README: a
    notice's time). A notice none of whose messages did (queued, only handed off, held,
    failed) is absent."""
    out = first_out_times(conn, incident_ref)
    found: dict[int, datetime] = {}
    for message, notice in conn.execute(
        "SELECT id, notice_id FROM outbox WHERE incident_ref = ? AND notice_id IS NOT NULL",
        (incident_ref,),
    ):
        moment = out.get(int(message))
        if moment is not None and (int(notice) not in found or moment < found[int(notice)]):
            found[int(notice)] = moment
    return found


def reissues(conn: db.Connection, incident_ref: str) -> dict[int, int]:
    """Notices that re-issued another one's held copies: {re-issue: the notice it re-issued}
    (from the audit log's `incident.notice_queued`, which names what a notice replaces)."""
    found: dict[int, int] = {}
    for (details,) in conn.execute(
        "SELECT details FROM audit_log WHERE action = 'incident.notice_queued' "
        "AND details LIKE '%\"replaces\": %' ORDER BY id"
    ):
        data = json.loads(details)
        if data.get("reference") == incident_ref and data.get("replaces") is not None:
            found[int(data["notice"])] = int(data["replaces"])
    return found


def backlog_actions(conn: db.Connection, start: datetime, end: datetime) -> list[ActionInfo]:
    """Backlog decisions taken between `start` and `end` (undos included: they are
    decisions too)."""
    rows = conn.execute(
        "SELECT id, at, actor, to_status, note, criteria, matched, changed, undo_of, undone_by "
        "FROM backlog_actions WHERE at >= ? AND at <= ? ORDER BY id",
        (iso(start), iso(end)),
    )
    found: list[ActionInfo] = []
    for r in rows:
        values = list(r)
        values[5] = json.loads(values[5])
        found.append(ActionInfo(*values))
    return found


def backlog_net_changed(conn: db.Connection, start: datetime, end: datetime) -> int:
    """Records whose status after the decisions taken between `start` and `end` differs
    from their status before them: a cleanse and its undo change nothing net."""
    row = conn.execute(
        "WITH c AS (SELECT record, action, from_status, to_status FROM backlog_changes "
        "WHERE action IN (SELECT id FROM backlog_actions WHERE at >= ? AND at <= ?)), "
        "g AS (SELECT record, min(action) AS first, max(action) AS last FROM c GROUP BY record) "
        "SELECT count(*) FROM g JOIN c AS b ON b.record = g.record AND b.action = g.first "
        "JOIN c AS a ON a.record = g.record AND a.action = g.last "
        "WHERE b.from_status <> a.to_status",
        (iso(start), iso(end)),
    ).fetchone()
    return int(row[0])


def write_offs_by_reason(
    conn: db.Connection, start: datetime, end: datetime
) -> list[tuple[str, str, int, int]]:
    """(reason, currency, records, amount in minor units) of records written off in the
    period and still written off."""
    rows = conn.execute(
        "SELECT reason, currency, count(*), coalesce(sum(amount_minor), 0) "
        "FROM backlog_records WHERE status = 'write-off' AND decided_at >= ? "
        "AND decided_at < ? GROUP BY reason, currency ORDER BY 4 DESC, reason",
        (iso(start), iso(end)),
    )
    return [(str(r[0]) or "(no reason)", str(r[1]), int(r[2]), int(r[3])) for r in rows]
