"""Planned work in a range of days, each window with its state and its planned notices:
what the calendar view and `incident schedule` show."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from app.incidents.model import Incident
from app.incidents.plan import PlannedNotice
from app.incidents.schedule import Schedule, window_state
from app.timefmt import iso, local_midnight


@dataclass(frozen=True)
class PlannedWork:
    incident: Incident
    state: str  # planned · announced · in progress · overran · completed · cancelled · …
    planned: list[PlannedNotice]

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
        stages = [n.stage for n in service.notices(incident)]
        found.append(
            PlannedWork(
                incident, window_state(incident, stages, moment), schedule.notices(incident)
            )
        )
    return found
