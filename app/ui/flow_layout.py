"""A row of buttons that flows into a second row when the window is narrow (a 1024×600
netbook), instead of widening the page past the screen's right edge."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    """Left to right, wrapping to the next row; `add_trailing` items sit at the right end
    of the last row when they fit there (e.g. a Report… button)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        # height for a width, as QBoxLayout keeps it: asked some 60 times per paint of the
        # Backlog section; Qt invalidates the layout when an item is added, shown, hidden or
        # changes its size hint, and the cache goes with it
        self._heights: dict[int, int] = {}
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)
        self._heights.clear()

    def invalidate(self) -> None:  # also when the margins change (Qt calls it then)
        self._heights.clear()
        super().invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        self._heights.clear()
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

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
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins: QMargins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _place(self, rect: QRect, *, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, row_height = area.x(), area.y(), 0
        row: list[tuple[QLayoutItem, QPoint, QSize]] = []
        for item in self._items:
            widget = item.widget()
            if widget is not None and widget.isHidden():
                continue
            hint = item.sizeHint()
            if x + hint.width() > area.right() + 1 and row_height > 0:
                if move:
                    _centre(row, row_height)
                row = []
                x = area.x()
                y += row_height + self._spacing
                row_height = 0
            row.append((item, QPoint(x, y), hint))
            x += hint.width() + self._spacing
            row_height = max(row_height, hint.height())
        if move:
            _centre(row, row_height)
        return y + row_height - rect.y() + margins.bottom()


def _centre(row: list[tuple[QLayoutItem, QPoint, QSize]], height: int) -> None:
    """A row's items in the middle of its height: a label beside a taller button lines up
    with the button's text."""
    for item, point, hint in row:
        item.setGeometry(QRect(point + QPoint(0, (height - hint.height()) // 2), hint))
