"""Plain records of incidents and notices."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import field
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from app.contacts.kinds import KIND_STAGES
from app.i18n import Msg, Words, translate
from app.records import EqualByFields, lazy_record

if TYPE_CHECKING:
    from app.contacts.model import Contact

FINAL_STAGES: dict[str, tuple[str, ...]] = {
    "disaster": ("resolved",),
    "downtime": ("completed", "cancelled"),
}
STAGE_LABELS = {
    "initial": "Initial notice",
    "update": "Update",
    "resolved": "Resolution",
    "completed": "Completion",
    "cancelled": "Cancellation",
}
#: a kind's own name for a stage where it differs from STAGE_LABELS: planned work's first
#: notice is its announcement, as its plan and the Calendar call it
KIND_STAGE_LABELS: dict[tuple[str, str], str] = {("downtime", "initial"): "Announcement"}
KIND_LABELS = {"disaster": "Disaster (unplanned)", "downtime": "Downtime (planned work)"}
# How a channel is named to the officer (a `Words` key). Here, not in compose, so that a
# window listing messages does not load the template stack (jinja2, the catalog) to say it.
CHANNEL_NAMES = {"email": "e-mail", "sms": "SMS"}
NEXT_UPDATE = "next_update"  # the field every notice but the last promises
#: field names a bundle may use for the start and the end of the trouble: the form fills
#: them in like the kit's own `started` / `resolved_at`
START_FIELDS = ("started", "start_time", "start", "started_at", "since", "begin_time")
END_FIELDS = ("resolved_at", "completed_at", "end_time", "ended_at", "end", "finished_at")


#: words of a field's name (split at "_") that say it holds a moment: "outage_began",
#: "service_restored", "window_end". Such a field that no template shows as a time is
#: refused at `bundle build` (app/notices/lint.py), never sent as the officer's clock.
START_WORDS = frozenset({"start", "started", "starts", "began", "begin", "begins", "since", "from"})
END_WORDS = frozenset(
    {"end", "ended", "ends", "resolved", "restored", "finished", "completed", "fixed"}
)
#: words of a moment still to come: an expected fix, a planned end, a deadline
AHEAD_WORDS = frozenset({"expected", "estimated", "planned", "eta", "next", "until", "by"})
TIME_WORDS = frozenset({"time", "date", "when", "at", "hour", "moment", "deadline"})


def _words(name: str) -> set[str]:
    return set(name.lower().removeprefix("&^").replace(" ", "_").split("_"))


def is_time_field(name: str, declared: Collection[str] = ()) -> bool:
    """A field that holds a moment: one the notice's templates show as a time (`declared`:
    passed through `|local`, `|utc`, `|with_utc`, or read as `.local` / `.utc` / `.both`;
    app/notices/lint.py `marked_times`), or a name the kit has always read as one — its own
    and any bundle's name for a start or an end, or one ending in _at / _time."""
    return (
        name == NEXT_UPDATE
        or name in declared
        or name in START_FIELDS
        or name in END_FIELDS
        or name.endswith(("_at", "_time"))
    )


def looks_like_time(name: str) -> bool:
    """A name that suggests a moment ("outage_began"), whether or not it is shown as one."""
    every = START_WORDS | END_WORDS | AHEAD_WORDS | TIME_WORDS
    return is_time_field(name) or bool(_words(name) & (every - {"next", "by"}))


def named_moment(
    typed: Sequence[tuple[str, datetime]],
    names: Collection[str],
    words: frozenset[str],
    *,
    else_first: bool = True,
) -> tuple[str, datetime] | None:
    """Of a notice's time fields (name, moment), the first named like `names` or with one of
    `words` in its name ("outage_ended"); else (`else_first`) the first ("back_at": the one
    time a resolution asks for is its end). A bundle's own names are read so, not the demo's."""
    for name, moment in typed:
        if named_like(name, names, words):
            return name, moment
    return typed[0] if typed and else_first else None


def named_like(name: str, names: Collection[str], words: frozenset[str]) -> bool:
    """`name` is one of `names` or has one of `words` in it ("outage_ended")."""
    return name in names or bool(_words(name) & words)


