"""Planned work on a schedule: the plan stored when the incident opens, and the pass that
fires each planned notice at its time — rendered then, with the contacts, templates and
window current then, queued in the outbox and sent by the runner like any notice.

A pass fires what came due since the last one. A planned notice more than `LATE_TOLERANCE`
past its time (the kit was not running, or no pass came) is never sent by itself: it is
*missed*, and the officer decides — send it now (its times are written then, so they are
right) or skip it with a reason (audited)."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from app.errors import Refused, UserError
from app.i18n import Msg
from app.incidents import planned
from app.incidents.field_languages import read_only
from app.incidents.model import FINAL_STAGES, Incident, Recipient, partner_time
from app.incidents.plan import (
    STATE_WORDS,
    PlanConfig,
    PlannedNotice,
    entries,
    next_promise,
    progress_fields,
    reminders_text,
)
from app.incidents.service import IncidentService, Queued
from app.records import EqualByFields, lazy_record
from app.store import db
from app.timefmt import iso, local_text, now

#: a planned notice this late is missed (the kit was closed): the officer decides
LATE_TOLERANCE = timedelta(minutes=10)


class AlreadyTaken(Refused):
    """Another window or command queued (or the officer skipped) it a moment ago."""


@lazy_record
class Fired(EqualByFields):
    """A planned notice the schedule has queued."""

    planned: PlannedNotice
    queued: Queued


@dataclass
class ScheduleRun:
    """What one pass did: notices queued, notices that could not be (and why), and the
    missed ones waiting for the officer's decision."""

    fired: list[Fired] = field(default_factory=list)
    failed: list[tuple[PlannedNotice, str]] = field(default_factory=list)
    missed: list[PlannedNotice] = field(default_factory=list)


