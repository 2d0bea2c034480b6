"""The search form: every field the guide's Search lists, plus free text."""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
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
from app.ui.backlog import more_filters
from app.ui.backlog.more_filters import Choices, MoreFilters, caption_width
from app.ui.backlog.records_model import kind_text, status_text
from app.ui.wheel import Combo


class ListField(Combo):
    """A list of the usual filters, in which Enter searches: its own key handler, not an
    event filter, so that no other event of the field passes through Python."""

    entered = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.entered.emit()
        else:
            super().keyPressEvent(event)


class SearchBar(QWidget):
    """The usual filters in sight; the rest (`advanced`, a `MoreFilters`) built the first
    time they are wanted: More filters opened, a field of theirs read or typed into, or a
    saved search or the dashboard filling one in."""

    search_requested = Signal(object)  # Criteria

    def __init__(self, choices: Choices | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices = choices
        self._advanced: MoreFilters | None = None
        self.text = QLineEdit()
        self.text.setPlaceholderText(
            self.tr("Quarantine ID, or start of service identifier / batch file")
        )
        self.status = ListField()
        self.status.addItem(self.tr("Any status"), "")
        for key in STATUS_LABELS:
            self.status.addItem(status_text(key), key)
        self.kind = ListField()
        self.kind.addItem(self.tr("Any quarantine"), "")
        for key in KIND_LABELS:
            self.kind.addItem(kind_text(key), key)
        self.search_button = QPushButton(self.tr("Search"))
        self.search_button.setDefault(True)
        self.clear_button = QPushButton(self.tr("Clear"))
        # On a 1024×600 screen (and in Polish) the form is two columns of label + field:
        # the usual filters always, the rest under "More filters" (opened by itself when a
        # saved search or the dashboard fills one in); Search and Clear under them.
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(0, 0, 0, 0)
        # in its place before it is filled: a filled layout put into another has PySide
        # walk its items (setting up two more of its classes while the section first paints)
        basic = QGridLayout()
        self._column.addLayout(basic)
        find = QLabel(self.tr("Find"))
        basic.addWidget(find, 0, 0)
        basic.addWidget(self.text, 0, 1, 1, 3)
        captions = (self.tr("Status"), self.tr("Quarantine"))
        for text, widget, column in zip(captions, (self.status, self.kind), (0, 2), strict=True):
            basic.addWidget(QLabel(text), 1, column)
            basic.addWidget(widget, 1, column + 1)
        # both grids' fields line up: the caption column as wide as the widest of both
        self._caption_column = caption_width(
            find.fontMetrics(), (*captions, *more_filters.captions())
        )
        more_filters.line_up(basic, self._caption_column)
        self.more = QToolButton()
        self.more.setCheckable(True)
        self.more.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.more.setArrowType(Qt.ArrowType.RightArrow)
        self.more.setText(self.tr("More filters"))
        self.more.toggled.connect(self._show_advanced)
        # the buttons are a row of their own: the panel keeps it outside the filters'
        # scrolling area, so Search, Clear and More/Fewer filters are always in sight
        self.buttons_row = QWidget()
        buttons = QHBoxLayout(self.buttons_row)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.more)
        # the panel's own buttons (import, reports) go here: in sight on a short screen
        self.beside_more = QHBoxLayout()
        self.beside_more.setContentsMargins(12, 0, 0, 0)
        buttons.addLayout(self.beside_more)
        buttons.addStretch(1)
        buttons.addWidget(self.search_button)
        buttons.addWidget(self.clear_button)
        self.text.returnPressed.connect(self.submit)
        # Enter in a list field searches too; in an editable one, choosing a completion
        # with Enter takes the name and searches
        for combo in (self.status, self.kind):
            combo.entered.connect(self.submit)
        self.search_button.clicked.connect(self.submit)
        self.clear_button.clicked.connect(self.clear)

    @property
    def advanced(self) -> MoreFilters:
        """The filters under "More filters", built (folded away) on first use."""
        if self._advanced is None:
            advanced = MoreFilters(self._caption_column)
            advanced.hide()
            self._column.addWidget(advanced)
            # Tab goes from the usual filters into these, in their order, as it did when
            # they were built with the form
            chain = [self.kind, *advanced.focus_chain()]
            for before, after in pairwise(chain):
                QWidget.setTabOrder(before, after)
            advanced.when_changed(self._count_advanced, self.submit)
            for field in (advanced.reason, advanced.carrier, advanced.unknown):
                field.installEventFilter(self)
            self._advanced = advanced
            self.refresh_choices()
        return self._advanced

    # the fields under "More filters" (each builds them on first use)
    reason = property(lambda self: self.advanced.reason)
    carrier = property(lambda self: self.advanced.carrier)
    service = property(lambda self: self.advanced.service)
    batch = property(lambda self: self.advanced.batch)
    tariff = property(lambda self: self.advanced.tariff)
    file_type = property(lambda self: self.advanced.file_type)
    date_from = property(lambda self: self.advanced.date_from)
    date_to = property(lambda self: self.advanced.date_to)
    updated_from = property(lambda self: self.advanced.updated_from)
    updated_to = property(lambda self: self.advanced.updated_to)
    released_from = property(lambda self: self.advanced.released_from)
    released_to = property(lambda self: self.advanced.released_to)
    unknown = property(lambda self: self.advanced.unknown)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.submit()
            return True
        return super().eventFilter(watched, event)

    def advanced_in_use(self) -> int:
        """How many of the filters under "More filters" hold something (none before they
        are built)."""
        return self._advanced.in_use() if self._advanced is not None else 0

    def _count_advanced(self) -> None:
        shown = self._advanced is not None and self._advanced.isVisibleTo(self)
        text = self.tr("Fewer filters") if shown else self.tr("More filters")
        used = self.advanced_in_use()
        self.more.setText(f"{text} ({used})" if used and not shown else text)

    def _show_advanced(self, shown: bool) -> None:
        if shown or self._advanced is not None:
            self.advanced.setVisible(shown)
        self.more.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self._count_advanced()

    def refresh_choices(self) -> None:
        """The reasons and carriers to choose from read again (after an import): now if the
        fields are built, else when they are."""
        if self._advanced is not None and self._choices is not None:
            self._advanced.set_choices(*self._choices())

    def set_choices(self, reasons: list[str], carriers: list[str]) -> None:
        self.advanced.set_choices(reasons, carriers)

    def criteria(self) -> Criteria:
        basic = Criteria(
            text=self.text.text().strip(),
            status=str(self.status.currentData() or ""),
            kind=str(self.kind.currentData() or ""),
        )
        return self._advanced.criteria(basic) if self._advanced is not None else basic

    def set_criteria(self, criteria: Criteria) -> None:
        self.text.setText(criteria.text or criteria.quarantine_id)
        self.status.setCurrentIndex(max(self.status.findData(criteria.status), 0))
        self.kind.setCurrentIndex(max(self.kind.findData(criteria.kind), 0))
        blank = replace(criteria, text="", quarantine_id="", status="", kind="")
        if self._advanced is not None or blank != Criteria():
            self.advanced.set_criteria(criteria)
        if self.advanced_in_use():
            self.more.setChecked(True)  # a filter in use is never out of sight

    def submit(self) -> None:
        self.search_requested.emit(self.criteria())

    def clear(self) -> None:
        self.set_criteria(Criteria())
        self.submit()
