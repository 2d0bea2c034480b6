"""A rich-text view that does not scroll sideways for a few pixels: Qt lays a table 100 %
wide out at the view's width plus its own margins and border, a little past the view (the
report preview's "In short" box and its notices' texts), and the view then scrolls
sideways by those pixels. This one wraps its document narrower by what sticks out, and
hides a sideways scroll bar that would scroll no more than a border's few pixels."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget

#: a sideways overflow this small is margins and borders, not text: no scroll bar for it
SLACK = 8


class FittedBrowser(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setLineWrapMode(QTextEdit.LineWrapMode.FixedPixelWidth)

    def setHtml(self, text: str) -> None:
        super().setHtml(text)
        self.fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        room = self.viewport().width()
        self.setLineWrapColumnOrWidth(room)
        over = round(self.document().size().width()) - room
        if 0 < over <= SLACK:
            self.setLineWrapColumnOrWidth(room - over)
        left = self.horizontalScrollBar().maximum()
        self.setHorizontalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            if left <= SLACK
            else Qt.ScrollBarPolicy.ScrollBarAsNeeded  # a wide table or long word: it scrolls
        )