class Schedule:
    def __init__(
        self, *, service: IncidentService, clock: Callable[[], datetime] | None = None
    ) -> None:
        self.service = service
        self._conn = service.conn
        self._audit = service.audit
        self._clock = clock

    def now(self) -> datetime:
        return self._clock() if self._clock is not None else now()

    # -- making the plan ----------------------------------------------------------------

    def make_plan(self, incident: Incident, config: PlanConfig) -> list[PlannedNotice]:
        """Store the plan of a planned-work incident just opened (an announcement "now" is
        the initial notice the officer queues next; it is recorded as the announcement)."""
        if incident.kind != "downtime" or incident.id is None:
            raise UserError(
                Msg.tr("{reference} is not planned work: it has no plan.").format(
                    reference=incident.reference
                )
            )
        start, end = incident.window_start, incident.window_end
        assert start is not None and end is not None
        moment = self.now()
        with db.transaction(self._conn) as conn:
            conn.execute(
                "INSERT INTO incident_plans (incident_id, announce_days, reminders, "
                "start_notice, fields, planned_start, planned_end, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    incident.id,
                    config.announce_days,
                    json.dumps(list(config.reminders)),
                    int(config.start_notice),
                    json.dumps(dict(config.fields), ensure_ascii=False, sort_keys=True),
                    iso(start),
                    iso(end),
                    iso(moment),
                ),
            )
            self._insert(conn, incident, config, moment, with_announcement=True)
            self._audit.append(
                "schedule.planned",
                reference=incident.reference,
                announce_days=config.announce_days,
                reminders=list(config.reminders),
                start_notice=config.start_notice,
            )
        return self.notices(incident)

    def _insert(
        self,
        conn: db.Connection,
        incident: Incident,
        config: PlanConfig,
        moment: datetime,
        *,
        with_announcement: bool,
    ) -> None:
        start, end = incident.window_start, incident.window_end
        assert start is not None and end is not None
        for entry in entries(config, start, end, moment=moment):
            if entry.purpose == "announcement" and not with_announcement:
                continue
            conn.execute(
                "INSERT INTO planned_notices (incident_id, purpose, lead_minutes, due_at) "
                "VALUES (?, ?, ?, ?)",
                (incident.id, entry.purpose, entry.lead_minutes, iso(entry.due_at)),
            )

    def plan(self, incident: Incident) -> PlanConfig | None:
        return planned.plan_of(self._conn, incident.id) if incident.id is not None else None

    def notices(self, incident: Incident) -> list[PlannedNotice]:
        if incident.id is None:
            return []
        return planned.planned_notices(self._conn, incident_id=incident.id)

    def replan(self, incident: Incident, *, why: str) -> None:
        """The window changed: pending notices are planned again from now for the new
        window (those now in the past are left out, never sent late)."""
        config = self.plan(incident)
        if config is None or incident.id is None:
            return
        moment = self.now()
        with db.transaction(self._conn) as conn:
            planned.drop_pending(conn, incident.id, why, moment=moment)
            announced = bool([n for n in self.service.notices(incident) if n.stage == "initial"])
            self._insert(conn, incident, config, moment, with_announcement=not announced)

    def edit_plan(
        self, incident: Incident, *, reminders: tuple[int, ...], start_notice: bool
    ) -> list[PlannedNotice]:
        """New reminders or "work started" choice for planned work not started yet: the
        pending notices are planned again (those already sent stay as they were)."""
        config = self.plan(incident)
        if config is None or incident.id is None:
            raise UserError(Msg.tr("{reference} has no plan.").format(reference=incident.reference))
        assert incident.window_start is not None
        if not incident.is_open or self.now() >= incident.window_start:
            raise Refused(
                Msg.tr(
                    "The window of {reference} has opened (or it is closed): its plan can no "
                    "longer change."
                ).format(reference=incident.reference)
            )
        with db.transaction(self._conn) as conn:
            conn.execute(
                "UPDATE incident_plans SET reminders = ?, start_notice = ? WHERE incident_id = ?",
                (json.dumps(list(reminders)), int(start_notice), incident.id),
            )
            self.replan(incident, why="the plan changed")
            self._audit.append(
                "schedule.changed",
                reference=incident.reference,
                reminders=list(reminders),
                start_notice=start_notice,
            )
        return self.notices(incident)

    # -- the pass -----------------------------------------------------------------------

    def due(self, moment: datetime) -> list[PlannedNotice]:
        """Pending notices of open planned work whose time has come (the completion is the
        officer's: it is due, never sent by the kit)."""
        return planned.planned_notices(
            self._conn,
            where="p.state = 'pending' AND p.purpose != 'completion' AND p.due_at <= ? "
            "AND i.state = 'open'",
            args=(iso(moment),),
        )

    def missed(self, moment: datetime | None = None) -> list[PlannedNotice]:
        """Planned notices more than `LATE_TOLERANCE` past their time, never sent."""
        at = moment or self.now()
        return [p for p in self.due(at) if at - p.due_at > LATE_TOLERANCE]

    def run(self, moment: datetime | None = None) -> ScheduleRun:
        """Fire every planned notice that came due (at most `LATE_TOLERANCE` ago)."""
        at = moment or self.now()
        result = ScheduleRun()
        for item in self.due(at):
            if at - item.due_at > LATE_TOLERANCE:
                result.missed.append(item)
                continue
            try:
                result.fired.append(Fired(item, self._fire(item, at, late=False)))
            except AlreadyTaken:
                continue  # the other pass sent it: nothing to say
            except UserError as err:
                result.failed.append((item, str(err)))
        return result

    def send_now(self, planned_id: int) -> Queued:
        """A missed planned notice, sent now: written now, so its times are right."""
        item = self._pending(planned_id)
        return self._fire(item, self.now(), late=True)

    def skip(self, planned_id: int, reason: str) -> PlannedNotice:
        if not reason.strip():
            raise UserError(
                Msg.tr(
                    "Say why the planned notice is skipped (e.g. 'partners were phoned instead')."
                )
            )
        item = self._pending(planned_id)
        with db.transaction(self._conn) as conn:
            conn.execute(
                "UPDATE planned_notices SET state = 'skipped', done_at = ?, reason = ? "
                "WHERE id = ?",
                (iso(self.now()), reason.strip(), item.id),
            )
            self._audit.append(
                "schedule.skipped",
                reference=item.reference,
                planned=item.id,
                purpose=item.purpose,
                due=iso(item.due_at),
                reason=reason.strip(),
            )
        found = planned.planned_notice(self._conn, item.id)
        assert found is not None
        return found

    def _pending(self, planned_id: int) -> PlannedNotice:
        item = planned.planned_notice(self._conn, planned_id)
        if item is None:
            raise UserError(
                Msg.tr(
                    "There is no planned notice {id}; 'outage-kit incident schedule "
                    "--missed' lists the missed ones."
                ).format(id=planned_id)
            )
        if item.state != "pending":
            raise Refused(
                Msg.tr("Planned notice {id} is {state} already.").format(
                    id=planned_id, state=Msg.tr(STATE_WORDS.get(item.state, item.state))
                )
            )
        if not item.fires_by_itself:
            raise Refused(
                Msg.tr(
                    "The completion of {reference} is the officer's notice: send it from "
                    "the incident (Complete) once the work is done."
                ).format(reference=item.reference)
            )
        return item

    def readers(self, incident: Incident) -> list[Recipient]:
        """Who may read the incident's next update: its audience so far and its groups now."""
        return [*self.service.audience(incident), *self.service.proposed_audience(incident)]

    def fire_problems(self, item: PlannedNotice, incident: Incident, moment: datetime) -> list[str]:
        start, end = incident.window_start, incident.window_end
        assert start is not None and end is not None
        if not incident.is_open:
            return [Msg.tr("{reference} is closed.").format(reference=incident.reference)]
        if item.purpose == "reminder" and moment >= start:
            return [
                Msg.tr(
                    "The window of {reference} opened at {start}: a reminder now would be "
                    "wrong. Skip it."
                ).format(reference=incident.reference, start=local_text(start))
            ]
        if item.purpose in ("announcement", "started") and moment >= end:
            return [
                Msg.tr(
                    "The window of {reference} ended at {end}: skip the {what} and send the "
                    "completion (or extend the window)."
                ).format(reference=incident.reference, end=local_text(end), what=item.label.lower())
            ]
        return []

    def _fire(self, item: PlannedNotice, moment: datetime, *, late: bool) -> Queued:
        incident = self.service.get(item.reference)
        problems = self.fire_problems(item, incident, moment)
        if problems:
            raise Refused(" ".join(problems), details={"problems": problems})
        config = self.plan(incident) or PlanConfig(announce_days=None)
        fields = dict(config.fields)
        stage = "initial" if item.purpose == "announcement" else "update"
        if stage == "update":
            from app.incidents.plan_text import with_progress  # see plan.progress_fields

            progress = progress_fields(item.purpose, incident, moment)
            fields = with_progress(fields, read_only(progress, self.readers(incident)))
        assert incident.id is not None
        later = [d for d in planned.pending_dues(self._conn, incident.id) if d != item.due_at]
        promise = next_promise(later, moment, incident.window_end)
        with db.transaction(self._conn) as conn:
            # claimed in the same write transaction as the notice: a second window or a
            # command running the same pass finds it taken and queues nothing twice
            claimed = conn.execute(
                "UPDATE planned_notices SET state = 'sent', done_at = ? "
                "WHERE id = ? AND state = 'pending'",
                (iso(moment), item.id),
            ).rowcount
            if not claimed:
                raise AlreadyTaken(
                    Msg.tr(
                        "The {what} of {reference} was already sent or skipped (another "
                        "window or command)."
                    ).format(what=item.label.lower(), reference=incident.reference)
                )
            queued = self.service.notify(incident, stage, fields, promise=promise)
            conn.execute(
                "UPDATE planned_notices SET notice_id = ? WHERE id = ?",
                (queued.notice_id, item.id),
            )
            self._audit.append(
                "schedule.sent",
                reference=incident.reference,
                planned=item.id,
                purpose=item.purpose,
                due=iso(item.due_at),
                late=late,
                notice=queued.notice_id,
            )
        return queued

    # -- reading ------------------------------------------------------------------------

    def describe(self, incident: Incident) -> str:
        config = self.plan(incident)
        if config is None:
            return Msg.tr("no plan")
        days = config.announce_days
        ahead = incident.window_start - incident.detected_at if incident.window_start else None
        # opened with the window nearer than that: the announcement went out at once
        announce = (
            Msg.tr("announced %n day(s) before", "", days)
            if days is not None and (ahead is None or ahead > timedelta(days=days))
            else Msg.tr("announced at once")
        )
        text = (
            Msg.tr("{announce}; reminders {reminders} before the start").format(
                announce=announce, reminders=reminders_text(config.reminders)
            )
            if config.reminders
            else Msg.tr("{announce}; no reminders").format(announce=announce)
        )
        return text + (Msg.tr(", a 'work started' notice") if config.start_notice else "")


def window_state(incident: Incident, stages: list[str], moment: datetime) -> str:
    """planned · announced · in progress · overran · completed · cancelled · withdrawn."""
    if incident.withdrawn:
        return "withdrawn"
    finals = [s for s in stages if s in FINAL_STAGES["downtime"]]
    if finals:
        return finals[0]
    if not incident.is_open:
        return "closed"
    start, end = incident.window_start, incident.window_end
    if start is None or end is None:
        return "planned"
    if moment < start:
        return "announced" if "initial" in stages else "planned"
    return "in progress" if moment < end else "overran"


def planned_line(item: PlannedNotice) -> str:
    extra = f" ({item.reason_text})" if item.reason else ""
    state = Msg.tr(STATE_WORDS[item.state]) if item.state in STATE_WORDS else item.state
    return f"{local_text(item.due_at)}  {item.label}: {state}{extra}"


def partner_window(incident: Incident) -> str:
    return f"{partner_time(incident.window_start)} – {partner_time(incident.window_end)}"
