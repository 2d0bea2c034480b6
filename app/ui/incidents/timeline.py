"""The incident page's timeline fitted to the page's width: on a 1024×600 screen the page is
a third of it, and fixed columns (760 px and more) made it scroll sideways, the states and
paths out of sight."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QResizeEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from app.i18n import Words
from app.incidents.model import CHANNEL_NAMES
from app.incidents.service_records import DeliveryLine
from app.ui.incidents.styles import STATE_COLOURS, short_time

#: the columns that wrap in the width left, what (40 %) and to whom (the rest); the others
#: (when, state, path) are as wide as their longest word
WHAT, WHOM = 1, 2
WHAT_SHARE = 40
STATE, PATH = 3, 4
#: narrower than this, the path's column is hidden: the state, what and to whom need it
PATH_SHOWN_FROM = 520
#: at most this part of the width for state and path: the rest wraps what and to whom
SHRINKS_AT_MOST = 0.3
#: a cell's margins, and a bold notice row's wider letters
PADDING = 18


class _Wrapping(QStyledItemDelegate):
    """A cell as tall as its text wrapped to its column (a tree view asks the height
    without the column's width, so wrapped text was cut to one elided line)."""

    def __init__(self, view: Timeline) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        sized = QStyleOptionViewItem(option)
        width = self.view.columnWidth(index.column())
        if index.column() == 0:  # the tree's indentation takes part of the first column
            depth, parent = 1, index.parent()
            while parent.isValid():
                depth, parent = depth + 1, parent.parent()
            width -= depth * self.view.indentation()
        sized.rect = QRect(0, 0, max(1, width), max(1, sized.rect.height()))  # valid
        sized.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        return super().sizeHint(sized, index)


class Timeline(QTreeWidget):
    """Every notice and its copies. The columns share the width the page has, long text
    wraps onto more lines, and a word longer than its column (an address) is shortened in
    its middle, with the whole of it in the cell's tooltip: nothing needs a sideways
    scroll."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setIndentation(14)
        self.setItemDelegate(_Wrapping(self))
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)

    def add(self, item: QTreeWidgetItem) -> None:
        """A notice's row with its copies' rows, each cell's whole text in its tooltip."""
        rows = [item, *(item.child(n) for n in range(item.childCount()))]
        for row in rows:
            if row is None:
                continue
            for column in range(row.columnCount()):
                row.setToolTip(column, row.text(column))
            # the path beside the state: on a small screen the path's column is hidden
            row.setToolTip(STATE, f"{row.text(STATE)} · {row.text(PATH)}")
        self.addTopLevelItem(item)

    def fit(self) -> None:
        """When, state and path as wide as their longest word (a time, 'delivered', a
        path's name); state and path together at most `SHRINKS_AT_MOST` of the width (the
        time is never cut); what and to whom share the rest and wrap in it."""
        width = self.viewport().width()
        small = width < PATH_SHOWN_FROM
        if small != self.isColumnHidden(PATH):
            self.setColumnHidden(PATH, small)  # then in the state's tooltip (and the Outbox)
        columns = [c for c in range(self.columnCount()) if not self.isColumnHidden(c)]
        narrow = {c: self._widest_word(c) for c in columns if c not in (WHAT, WHOM)}
        if 0 in narrow:  # the tree's branches and indentation take part of the first column
            narrow[0] += 2 * self.indentation()
        shrinks = sum(size for c, size in narrow.items() if c != 0)
        if shrinks > width * SHRINKS_AT_MOST:  # a small screen: they wrap or shorten too
            scale = width * SHRINKS_AT_MOST / shrinks
            narrow = {c: size if c == 0 else int(size * scale) for c, size in narrow.items()}
        rest = max(0, width - sum(narrow.values()))
        # what: its share, or its longest word ("Aktualizacja") if that fits in half
        what = max(rest * WHAT_SHARE // 100, min(self._widest_word(WHAT), rest // 2))
        for column, size in {**narrow, WHAT: what, WHOM: rest - what}.items():
            self.setColumnWidth(column, max(40, size))
        self.scheduleDelayedItemsLayout()  # rows take the height their wrapped text needs

    def _widest_word(self, column: int) -> int:
        metrics = self.fontMetrics()
        header = self.headerItem()
        words = header.text(column).split() if header is not None else []
        items = [self.topLevelItem(n) for n in range(self.topLevelItemCount())]
        for item in items:
            rows = [item, *(item.child(n) for n in range(item.childCount()))] if item else []
            words += [w for row in rows if row is not None for w in row.text(column).split()]
        return max((metrics.horizontalAdvance(w) for w in words), default=0) + PADDING

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()


def copy_row(d: DeliveryLine) -> QTreeWidgetItem:
    """One outbox copy of a notice, as a row under the notice: when, channel, partner,
    state (coloured), path."""
    child = QTreeWidgetItem(
        [
            short_time(datetime.fromisoformat(d.updated_at.replace("Z", "+00:00"))),
            Words.tr(CHANNEL_NAMES.get(d.channel, d.channel)),
            f"{d.recipient_name} <{d.recipient}>",
            Words.tr(d.state),
            d.path or "—",
        ]
    )
    colour = STATE_COLOURS.get(d.state)
    if colour:
        child.setForeground(3, QBrush(QColor(colour)))
    return child
