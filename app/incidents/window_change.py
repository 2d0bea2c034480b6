"""Changing a planned window: extended while the work runs over (partners get the new
end, the completion becomes due then), or moved before it opens (the pending notices are
planned again and partners who heard of it get the new window). A cancellation is the
`cancelled` notice (the service drops what was still planned)."""

from __future__ import annotations

from datetime import datetime

from app.errors import Refused, UserError
from app.i18n import Msg
from app.incidents import planned
from app.incidents.field_languages import read_only
from app.incidents.model import FINAL_STAGES, Incident
from app.incidents.plan import next_promise
from app.incidents.plan_text import (
    PROGRESS,
    Words,
    extension_fields,
    move_fields,
    with_progress,
    words_by_language,
)
from app.incidents.schedule import Schedule
from app.incidents.service import Queued
from app.notices.languages import PRIMARY
from app.notices.lint import template_fields
from app.store import db
from app.timefmt import iso, local_text


class WindowChanges:
    def __init__(self, schedule: Schedule) -> None:
        self.schedule = schedule
        self.service = schedule.service
        self._conn = self.service.conn

    def _open_work(self, incident: Incident) -> tuple[Incident, list[str]]:
        incident = self.service.get(incident.reference)
        if incident.kind != "downtime" or not incident.window_start or not incident.window_end:
            raise UserError(
                Msg.tr("{reference} is not planned work: it has no window.").format(
                    reference=incident.reference
                )
            )
        stages = [n.stage for n in self.service.notices(incident)]
        if not incident.is_open or any(s in FINAL_STAGES["downtime"] for s in stages):
            raise Refused(
                Msg.tr(
                    "{reference} has had its completion or cancellation (or is closed): its "
                    "window can no longer change."
                ).format(reference=incident.reference)
            )
        return incident, stages

    def progress_unread(self, incident: Incident, text: str | Words) -> str:
        """A move's reason or an extension's note goes into the update's `progress`: when a
        template of this audience has no {{ progress }}, its partners never read it — said
        before sending, never silently dropped. Empty when nothing is lost."""
        if not words_by_language(text):
            return ""
        audience = self.service.audience(incident) or self.service.proposed_audience(incident)
        templates = self.service.composer().templates_for(incident, "update", audience)
        names = sorted(
            {
                f"{t.kind}/{t.stage}.{t.language}{'.sms' if channel == 'sms' else ''}"
                for (_language, channel), t in templates.items()
                if PROGRESS not in template_fields(t.source)
            }
        )
        if not names:
            return ""
        return Msg.tr(
            "Partners reading {names} will not see your words: it has no {{{{ progress }}}}, "
            "where they go (the new times reach them only if it states them). Ask IT for a "
            "bundle whose planned-work update uses {{{{ progress }}}}."
        ).format(names=", ".join(names))

    def extension_problems(self, incident: Incident, new_end: datetime) -> list[str]:
        moment = self.schedule.now()
        assert incident.window_start is not None and incident.window_end is not None
        if moment < incident.window_start:
            return [
                Msg.tr(
                    "The window of {reference} has not opened yet: move the window instead "
                    "(partners get the new start and end)."
                ).format(reference=incident.reference)
            ]
        if new_end <= moment:
            return [
                Msg.tr("The new end {end} is in the past; give a later time.").format(
                    end=local_text(new_end)
                )
            ]
        if new_end <= incident.window_end:
            return [
                Msg.tr("The new end {end} must be after the current end {current}.").format(
                    end=local_text(new_end), current=local_text(incident.window_end)
                )
            ]
        return []

    def extend(self, incident: Incident, new_end: datetime, note: str | Words = "") -> Queued:
        """One step: the window's new end, an update telling partners, the completion due
        at the new end. `note`: the officer's words, one text or one per language."""
        incident, stages = self._open_work(incident)
        problems = self.extension_problems(incident, new_end)
        if problems:
            raise Refused(" ".join(problems), details={"problems": problems})
        if "initial" not in stages:
            raise Refused(
                Msg.tr("{reference} was never announced: send the announcement first.").format(
                    reference=incident.reference
                )
            )
        assert incident.window_end is not None and incident.id is not None
        old_end = incident.window_end
        with db.transaction(self._conn) as conn:
            conn.execute(
                "UPDATE incidents SET window_end = ? WHERE id = ?", (iso(new_end), incident.id)
            )
            conn.execute(
                "UPDATE planned_notices SET due_at = ? WHERE incident_id = ? AND "
                "purpose = 'completion' AND state = 'pending'",
                (iso(new_end), incident.id),
            )
            extended = self.service.get(incident.reference)
            config = self.schedule.plan(extended)
            written = extension_fields(old_end, new_end, note)
            fields = with_progress(
                dict(config.fields if config else {}),
                read_only(written, self.schedule.readers(extended)),
            )
            queued = self.service.notify(extended, "update", fields, promise=new_end)
            self.service.audit.append(
                "incident.window_extended",
                reference=incident.reference,
                old_end=iso(old_end),
                new_end=iso(new_end),
                notice=queued.notice_id,
            )
        return queued

    def move_problems(
        self,
        incident: Incident,
        start: datetime,
        end: datetime,
        reason: str | Words,
        announced: bool,
    ) -> list[str]:
        moment = self.schedule.now()
        assert incident.window_start is not None
        problems: list[str] = []
        if moment >= incident.window_start:
            problems.append(
                Msg.tr(
                    "The window of {reference} has opened already: extend it instead, or "
                    "complete or cancel the work."
                ).format(reference=incident.reference)
            )
        if start <= moment:
            problems.append(
                Msg.tr("The new start {start} is in the past.").format(start=local_text(start))
            )
        if end <= start:
            problems.append(Msg.tr("The new window ends before it starts."))
        given = words_by_language(reason)
        if announced and not given:
            problems.append(
                Msg.tr("Say why the work moves: partners who heard of it get the reason.")
            )
        elif announced and not given.get(PRIMARY):
            problems.append(
                Msg.tr(
                    "Say why the work moves in English too: partners whose language has no "
                    "reason of its own read the English one."
                )
            )
        return problems

    def move(
        self, incident: Incident, start: datetime, end: datetime, reason: str | Words = ""
    ) -> Queued | None:
        """A new window before the work began: the plan is made again for it, and when the
        work was announced, partners get the change (an update). None when nobody had
        heard of it yet (the announcement, when it goes, says the new window)."""
        incident, stages = self._open_work(incident)
        announced = "initial" in stages
        problems = self.move_problems(incident, start, end, reason, announced)
        if problems:
            raise Refused(" ".join(problems), details={"problems": problems})
        assert incident.window_start is not None and incident.window_end is not None
        old = (incident.window_start, incident.window_end)
        queued: Queued | None = None
        with db.transaction(self._conn) as conn:
            conn.execute(
                "UPDATE incidents SET window_start = ?, window_end = ? WHERE id = ?",
                (iso(start), iso(end), incident.id),
            )
            conn.execute(
                "UPDATE incident_plans SET planned_start = ?, planned_end = ? "
                "WHERE incident_id = ?",
                (iso(start), iso(end), incident.id),
            )
            moved = self.service.get(incident.reference)
            self.schedule.replan(moved, why="the window moved")
            if announced:
                assert moved.id is not None
                config = self.schedule.plan(moved)
                written = move_fields(old, (start, end), reason)
                fields = with_progress(
                    dict(config.fields if config else {}),
                    read_only(written, self.schedule.readers(moved)),
                )
                promise = next_promise(
                    planned.pending_dues(conn, moved.id), self.schedule.now(), end
                )
                queued = self.service.notify(moved, "update", fields, promise=promise)
            self.service.audit.append(
                "incident.window_moved",
                reference=incident.reference,
                old=[iso(t) for t in old],
                new=[iso(start), iso(end)],
                reason=words_by_language(reason).get(PRIMARY, ""),
                reasons=words_by_language(reason),
                notice=queued.notice_id if queued else None,
            )
        return queued
