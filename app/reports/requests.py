"""What a person asked for — one incident, or a period — built into a report on any
connection (the window builds it on a worker thread's own connection)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from app.reports.document import ReportDocument
from app.reports.incident_page import incident_report
from app.reports.period import gather_period, period_bounds, period_document
from app.store import db


@dataclass(frozen=True)
class ReportRequest:
    reference: str = ""  # an incident report when set
    first_day: date | None = None  # else a period report
    last_day: date | None = None

    @classmethod
    def incident(cls, reference: str) -> ReportRequest:
        return cls(reference=reference)

    @classmethod
    def period(cls, first_day: date, last_day: date) -> ReportRequest:
        period_bounds(first_day, last_day)  # refuses a reversed range now, not on a thread
        return cls(first_day=first_day, last_day=last_day)

    @property
    def file_stem(self) -> str:
        if self.reference:
            return f"incident-{self.reference}"
        return f"incidents-{self.first_day}-to-{self.last_day}"

    def build(
        self,
        conn: db.Connection,
        *,
        actor: str,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] = lambda: False,
    ) -> ReportDocument:
        if self.reference:
            return incident_report(conn, self.reference, actor=actor)
        assert self.first_day is not None and self.last_day is not None
        figures = gather_period(
            conn,
            self.first_day,
            self.last_day,
            actor=actor,
            progress=progress,
            cancelled=cancelled,
        )
        return period_document(figures)
