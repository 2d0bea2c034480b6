"""The Outbox's table of messages, every column in view on a 1024×600 screen: the short
columns (number, state, channel, tries, time) as wide as their text, the recipient and the
path at most a share of the width, and the subject and the server's reply sharing the rest,
cut with "…" (the whole text in the cell's tooltip and the details below). Sized to their
contents alone, a long address and subject pushed the subject and the reply off to the
right, behind a sideways scroll."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

#: the columns whose width is capped, with the share of the table's width each may take
CAPPED = {3: 0.24, 4: 0.14}  # Recipient, Path
#: the columns that share what is left
STRETCHED = (7, 8)  # Subject, Server's reply
SUBJECT, REPLY = STRETCHED
#: the least a capped column keeps when the subject and the reply need its room (its
#: header whole, and a few letters of an address before the "…")
CAPPED_LEAST = 90
#: the least of a subject shown beside a reply whose header needs room ("[OK-2026-0001] U…")
SUBJECT_LEAST = 100


class MessagesTable(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrap(False)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self.fit_columns)  # once the viewport has its new width

    def fit_columns(self) -> None:
        """Each short column as wide as its text, the capped ones at most their share, the
        subject and the reply stretched over the rest — each with its header whole: a
        longer header ("Odpowiedź serwera") takes its room from the capped columns, else
        from the subject's half."""
        model = self.model()
        if model is None:
            return
        header = self.horizontalHeader()
        width = header.width()
        for column in range(model.columnCount()):
            if column in STRETCHED:
                continue
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            needs = max(self.sizeHintForColumn(column), header.sectionSizeHint(column))
            share = CAPPED.get(column)
            header.resizeSection(column, min(needs, int(width * share)) if share else needs)
        reply = header.sectionSizeHint(REPLY)
        subject = max(header.sectionSizeHint(SUBJECT), SUBJECT_LEAST)
        rest = width - sum(
            header.sectionSize(c) for c in range(model.columnCount()) if c not in STRETCHED
        )
        for column in CAPPED:  # the recipient first: its "…" has a tooltip with the whole
            short = subject + reply - rest
            if short <= 0:
                break
            least = max(header.sectionSizeHint(column), CAPPED_LEAST)
            give = max(0, min(short, header.sectionSize(column) - least))
            header.resizeSection(column, header.sectionSize(column) - give)
            rest += give
        header.setSectionResizeMode(SUBJECT, QHeaderView.ResizeMode.Stretch)
        if rest // 2 >= reply:  # half each shows the reply's header whole
            header.setSectionResizeMode(REPLY, QHeaderView.ResizeMode.Stretch)
        else:  # the reply as wide as its header, the subject the rest
            header.setSectionResizeMode(REPLY, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(REPLY, reply)
