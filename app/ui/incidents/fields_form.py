"""The fields of a notice as a form: one editor per field the templates need."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from app.incidents.compose import NEXT_UPDATE
from app.incidents.flow import LONG_FIELDS, field_label
from app.ui.labels import label as shown_label
from app.ui.language import date_format

Editor = QLineEdit | QPlainTextEdit | QDateTimeEdit


class FieldsForm(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QFormLayout(self)
        self.editors: dict[str, Editor] = {}

    def build(self, names: Sequence[str], values: Mapping[str, str]) -> None:
        while self.layout_.rowCount():
            self.layout_.removeRow(0)
        self.editors = {}
        for name in names:
            editor = self._editor(name, values.get(name, ""))
            self.editors[name] = editor
            label = QLabel(f"{shown_label(field_label(name))}")
            label.setBuddy(editor)
            self.layout_.addRow(label, editor)

    def _editor(self, name: str, value: str) -> Editor:
        if name == NEXT_UPDATE:
            edit = QDateTimeEdit()
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_format(with_time=True))
            moment = _parse(value)
            edit.setDateTime(to_qt(moment) if moment else QDateTime.currentDateTime())
            # a lambda: `changed` takes no argument, the editors' signals carry one
            edit.dateTimeChanged.connect(lambda _value: self.changed.emit())
            return edit
        if name in LONG_FIELDS:
            text = QPlainTextEdit(value)
            text.setTabChangesFocus(True)  # Tab moves on, as in every other field
            text.setFixedHeight(64)
            text.textChanged.connect(lambda: self.changed.emit())
            return text
        line = QLineEdit(value)
        line.textChanged.connect(lambda _text: self.changed.emit())
        return line

    def values(self) -> dict[str, str]:
        found: dict[str, str] = {}
        for name, editor in self.editors.items():
            if isinstance(editor, QDateTimeEdit):
                found[name] = from_qt(editor.dateTime()).isoformat(timespec="minutes")
            elif isinstance(editor, QPlainTextEdit):
                found[name] = editor.toPlainText()
            else:
                found[name] = editor.text()
        return found

    def first_empty(self) -> QWidget | None:
        for name, editor in self.editors.items():
            if not self.values()[name].strip():
                return editor
        return next(iter(self.editors.values()), None)


def _parse(value: str) -> datetime | None:
    try:
        return datetime.fromisoformat(value).astimezone() if value else None
    except ValueError:
        return None


def to_qt(moment: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))


def from_qt(value: QDateTime) -> datetime:
    """An aware local datetime (minutes precision) from the editor's value."""
    return datetime.fromtimestamp(value.toSecsSinceEpoch()).astimezone()
