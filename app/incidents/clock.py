"""The timers of open incidents: notify partners by, next update due. Plain time
arithmetic, so the countdown the window shows and the alerts it raises are tested without Qt."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from app.i18n import Msg, translate
from app.incidents.model import FINAL_STAGES, STAGE_LABELS, Incident, Notice
from app.incidents.told import NoticeDelivery

#: the alert before the notify-by deadline lapses comes this long before it
NOTIFY_ALERT_MINUTES = 5


@dataclass(frozen=True)
class Deadline:
    reference: str
    what: str  # 'notify' (first notice of a disaster) or 'update' (a promised update)
    due: datetime
    remind_at: datetime
    #: a notice that answers this deadline is queued but has not reached every partner yet
    waiting: str = ""

    def state(self, now: datetime) -> str:
        """'ok', 'soon' (reminder time reached) or 'overdue'."""
        if now > self.due:
            return "overdue"
        return "soon" if now >= self.remind_at else "ok"

    def short_label(self, now: datetime) -> str:
        verb = "notify by" if self.what == "notify" else "update by"
        text = f"{verb} {self.due.astimezone():%H:%M} · {countdown(self.due - now)}"
        return text + (" · not delivered" if self.waiting else "")

    def label(self, now: datetime) -> str:
        verb = "notify partners by" if self.what == "notify" else "next update due"
        when = self.due.astimezone().strftime("%H:%M")
        text = f"{self.reference}  {verb} {when}  ({countdown(self.due - now)})"
        return text + (f" — {self.waiting}" if self.waiting else "")


def countdown(left: timedelta) -> str:
    seconds = int(left.total_seconds())
    overdue = seconds < 0
    seconds = abs(seconds)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    text = f"{hours}:{minutes:02}:{secs:02}" if hours else f"{minutes}:{secs:02}"
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
    told = [n for n in notices if delivery is None or _delivered(delivery, n.id)]
    pending = [n for n in notices if n not in told]
    waiting = _waiting_text(pending[0], delivery) if pending and delivery is not None else ""
    if not told:
        if incident.kind != "disaster":
            return []  # planned work is announced ahead; no detection clock
        due = incident.detected_at + timedelta(minutes=incident.notify_minutes)
        alert = min(NOTIFY_ALERT_MINUTES, incident.notify_minutes)
        return [
            Deadline(incident.reference, "notify", due, due - timedelta(minutes=alert), waiting)
        ]
    if any(n.stage in FINAL_STAGES[incident.kind] for n in told):
        return []
    promised = [n.next_update for n in told if n.next_update is not None]
    if not promised:
        return []
    due = promised[-1]
    remind = due - timedelta(minutes=reminder_minutes)
    return [Deadline(incident.reference, "update", due, remind, waiting)]


def _delivered(delivery: Mapping[int, NoticeDelivery], notice_id: int) -> bool:
    found = delivery.get(notice_id)
    return found is not None and found.delivered


def _waiting_text(notice: Notice, delivery: Mapping[int, NoticeDelivery]) -> str:
    """Short: it goes into the top bar and the list's timer column."""
    found = delivery.get(notice.id)
    stage = translate("Labels", STAGE_LABELS[notice.stage]).lower()
    if found is not None and found.count("held"):
        return Msg.tr("{stage} held (its promise lapsed): re-issue it").format(stage=stage)
    if found is not None and found.told:
        return Msg.tr("{stage}: %n partner(s) not told yet", "", found.untold).format(stage=stage)
    return Msg.tr("{stage} queued, not delivered yet").format(stage=stage)


def most_urgent(found: Iterable[Deadline]) -> Deadline | None:
    return min(found, key=lambda d: d.due, default=None)


@dataclass(frozen=True)
class Alert:
    deadline: Deadline
    level: str  # 'soon' or 'overdue'

    def message(self) -> str:
        d = self.deadline
        when = d.due.astimezone().strftime("%H:%M")
        if d.waiting:
            verb = "notify partners" if d.what == "notify" else "the promised update is due"
            late = "was due" if self.level == "overdue" else "is due"
            return (
                f"{d.reference}: {verb} by {when} ({late}) — the {d.waiting}. Send it now, "
                "or use another path: SMS, webmail or .eml (incident page)."
            )
        if d.what == "notify":
            if self.level == "overdue":
                return f"{d.reference}: partners should have been notified by {when}. Send now."
            return f"{d.reference}: notify partners by {when} — send the initial notice."
        if self.level == "overdue":
            return f"{d.reference}: the promised update ({when}) is overdue. Post an update now."
        return f"{d.reference}: an update is promised by {when}. Post it soon."


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