def must_be_past(name: str, kind: str, stage: str) -> bool:
    """A typed time that cannot be ahead of now: every time of a closing notice (a
    resolution tells what happened), a disaster's start and end. A planned start or end, a
    promise or an expected fix ("expected_end", "eta") may be ahead."""
    words = _words(name)
    if name == NEXT_UPDATE or words & AHEAD_WORDS:
        return False
    if stage in FINAL_STAGES.get(kind, ()):
        return True
    if name in START_FIELDS or name in END_FIELDS or words & (START_WORDS | END_WORDS):
        return kind == "disaster"
    return False


__all__ = [
    "CHANNEL_NAMES",
    "END_FIELDS",
    "FINAL_STAGES",
    "KIND_LABELS",
    "KIND_STAGES",
    "KIND_STAGE_LABELS",
    "NEXT_UPDATE",
    "STAGE_LABELS",
    "START_FIELDS",
    "START_WORDS",
    "Incident",
    "Notice",
    "Recipient",
    "is_time_field",
    "kind_and_status",
    "looks_like_time",
    "must_be_past",
    "named_like",
    "named_moment",
    "partner_time",
    "stage_label",
    "stage_name",
]


def stage_name(stage: str, kind: str) -> str:
    """A notice's stage as the `kind` of incident names it, in English (a `Labels` source):
    planned work's initial notice is its "Announcement". A stage this kit does not know: as
    stored."""
    return KIND_STAGE_LABELS.get((kind, stage)) or STAGE_LABELS.get(stage, stage)


def stage_label(stage: str, kind: str) -> str:
    """A notice's stage named as a whole noun phrase in the kit's language, as the `kind` of
    incident names it ("Resolution", "Usunięcie awarii", "Zapowiedź"): it reads right alone,
    after a colon or in brackets. The bare stage word ("resolved", "usunięta") agrees with
    one noun only and is never glued into a sentence (a sentence about one stage is written
    whole, per stage). Every place that names a stage names it through this."""
    return translate("Labels", stage_name(stage, kind))


def kind_and_status(kind: str, status: str) -> str:
    """'disaster, open': a sentence of its own, so that a language whose status word agrees
    with a noun says which ('awaria, incydent otwarty' — not 'awaria, otwarty')."""
    return Msg.tr("{kind}, {status}", "an incident's kind and status: disaster, open").format(
        kind=Words.tr(kind), status=Words.tr(status)
    )


def partner_time(moment: datetime | None) -> str:
    """Times in notices: UTC, unambiguous for partners in every time zone."""
    if moment is None:
        return ""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


@lazy_record
class Incident(EqualByFields):
    """One outage, planned or not, as stored."""

    reference: str
    kind: str
    title: str
    services: tuple[str, ...]
    groups: tuple[str, ...]
    detected_at: datetime
    notify_minutes: int
    window_start: datetime | None = None
    window_end: datetime | None = None
    state: str = "open"
    created_at: datetime | None = None
    closed_at: datetime | None = None
    id: int | None = None
    withdrawn_reason: str | None = None  # opened by mistake: closed without any notice

    @property
    def is_open(self) -> bool:
        return self.state == "open"

    @property
    def withdrawn(self) -> bool:
        return self.withdrawn_reason is not None

    @property
    def status(self) -> str:
        """'open', 'closed' or 'withdrawn', as people read it."""
        return "withdrawn" if self.withdrawn else self.state


@lazy_record
class Notice(EqualByFields):
    """One notice of an incident (a stage with its fields), as stored."""

    id: int
    incident_id: int
    stage: str
    fields: dict[str, str]
    next_update: datetime | None
    created_at: datetime
    recipients: int


@lazy_record
class Recipient(EqualByFields):
    """Who got a notice, as they were then (a later bundle may change the directory)."""

    key: str
    organisation: str
    name: str
    email: str
    phone: str
    language: str
    channels: tuple[str, ...] = field(default_factory=tuple)
    timezone: str = "UTC"  # every time in their notices is in this zone

    @classmethod
    def from_contact(cls, contact: Contact) -> Recipient:
        return cls(
            contact.key,
            contact.organisation,
            contact.name,
            contact.email,
            contact.phone,
            contact.language,
            contact.channels,
            contact.timezone,
        )

    @property
    def label(self) -> str:
        return f"{self.organisation} — {self.name}"

    @property
    def wants_email(self) -> bool:
        return "email" in self.channels and bool(self.email)

    @property
    def wants_sms(self) -> bool:
        return "sms" in self.channels and bool(self.phone)
