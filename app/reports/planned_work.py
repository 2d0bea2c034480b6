"""The period report's planned work against its plan: announced on time, reminders sent,
overran or not, completion on time. A notice's time is when it first reached a partner
(`sources.notice_out_times`), as everywhere in the reports: not when it was queued or only
handed off, and not held back by one copy that waits or was held. The announcement is
judged by when every partner had it (README: *Announced* means every partner has it)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from app.i18n import Msg
from app.incidents import planned
from app.incidents.calendar import WINDOW_STATES, notice_on_its_way
from app.incidents.model import Incident
from app.incidents.plan import PlannedNotice
from app.incidents.schedule import window_state
from app.incidents.told import incident_deliveries
from app.localfmt import day_text
from app.reports import sources
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
    # the same figures typed, for CSV and XLSX (dates as dates, counts as numbers)
    start: datetime | None = None
    end: datetime | None = None  # the window's end now (after any extension)
    planned_end: datetime | None = None  # as announced
    status: str = ""  # planned · announcement queued · announced · in progress · completed …
    announcement_told: int = 0  # partners who have the announcement
    announcement_recipients: int = 0
    planned_sent: int = 0  # the plan's own notices (announcement, reminders, started) sent
    planned_due: int = 0  # of those planned and not dropped
    extensions: int = 0
    extended_minutes: int = 0
    # the verdicts as facts, whatever the language of the texts above
    announced_on_time: bool = False
    did_overrun: bool = False
    completed_on_time: bool = False

    def cells(self) -> tuple[str, ...]:
        """The PDF's row (text)."""
        told = (
            f"{self.announcement_told}/{self.announcement_recipients}"
            if self.announcement_recipients
            else "—"
        )
        extended = (
            f"{self.extensions} (+{span(timedelta(minutes=self.extended_minutes))})"
            if self.extensions
            else "0"
        )
        return (
            f"{self.reference} {self.title}",
            self.window,
            Msg.tr(self.status) if self.status in WINDOW_STATES else self.status,
            self.announced,
            told,
            self.reminders,
            extended,
            self.overran,
            self.completion,
        )

    def values(self) -> tuple[object, ...]:
        """The CSV / XLSX row, typed."""
        return (
            self.reference,
            self.title,
            self.start,
            self.end,
            self.planned_end,
            self.status,
            self.announced,
            self.announcement_told,
            self.announcement_recipients,
            self.planned_sent,
            self.planned_due,
            self.reminders,
            self.extensions,
            self.extended_minutes,
            self.overran,
            self.completion,
        )


COLUMNS = (
    "Incident",
    "Title",
    "Window start",
    "Window end",
    "Planned end (as announced)",
    "Status",
    "Announced",
    "Announcement: partners told",
    "Announcement: partners",
    "Planned notices sent",
    "Planned notices",
    "Reminders",
    "Extensions",
    "Extended (minutes)",
    "Overran",
    "Completion",
)
#: the columns holding counts (right-aligned, numbers in XLSX)
NUMERIC = frozenset({7, 8, 9, 10, 12, 13})


def extensions_by_reference(conn: db.Connection) -> dict[str, list[tuple[datetime, datetime]]]:
    """Each window extension (old end, new end) per incident, from the audit log."""
    found: dict[str, list[tuple[datetime, datetime]]] = {}
    for (details,) in conn.execute(
        "SELECT details FROM audit_log WHERE action = 'incident.window_extended' ORDER BY id"
    ):
        data = json.loads(details)
        try:
            old = datetime.fromisoformat(str(data["old_end"]))
            new = datetime.fromisoformat(str(data["new_end"]))
        except (KeyError, ValueError):
            continue
        found.setdefault(str(data.get("reference", "")), []).append((old, new))
    return found


def _announce_days(conn: db.Connection, incident_id: int) -> int:
    """The incident's own plan: N days ahead, or 0 when it was announced at once (no
    announce-days, e.g. `--announce-days 0`). Only work planned before plans were kept
    falls back to the setting."""
    config = planned.plan_of(conn, incident_id)
    if config is not None:
        return config.announce_days or 0
    row = conn.execute("SELECT value FROM settings WHERE key = 'planned_announce_days'").fetchone()
    return int(row[0]) if row else DEFAULT_ANNOUNCE_DAYS


