"""The fields of a notice as a form: one editor per field the templates need, each shown
once. When the audience reads other languages than English, the form has a tab per
language: the first holds every field (the text all partners get), each other tab the
title and the free-text fields in that language (left empty, the English text is used)."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.incidents.clock import said
from app.incidents.compose import NEXT_UPDATE
from app.incidents.field_times import ahead_problem
from app.incidents.flow import field_labels, is_long_field, translatable_fields
from app.incidents.model import is_time_field, partner_time
from app.notices.localtime import parse_field_time
from app.timefmt import CLOCK_SKEW, now, read_time
from app.ui.incidents.preview import PROBLEM_STYLE
from app.ui.labels import label as shown_label
from app.ui.language import datetime_text, language_label, language_tab

Editor = QLineEdit | QPlainTextEdit


#: narrower than this (px), labels go above their fields
WRAP_BELOW = 560
#: the lines kept under a time field: a refusal with the forms to write takes five in the
#: resolution dialog at 1024 px ("Understood: …" one or two)
TIME_NOTE_LINES = 5


class FieldsForm(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QFormLayout()
        self.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._forms = [self.layout_]  # and each language's page: wrapped as it is narrow
        self.main = QWidget()
        self.main.setLayout(self.layout_)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.tabs)
        self.editors: dict[str, Editor] = {}
        #: per-language editors, by field key ('impact.sv', 'title.sv')
        self.translations: dict[str, Editor] = {}
        self.languages: list[str] = []
        # under each time field: what the kit read in it, or why it cannot
        self.notes: dict[str, QLabel] = {}
        # the time fields' moments as partners get them ("2026-12-01 04:30 UTC")
        self.times: dict[str, str] = {}
        self.time_problems: dict[str, str] = {}
        self.time_labels: dict[str, str] = {}
        self.time_names: set[str] = set()
        self.past_names: set[str] = set()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A narrow pane (a notice dialog at 1024×600, Polish labels): each field under its
        label, the pane's whole width to type in — beside a long label that wraps, fields
        were left some 85 px, a typed time cut off. A wide one keeps labels beside fields."""
        wrap = (
            QFormLayout.RowWrapPolicy.WrapAllRows
            if event.size().width() < WRAP_BELOW
            else QFormLayout.RowWrapPolicy.WrapLongRows
        )
        if wrap != self.layout_.rowWrapPolicy():
            for form in self._forms:
                form.setRowWrapPolicy(wrap)
        super().resizeEvent(event)

    def build(
        self,
        names: Sequence[str],
        values: Mapping[str, str],
        languages: Sequence[str] = (),
        title: str = "",
        *,
        titled: bool = True,
        labels: Mapping[str, str] | None = None,
        times: Collection[str] = (),
        past: Collection[str] = (),
        english_title: str | None = None,
    ) -> None:
        """`languages`: the audience's languages besides English (a tab each); `title`: the
        incident's title, shown above its translation; `titled`: whether the language tabs
        take the title's translation (a notice's form) or only the fields (the officer's
        note when a window changes); `labels`: the fields' labels, when not the notices';
        `times`: the fields the templates show as times (one moment, no language tab);
        `past`: the time fields that cannot be ahead of now (an end, a disaster's start);
        `english_title`: a follow-up's English title (every language without its own gets
        it), shown first on the main tab to change or give it ("title")."""
        while self.layout_.rowCount():
            self.layout_.removeRow(0)
        while self.tabs.count():
            page = self.tabs.widget(0)
            self.tabs.removeTab(0)
            if page is not None and page is not self.main:
                page.deleteLater()
        self.editors = {}
        self.translations = {}
        self.notes = {}
        self.times = {}
        self.time_problems = {}
        self.time_labels = {}
        self.languages = list(languages)
        self.time_names = set(times)
        self.past_names = set(past)
        labels = dict(labels) if labels is not None else field_labels(names)
        if english_title is not None:
            self._english_title_row(english_title, title)
        for name in names:
            editor = self._editor(name, values.get(name, ""))
            self.editors[name] = editor
            label = QLabel(shown_label(labels[name]))
            label.setBuddy(editor)
            self.layout_.addRow(label, self._with_note(name, editor, shown_label(labels[name])))
        free = translatable_fields(names, self.time_names)
        self.tabs.addTab(
            self.main,
            self.tr("English — all partners") if languages else self.tr("Notice"),
        )
        for language in languages:
            page = self._language_page(language, free, labels, values, title if titled else None)
            language_tab(self.tabs, self.tabs.addTab(page, language_label(language)), language)
        self.tabs.tabBar().setVisible(bool(languages))

    def _language_page(
        self,
        language: str,
        free: Sequence[str],
        labels: Mapping[str, str],
        values: Mapping[str, str],
        title: str | None,
    ) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setRowWrapPolicy(self.layout_.rowWrapPolicy())
        self._forms.append(form)
        hint = QLabel(
            self.tr(
                "Text for the partners who read {0}. A field left empty gets the English "
                "text, and the notice tells them the details are in English."
            ).format(language_label(language))
        )
        hint.setWordWrap(True)
        form.addRow(hint)
        if title is not None:
            self._title_row(form, language, values, title)
        for name in free:
            key = f"{name}.{language}"
            editor = self._editor(name, values.get(key, ""))
            self.translations[key] = editor
            label = QLabel(shown_label(labels[name]))
            label.setBuddy(editor)
            form.addRow(label, editor)
        return page

    def _title_row(
        self, form: QFormLayout, language: str, values: Mapping[str, str], title: str
    ) -> None:
        title_key = f"title.{language}"
        line = QLineEdit(values.get(title_key, ""))
        if title:
            line.setPlaceholderText(title)
        line.textChanged.connect(lambda _text: self.changed.emit())
        self.translations[title_key] = line
        label = QLabel(self.tr("Incident title"))
        label.setBuddy(line)
        form.addRow(label, line)

    def _english_title_row(self, value: str, title: str) -> None:
        line = QLineEdit(value)
        line.setPlaceholderText(title)
        line.textChanged.connect(lambda _text: self.changed.emit())
        self.translations["title"] = line
        label = QLabel(self.tr("Incident title in English (for every language without its own)"))
        label.setWordWrap(True)
        label.setBuddy(line)
        self.layout_.addRow(label, line)

    def _editor(self, name: str, value: str) -> Editor:
        if name == NEXT_UPDATE:
            # typed like every other time ("10:00", "jutro 06:00"), read under the field;
            # the kit's proposal shown as the officer would type it
            moment = _parse(value)
            return QLineEdit(datetime_text(moment) if moment else value)
        if is_long_field(name):
            text = QPlainTextEdit(value)
            text.setTabChangesFocus(True)  # Tab moves on, as in every other field
            text.setFixedHeight(64)
            text.textChanged.connect(lambda: self.changed.emit())
            return text
        line = QLineEdit(value)
        # a time is read first (`_with_note`), then announced
        if not is_time_field(name, self.time_names):
            line.textChanged.connect(lambda _text: self.changed.emit())
        return line

    def _with_note(self, name: str, editor: Editor, label: str) -> QWidget:
        """A time field gets a line under it: the time the kit read, as the officer's clock
        and calendar say it, or what is wrong with the text."""
        if not isinstance(editor, QLineEdit) or not is_time_field(name, self.time_names):
            return editor
        note = still_note(TIME_NOTE_LINES)  # (empty, refused, understood: nothing moves)
        self.notes[name] = note
        self.time_labels[name] = label
        editor.textChanged.connect(lambda text: self._time_typed(name, text))
        self._read_time(name, editor.text())
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(editor)
        column.addWidget(note)
        return box

    def _time_typed(self, name: str, text: str) -> None:
        self._read_time(name, text)
        self.changed.emit()

    def _read_time(self, name: str, text: str) -> None:
        note = self.notes[name]
        self.times.pop(name, None)
        self.time_problems.pop(name, None)
        if not text.strip():
            note.setText("")  # an empty field is the preview's "fill in" problem
            return
        moment = now()
        # a promise looks ahead: "06:00" typed at 22:00 is tomorrow's
        bare = "future" if name == NEXT_UPDATE else "either"
        try:
            typed = read_time(text, what=self.time_labels[name], now=moment, bare=bare)
            if name in self.past_names and typed > moment + CLOCK_SKEW:
                raise UserError(ahead_problem(self.time_labels[name], typed, moment))
        except UserError as err:
            self.time_problems[name] = str(err)
            note.setText(str(err))
            note.setStyleSheet(PROBLEM_STYLE)
            return
        self.times[name] = partner_time(typed)
        note.setStyleSheet("")
        note.setText(
            self.tr("Understood: {time} — partners read it in their own time zone.").format(
                time=said(typed, moment)
            )
        )

    def problems(self) -> list[str]:
        """Why a time field cannot be read (each names its field): nothing moves on past it."""
        return list(self.time_problems.values())

    def values(self) -> dict[str, str]:
        found = {name: _value(editor) for name, editor in self.editors.items()}
        found.update(self.times)  # a time as read, not as typed: "05:30" means today
        # a translation left empty stays empty: the English text stands in for it
        found.update({key: _value(editor) for key, editor in self.translations.items()})
        return found

    def first_empty(self) -> QWidget | None:
        for name, editor in self.editors.items():
            if not self.values()[name].strip():
                return editor
        return next(iter(self.editors.values()), None)


def _value(editor: Editor) -> str:
    if isinstance(editor, QPlainTextEdit):
        return editor.toPlainText()
    return editor.text()


def _parse(value: str) -> datetime | None:
    """A stored time ("2026-12-01T06:00+01:00", "2026-12-01 05:00 UTC"), else None."""
    return parse_field_time(value) if value else None


def still_note(lines: int) -> QLabel:
    """The line under a field that changes as the officer types (understood, refused, empty):
    `lines` text lines kept for it whatever it says, so the fields around it stay under the
    officer's mouse (a refusal three lines long moved every field under it)."""
    note = QLabel()
    note.setWordWrap(True)
    note.setMinimumHeight(lines * note.fontMetrics().lineSpacing())
    note.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return note
