"""A list above a text pane about the row chosen (the Outbox's messages and their
attempts): the list keeps most of the height. Qt's own split gives both their default
~190 px, which on a 1024×600 screen leaves the list one and a half rows. Until the officer
drags the handle, the text gets 30 % of the height, at least a few lines and at most
what a dozen lines need; the list the rest."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QPlainTextEdit, QSplitter, QWidget

TEXT_SHARE = 0.3
TEXT_LINES = (4, 12)  # the fewest and the most lines the text pane is given


class ListAboveText(QSplitter):
    def __init__(self, top: QWidget, text: QPlainTextEdit) -> None:
        super().__init__(Qt.Orientation.Vertical)
        self.addWidget(top)
        self.addWidget(text)
        self.setStretchFactor(0, 1)
        self.setStretchFactor(1, 0)
        self.text = text
        self.dragged = False
        self.splitterMoved.connect(self._dragged)

    def _dragged(self) -> None:
        self.dragged = True

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self.dragged:
            total = sum(self.sizes())
            text = self.text_height(total)
            self.setSizes([total - text, text])

    def text_height(self, total: int) -> int:
        """The text pane's height in `total` pixels of split."""
        line = self.text.fontMetrics().lineSpacing()
        frame = self.text.frameWidth() * 2 + round(2 * self.text.document().documentMargin())
        fewest, most = (frame + n * line for n in TEXT_LINES)
        return max(fewest, min(most, round(total * TEXT_SHARE)))
