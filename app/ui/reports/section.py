"""Reports: choose one incident or a period, preview the report, export it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QGridLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.incidents.model import kind_and_status
from app.incidents.service import IncidentService
from app.kit import Kit
from app.reports.requests import ReportRequest
from app.ui.errors import show_error
from app.ui.language import date_format
from app.ui.reports.panel import ReportPanel
from app.ui.section import Section
from app.ui.wheel import Combo
from app.ui.wheel_boxes import DateEdit


class ReportsSection(Section):
    title = "Reports"

    def __init__(self, kit: Kit, parent: QWidget | None = None) -> None:
        super().__init__(kit, parent)
        self.incident_choice = QRadioButton(self.tr("One incident"))
        self.period_choice = QRadioButton(self.tr("Every incident in a period"))
        group = QButtonGroup(self)
        group.addButton(self.incident_choice)
        group.addButton(self.period_choice)
        self.incident_choice.setChecked(True)
        self.incidents = Combo()
        self.incidents.setMinimumContentsLength(40)
        self.first_day = self._date_edit()
        self.last_day = self._date_edit()
        today = QDate.currentDate()
        self.first_day.setDate(QDate(today.year(), today.month(), 1))
        self.last_day.setDate(today)
        self.preview_button = QPushButton(self.tr("Preview"))
        self.preview_button.setDefault(True)
        self.preview_button.clicked.connect(self.preview_requested)
        self.panel = ReportPanel(kit)

        grid = QGridLayout()
        grid.addWidget(self.incident_choice, 0, 0)
        grid.addWidget(self.incidents, 0, 1, 1, 4)
        grid.addWidget(self.period_choice, 1, 0)
        grid.addWidget(QLabel(self.tr("from")), 1, 1)
        grid.addWidget(self.first_day, 1, 2)
        grid.addWidget(QLabel(self.tr("to (included)")), 1, 3)
        grid.addWidget(self.last_day, 1, 4)
        grid.addWidget(self.preview_button, 0, 5, 2, 1)
        grid.setColumnStretch(6, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.panel, 1)
        self.incidents.activated.connect(lambda _: self.incident_choice.setChecked(True))
        self.first_day.dateChanged.connect(lambda _: self.period_choice.setChecked(True))
        self.last_day.dateChanged.connect(lambda _: self.period_choice.setChecked(True))

    def _date_edit(self) -> QDateEdit:
        edit = DateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(date_format())
        return edit

    def shown(self) -> None:
        """Newest incidents first, closed ones too (reports are mostly made afterwards)."""
        service = IncidentService(
            conn=self.kit.store.conn, audit=self.kit.audit, settings=self.kit.settings
        )
        current = self.incidents.currentData()
        self.incidents.clear()
        for incident in service.incidents(include_closed=True):
            said = kind_and_status(incident.kind, incident.status)  # withdrawn says so
            label = f"{incident.reference} — {incident.title} ({said})"
            self.incidents.addItem(label, incident.reference)
        if self.incidents.count() == 0:
            self.incidents.addItem(self.tr("No incident yet"), "")
        index = self.incidents.findData(current)
        self.incidents.setCurrentIndex(max(index, 0))

    def choose_incident(self, reference: str) -> None:
        self.shown()
        index = self.incidents.findData(reference)
        if index >= 0:
            self.incidents.setCurrentIndex(index)
        self.incident_choice.setChecked(True)

    def preview_requested(self) -> None:
        try:
            self.panel.show_report(self.request())
        except UserError as err:
            show_error(self, err)

    def request(self) -> ReportRequest:
        if self.incident_choice.isChecked():
            reference = str(self.incidents.currentData() or "")
            if not reference:
                raise UserError(self.tr("There is no incident to report on yet."))
            return ReportRequest.incident(reference)
        return ReportRequest.period(_day(self.first_day.date()), _day(self.last_day.date()))


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
