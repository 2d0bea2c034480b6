"""The steps of the new-incident wizard and of a follow-up notice, without Qt: what each
step proposes, what it needs before the next step, what gets queued. Widgets only bind
these to controls (STYLE.md habit 2)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from app.errors import UserError
from app.incidents.compose import NEXT_UPDATE, Composition
from app.incidents.drafts import Drafts, follow_up_scope, new_scope
from app.incidents.model import FINAL_STAGES, Incident, Recipient, partner_time
from app.incidents.service import IncidentService, Queued
from app.store import db
from app.timefmt import iso, now, parse_time

#: how far ahead the form proposes the next update (the officer can change it)
DEFAULT_PROMISE = timedelta(minutes=60)
FIELD_LABELS = {
    "impact": "Impact (what partners cannot do)",
    "started": "Start time",
    "actions": "Actions so far",
    "progress": "Progress since the last notice",
    "work": "Work being done",
    "summary": "Summary (cause and fix)",
    "resolved_at": "Resolved at",
    "completed_at": "Completed at",
    "reason": "Reason",
    NEXT_UPDATE: "Next update no later than",
}
#: fields that hold a paragraph rather than a line
LONG_FIELDS = {"impact", "actions", "progress", "work", "summary", "reason"}


def field_label(name: str) -> str:
    return FIELD_LABELS.get(name, name.removeprefix("&^").replace("_", " ").capitalize())


def default_promise(moment: datetime) -> datetime:
    """An hour ahead, rounded up to five minutes: a promise a person can remember."""
    ahead = moment + DEFAULT_PROMISE
    extra = (5 - ahead.minute % 5) % 5
    return ahead.replace(second=0, microsecond=0) + timedelta(minutes=extra)


def default_fields(incident: Incident, stage: str, moment: datetime) -> dict[str, str]:
    """What the form can fill in for the officer (times, mostly); all editable."""
    values = {
        "started": partner_time(incident.detected_at),
        "resolved_at": partner_time(moment),
        "completed_at": partner_time(moment),
    }
    if stage not in FINAL_STAGES[incident.kind]:
        promise = default_promise(moment)
        if stage == "initial" and incident.kind == "downtime" and incident.window_end:
            promise = incident.window_end
        values[NEXT_UPDATE] = promise.isoformat(timespec="minutes")
    return values


@dataclass
class NewIncidentFlow:
    """Kind → services → proposed audience (editable) → fields → preview → queue."""

    service: IncidentService
    kind: str
    services: list[str] = field(default_factory=list)
    groups: list[str] | None = None  # None: as the routing rule proposes
    title: str = ""
    detected: datetime = field(default_factory=now)
    window: tuple[datetime, datetime] | None = None
    fields: dict[str, str] = field(default_factory=dict)

    # -- step 1: services and audience ----------------------------------------------------

    def set_services(self, services: list[str]) -> None:
        self.services = services
        self.groups = None  # a new choice of services proposes its groups again

    def proposed_groups(self) -> list[str]:
        return self.service.directory.groups_for_services(self.services)

    def chosen_groups(self) -> list[str]:
        return self.groups if self.groups is not None else self.proposed_groups()

    def recipients(self) -> list[Recipient]:
        contacts = self.service.directory.audience(self.chosen_groups())
        return [Recipient.from_contact(c) for c in contacts]

    def language_counts(self) -> dict[str, int]:
        return dict(sorted(Counter(r.language for r in self.recipients()).items()))

    def effective_title(self) -> str:
        if self.title.strip():
            return self.title.strip()
        # the templates' subjects say "disruption" / "planned maintenance" themselves
        names = self.service.service_names()
        return ", ".join(names.get(s, s) for s in self.services) or "Services"

    def audience_problems(self) -> list[str]:
        problems: list[str] = []
        if not self.services:
            problems.append("Tick at least one affected service.")
        elif not self.recipients():
            problems.append("Nobody is in the chosen groups: tick a group that has contacts.")
        if self.kind == "downtime":
            if self.window is None:
                problems.append("Planned work needs its window (start and end).")
            elif self.window[1] <= self.window[0]:
                problems.append("The window ends before it starts.")
        return problems

    def draft(self) -> Incident:
        return self.service.draft(
            self.kind,
            self.effective_title(),
            self.services,
            detected=self.detected if self.kind == "disaster" else None,
            window=self.window if self.kind == "downtime" else None,
            groups=self.chosen_groups(),
        )

    # -- step 2: fields -----------------------------------------------------------------

    def field_names(self) -> list[str]:
        draft = self.draft()
        return self.service.composer().fields_for(draft, "initial", self.recipients())

    def prefill(self) -> dict[str, str]:
        """Defaults for fields the officer has not typed yet."""
        for name, value in default_fields(self.draft(), "initial", now()).items():
            self.fields.setdefault(name, value)
        return self.fields

    # -- step 3: preview and queue --------------------------------------------------------

    def composition(self) -> Composition:
        return self.service.compose(
            self.draft(), "initial", self.fields, recipients=self.recipients()
        )

    def queue(self) -> tuple[Incident, Queued]:
        """Open the incident and queue its initial notice: both or neither."""
        composition = self.composition()
        if not composition.ok:
            raise UserError("Nothing was queued:\n" + "\n".join(composition.problems))
        with db.transaction(self.service.conn):
            incident = self.service.open(self.draft())
            queued = self.service.notify(
                incident, "initial", self.fields, recipients=composition.recipients
            )
            Drafts(self.service.conn).drop(self.scope)
        return incident, queued

    # -- the draft kept in the store ------------------------------------------------------

    @property
    def scope(self) -> str:
        return new_scope(self.kind)

    def to_draft(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "services": list(self.services),
            "groups": self.groups,
            "title": self.title,
            "detected": iso(self.detected),
            "window": [iso(t) for t in self.window] if self.window else None,
            "fields": dict(self.fields),
        }

    def restore(self, draft: dict[str, object]) -> None:
        """Take back what a kept draft holds (anything unreadable in it is skipped)."""
        known = {s.id for s in self.service.directory.services()}
        services = draft.get("services")
        if isinstance(services, list):
            self.services = [str(s) for s in services if str(s) in known]
        groups = draft.get("groups")
        self.groups = [str(g) for g in groups] if isinstance(groups, list) else None
        self.title = str(draft.get("title") or "")
        self.detected = _stamp(draft.get("detected")) or self.detected
        window = draft.get("window")
        if isinstance(window, list) and len(window) == 2:
            start, end = _stamp(window[0]), _stamp(window[1])
            self.window = (start, end) if start and end else self.window
        fields = draft.get("fields")
        if isinstance(fields, dict):
            self.fields = {str(k): str(v) for k, v in fields.items()}


@dataclass
class FollowUpFlow:
    """An update or closing notice of an open incident, to the incident's audience."""

    service: IncidentService
    incident: Incident
    stage: str
    fields: dict[str, str] = field(default_factory=dict)
    removals: dict[str, str] = field(default_factory=dict)
    add_groups: list[str] = field(default_factory=list)
    replacing: int | None = None  # a held notice (it reached nobody) this one re-issues

    def field_names(self) -> list[str]:
        recipients = self.service.audience(self.incident)
        return self.service.composer().fields_for(self.incident, self.stage, recipients)

    def prefill(self) -> dict[str, str]:
        for name, value in default_fields(self.incident, self.stage, now()).items():
            self.fields.setdefault(name, value)
        return self.fields

    def composition(self) -> Composition:
        return self.service.compose(
            self.incident,
            self.stage,
            self.fields,
            removals=self.removals,
            add_groups=self.add_groups,
            replacing=self.replacing,
        )

    def queue(self) -> Queued:
        with db.transaction(self.service.conn):
            queued = self.service.notify(
                self.incident,
                self.stage,
                self.fields,
                removals=self.removals,
                add_groups=self.add_groups,
                replacing=self.replacing,
            )
            Drafts(self.service.conn).drop(self.scope)
        return queued

    @property
    def scope(self) -> str:
        return follow_up_scope(self.incident.reference, self.stage)

    def to_draft(self) -> dict[str, object]:
        return {"fields": dict(self.fields), "add_groups": list(self.add_groups)}

    def restore(self, draft: dict[str, object]) -> None:
        fields = draft.get("fields")
        if isinstance(fields, dict):
            self.fields = {str(k): str(v) for k, v in fields.items()}
        groups = draft.get("add_groups")
        if isinstance(groups, list):
            self.add_groups = [str(g) for g in groups]


def _stamp(value: object) -> datetime | None:
    try:
        return parse_time(str(value)) if value else None
    except UserError:
        return None