def _out(out: dict[int, datetime], notice_id: int | None) -> datetime | None:
    """When the notice's first message left the kit (`sources.notice_out_times`)."""
    return out.get(notice_id) if notice_id is not None else None


@dataclass(frozen=True)
class Reach:
    """How far the announcement got: partners who have it, of how many; messages refused."""

    told: int
    partners: int
    refused: int = 0

    @property
    def everyone(self) -> bool:
        return self.partners > 0 and self.told >= self.partners


def announced_verdict(
    incident: Incident,
    delivered: datetime | None,
    days: int,
    *,
    announced: bool,
    reach: Reach | None = None,
) -> str:
    """`delivered`: when every partner had the announcement (README: *Announced* means every
    partner has it); `reach`: how far it got while not everyone has it."""
    assert incident.window_start is not None
    if not announced:
        return Msg.tr("NOT ANNOUNCED")
    if reach is not None and reach.told and not reach.everyone:
        text = Msg.tr("NOT EVERY PARTNER: {told} of %n partner(s)", "", reach.partners).format(
            told=reach.told
        )
        if reach.refused:
            text += Msg.tr("; %n refused by the server", "", reach.refused)
        return text
    if delivered is None:
        return Msg.tr("NOT DELIVERED")
    ahead = incident.window_start - delivered
    if ahead < timedelta():
        # the procedure's rule (seeds): partners hear of planned work before it begins
        return Msg.tr(
            "LATE: announced {span} after the work began (the procedure: before it begins)"
        ).format(span=span(-ahead))
    if _announced_on_time(incident, delivered, days):
        return Msg.tr("on time, {span} ahead").format(span=span(ahead))
    # before the work, as the procedure asks, but later than the incident's own plan (the
    # procedure sets no number of days: the plan's days are the team's own target)
    return Msg.tr(
        "LATER THAN PLANNED: announced {span} ahead, the plan said {days} (the procedure: "
        "before the work begins)"
    ).format(days=Msg.tr("%n d", "", days), span=span(ahead))


def _announced_on_time(incident: Incident, delivered: datetime | None, days: int) -> bool:
    assert incident.window_start is not None
    if delivered is None:
        return False
    return incident.window_start - delivered >= timedelta(days=days) - TOLERANCE


def planned_work_rows(
    conn: db.Connection, incidents: Sequence[Incident], *, at: datetime
) -> list[PlannedWorkRow]:
    rows: list[PlannedWorkRow] = []
    extended = extensions_by_reference(conn)
    for incident in incidents:
        if incident.kind != "downtime" or incident.id is None or incident.window_start is None:
            continue
        rows.append(_row(conn, incident, at, extended.get(incident.reference, [])))
    return rows


def _row(
    conn: db.Connection,
    incident: Incident,
    at: datetime,
    extensions: Sequence[tuple[datetime, datetime]],
) -> PlannedWorkRow:
    assert incident.id is not None and incident.window_start and incident.window_end
    told = incident_deliveries(conn, incident.id, incident.reference)
    out = sources.notice_out_times(conn, incident.reference)
    notices = conn.execute(
        "SELECT id, stage, created_at FROM notices WHERE incident_id = ? ORDER BY id",
        (incident.id,),
    ).fetchall()
    stages = {str(stage): int(nid) for nid, stage, _ in reversed(notices)}  # first of each
    queued = {int(nid): sources.parse_stamp(created) for nid, _, created in notices}
    items = planned.planned_notices(conn, incident_id=incident.id)
    window = planned.planned_window(conn, incident.id) or (
        incident.window_start,
        incident.window_end,
    )
    initial = told.get(stages["initial"]) if "initial" in stages else None
    # announced when every partner had it (a re-issue's partners counted with it)
    announced_out = initial.delivered_at if initial else None
    reach = (
        Reach(
            initial.told,
            initial.recipients,
            sources.refusals_per_notice(conn, incident.reference).get(initial.notice_id, 0),
        )
        if initial
        else None
    )
    days = _announce_days(conn, incident.id)
    announced = announced_verdict(
        incident, announced_out, days, announced="initial" in stages, reach=reach
    )
    overran = _overran(
        incident, window[1], out, queued.get(stages.get("completed", -1)), stages, at
    )
    completion = _completion(incident, out, stages, at)
    pairs = [(int(nid), str(stage)) for nid, stage, _ in notices]
    state = window_state(incident, [stage for _n, stage in pairs], at)
    on_its_way = notice_on_its_way(pairs, told, state)
    own = [i for i in items if i.purpose != "completion" and i.state != "dropped"]
    return PlannedWorkRow(
        incident.reference,
        incident.title,
        # the date and the hours may break apart in a narrow column, each stays whole
        f"{day_text(window[0].astimezone())} "
        + whole(f"{window[0].astimezone():%H:%M}–{window[1].astimezone():%H:%M}"),
        announced,
        _reminders(items, out, at),
        overran[0],
        completion[0],
        start=incident.window_start,
        end=incident.window_end,
        planned_end=window[1],
        status=on_its_way[0] if on_its_way else state,
        announcement_told=initial.told if initial else 0,
        announcement_recipients=initial.recipients if initial else 0,
        planned_sent=sum(i.state == "sent" for i in own),
        planned_due=len(own),
        extensions=len(extensions),
        extended_minutes=round(
            sum(((new - old) for old, new in extensions), timedelta()).total_seconds() / 60
        ),
        announced_on_time="initial" in stages and _announced_on_time(incident, announced_out, days),
        did_overrun=overran[1],
        completed_on_time=completion[1],
    )


