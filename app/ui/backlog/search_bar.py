"""The search form: every field the guide's Search lists, plus free text."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from app.backlog.model import KIND_LABELS, STATUS_LABELS, Criteria


class SearchBar(QWidget):
    search_requested = Signal(object)  # Criteria

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLineEdit()
        self.text.setPlaceholderText(
            self.tr("Quarantine ID, or start of service identifier / batch file")
        )
        self.status = QComboBox()
        self.status.addItem(self.tr("Any status"), "")
        for key, label in STATUS_LABELS.items():
            self.status.addItem(label, key)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Any quarantine"), "")
        for key, label in KIND_LABELS.items():
            self.kind.addItem(label, key)
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.setMinimumContentsLength(24)
        self.carrier = QComboBox()
        self.carrier.setEditable(True)
        self.service = QLineEdit()
        self.service.setPlaceholderText(self.tr("starts with, e.g. 4670"))
        self.batch = QLineEdit()
        self.tariff = QLineEdit()
        self.date_from = QLineEdit()
        self.date_from.setPlaceholderText("2026-11-01")
        self.date_to = QLineEdit()
        self.date_to.setPlaceholderText("2026-11-30")
        self.file_type = QLineEdit()
        self.file_type.setPlaceholderText(self.tr("e.g. CDR"))
        self.updated_from, self.updated_to = QLineEdit(), QLineEdit()
        self.released_from, self.released_to = QLineEdit(), QLineEdit()
        for edit in (self.updated_from, self.released_from):
            edit.setPlaceholderText("2026-11-01")
        for edit in (self.updated_to, self.released_to):
            edit.setPlaceholderText("2026-11-30")
        self.unknown = QCheckBox(self.tr("Reason not in the guide"))
        self.search_button = QPushButton(self.tr("Search"))
        self.search_button.setDefault(True)
        self.clear_button = QPushButton(self.tr("Clear"))
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        cells = (
            (self.tr("Find"), self.text, 0, 0, 3),
            (self.tr("Status"), self.status, 0, 4, 1),
            (self.tr("Quarantine"), self.kind, 0, 6, 1),
            (self.tr("Reason"), self.reason, 1, 0, 3),
            (self.tr("Carrier"), self.carrier, 1, 4, 1),
            (self.tr("Service"), self.service, 1, 6, 1),
            (self.tr("Batch no."), self.batch, 2, 0, 1),
            (self.tr("Tariff key"), self.tariff, 2, 2, 1),
            (self.tr("Call date from"), self.date_from, 2, 4, 1),
            (self.tr("to"), self.date_to, 2, 6, 1),
            (self.tr("File type"), self.file_type, 3, 0, 1),
            (self.tr("Updated from"), self.updated_from, 3, 4, 1),
            (self.tr("to"), self.updated_to, 3, 6, 1),
            (self.tr("Released from"), self.released_from, 4, 4, 1),
            (self.tr("to"), self.released_to, 4, 6, 1),
        )
        for label, widget, row, column, span in cells:
            grid.addWidget(QLabel(label), row, column)
            grid.addWidget(widget, row, column + 1, 1, span)
        grid.addWidget(self.unknown, 0, 8)
        grid.addWidget(self.search_button, 1, 8)
        grid.addWidget(self.clear_button, 2, 8)
        for edit in (
            self.text,
            self.service,
            self.batch,
            self.tariff,
            self.date_from,
            self.date_to,
            self.file_type,
            self.updated_from,
            self.updated_to,
            self.released_from,
            self.released_to,
        ):
            edit.returnPressed.connect(self.submit)
        self.search_button.clicked.connect(self.submit)
        self.clear_button.clicked.connect(self.clear)

    def set_choices(self, reasons: list[str], carriers: list[str]) -> None:
        for combo, values, blank in (
            (self.reason, reasons, self.tr("Any reason")),
            (self.carrier, carriers, self.tr("Any carrier")),
        ):
            current = combo.currentText()
            combo.clear()
            combo.addItem("")
            combo.addItems(values)
            edit = combo.lineEdit()
            if edit is not None:
                edit.setPlaceholderText(blank)
            combo.setCurrentText(current)

    def criteria(self) -> Criteria:
        return Criteria(
            text=self.text.text().strip(),
            status=str(self.status.currentData() or ""),
            kind=str(self.kind.currentData() or ""),
            reason=self.reason.currentText().strip(),
            carrier=self.carrier.currentText().strip(),
            carrier_file_type=self.file_type.text().strip(),
            service_id=self.service.text().strip(),
            batch=self.batch.text().strip(),
            tariff_key=self.tariff.text().strip(),
            date_from=self.date_from.text().strip(),
            date_to=self.date_to.text().strip(),
            updated_from=self.updated_from.text().strip(),
            updated_to=self.updated_to.text().strip(),
            released_from=self.released_from.text().strip(),
            released_to=self.released_to.text().strip(),
            unknown_reason=self.unknown.isChecked(),
        )

    def set_criteria(self, criteria: Criteria) -> None:
        self.text.setText(criteria.text or criteria.quarantine_id)
        self.status.setCurrentIndex(max(self.status.findData(criteria.status), 0))
        self.kind.setCurrentIndex(max(self.kind.findData(criteria.kind), 0))
        self.reason.setCurrentText(criteria.reason)
        self.carrier.setCurrentText(criteria.carrier)
        self.service.setText(criteria.service_id)
        self.batch.setText(criteria.batch)
        self.tariff.setText(criteria.tariff_key)
        self.date_from.setText(criteria.date_from)
        self.date_to.setText(criteria.date_to)
        self.file_type.setText(criteria.carrier_file_type)
        self.updated_from.setText(criteria.updated_from)
        self.updated_to.setText(criteria.updated_to)
        self.released_from.setText(criteria.released_from)
        self.released_to.setText(criteria.released_to)
        self.unknown.setChecked(criteria.unknown_reason)

    def submit(self) -> None:
        self.search_requested.emit(self.criteria())

    def clear(self) -> None:
        self.set_criteria(Criteria())
        self.submit()
