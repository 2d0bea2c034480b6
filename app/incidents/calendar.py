"""Planned work in a range of days, each window with its state and its planned notices:
what the calendar view and `incident schedule` show."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from app.incidents.model import FINAL_STAGES, Incident, Notice
from app.incidents.plan import PlannedNotice, delivery_state
from app.incidents.schedule import Schedule, window_state
from app.incidents.told import NoticeDelivery
from app.timefmt import iso, local_midnight


@dataclass(frozen=True)
class PlannedWork:
    incident: Incident
    state: str  # planned · announced · in progress · overran · completed · cancelled · …
    planned: list[PlannedNotice]
    #: how far each notice of the incident got (told means delivered)
    told: Mapping[int, NoticeDelivery] = field(default_factory=dict)

    def state_of(self, item: PlannedNotice) -> str:
        """'planned', 'queued', 'queued, 3 of 7 told', 'delivered', 'skipped', …"""
        return delivery_state(item, self.told)

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
        found.append(
            PlannedWork(
                incident,
                _queued_final(notices, told) or state,
                schedule.notices(incident),
                told,
            )
        )
    return found


def _queued_final(notices: list[Notice], told: Mapping[int, NoticeDelivery]) -> str:
    """'completion queued' while the completion (or cancellation) has not reached every
    partner: the work is not 'completed' for partners until they have it."""
    final = next((n for n in notices if n.stage in FINAL_STAGES["downtime"]), None)
    if final is None:
        return ""
    found = told.get(final.id)
    if found is not None and found.delivered:
        return ""
    word = "completion" if final.stage == "completed" else "cancellation"
    if found is not None and found.told:
        return f"{word} queued, {found.told} of {found.recipients} told"
    return f"{word} queued"