def _reminders(items: Sequence[PlannedNotice], out: dict[int, datetime], at: datetime) -> str:
    """The plan's reminders only (the work-started notice is no reminder; a re-issue of
    held copies is no planned notice)."""
    reminders = [i for i in items if i.purpose == "reminder" and i.state != "dropped"]
    if not reminders:
        return Msg.tr("none planned")
    on_time = sum(
        1
        for i in reminders
        if i.state == "sent"
        and (when := _out(out, i.notice_id)) is not None
        and when <= i.due_at + TOLERANCE
    )
    sent = sum(1 for i in reminders if i.state == "sent")
    skipped = sum(1 for i in reminders if i.state == "skipped")
    missed = sum(1 for i in reminders if i.state == "pending" and i.due_at < at)
    text = Msg.tr("{sent} of {planned} sent").format(sent=sent, planned=len(reminders))
    if sent > on_time:
        text += Msg.tr(" ({count} late or undelivered)").format(count=sent - on_time)
    if skipped:
        text += Msg.tr(", {count} skipped").format(count=skipped)
    if missed:
        text += Msg.tr(", {count} MISSED").format(count=missed)
    return text


def _overran(
    incident: Incident,
    planned_end: datetime,
    out: dict[int, datetime],
    completion_queued: datetime | None,
    stages: dict[str, int],
    at: datetime,
) -> tuple[str, bool]:
    """Whether the work went past its planned end (as announced): judged by when it was
    completed (the completion notice out, else queued), or by now while it runs. An
    extension alone is no overrun: work extended but completed before the planned end did
    not overrun."""
    assert incident.window_end is not None
    if "cancelled" in stages:
        return Msg.tr("cancelled"), False
    done = _out(out, stages.get("completed")) or completion_queued
    running = "completed" not in stages
    finished = at if running else done
    extended = incident.window_end - planned_end
    note = (
        Msg.tr(" (extended by {span})").format(span=span(extended))
        if extended > timedelta()
        else ""
    )
    if finished is not None and finished > planned_end + TOLERANCE:
        over = span(finished - planned_end)
        said = (Msg.tr("YES, by {span} so far") if running else Msg.tr("YES, by {span}")).format(
            span=over
        )
        return said + note, True
    return Msg.tr("no") + note, False


def _completion(
    incident: Incident, out: dict[int, datetime], stages: dict[str, int], at: datetime
) -> tuple[str, bool]:
    """The completion's verdict, and whether it was on time."""
    assert incident.window_end is not None
    if "cancelled" in stages:
        return Msg.tr("cancelled"), False
    if "completed" not in stages:
        return (Msg.tr("OVERDUE") if at > incident.window_end else Msg.tr("not yet due")), False
    done = _out(out, stages["completed"])
    if done is None:
        return Msg.tr("NOT DELIVERED"), False
    if done <= incident.window_end + TOLERANCE:
        return Msg.tr("on time"), True
    return Msg.tr("LATE by {span}").format(span=span(done - incident.window_end)), False
