"""A notice typed and not queued, said at the top of the window from the moment the kit
opens (after a crash, a lock or a Cancel → Keep): the officer opens it or discards it
without first having to start a new notice to find out."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from app.incidents.drafts import Waiting

BAR_STYLE = "QFrame#draftsBar { background: #fff4ce; border: 1px solid #c9a400; }"


class DraftsBar(QFrame):
    open_requested = Signal(str)
    discard_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftsBar")
        self.setStyleSheet(BAR_STYLE)
        self.scope = ""
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.open_button = QPushButton(self.tr("&Open the draft"))
        self.discard_button = QPushButton(self.tr("Discard…"))
        self.open_button.clicked.connect(lambda: self.open_requested.emit(self.scope))
        self.discard_button.clicked.connect(lambda: self.discard_requested.emit(self.scope))
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.text, 1)
        row.addWidget(self.open_button)
        row.addWidget(self.discard_button)
        self.setVisible(False)

    def show_waiting(self, waiting: list[Waiting]) -> None:
        """The most pressing draft (a new disaster's first); the count of the others."""
        if not waiting:
            self.scope = ""
            self.setVisible(False)
            return
        first = waiting[0]
        self.scope = first.scope
        more = len(waiting) - 1
        self.text.setText(
            first.describe()
            + (" " + self.tr("(%n more draft(s) after it.)", "", more) if more else "")
        )
        self.setVisible(True)
