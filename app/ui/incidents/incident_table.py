"""The incident list's table: reference, timer and title, all three in view whatever the
screen. On a wide screen each column takes what its text needs (the title the rest); on a
narrow one (1024×600, Polish timers like "powiadom do 12:14 · po terminie 2 godz. 45 min")
the timer column gives way to the title down to a share of the width and its text wraps
onto a second line (rows grow to two lines), the title wraps and is cut with "…" (whole in
its tooltip) — never pushed past the right edge, and no sideways scrolling."""

from __future__ import annotations

import math

from PySide6.QtCore import QAbstractItemModel, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

#: the title keeps at least this share of the list's width (or what it needs, if less)
TITLE_SHARE = 0.35
#: and never less than this many pixels
TITLE_MIN = 120
#: the timer never narrower than this (a few words a line)
TIMER_MIN = 110
#: a wrapped timer takes at most this many lines
TIMER_LINES = 3


class IncidentTable(QTableView):
    def __init__(
        self,
        model: QAbstractItemModel,
        columns: tuple[int, int, int],
        parent: QWidget | None = None,
    ) -> None:
        """`columns`: the reference's, the timer's and the title's."""
        super().__init__(parent)
        self.setModel(model)
        self.columns = columns
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.single_row = self.verticalHeader().defaultSectionSize()
        self._fitting = False
        header = self.horizontalHeader()
        reference, timer, title = columns
        header.setSectionResizeMode(reference, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(timer, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(title, QHeaderView.ResizeMode.Stretch)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # after the viewport took its new size
        QTimer.singleShot(0, self.fit_columns)

    def fit_columns(self) -> None:
        """Share the width: the reference whole, the timer what it needs unless the title
        would get less than its share, then the timer wraps onto two lines."""
        if self._fitting or self.model() is None:
            return
        self._fitting = True
        try:
            reference, timer, title = self.columns
            header = self.horizontalHeader()
            # the header spans the viewport (QTableView lays it out so): Qt made the viewport,
            # and the first `viewport()` had PySide work out its type by setting up some 60
            # widget classes, 10 ms of the window's start (issue 18)
            width = header.width()
            used = header.sectionSize(reference)
            timer_needs = max(self.sizeHintForColumn(timer), header.sectionSizeHint(timer))
            title_needs = max(self.sizeHintForColumn(title), header.sectionSizeHint(title))
            title_keeps = min(title_needs, max(TITLE_MIN, int(width * TITLE_SHARE)))
            timer_gets = max(TIMER_MIN, min(timer_needs, width - used - title_keeps))
            header.resizeSection(timer, timer_gets)
            # wrapping breaks at spaces: a line holds a little less than its width
            lines = min(TIMER_LINES, math.ceil(timer_needs * 1.15 / timer_gets))
            lines = 1 if timer_gets >= timer_needs else max(2, lines)
            rows = self.verticalHeader()
            row_height = self.fontMetrics().lineSpacing() * lines + 8
            rows.setDefaultSectionSize(max(self.single_row, row_height))
        finally:
            self._fitting = False
