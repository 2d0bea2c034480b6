"""The Backlog's records table: End and Home reach the ends of the whole search."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QTableView


class RecordsTable(QTableView):
    """End and Home reach the ends of the whole search (the panel's `go_to_end`,
    `go_home`), handled by the table's own key handler: an event filter would have every
    event of the table pass through Python, and the first of them sets up PySide's event
    classes while the section first paints."""

    end_pressed = Signal()
    home_pressed = Signal()
    #: the height asked for (see WANT_ROWS); Qt's own hint otherwise
    wanted_height = 0

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), max(hint.height(), self.wanted_height))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_End:
            self.end_pressed.emit()
        elif key == Qt.Key.Key_Home:
            self.home_pressed.emit()
        else:
            super().keyPressEvent(event)
