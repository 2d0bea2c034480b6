"""The plan of a planned-work incident, as plain time arithmetic: what is announced when,
the reminders before the window, the optional "work started" notice, the completion due at
the end (the words of the notices the plan writes itself, per language: `plan_text`). No
database: the schedule (`app.incidents.schedule`) stores and fires what this computes."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import field
from datetime import datetime, timedelta

from app.errors import UserError
from app.i18n import Msg, tr_noop
from app.incidents.model import Incident
from app.incidents.standing import standing, standing_words
from app.incidents.told import NoticeDelivery
from app.records import EqualByFields, lazy_record
from app.timefmt import local_text

#: reminders before the window opens, in minutes (24 h and 1 h), editable per incident
DEFAULT_REMINDERS: tuple[int, ...] = (24 * 60, 60)
#: the window's fields a planned-work announcement asks for once (templates may ask more)
#: the stored purpose → its English label (kept so in JSON), translated where shown
PURPOSE_LABELS = {
    "announcement": tr_noop("Msg", "Announcement"),
    "reminder": tr_noop("Msg", "Reminder"),
    "started": tr_noop("Msg", "Work started"),
    "completion": tr_noop("Msg", "Completion due"),
}
#: a planned notice's stored state → the word shown for it (`delivery_words`)
STATE_WORDS = {
    "pending": tr_noop("Msg", "planned"),
    "sent": tr_noop("Msg", "sent"),
    "skipped": tr_noop("Msg", "skipped"),
    "dropped": tr_noop("Msg", "not needed"),
    "queued": tr_noop("Msg", "queued"),
    "delivered": tr_noop("Msg", "delivered"),
}
#: why the kit itself dropped a planned notice: stored as these English keys (scripts read
#: them in JSON), shown in the kit's language (`PlannedNotice.reason_text`)
DROP_REASONS = {
    "the window moved": tr_noop("Msg", "the window moved"),
    "the plan changed": tr_noop("Msg", "the plan changed"),
    "closed": tr_noop("Msg", "the incident was closed"),
    "withdrawn": tr_noop("Msg", "the incident was withdrawn"),
    "the completed notice was queued": tr_noop("Msg", "the completion notice was queued"),
    "the cancelled notice was queued": tr_noop("Msg", "the cancellation notice was queued"),
    "the resolved notice was queued": tr_noop("Msg", "the resolution notice was queued"),
}
# as text: `re` compiles (and keeps) it when first used, not at every start of the window
_LEAD = r"(?i)^\s*(\d+)\s*(d|h|m|min)?\s*$"


@lazy_record
class PlanConfig(EqualByFields):
    """`announce_days`: announce this many days before the start (None: announced now, by
    the officer's initial notice); `reminders`: minutes before the start; `fields`: what the
    officer wrote once for the announcement (work, impact, …) — every planned notice is
    rendered from them at its own time."""

    announce_days: int | None
    reminders: tuple[int, ...] = DEFAULT_REMINDERS
    start_notice: bool = False
    fields: Mapping[str, str] = field(default_factory=dict)


@lazy_record
class PlannedEntry(EqualByFields):
    """One notice a plan schedules: its purpose and when it is due."""

    purpose: str
    due_at: datetime
    lead_minutes: int | None = None


@lazy_record
class PlannedNotice(EqualByFields):
    """One planned notice as stored, with its incident's reference."""

    id: int
    incident_id: int
    reference: str
    purpose: str
    lead_minutes: int | None
    due_at: datetime
    state: str  # pending | sent | skipped | dropped
    notice_id: int | None = None
    done_at: datetime | None = None
    reason: str | None = None

    @property
    def label(self) -> str:
        """'Reminder 24 h before', in the kit's language (shown)."""
        if self.purpose == "reminder" and self.lead_minutes is not None:
            return Msg.tr("Reminder {lead} before").format(lead=lead_text(self.lead_minutes))
        return Msg.tr(PURPOSE_LABELS[self.purpose])

    @property
    def reason_text(self) -> str:
        """Why it was skipped or dropped, in the kit's language: the kit's own reasons are
        stored as English keys (`DROP_REASONS`), an officer's skip reason as they typed it."""
        if not self.reason:
            return ""
        known = DROP_REASONS.get(self.reason)
        return Msg.tr(known) if known is not None else self.reason

    @property
    def source_label(self) -> str:
        """The label in English, as scripts read it in JSON whatever the kit's language."""
        if self.purpose == "reminder" and self.lead_minutes is not None:
            return f"Reminder {lead_text(self.lead_minutes, shown=False)} before"
        return PURPOSE_LABELS[self.purpose]

    @property
    def fires_by_itself(self) -> bool:
        """The completion is the officer's word that the work is done: it is due, not sent."""
        return self.purpose != "completion"


def delivery_state(item: PlannedNotice, told: Mapping[int, NoticeDelivery]) -> str:
    """A planned notice as partners see it: told means delivered (README), so one the kit
    queued is 'queued' until its partners have it — then 'delivered' ('3 of 7 told' when
    only some have it). Pending, skipped and dropped ones keep their word."""
    if item.state != "sent":
        return {"pending": "planned", "dropped": "not needed"}.get(item.state, item.state)
    found = told.get(item.notice_id) if item.notice_id is not None else None
    word = standing(found)  # held, uncertain, handed-off, refused: the officer's turn
    if word == "queued" and found is not None and found.told:
        return f"queued, {found.told} of {found.recipients} told"
    return word


def delivery_words(item: PlannedNotice, told: Mapping[int, NoticeDelivery]) -> str:
    """`delivery_state` in the kit's language, for people ('zaplanowane', 'w kolejce, 3 z 7
    poinformowanych')."""
    if item.state == "sent":  # as the incident page says it (`standing_words`)
        return standing_words(told.get(item.notice_id) if item.notice_id is not None else None)
    return Msg.tr(STATE_WORDS[item.state]) if item.state in STATE_WORDS else item.state


def lead_text(minutes: int, *, shown: bool = True) -> str:
    """'24 h', '1 h', '30 min', '3 d', '1 h 30 min' (days from two whole days on); the
    days in the kit's language when `shown` ("3 dni"), as typed and parsed when not."""
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days >= 2 and not rest:
        return Msg.tr("%n d", "", days) if shown else f"{days} d"
    parts = ([f"{days * 24 + hours} h"] if days or hours else []) + (
        [f"{mins} min"] if mins else []
    )
    return " ".join(parts) or "0 min"


def parse_reminders(text: str) -> tuple[int, ...]:
    """'24h, 1h', '72h 24h 1h', '30m', '2d', or 'none' → minutes before the start,
    largest first. Bad input is a message saying how to write it."""
    value = text.strip().lower()
    if value in ("", "none", "no", "-"):
        return ()
    found: set[int] = set()
    for part in re.split(r"[,;\s]+(?=\d)", value):
        match = re.match(_LEAD, part)
        if not match:
            raise UserError(
                Msg.tr(
                    "Reminder {part!r} is not a time before the start. Write them like "
                    "'24h, 1h' (also '30m', '2d'), or 'none'."
                ).format(part=part.strip())
            )
        number, unit = int(match.group(1)), (match.group(2) or "h").lower()
        minutes = number * {"d": 1440, "h": 60, "m": 1, "min": 1}[unit]
        if not 1 <= minutes <= 60 * 24 * 60:
            raise UserError(
                Msg.tr("Reminder {part!r} must be between 1 minute and 60 days.").format(
                    part=part.strip()
                )
            )
        found.add(minutes)
    return tuple(sorted(found, reverse=True))


def reminders_text(minutes: Iterable[int]) -> str:
    return (
        ", ".join(lead_text(m, shown=False) for m in minutes) or "none"
    )  # also typed: parse_reminders


def announce_at(config: PlanConfig, start: datetime, moment: datetime) -> datetime | None:
    """When the announcement goes out: N days before the start, or None for "now" (also
    when that day has already come)."""
    if config.announce_days is None:
        return None
    due = start - timedelta(days=config.announce_days)
    return due if due > moment else None


def entries(
    config: PlanConfig, start: datetime, end: datetime, *, moment: datetime
) -> list[PlannedEntry]:
    """The plan's notices from `moment` on: the announcement when it is scheduled (an
    announcement "now" is the officer's initial notice, queued at once), reminders, the
    optional "work started" notice and the completion due at the end. A reminder whose time
    has already passed (or comes before the announcement) is left out, never sent late."""
    announce = announce_at(config, start, moment)
    plan = [PlannedEntry("announcement", announce)] if announce is not None else []
    after = announce or moment
    for lead in sorted(set(config.reminders), reverse=True):
        due = start - timedelta(minutes=lead)
        if due > after:
            plan.append(PlannedEntry("reminder", due, lead))
    if config.start_notice and start > moment:
        plan.append(PlannedEntry("started", start))
    plan.append(PlannedEntry("completion", end))
    return plan


def left_out(config: PlanConfig, start: datetime, *, moment: datetime) -> list[str]:
    """Why the reminders `entries` leaves out are left out, one sentence each (said where
    the plan is made: a reminder is never dropped without a word)."""
    announce = announce_at(config, start, moment)
    after = announce or moment
    found: list[str] = []
    for lead in sorted(set(config.reminders), reverse=True):
        due = start - timedelta(minutes=lead)
        if due > after:
            continue
        label = Msg.tr("Reminder {lead} before").format(lead=lead_text(lead))
        if announce is not None:
            why = Msg.tr("its time ({due}) comes before the announcement ({announce})")
        else:
            why = Msg.tr("its time ({due}) has already come: the window starts too soon")
        found.append(
            Msg.tr("{label} left out: {why}.").format(
                label=label,
                why=why.format(due=local_text(due), announce=local_text(after)),
            )
        )
    return found


def next_promise(
    dues: Sequence[datetime], moment: datetime, window_end: datetime | None
) -> datetime | None:
    """The plan is the promise: the next notice partners get is the next planned one after
    `moment` (at the latest the completion, due at the window's end)."""
    later = sorted(d for d in dues if d > moment)
    if later:
        return later[0]
    return window_end if window_end is not None and window_end > moment else None


def progress_fields(purpose: str, incident: Incident, moment: datetime) -> dict[str, str]:
    """What a reminder or the "work started" notice says, in every language the kit ships,
    written when it is sent (so the times are the window's as it is then)."""
    # the sentences in every language: loaded when the plan first writes one, not at start
    from app.incidents.plan_text import reminder_fields, started_fields

    start, end = incident.window_start, incident.window_end
    assert start is not None and end is not None
    if purpose == "reminder":
        return reminder_fields(start, end, moment)
    return started_fields(start, end)
