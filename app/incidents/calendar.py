"""Planned work in a range of days, each window with its state and its planned notices:
what the calendar view and `incident schedule` show."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from app.i18n import Msg, tr_noop
from app.incidents.model import FINAL_STAGES, Incident
from app.incidents.plan import PlannedNotice, delivery_state, delivery_words
from app.incidents.reissue import HeldCopies, held_copies
from app.incidents.schedule import Schedule, window_state
from app.incidents.standing import standing
from app.incidents.told import NoticeDelivery
from app.timefmt import iso, local_midnight

#: a window's states (stored keys, in JSON as they are), translated where shown
WINDOW_STATES = (
    tr_noop("Msg", "planned"),
    tr_noop("Msg", "announcement queued"),
    tr_noop("Msg", "announcement held"),
    tr_noop("Msg", "announcement not delivered"),
    tr_noop("Msg", "announced"),
    tr_noop("Msg", "in progress"),
    tr_noop("Msg", "overran"),
    tr_noop("Msg", "completion queued"),
    tr_noop("Msg", "completion held"),
    tr_noop("Msg", "completion not delivered"),
    tr_noop("Msg", "completed"),
    tr_noop("Msg", "cancellation queued"),
    tr_noop("Msg", "cancellation held"),
    tr_noop("Msg", "cancellation not delivered"),
    tr_noop("Msg", "cancelled"),
    tr_noop("Msg", "closed"),
    tr_noop("Msg", "withdrawn"),
)


@dataclass(frozen=True)
class PlannedWork:
    incident: Incident
    #: planned · announcement queued · announcement held · announced · in progress · overran
    #: · completion queued · completed · cancellation queued · cancelled · closed; '… not
    #: delivered' while its copies wait for the officer (uncertain, handed off, refused)
    state: str
    planned: list[PlannedNotice]
    #: how far each notice of the incident got (told means delivered)
    told: Mapping[int, NoticeDelivery] = field(default_factory=dict)
    #: while a notice is on its way: '3 of 7 partners told — 4 held'
    detail: str = ""
    #: notices' copies held (their promise passed while they waited): re-issue them
    copies: list[HeldCopies] = field(default_factory=list)

    def state_of(self, item: PlannedNotice) -> str:
        """'planned', 'queued', 'queued, 3 of 7 told', 'delivered', 'skipped', …"""
        return delivery_state(item, self.told)

    def state_words(self, item: PlannedNotice) -> str:
        """`state_of` in the kit's language."""
        return delivery_words(item, self.told)

    @property
    def state_text(self) -> str:
        """The window's state in the kit's language."""
        return Msg.tr(self.state) if self.state in WINDOW_STATES else self.state

    @property
    def start(self) -> datetime:
        assert self.incident.window_start is not None
        return self.incident.window_start

    @property
    def end(self) -> datetime:
        assert self.incident.window_end is not None
        return self.incident.window_end

    def days(self) -> list[date]:
        """The local days the window touches."""
        first = self.start.astimezone().date()
        last = (self.end - timedelta(seconds=1)).astimezone().date()
        return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def planned_work(schedule: Schedule, first: date, last: date) -> list[PlannedWork]:
    """Windows that touch the local days `first`..`last`, by start; withdrawn ones left out
    (they never reached anyone)."""
    service = schedule.service
    begin, end = local_midnight(first), local_midnight(last + timedelta(days=1))
    rows = service.conn.execute(
        "SELECT reference FROM incidents WHERE kind = 'downtime' AND window_start < ? "
        "AND window_end > ? AND withdrawn_reason IS NULL ORDER BY window_start, id",
        (iso(end), iso(begin)),
    ).fetchall()
    moment = schedule.now()
    found: list[PlannedWork] = []
    for (reference,) in rows:
        incident = service.get(str(reference))
        notices = service.notices(incident)
        told = service.delivery(incident)
        state = window_state(incident, [n.stage for n in notices], moment)
        on_its_way = notice_on_its_way([(n.id, n.stage) for n in notices], told, state)
        found.append(
            PlannedWork(
                incident,
                on_its_way[0] if on_its_way else state,
                schedule.notices(incident),
                told,
                on_its_way[1] if on_its_way else "",
                held_copies(service, incident),
            )
        )
    return found


def notice_on_its_way(
    notices: Sequence[tuple[int, str]], told: Mapping[int, NoticeDelivery], state: str
) -> tuple[str, str] | None:
    """Told means delivered, and a queued notice is not told: before the window the work is
    'announced' only once every partner has the announcement ('announcement queued' until
    then, 'announcement held' when messages of it can no longer leave: re-issue it), and
    'completed' or 'cancelled' only once every partner has that notice; 'not delivered'
    when the copies left wait for the officer, not the kit (`standing`: uncertain, handed
    off as .eml, refused). With what is left ('3 of 7 partners told — 4 held')."""
    if state == "announced":
        stage, word = "initial", "announcement"
    else:
        final = next((st for _i, st in notices if st in FINAL_STAGES["downtime"]), None)
        if final is None:
            return None
        stage, word = final, "completion" if final == "completed" else "cancellation"
    notice = next((i for i, st in reversed(notices) if st == stage), None)
    found = told.get(notice) if notice is not None else None
    if found is None or found.delivered:
        return None
    how = {"queued": "queued", "held": "held"}.get(standing(found), "not delivered")
    return f"{word} {how}", found.summary()
