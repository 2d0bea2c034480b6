"""The timers of open incidents: notify partners by, next update due. Plain time
arithmetic, so the countdown the window shows and the alerts it raises are tested without Qt."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime, timedelta

from app.i18n import Msg, tr_noop
from app.incidents.drafts import Waiting
from app.incidents.model import FINAL_STAGES, Incident, Notice, stage_label
from app.incidents.standing import standing, standing_short
from app.incidents.told import SUPERSEDED, NoticeDelivery
from app.localfmt import wall_text, zone_label
from app.records import EqualByFields, lazy_record
from app.timefmt import now as clock_now

#: the alert before the notify-by deadline lapses comes this long before it
NOTIFY_ALERT_MINUTES = 5
#: weekday abbreviations for a due time on another day (strftime's %a is English)
WEEKDAYS = (
    tr_noop("Msg", "Mon"),
    tr_noop("Msg", "Tue"),
    tr_noop("Msg", "Wed"),
    tr_noop("Msg", "Thu"),
    tr_noop("Msg", "Fri"),
    tr_noop("Msg", "Sat"),
    tr_noop("Msg", "Sun"),
)


@lazy_record
class Deadline(EqualByFields):
    """A time an incident must be answered by (notify, update or window)."""

    reference: str
    #: 'notify' (first notice of a disaster), 'update' (a promised update), 'window'
    #: (planned work: starts, runs, and its completion is due at the window's end) or
    #: 'untold' (the closing notice is out, but the server refused some partners' copies:
    #: no clock runs, those partners are told another way; `due` is the notice's time)
    what: str
    due: datetime
    remind_at: datetime
    #: a notice that answers this deadline is queued but has not reached every partner yet
    waiting: str = ""
    opens: datetime | None = None  # planned work: when its window opens
    #: planned work: its completion or cancellation is queued, not delivered yet
    finishing: bool = False
    # partners the waiting notice has not reached yet (the page's "4 of 7 partners told")
    untold: int = 0
    #: `waiting` says the officer's own next step (re-issue, settle, phone them): no "send
    #: it now" beside it (a copy the server refused is never sent again)
    officer_step: bool = False

    def state(self, now: datetime) -> str:
        """'ok', 'soon' (reminder time reached) or 'overdue'; partners left untold: 'soon'
        (the officer's turn, but nothing lapses: no update is due after the end)."""
        if self.what == "untold":
            return "soon"
        if now > self.due:
            return "overdue"
        return "soon" if now >= self.remind_at else "ok"

    def phase(self, now: datetime) -> str:
        """Planned work: 'before', 'running' or 'overran' (else '')."""
        if self.what != "window":
            return ""
        if self.opens is not None and now < self.opens:
            return "before"
        return "running" if now <= self.due else "overran"

    def short_label(self, now: datetime) -> str:
        if self.what == "untold":
            return Msg.tr("not told: copy refused")
        if self.what == "window":
            text = self._window_text(now, short=True)
        else:
            verb = (
                Msg.tr("notify by {time}") if self.what == "notify" else Msg.tr("update by {time}")
            )
            when = self.due.astimezone().strftime("%H:%M")
            text = f"{verb.format(time=when)} · {countdown(self.due - now)}"
        return text + (" · " + self._untold_text() if self.waiting else "")

    def _untold_text(self) -> str:
        """How many partners the waiting notice has not reached: not "not delivered" when
        4 of 7 were told (the page and the top bar count partners)."""
        if not self.untold:
            return Msg.tr("not delivered")
        return Msg.tr("%n partner(s) not told", "", self.untold)

    def label(self, now: datetime) -> str:
        if self.what == "untold":
            return f"{self.reference}  {self.waiting}"
        if self.what == "window":
            text = f"{self.reference}  {self._window_text(now, short=False)}"
        else:
            verb = (
                Msg.tr("notify partners by {time}")
                if self.what == "notify"
                else Msg.tr("next update due {time}")
            )
            when = self.due.astimezone().strftime("%H:%M")
            text = f"{self.reference}  {verb.format(time=when)}  ({countdown(self.due - now)})"
        return text + (f" — {self.waiting}" if self.waiting else "")

    def _window_text(self, now: datetime, *, short: bool) -> str:
        phase = self.phase(now)
        if phase == "before":
            assert self.opens is not None
            return Msg.tr("starts in {span}").format(span=span(self.opens - now)) + (
                "" if short else f" ({_when(self.opens, now)})"
            )
        if phase == "running":
            return Msg.tr("in progress, ends in {span}").format(span=span(self.due - now)) + (
                "" if short else f" ({_when(self.due, now)})"
            )
        # with units, as the timers ("overdue 1 min 13 s"): '4:07' read as a time of day
        late = duration(int((now - self.due).total_seconds()))
        if short:
            return Msg.tr("OVERRAN by {span}").format(span=late)
        if self.finishing:  # the completion (or cancellation) is queued: it must arrive
            return Msg.tr("window ended {when}").format(when=_when(self.due, now))
        return Msg.tr("OVERRAN by {span} (ended {when}): complete or extend").format(
            span=late, when=_when(self.due, now)
        )


def span(left: timedelta) -> str:
    """'2 d 03:15:00', '1:05:09', '4:07' — a live clock, days spelt out when long."""
    seconds = max(0, int(left.total_seconds()))
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    if days:
        return Msg.tr("%n d", "", days) + f" {hours:02}:{minutes:02}:{secs:02}"
    return f"{hours}:{minutes:02}:{secs:02}" if hours else f"{minutes}:{secs:02}"


def _when(moment: datetime, now: datetime) -> str:
    local = moment.astimezone()
    same_day = local.date() == now.astimezone().date()
    if same_day:
        return local.strftime("%H:%M")
    return f"{Msg.tr(WEEKDAYS[local.weekday()])} {wall_text(local)}"


def said(moment: datetime, now: datetime) -> str:
    """A time an officer typed, as the kit understood it, in this computer's zone:
    'today 05:30 (Tue 2026-12-01 05:30 CET)', in Polish 'dziś 05:30 (wt. 1.12.2026 05:30
    CET)' — the day in words when it is near, so a bare time taken as last night cannot
    pass unnoticed. The zone by its abbreviation, else its offset (UTC+05:30): Windows
    names zones in words ("Central European Standard Time"), in the officer's language."""
    local = moment.astimezone()
    days = (local.date() - now.astimezone().date()).days
    near = {0: Msg.tr("today"), -1: Msg.tr("yesterday"), 1: Msg.tr("tomorrow")}.get(days)
    full = f"{Msg.tr(WEEKDAYS[local.weekday()])} {wall_text(local)} {zone_label(local)}"
    return f"{near} {local:%H:%M} ({full.strip()})" if near else full.strip()


def duration(seconds: int) -> str:
    """'45 s', '1 min 13 s', '24 min', '2 h 5 min', '1 d 3 h' — with units, so a timer next
    to a due time ('05:45') never reads as a time of day; seconds only while they matter."""
    days, rest = divmod(max(0, seconds), 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    if days:
        text = Msg.tr("%n d", "", days)
        return text + " " + Msg.tr("{hours} h").format(hours=hours) if hours else text
    if hours:
        if not minutes:
            return Msg.tr("{hours} h").format(hours=hours)
        return Msg.tr("{hours} h {minutes} min").format(hours=hours, minutes=minutes)
    if minutes >= 10 or (minutes and not secs):
        return Msg.tr("{minutes} min").format(minutes=minutes)
    if minutes:
        return Msg.tr("{minutes} min {seconds} s").format(minutes=minutes, seconds=secs)
    return Msg.tr("{seconds} s").format(seconds=secs)


def countdown(left: timedelta) -> str:
    seconds = int(left.total_seconds())
    overdue = seconds < 0
    text = duration(abs(seconds))
    if overdue:
        return Msg.tr("overdue {time}").format(time=text)
    return Msg.tr("{time} left").format(time=text)


def deadlines(
    incident: Incident,
    notices: Sequence[Notice],
    *,
    reminder_minutes: int,
    delivery: Mapping[int, NoticeDelivery] | None = None,
) -> list[Deadline]:
    """What this incident owes partners, and when. A notice answers a deadline only once it
    reached its partners (`delivery`; without it every notice counts as delivered): while it
    is only queued the clock keeps running and says so."""
    if not incident.is_open:
        return []
    told = [n for n in notices if delivery is None or _answered(delivery, n.id)]
    pending = [n for n in notices if n not in told]
    untold = _refused_end(incident, told, pending, delivery)
    if untold is not None:
        return [untold]
    waiting, officer_step = (
        _waiting(pending[0], delivery, incident.kind)
        if pending and delivery is not None
        else ("", False)
    )
    missing = _untold(pending[0], delivery) if pending else 0
    if incident.kind == "downtime":
        if any(n.stage in FINAL_STAGES["downtime"] for n in told):
            return []
        final = [n for n in pending if n.stage in FINAL_STAGES["downtime"]]
        if final and delivery is not None:
            waiting = _waiting_text(final[0], delivery, incident.kind)
            missing = _untold(final[0], delivery)
        return _window_deadline(
            incident, reminder_minutes, (waiting, missing), finishing=bool(final)
        )
    if not told:
        due = incident.detected_at + timedelta(minutes=incident.notify_minutes)
        alert = min(NOTIFY_ALERT_MINUTES, incident.notify_minutes)
        remind = due - timedelta(minutes=alert)
        return [
            Deadline(
                incident.reference,
                "notify",
                due,
                remind,
                waiting,
                untold=missing,
                officer_step=officer_step,
            )
        ]
    if any(n.stage in FINAL_STAGES[incident.kind] for n in told):
        return []
    promised = _earliest_promise(notices, told, delivery)
    if promised is None:
        return []
    remind = promised - timedelta(minutes=reminder_minutes)
    return [
        Deadline(
            incident.reference,
            "update",
            promised,
            remind,
            waiting,
            untold=missing,
            officer_step=officer_step,
        )
    ]


def _earliest_promise(
    notices: Sequence[Notice],
    told: Sequence[Notice],
    delivery: Mapping[int, NoticeDelivery] | None,
) -> datetime | None:
    """The next update is owed by the earliest promise a told partner holds: the last notice
    every partner has promised it to all, and a later one that reached only some promised
    its own time to those (an update out to all but an SMS-only partner: whoever has it
    waits for its time, the rest still for the earlier one)."""
    held = [n for n in told if n.next_update is not None]
    last = notices.index(told[-1]) if told else -1
    reached_some = [
        n
        for n in notices[last + 1 :]
        if delivery is not None and (found := delivery.get(n.id)) is not None and found.told
    ]
    promises = [n.next_update for n in [*held[-1:], *reached_some] if n.next_update is not None]
    return min(promises, default=None)


def draft_deadlines(waiting: Iterable[Waiting], notify_minutes: int) -> list[Deadline]:
    """A new disaster typed and not queued (the dialog was left, or the kit crashed): its
    partners wait for the first word all the same, so its notify-by deadline runs from the
    detection time the draft holds, beside the incidents' own timers."""
    found: list[Deadline] = []
    for draft in waiting:
        if draft.kind != "disaster" or draft.detected is None:
            continue
        due = draft.detected + timedelta(minutes=notify_minutes)
        alert = min(NOTIFY_ALERT_MINUTES, notify_minutes)
        # short: the top bar holds two lines, and the deadline must not be the part cut
        title = draft.title or Msg.tr("no title yet")
        title = title if len(title) <= 28 else title[:27].rstrip() + "…"
        name = Msg.tr("Draft “{title}”").format(title=title)
        found.append(Deadline(name, "notify", due, due - timedelta(minutes=alert)))
    return found


def _window_deadline(
    incident: Incident, reminder_minutes: int, waiting: tuple[str, int], *, finishing: bool
) -> list[Deadline]:
    """Planned work: the plan is the promise, so its clock is the window itself — it starts,
    runs, and the completion is due at its end (an alarm after it)."""
    if incident.window_start is None or incident.window_end is None:
        return []
    due = incident.window_end
    remind = due - timedelta(minutes=reminder_minutes)
    return [
        Deadline(
            incident.reference,
            "window",
            due,
            remind,
            waiting[0],
            opens=incident.window_start,
            finishing=finishing,
            untold=waiting[1],
        )
    ]


def _refused_end(
    incident: Incident,
    told: Sequence[Notice],
    pending: Sequence[Notice],
    delivery: Mapping[int, NoticeDelivery] | None,
) -> Deadline | None:
    """The closing notice (resolved, completed, cancelled) is out and nothing of it waits
    for the kit or the officer but copies the server refused: the partners who have it
    were told the end, so no update (nor window) is due any more; what is left is to tell
    the refused ones another way. A closing notice still queued, uncertain or handed off
    keeps the clock running: partners may not have it."""
    final = FINAL_STAGES[incident.kind]
    if delivery is None or any(n.stage in final for n in told):
        return None
    ends = [n for n in pending if n.stage in final]
    if not ends or standing(delivery.get(ends[0].id)) != "refused":
        return None
    stage = stage_label(ends[0].stage, incident.kind).lower()
    said = standing_short(delivery.get(ends[0].id), stage)
    at = ends[0].created_at
    return Deadline(incident.reference, "untold", at, at, said)


def _untold(notice: Notice, delivery: Mapping[int, NoticeDelivery] | None) -> int:
    """Partners `notice` has not reached yet and still owes (0: nothing known of its
    audience); not those a later notice reached."""
    found = delivery.get(notice.id) if delivery is not None else None
    return found.owing if found is not None else 0


def _answered(delivery: Mapping[int, NoticeDelivery], notice_id: int) -> bool:
    """Delivered, or owing nothing: each partner it did not reach had a later notice since
    (`standing` says SUPERSEDED, as the incident page and `incident show` say it)."""
    found = delivery.get(notice_id)
    return found is not None and (found.delivered or standing(found) == SUPERSEDED)


def _waiting_text(notice: Notice, delivery: Mapping[int, NoticeDelivery], kind: str) -> str:
    """Short: it goes into the top bar and the list's timer column."""
    return _waiting(notice, delivery, kind)[0]


def _waiting(notice: Notice, delivery: Mapping[int, NoticeDelivery], kind: str) -> tuple[str, bool]:
    """The waiting notice in a few words, and whether those words are the officer's next
    step (held, uncertain, handed off, refused): then no alert adds "send it now"."""
    found = delivery.get(notice.id)
    stage = stage_label(notice.stage, kind).lower()
    if found is not None and found.reissued_by is not None:
        again = delivery.get(found.reissued_by)
        if again is None or not again.count("held"):  # (held again: re-issue it again)
            said = Msg.tr("{stage} re-issued, %n partner(s) not told yet", "", found.owing)
            return said.format(stage=stage), False
    if found is not None and found.partners_in("held"):  # (told partners' held SMS: no)
        return Msg.tr("{stage} held (its promise lapsed): re-issue it").format(stage=stage), True
    officer = standing_short(found, stage)  # uncertain, handed off, refused: not "queued"
    if officer:
        return officer, True
    if found is not None and found.told:
        said = Msg.tr("{stage}: %n partner(s) not told yet", "", found.owing)
        return said.format(stage=stage), False
    return Msg.tr("{stage} queued, not delivered yet").format(stage=stage), False


def most_urgent(found: Iterable[Deadline], now: datetime | None = None) -> Deadline | None:
    """The timer the top bar shows: partners of an outage waiting for a notice (overdue or
    due soon) first, then planned work that overran its window, then the rest by due time —
    an overrun ended long ago must not hide a disaster's lapsed notify deadline."""
    moment = now if now is not None else clock_now()

    def rank(d: Deadline) -> tuple[int, datetime]:
        if d.what not in ("window", "untold") and d.state(moment) != "ok":
            return (0, d.due)
        if d.what == "untold" or (d.what == "window" and d.state(moment) == "overdue"):
            return (1, d.due)
        return (2, d.due)

    return min(found, key=rank, default=None)


@lazy_record
class Alert(EqualByFields):
    """A deadline that is near ('soon') or past ('overdue')."""

    deadline: Deadline
    level: str  # 'soon' or 'overdue'

    def message(self) -> str:
        d = self.deadline
        when = d.due.astimezone().strftime("%H:%M")
        if d.what == "untold":
            return Msg.tr("{reference}: {waiting} (incident page).").format(
                reference=d.reference, waiting=d.waiting
            )
        if d.what == "window":
            if d.finishing:
                return Msg.tr(
                    "{reference}: {waiting} — partners do not have it. Send it now, or use "
                    "another path: SMS, webmail or .eml (incident page)."
                ).format(reference=d.reference, waiting=d.waiting)
            if self.level == "overdue":
                return Msg.tr(
                    "{reference}: the planned work OVERRAN its window (it ended {when}) and "
                    "partners have no completion. Send the completion, or extend the window "
                    "(partners get the new end)."
                ).format(reference=d.reference, when=when)
            return Msg.tr(
                "{reference}: the planned work window ends at {when}. Send the completion "
                "when the work is done, or extend the window."
            ).format(reference=d.reference, when=when)
        if d.waiting:
            return _waiting_alert(d, when, overdue=self.level == "overdue")
        if d.what == "notify":
            if self.level == "overdue":
                return Msg.tr(
                    "{reference}: partners should have been notified by {when}. Send now."
                ).format(reference=d.reference, when=when)
            return Msg.tr(
                "{reference}: notify partners by {when} — send the initial notice."
            ).format(reference=d.reference, when=when)
        if self.level == "overdue":
            return Msg.tr(
                "{reference}: the promised update ({when}) is overdue. Post an update now."
            ).format(reference=d.reference, when=when)
        return Msg.tr("{reference}: an update is promised by {when}. Post it soon.").format(
            reference=d.reference, when=when
        )


def _waiting_alert(d: Deadline, when: str, *, overdue: bool) -> str:
    """A deadline whose notice is queued but has not reached every partner."""
    if d.what == "notify":
        text = (
            Msg.tr("{reference}: notify partners by {when} (it was due) — {waiting}.")
            if overdue
            else Msg.tr("{reference}: notify partners by {when} — {waiting}.")
        )
    else:
        text = (
            Msg.tr("{reference}: the promised update was due by {when} — {waiting}.")
            if overdue
            else Msg.tr("{reference}: the promised update is due by {when} — {waiting}.")
        )
    said = text.format(reference=d.reference, when=when, waiting=d.waiting)
    if d.officer_step:
        return said
    return (
        said
        + " "
        + Msg.tr("Send it now, or use another path: SMS, webmail or .eml (incident page).")
    )


class AlertTracker:
    """Raises each alert once: 'soon' when the reminder time is reached, 'overdue' after."""

    def __init__(self) -> None:
        self._raised: set[tuple[str, str, datetime, str]] = set()

    def due(self, found: Iterable[Deadline], now: datetime) -> list[Alert]:
        alerts: list[Alert] = []
        for deadline in found:
            level = deadline.state(now)
            if level == "ok":
                continue
            key = (deadline.reference, deadline.what, deadline.due, level)
            if key not in self._raised:
                self._raised.add(key)
                alerts.append(Alert(deadline, level))
        return alerts
