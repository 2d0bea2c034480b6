"""A row of buttons that flows into a second row when the window is narrow (a 1024×600
netbook), instead of widening the page past the screen's right edge."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QSpacerItem, QWidget

#: the room between the items of a row
FLOW_SPACING = 6


class FlowLayout(QLayout):
    """Left to right, wrapping to the next row; `add_trailing` items sit at the right end
    of the last row when they fit there (e.g. a Report… button)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = FLOW_SPACING) -> None:
        # height for a width, as QBoxLayout keeps it: asked some 60 times per paint of the
        # Backlog section; Qt invalidates the layout when an item is added, shown, hidden or
        # changes its size hint, and the cache goes with it
        self._heights: dict[int, int] = {}
        # the shown items' size hints, the margins and the minimum size, read from Qt once
        # until it invalidates the layout (each was asked of every item at every placing)
        self._shown: list[tuple[QLayoutItem, int, int]] | None = None
        self._margins: tuple[int, int, int, int] | None = None
        self._minimum: QSize | None = None
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)
        self._forget()

    def invalidate(self) -> None:  # also when the margins change (Qt calls it then)
        self._forget()
        super().invalidate()

    def _forget(self) -> None:
        self._heights.clear()
        self._shown = self._margins = self._minimum = None

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        self._forget()
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return _no_direction()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = self._place(QRect(0, 0, width, 0), move=False)
        return height

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        if self._minimum is None:
            size = QSize()
            for item in self._items:
                size = size.expandedTo(item.minimumSize())
            left, top, right, bottom = self._margin_sizes()
            self._minimum = size + QSize(left + right, top + bottom)
        return QSize(self._minimum)

    def _margin_sizes(self) -> tuple[int, int, int, int]:
        if self._margins is None:
            # as four numbers: `contentsMargins()` would set up PySide's QMargins class
            # while the Backlog section first paints
            # (PySide's stubs say `object` for the tuple it gives)
            self._margins = cast(tuple[int, int, int, int], self.getContentsMargins())
        return self._margins

    def _shown_sizes(self) -> list[tuple[QLayoutItem, int, int]]:
        """The items not hidden, with their size hints' width and height."""
        if self._shown is None:
            shown = []
            for item in self._items:
                widget = item.widget()
                if widget is not None and widget.isHidden():
                    continue
                hint = item.sizeHint()
                shown.append((item, hint.width(), hint.height()))
            self._shown = shown
        return self._shown

    def _place(self, rect: QRect, *, move: bool) -> int:
        left, top, right, bottom = self._margin_sizes()
        first_x, last_x = rect.x() + left, rect.right() - right
        x, y, row_height = first_x, rect.y() + top, 0
        row: list[tuple[QLayoutItem, int, int, int, int]] = []
        for item, width, height in self._shown_sizes():
            if x + width > last_x + 1 and row_height > 0:
                if move:
                    _centre(row, row_height)
                row = []
                x = first_x
                y += row_height + self._spacing
                row_height = 0
            row.append((item, x, y, width, height))
            x += width + self._spacing
            row_height = max(row_height, height)
        if move:
            _centre(row, row_height)
        return y + row_height - rect.y() + bottom


def gap() -> QSpacerItem:
    """A little space between groups of buttons in a flowing row (`addItem`): an item, not
    a widget, so nothing for PySide to set up as an object."""
    fixed = QSizePolicy.Policy.Fixed
    return QSpacerItem(12, 1, fixed, fixed)


_NO_DIRECTION: list[Qt.Orientation] = []


def _no_direction() -> Qt.Orientation:
    """Neither way (made once: asked of each flow at every layout)."""
    if not _NO_DIRECTION:
        _NO_DIRECTION.append(Qt.Orientation(0))
    return _NO_DIRECTION[0]


def _centre(row: list[tuple[QLayoutItem, int, int, int, int]], height: int) -> None:
    """A row's items in the middle of its height: a label beside a taller button lines up
    with the button's text."""
    for item, x, y, width, item_height in row:
        item.setGeometry(QRect(x, y + (height - item_height) // 2, width, item_height))
