"""The Calendar section: planned work of the coming weeks, a week or a month at a time, each
window with its state and the planned notices around it (announcement, reminders, work
started, completion due). A reference is a link to its incident page."""

from __future__ import annotations

import html
from collections import defaultdict
from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from app.i18n import tr_noop
from app.incidents.calendar import PlannedWork, planned_work
from app.incidents.plan import PlannedNotice
from app.incidents.schedule import Schedule
from app.incidents.service import IncidentService
from app.kit import Kit
from app.store import db
from app.timefmt import now
from app.ui.section import Section
from app.ui.wheel import Combo

# window state → colour (the same reds and oranges as the incident timers)
STATE_COLOURS = {
    "planned": "#546e7a",
    "announcement queued": "#6a1b9a",  # not told yet: a queued notice is not delivered
    "announcement held": "#b00020",  # cannot leave any more: re-issue it (incident page)
    "announced": "#0d47a1",
    "in progress": "#e65100",
    "overran": "#b00020",
    "completed": "#1b5e20",
    "cancelled": "#757575",
    "closed": "#757575",
    "completion queued": "#2e7d32",
    "cancellation queued": "#757575",
    # its copies wait for the officer (uncertain, handed off, refused): the incident page
    "announcement not delivered": "#b00020",
    "completion not delivered": "#b00020",
    "cancellation not delivered": "#b00020",
}
# the states as the calendar says them (translated where shown)
STATE_WORDS = (
    tr_noop("CalendarSection", "planned"),
    tr_noop("CalendarSection", "announcement queued"),
    tr_noop("CalendarSection", "announcement held"),
    tr_noop("CalendarSection", "announced"),
    tr_noop("CalendarSection", "in progress"),
    tr_noop("CalendarSection", "overran"),
    tr_noop("CalendarSection", "completed"),
    tr_noop("CalendarSection", "cancelled"),
    tr_noop("CalendarSection", "closed"),
    tr_noop("CalendarSection", "completion queued"),
    tr_noop("CalendarSection", "cancellation queued"),
    tr_noop("CalendarSection", "announcement not delivered"),
    tr_noop("CalendarSection", "completion not delivered"),
    tr_noop("CalendarSection", "cancellation not delivered"),
    tr_noop("CalendarSection", "withdrawn"),
)
REFRESH_MS = 30_000  # a window opens or ends while the calendar is shown


