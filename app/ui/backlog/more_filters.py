"""The rarer Backlog filters, shown under "More filters": built the first time they are
wanted (opened, typed into, filled by a saved search or the dashboard), not for the
section's first paint, where they are folded away.

Their words keep the search form's translation context ("SearchBar"), where they were
before they moved here."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from app.backlog.model import Criteria
from app.localfmt import day_text
from app.ui.wheel import Combo

# the reasons and the carriers to choose from, read when the fields are built
Choices = Callable[[], tuple[list[str], list[str]]]


def caption_width(metrics: QFontMetrics, texts: Iterable[str]) -> int:
    """At least the width a QLabel with these font `metrics` showing the widest of `texts`
    asks for (its size hint), without building one: the text's advance (rounded) and a
    pixel, as the label's text box is the advance rounded up. Measuring that box lays out a
    line for each caption: twice the time, ~0.3 ms of the Backlog section's first paint.
    The captions hold no mnemonic (&) nor tab, which the box would account for."""
    return max(metrics.horizontalAdvance(text) for text in texts) + 1


class MoreFilters(QWidget):
    """Two columns of caption + field, lined up with the usual filters above them (the
    caption column's width is given: both grids share it)."""

    def __init__(self, caption_column: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reason = Combo()
        self.reason.setEditable(True)
        self.reason.setMinimumContentsLength(24)
        self.carrier = Combo()
        self.carrier.setEditable(True)
        self.service = QLineEdit()
        self.service.setPlaceholderText(
            QCoreApplication.translate("SearchBar", "starts with, e.g. 4670")
        )
        self.batch = QLineEdit()
        self.tariff = QLineEdit()
        # typed as the kit shows dates in its language (1.11.2026 in Polish); ISO is read too
        first, last = day_text(date(2026, 11, 1)), day_text(date(2026, 11, 30))
        self.date_from = QLineEdit()
        self.date_from.setPlaceholderText(first)
        self.date_to = QLineEdit()
        self.date_to.setPlaceholderText(last)
        self.file_type = QLineEdit()
        self.file_type.setPlaceholderText(QCoreApplication.translate("SearchBar", "e.g. CDR"))
        self.updated_from, self.updated_to = QLineEdit(), QLineEdit()
        self.released_from, self.released_to = QLineEdit(), QLineEdit()
        for edit in (self.updated_from, self.released_from):
            edit.setPlaceholderText(first)
        for edit in (self.updated_to, self.released_to):
            edit.setPlaceholderText(last)
        self.unknown = QCheckBox(QCoreApplication.translate("SearchBar", "Reason not in the guide"))
        grid = QGridLayout(self)
        fields = (
            (self.reason, 0, 0),
            (self.carrier, 0, 2),
            (self.service, 1, 0),
            (self.batch, 1, 2),
            (self.tariff, 2, 0),
            (self.file_type, 2, 2),
            (self._range(self.date_from, self.date_to), 3, 0),
            (self._range(self.updated_from, self.updated_to), 3, 2),
            (self._range(self.released_from, self.released_to), 4, 0),
        )
        for text, (widget, row, column) in zip(captions(), fields, strict=True):
            grid.addWidget(QLabel(text), row, column)
            grid.addWidget(widget, row, column + 1)
        grid.addWidget(self.unknown, 4, 2, 1, 2)
        line_up(grid, caption_column)
        for combo in (self.reason, self.carrier):
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)  # typing adds no choice

    def _range(self, start: QLineEdit, end: QLineEdit) -> QWidget:
        """ "from [start] to [end]" as one field of the form."""
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(start, 1)
        row.addWidget(QLabel(QCoreApplication.translate("SearchBar", "to")))
        row.addWidget(end, 1)
        return box

    def focus_chain(self) -> list[QWidget]:
        """The fields in the order Tab visits them."""
        return [
            self.reason,
            self.carrier,
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
            self.unknown,
        ]

    def edits(self) -> tuple[QLineEdit, ...]:
        return tuple(field for field in self.focus_chain() if isinstance(field, QLineEdit))

    def in_use(self) -> int:
        """How many of these filters hold something."""
        used = [edit.text().strip() for edit in self.edits()]
        used += [self.reason.currentText().strip(), self.carrier.currentText().strip()]
        return sum(1 for text in used if text) + int(self.unknown.isChecked())

    def when_changed(self, changed: Callable[[], None], submit: Callable[[], None]) -> None:
        """`changed` on any edit; `submit` on Enter in a field, or on a completion chosen
        with Enter in Reason or Carrier (the name taken, then searched)."""
        for signal in (
            self.reason.currentTextChanged,
            self.carrier.currentTextChanged,
            self.unknown.toggled,
            *(edit.textChanged for edit in self.edits()),
        ):
            signal.connect(lambda *_: changed())
        for edit in self.edits():
            edit.returnPressed.connect(submit)
        for combo in (self.reason, self.carrier):
            completer = combo.completer()
            if completer is not None:
                completer.activated.connect(lambda _text: QTimer.singleShot(0, submit))

    def set_choices(self, reasons: list[str], carriers: list[str]) -> None:
        for combo, values, blank in (
            (self.reason, reasons, QCoreApplication.translate("SearchBar", "Any reason")),
            (self.carrier, carriers, QCoreApplication.translate("SearchBar", "Any carrier")),
        ):
            current = combo.currentText()
            combo.clear()
            combo.addItem("")
            combo.addItems(values)
            edit = combo.lineEdit()
            if edit is not None:
                edit.setPlaceholderText(blank)
            combo.setCurrentText(current)

    def _texts(self) -> tuple[tuple[QLineEdit, str], ...]:
        """Each text field with the part of the search it holds."""
        return (
            (self.service, "service_id"),
            (self.batch, "batch"),
            (self.tariff, "tariff_key"),
            (self.file_type, "carrier_file_type"),
            (self.date_from, "date_from"),
            (self.date_to, "date_to"),
            (self.updated_from, "updated_from"),
            (self.updated_to, "updated_to"),
            (self.released_from, "released_from"),
            (self.released_to, "released_to"),
        )

    def criteria(self, basic: Criteria) -> Criteria:
        """`basic` (the usual filters) with these added."""
        return replace(
            basic,
            reason=self.reason.currentText().strip(),
            carrier=self.carrier.currentText().strip(),
            unknown_reason=self.unknown.isChecked(),
            **{name: edit.text().strip() for edit, name in self._texts()},
        )

    def set_criteria(self, criteria: Criteria) -> None:
        self.reason.setCurrentText(criteria.reason)
        self.carrier.setCurrentText(criteria.carrier)
        for edit, name in self._texts():
            edit.setText(str(getattr(criteria, name)))
        self.unknown.setChecked(criteria.unknown_reason)


def captions() -> tuple[str, ...]:
    """The fields' captions, in the window's language (the usual filters' column is as wide
    as the widest of these and theirs)."""
    return (
        QCoreApplication.translate("SearchBar", "Reason"),
        QCoreApplication.translate("SearchBar", "Carrier"),
        QCoreApplication.translate("SearchBar", "Service"),
        QCoreApplication.translate("SearchBar", "Batch no."),
        QCoreApplication.translate("SearchBar", "Tariff key"),
        QCoreApplication.translate("SearchBar", "File type"),
        QCoreApplication.translate("SearchBar", "Call date from"),
        QCoreApplication.translate("SearchBar", "Updated from"),
        QCoreApplication.translate("SearchBar", "Released from"),
    )


def line_up(grid: QGridLayout, caption_column: int) -> None:
    """Caption columns 0 and 2 at `caption_column` wide, the fields' columns stretching: the
    usual filters and these line up."""
    grid.setContentsMargins(0, 0, 0, 0)
    for column in (0, 2):
        grid.setColumnMinimumWidth(column, caption_column)
    for column in (1, 3):
        grid.setColumnStretch(column, 1)
