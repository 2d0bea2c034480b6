"""The steps of the new-incident wizard and of a follow-up notice, without Qt: what each
step proposes, what it needs before the next step, what gets queued. Widgets only bind
these to controls (STYLE.md habit 2)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from app.errors import UserError
from app.i18n import Msg, translate
from app.incidents.compose import NEXT_UPDATE, Composition, LanguageText
from app.incidents.drafts import Drafts, follow_up_scope, new_scope
from app.incidents.field_names import FIELD_LABELS as FIELD_LABELS  # moved: re-exported
from app.incidents.field_names import TITLE_LABEL
from app.incidents.field_names import field_label as field_label  # moved: re-exported
from app.incidents.field_names import said_field as said_field  # moved: re-exported
from app.incidents.model import END_FIELDS as END_FIELDS  # moved: re-exported
from app.incidents.model import (
    FINAL_STAGES,
    Incident,
    Recipient,
    is_time_field,
    must_be_past,
    partner_time,
)
from app.incidents.model import START_FIELDS as START_FIELDS  # moved: re-exported
from app.incidents.plan import (
    DEFAULT_REMINDERS,
    PURPOSE_LABELS,
    PlanConfig,
    announce_at,
    entries,
    lead_text,
    left_out,
    next_promise,
)
from app.incidents.service import IncidentService, Queued
from app.notices.languages import is_primary
from app.store import db
from app.timefmt import iso, now, parse_time

#: how far ahead the form proposes the next update (the officer can change it)
DEFAULT_PROMISE = timedelta(minutes=60)
#: fields that hold a paragraph rather than a line
LONG_FIELDS = {"impact", "actions", "progress", "work", "summary", "reason", "resolution"}
#: words that make a bundle's own field a paragraph too ("customer_impact", "resolution")
_LONG_WORDS = (
    "impact",
    "action",
    "progress",
    "work",
    "summary",
    "reason",
    "detail",
    "resolution",
    "description",
    "cause",
    "explanation",
)


def english_parts(text: LanguageText, name: Callable[[str], str]) -> list[str]:
    """What these partners read in English, each named by `name` (a field's label): the
    title first when it is the English one, then the free-text fields."""
    title = [translate("Labels", TITLE_LABEL)] if text.title_in_english else []
    return title + [name(field) for field in text.in_english]


def field_labels(names: Sequence[str], own: Mapping[str, str] | None = None) -> dict[str, str]:
    """A label per field, each shown once: two names that read alike ("started",
    "start_time") are told apart by their names."""
    plain = {name: field_label(name, own) for name in names}
    counts = Counter(plain.values())
    return {
        name: label if counts[label] == 1 else f"{label} ({name})" for name, label in plain.items()
    }


def is_long_field(name: str) -> bool:
    return name in LONG_FIELDS or any(word in name for word in _LONG_WORDS)


def translatable_fields(names: Sequence[str], times: Collection[str] = ()) -> list[str]:
    """The free-text fields a language tab offers (not times — `times`: the fields the
    templates show as times — not legacy blanks)."""
    return [n for n in names if not is_time_field(n, times) and not n.startswith("&^")]


def default_promise(moment: datetime) -> datetime:
    """An hour ahead, rounded up to five minutes: a promise a person can remember."""
    ahead = moment + DEFAULT_PROMISE
    extra = (5 - ahead.minute % 5) % 5
    return ahead.replace(second=0, microsecond=0) + timedelta(minutes=extra)


def default_fields(incident: Incident, stage: str, moment: datetime) -> dict[str, str]:
    """What the form can fill in for the officer (times, mostly); all editable."""
    values = {name: partner_time(incident.detected_at) for name in START_FIELDS}
    values.update({name: partner_time(moment) for name in END_FIELDS})
    if incident.kind == "downtime":
        # the plan is the promise: planned work asks for no next update time
        if stage == "completed":
            values["summary"] = "The planned work was completed as announced."
    elif stage not in FINAL_STAGES[incident.kind]:
        values[NEXT_UPDATE] = default_promise(moment).isoformat(timespec="minutes")
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
    #: "Detected at" as typed when the kit could not take it ("" once taken): the draft
    #: keeps this text, never the earlier time the field no longer shows
    detected_typed: str = ""
    window: tuple[datetime, datetime] | None = None
    fields: dict[str, str] = field(default_factory=dict)
    #: planned work: announce this many days before the start (None: at once)
    announce_days: int | None = None
    reminders: tuple[int, ...] = DEFAULT_REMINDERS
    start_notice: bool = False

    def __post_init__(self) -> None:
        if self.announce_days is None:
            self.announce_days = self.service.announce_days() or None

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

    def other_languages(self) -> list[str]:
        """The audience's languages besides English: the form offers a tab for each."""
        return sorted({r.language for r in self.recipients() if not is_primary(r.language)})

    def effective_title(self) -> str:
        if self.title.strip():
            return self.title.strip()
        # the templates' subjects say "disruption" / "planned maintenance" themselves
        names = self.service.service_names()
        return ", ".join(names.get(s, s) for s in self.services) or "Services"

    def audience_problems(self) -> list[str]:
        problems: list[str] = []
        if not self.services:
            problems.append(Msg.tr("Tick at least one affected service."))
        elif not self.recipients():
            problems.append(
                Msg.tr("Nobody is in the chosen groups: tick a group that has contacts.")
            )
        if self.kind == "downtime":
            if self.window is None:
                problems.append(Msg.tr("Planned work needs its window (start and end)."))
            elif self.window[1] <= self.window[0]:
                problems.append(Msg.tr("The window ends before it starts."))
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

    def time_fields(self) -> set[str]:
        """The fields the templates show as times (the form reads them as moments)."""
        return self.service.composer().time_fields(self.draft(), "initial", self.recipients())

    def field_labels(self, names: Sequence[str]) -> dict[str, str]:
        """The form's label of each of `names` (the bundle's own, in the kit's language,
        first)."""
        return field_labels(names, self.service.composer().field_labels())

    def past_fields(self) -> set[str]:
        """The time fields that cannot be ahead of now (a disaster's start)."""
        return {n for n in self.time_fields() if must_be_past(n, self.kind, "initial")}

    def prefill(self) -> dict[str, str]:
        """Defaults for fields the officer has not typed yet."""
        for name, value in default_fields(self.draft(), "initial", now()).items():
            self.fields.setdefault(name, value)
        return self.fields

    # -- planned work: the plan ------------------------------------------------------------

    def plan_config(self) -> PlanConfig:
        fields = {k: v for k, v in self.fields.items() if k != NEXT_UPDATE}
        return PlanConfig(self.announce_days, self.reminders, self.start_notice, fields)

    def announce_time(self) -> datetime | None:
        """When the announcement goes out; None: at once, when queued."""
        if self.kind != "downtime" or self.window is None:
            return None
        return announce_at(self.plan_config(), self.window[0], now())

    def plan_preview(self) -> list[tuple[str, datetime]]:
        """(what, when) of every planned notice, the announcement first."""
        if self.kind != "downtime" or self.window is None:
            return []
        moment = now()
        planned = entries(self.plan_config(), self.window[0], self.window[1], moment=moment)
        found = (
            []
            if planned and planned[0].purpose == "announcement"
            else [(Msg.tr("Announcement (at once)"), moment)]
        )
        for entry in planned:
            label = (
                Msg.tr("Reminder {lead} before").format(lead=lead_text(entry.lead_minutes))
                if entry.lead_minutes is not None
                else Msg.tr("Work started notice")
                if entry.purpose == "started"
                else Msg.tr(PURPOSE_LABELS[entry.purpose])
            )
            found.append((label, entry.due_at))
        return found

    def plan_left_out(self) -> list[str]:
        """The reminders the plan leaves out, and why (said in the plan's summary)."""
        if self.kind != "downtime" or self.window is None:
            return []
        return left_out(self.plan_config(), self.window[0], moment=now())

    def _promise(self) -> datetime | None:
        """What the announcement promises: the plan's next notice after it."""
        if self.kind != "downtime" or self.window is None:
            return None
        moment = self.announce_time() or now()
        planned = entries(self.plan_config(), self.window[0], self.window[1], moment=now())
        dues = [e.due_at for e in planned if e.purpose != "announcement"]
        return next_promise(dues, moment, self.window[1])

    # -- step 3: preview and queue --------------------------------------------------------

    def composition(self) -> Composition:
        return self.service.compose(
            self.draft(),
            "initial",
            self.fields,
            recipients=self.recipients(),
            promise=self._promise(),
        )

    def queue(self) -> tuple[Incident, Queued | None]:
        """Open the incident and queue its initial notice: both or neither. Planned work
        announced later is opened with its plan; the schedule queues the announcement at
        its time (None here)."""
        composition = self.composition()
        if not composition.ok:
            raise UserError(Msg.tr("Nothing was queued:") + "\n" + "\n".join(composition.problems))
        from app.incidents.schedule import Schedule

        later = self.announce_time()
        with db.transaction(self.service.conn):
            incident = self.service.open(self.draft())
            if self.kind == "downtime":
                Schedule(service=self.service).make_plan(incident, self.plan_config())
            queued = None
            if later is None:
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
            "detected": None if self.detected_typed else iso(self.detected),
            "detected_typed": self.detected_typed,
            "window": [iso(t) for t in self.window] if self.window else None,
            "fields": dict(self.fields),
            "plan": {
                "announce_days": self.announce_days,
                "reminders": list(self.reminders),
                "start_notice": self.start_notice,
            },
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
        self.detected_typed = str(draft.get("detected_typed") or "")
        window = draft.get("window")
        if isinstance(window, list) and len(window) == 2:
            start, end = _stamp(window[0]), _stamp(window[1])
            self.window = (start, end) if start and end else self.window
        fields = draft.get("fields")
        if isinstance(fields, dict):
            self.fields = {str(k): str(v) for k, v in fields.items()}
        plan = draft.get("plan")
        if isinstance(plan, dict):
            days = plan.get("announce_days")
            self.announce_days = days if isinstance(days, int) else None
            leads = plan.get("reminders")
            if isinstance(leads, list):
                self.reminders = tuple(int(m) for m in leads if isinstance(m, int))
            self.start_notice = bool(plan.get("start_notice"))


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

    def time_fields(self) -> set[str]:
        """The fields the templates show as times (the form reads them as moments)."""
        recipients = self.service.audience(self.incident)
        return self.service.composer().time_fields(self.incident, self.stage, recipients)

    def field_labels(self, names: Sequence[str]) -> dict[str, str]:
        """The form's label of each of `names` (the bundle's own, in the kit's language,
        first)."""
        return field_labels(names, self.service.composer().field_labels())

    def past_fields(self) -> set[str]:
        """The time fields that cannot be ahead of now (an end in a closing notice)."""
        kind = self.incident.kind
        return {n for n in self.time_fields() if must_be_past(n, kind, self.stage)}

    def other_languages(self) -> list[str]:
        """The audience's languages besides English: the form offers a tab for each."""
        recipients = self.service.audience(self.incident) or self.service.proposed_audience(
            self.incident
        )
        return sorted({r.language for r in recipients if not is_primary(r.language)})

    def prefill_titles(self) -> dict[str, str]:
        """The incident's title translations given before, so the tabs show them."""
        for language, title in self.service.titles(self.incident).items():
            self.fields.setdefault(f"title.{language}", title)
        return self.fields

    def english_title(self) -> str:
        """The English title given before (every language without its own gets it); empty
        when the title typed at opening is it (app/incidents/titles.py)."""
        return self.service.titles(self.incident).get("en", "")

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
