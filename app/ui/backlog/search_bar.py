"""The search form: every field the guide's Search lists, plus free text."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
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
        # On a 1024×600 screen (and in Polish) the form is two columns of label + field:
        # the usual filters always, the rest under "More filters" (opened by itself when a
        # saved search or the dashboard fills one in); Search and Clear under them.
        basic = QGridLayout()
        basic.addWidget(QLabel(self.tr("Find")), 0, 0)
        basic.addWidget(self.text, 0, 1, 1, 3)
        advanced = QGridLayout()
        cells = (
            (basic, self.tr("Status"), self.status, 1, 0),
            (basic, self.tr("Quarantine"), self.kind, 1, 2),
            (advanced, self.tr("Reason"), self.reason, 0, 0),
            (advanced, self.tr("Carrier"), self.carrier, 0, 2),
            (advanced, self.tr("Service"), self.service, 1, 0),
            (advanced, self.tr("Batch no."), self.batch, 1, 2),
            (advanced, self.tr("Tariff key"), self.tariff, 2, 0),
            (advanced, self.tr("File type"), self.file_type, 2, 2),
            (advanced, self.tr("Call date from"), self._range(self.date_from, self.date_to), 3, 0),
            (
                advanced,
                self.tr("Updated from"),
                self._range(self.updated_from, self.updated_to),
                3,
                2,
            ),
            (
                advanced,
                self.tr("Released from"),
                self._range(self.released_from, self.released_to),
                4,
                0,
            ),
        )
        captions: list[QLabel] = []
        for grid, text, widget, row, column in cells:
            caption = QLabel(text)
            captions.append(caption)
            grid.addWidget(caption, row, column)
            grid.addWidget(widget, row, column + 1)
        advanced.addWidget(self.unknown, 4, 2, 1, 2)
        widest = max(caption.sizeHint().width() for caption in captions)
        for grid in (basic, advanced):
            grid.setContentsMargins(0, 0, 0, 0)
            for column in (0, 2):
                grid.setColumnMinimumWidth(column, widest)  # both grids' fields line up
            for column in (1, 3):
                grid.setColumnStretch(column, 1)
        self.advanced = QWidget()
        self.advanced.setLayout(advanced)
        self.advanced.hide()
        self.more = QToolButton()
        self.more.setCheckable(True)
        self.more.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.more.setArrowType(Qt.ArrowType.RightArrow)
        self.more.toggled.connect(self._show_advanced)
        # the buttons are a row of their own: the panel keeps it outside the filters'
        # scrolling area, so Search, Clear and More/Fewer filters are always in sight
        self.buttons_row = QWidget()
        buttons = QHBoxLayout(self.buttons_row)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.more)
        buttons.addStretch(1)
        buttons.addWidget(self.search_button)
        buttons.addWidget(self.clear_button)
        column_layout = QVBoxLayout(self)
        column_layout.setContentsMargins(0, 0, 0, 0)
        column_layout.addLayout(basic)
        column_layout.addWidget(self.advanced)
        for changed in (
            self.reason.currentTextChanged,
            self.carrier.currentTextChanged,
            self.unknown.toggled,
            *(edit.textChanged for edit in self._advanced_edits()),
        ):
            changed.connect(lambda *_: self._count_advanced())
        self._count_advanced()
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
        # Enter in a list field searches too; in an editable one, choosing a completion
        # with Enter takes the name and searches
        for combo in (self.status, self.kind, self.reason, self.carrier, self.unknown):
            combo.installEventFilter(self)
        for combo in (self.reason, self.carrier):
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)  # typing adds no choice
            completer = combo.completer()
            if completer is not None:
                completer.activated.connect(lambda _text: QTimer.singleShot(0, self.submit))
        self.search_button.clicked.connect(self.submit)
        self.clear_button.clicked.connect(self.clear)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.submit()
            return True
        return super().eventFilter(watched, event)

    def _range(self, start: QLineEdit, end: QLineEdit) -> QWidget:
        """ "from [start] to [end]" as one field of the form."""
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(start, 1)
        row.addWidget(QLabel(self.tr("to")))
        row.addWidget(end, 1)
        return box

    def _advanced_edits(self) -> tuple[QLineEdit, ...]:
        return (
            self.service,
            self.batch,
            self.tariff,
            self.file_type,
            self.date_from,
            self.date_to,
            self.updated_from,
            self.updated_to,
            self.released_from,
            self.released_to,
        )

    def advanced_in_use(self) -> int:
        """How many of the filters under "More filters" hold something."""
        used = [edit.text().strip() for edit in self._advanced_edits()]
        used += [self.reason.currentText().strip(), self.carrier.currentText().strip()]
        return sum(1 for text in used if text) + int(self.unknown.isChecked())

    def _count_advanced(self) -> None:
        shown = self.advanced.isVisibleTo(self)
        text = self.tr("Fewer filters") if shown else self.tr("More filters")
        used = self.advanced_in_use()
        self.more.setText(f"{text} ({used})" if used and not shown else text)

    def _show_advanced(self, shown: bool) -> None:
        self.advanced.setVisible(shown)
        self.more.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self._count_advanced()

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
        if self.advanced_in_use():
            self.more.setChecked(True)  # a filter in use is never out of sight

    def submit(self) -> None:
        self.search_requested.emit(self.criteria())

    def clear(self) -> None:
        self.set_criteria(Criteria())
        self.submit()