class CalendarSection(Section):
    title = "Calendar"

    def __init__(self, kit: Kit, parent: QWidget | None = None) -> None:
        super().__init__(kit, parent)
        service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
        self.schedule = Schedule(service=service)
        self.anchor = now().astimezone().date()
        self.work: list[PlannedWork] = []
        self.previous = QPushButton(self.tr("◀ &Previous"))
        self.today = QPushButton(self.tr("&Today"))
        self.next = QPushButton(self.tr("&Next ▶"))
        self.view = Combo()
        self.view.addItem(self.tr("Week"), "week")
        self.view.addItem(self.tr("Month"), "month")
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.previous.clicked.connect(lambda: self._step(-1))
        self.next.clicked.connect(lambda: self._step(1))
        self.today.clicked.connect(self._today)
        self.view.currentIndexChanged.connect(lambda _i: self.refresh())
        bar = QHBoxLayout()
        for widget in (self.previous, self.today, self.next, self.view):
            bar.addWidget(widget)
        bar.addWidget(self.heading, 1)
        self.grid = QTableWidget()
        self.grid.setColumnCount(7)
        self.grid.setHorizontalHeaderLabels(
            [
                self.tr("Mon"),
                self.tr("Tue"),
                self.tr("Wed"),
                self.tr("Thu"),
                self.tr("Fri"),
                self.tr("Sat"),
                self.tr("Sun"),
            ]
        )
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.grid.verticalHeader().hide()
        self.grid.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.grid.setMinimumHeight(260)
        self.legend = QLabel(
            " ".join(
                f'<span style="color:{colour}">■ {html.escape(self.tr(state))}</span>&nbsp;'
                for state, colour in STATE_COLOURS.items()
                if state != "closed"
            )
            + "&nbsp; ✉ "
            + html.escape(self.tr("a planned notice (✓ delivered) · the reference's number"))
        )
        self.legend.setWordWrap(True)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.legend)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._tick)
        self.timer.start(REFRESH_MS)
        self.refresh()

    def shown(self) -> None:
        self.refresh()

    # -- the range shown ----------------------------------------------------------------

    @property
    def mode(self) -> str:
        return str(self.view.currentData())

    def days(self) -> list[date]:
        """Monday-first days of the week, or of the weeks covering the month."""
        if self.mode == "week":
            monday = self.anchor - timedelta(days=self.anchor.weekday())
            return [monday + timedelta(days=n) for n in range(7)]
        first = self.anchor.replace(day=1)
        monday = first - timedelta(days=first.weekday())
        return [monday + timedelta(days=n) for n in range(42)]

    def _step(self, direction: int) -> None:
        if self.mode == "week":
            self.anchor += timedelta(days=7 * direction)
        else:
            month = self.anchor.month - 1 + direction
            self.anchor = date(self.anchor.year + month // 12, month % 12 + 1, 1)
        self.refresh()

    def _today(self) -> None:
        self.anchor = now().astimezone().date()
        self.refresh()

    # -- filling ------------------------------------------------------------------------

    def _tick(self) -> None:
        if not self.isVisible():
            return  # shown() fills it when it is looked at again
        try:
            self.refresh()
        except db.DatabaseError:
            self.timer.stop()  # locking closes the store a moment before the section goes

    def refresh(self) -> None:
        days = self.days()
        self.work = planned_work(self.schedule, days[0], days[-1])
        by_day: dict[date, list[PlannedWork]] = defaultdict(list)
        notices: dict[date, list[tuple[PlannedWork, PlannedNotice]]] = defaultdict(list)
        for work in self.work:
            for day in work.days():
                by_day[day].append(work)
            for item in work.planned:
                if item.purpose != "completion" and item.state in ("pending", "sent"):
                    notices[item.due_at.astimezone().date()].append((work, item))
        if self.mode == "week":
            first, last = _qdate(days[0]), _qdate(days[-1])
            locale = QLocale()
            self.heading.setText(
                f"{locale.toString(first, 'dd MMM')} – {locale.toString(last, 'dd MMM yyyy')}"
            )
        else:
            month = QLocale().standaloneMonthName(self.anchor.month)
            self.heading.setText(f"{month[:1].upper()}{month[1:]} {self.anchor.year}")
        rows = len(days) // 7
        self.grid.clearContents()
        self.grid.setRowCount(rows)
        today = now().astimezone().date()
        for index, day in enumerate(days):
            cell = QLabel(self._cell_html(day, today, by_day[day], notices[day]))
            cell.setTextFormat(Qt.TextFormat.RichText)
            cell.setWordWrap(True)
            cell.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            cell.setContentsMargins(4, 2, 4, 2)
            cell.linkActivated.connect(self._open_incident)
            outside = self.mode == "month" and day.month != self.anchor.month
            cell.setStyleSheet("background: #f3f3f3;" if outside else "")
            self.grid.setCellWidget(index // 7, index % 7, cell)
        self.fit_rows()
        self.empty.setText(
            ""
            if self.work
            else self.tr("No planned work in these days. 'New planned work' plans some.")
        )

    def fit_rows(self) -> None:
        """Rows share the height; a busy day makes its row taller (the grid scrolls)."""
        rows = self.grid.rowCount()
        if not rows:
            return
        share = max(60, (self.grid.viewport().height() - 2) // rows)
        for row in range(rows):
            tallest = share
            for column in range(7):
                cell = self.grid.cellWidget(row, column)
                if cell is not None:
                    width = self.grid.columnWidth(column)
                    tallest = max(tallest, cell.heightForWidth(width) + 6)
            self.grid.setRowHeight(row, tallest)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self.fit_rows)  # after the columns took their new widths

    def _cell_html(
        self,
        day: date,
        today: date,
        work: list[PlannedWork],
        notices: list[tuple[PlannedWork, PlannedNotice]],
    ) -> str:
        mark = "text-decoration: underline;" if day == today else ""
        parts = [f'<div style="font-weight:bold;{mark}">{day.day}</div>']
        for w in work:
            colour = STATE_COLOURS.get(w.state, "#000")
            start, end = w.start.astimezone(), w.end.astimezone()
            span = f"{start:%H:%M}" if start.date() == day else "…"
            span += f"–{end:%H:%M}" if end.date() == day else "–…"
            ref = html.escape(w.incident.reference)
            detail = f" ({html.escape(w.detail)})" if w.detail else ""
            parts.append(
                f'<div style="color:{colour}">■ {span} <b>{html.escape(self.tr(w.state))}</b>'
                f'{detail}<br><a href="{ref}">{ref}</a> {html.escape(w.incident.title)}</div>'
            )
        moment = now()
        for w, item in notices:
            when = item.due_at.astimezone()
            done = ""
            if item.state == "sent":  # told means delivered: as the incident page says it
                delivered = w.state_of(item) == "delivered"
                done = " ✓" if delivered else " — " + html.escape(w.state_words(item))
            missed = item.state == "pending" and item.due_at < moment
            colour = "#b00020" if missed else "#555"
            if missed:
                done = " — " + html.escape(self.tr("missed"))
            parts.append(
                f'<div style="color:{colour}">✉ {when:%H:%M} {html.escape(item.label)}{done} · '
                f"{html.escape(w.incident.reference.rsplit('-', 1)[-1])}</div>"
            )
        return "".join(parts)

    def _open_incident(self, reference: str) -> None:
        show = getattr(self.window(), "show_section", None)
        if not callable(show):
            return
        incidents = show("Incidents")
        reload = getattr(incidents, "reload", None)
        if callable(reload):
            incidents.show_closed.setChecked(True)
            reload(select=reference)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
