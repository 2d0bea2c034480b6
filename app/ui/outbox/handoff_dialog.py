"""Webmail hand-off, batch by batch: open the compose page, then say whether it was sent."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.delivery.service import Delivery
from app.delivery.webmail import HandOffBatch, Opened, UrlOpener, WebmailHandOff
from app.ui.errors import show_error

CLIPBOARD_SECONDS = 60  # the body leaves the clipboard after this (KeePassXC's habit)


class HandOffDialog(QDialog):
    def __init__(
        self, delivery: Delivery, *, opener: UrlOpener, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Hand off to webmail")
        self.setMinimumSize(720, 420)
        self._delivery = delivery
        self._opener = opener
        self.profiles = delivery.webmail_profiles()
        self.handoff: WebmailHandOff | None = None
        self.batches: list[HandOffBatch] = []
        self.opened: set[int] = set()  # rows handed off, waiting for the officer's word
        self.links: dict[int, str] = {}  # rows no browser took: the link to open by hand
        self._clip_text: str | None = None
        self._clip_what = ""
        self._clip_left = 0
        self._clip_timer = QTimer(self)
        self._clip_timer.setInterval(1000)
        self._clip_timer.timeout.connect(self._tick)

        self.profile_box = QComboBox()
        self.profile_box.addItems([p.name for p in self.profiles])
        self.profile_box.currentIndexChanged.connect(self._plan)
        self.list = QListWidget()
        self.list.currentRowChanged.connect(lambda _r: self._buttons())
        self.open_button = QPushButton("&Open in browser")
        self.open_button.clicked.connect(self.open_selected)
        self.sent_button = QPushButton("It was &sent")
        self.sent_button.clicked.connect(lambda: self.confirm_selected(sent=True))
        self.unsent_button = QPushButton("&Not sent: back to the queue")
        self.unsent_button.clicked.connect(lambda: self.confirm_selected(sent=False))
        self.clip_label = QLabel()
        self.link_label = QLabel(
            "No web browser opened. Open this link in a browser by hand (it holds the "
            "recipients and the text), send it there, then confirm here:"
        )
        self.link_label.setWordWrap(True)
        self.link_edit = QLineEdit()
        self.link_edit.setReadOnly(True)
        self.copy_button = QPushButton("&Copy link")
        self.copy_button.clicked.connect(self.copy_link)
        self.link_box = QWidget()
        link_row = QHBoxLayout()
        link_row.setContentsMargins(0, 0, 0, 0)
        link_row.addWidget(self.link_edit, 1)
        link_row.addWidget(self.copy_button)
        link_layout = QVBoxLayout(self.link_box)
        link_layout.setContentsMargins(0, 0, 0, 0)
        link_layout.addWidget(self.link_label)
        link_layout.addLayout(link_row)
        self.link_box.setVisible(False)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        close = QPushButton("Close")
        close.clicked.connect(self.accept)

        row = QHBoxLayout()
        row.addWidget(QLabel("Webmail:"))
        row.addWidget(self.profile_box, 1)
        buttons = QHBoxLayout()
        for widget in (self.open_button, self.sent_button, self.unsent_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.link_box)
        layout.addWidget(self.clip_label)
        layout.addLayout(buttons)
        self._plan()

    def _plan(self) -> None:
        self.list.clear()
        self.opened.clear()
        self.links.clear()
        if not self.profiles:
            self.hint.setText(
                "No webmail path is set up and switched on. Add one under Delivery paths "
                "(Gmail or Outlook), or export .eml files instead."
            )
            self.batches = []
            self._buttons()
            return
        profile = self.profiles[max(self.profile_box.currentIndex(), 0)]
        self.handoff = self._delivery.webmail(profile.name, opener=self._opener)
        try:
            self.batches = self.handoff.plan()
        except Exception as err:
            show_error(self, err)
            self.batches = []
        self.list.addItems([f"Batch {i}: {b.label}" for i, b in enumerate(self.batches, 1)])
        self.hint.setText(
            f"{len(self.batches)} batch(es). Open each, check the compose page (recipients "
            "are in Bcc), send it there, then confirm here."
            if self.batches
            else "No queued e-mail to hand off."
        )
        if self.batches:
            self.list.setCurrentRow(0)
        self._buttons()

    def _buttons(self) -> None:
        row = self.list.currentRow()
        valid = 0 <= row < len(self.batches)
        self.open_button.setEnabled(valid and row not in self.opened)
        self.sent_button.setEnabled(valid and row in self.opened)
        self.unsent_button.setEnabled(valid and row in self.opened)
        link = self.links.get(row) if valid else None
        self.link_box.setVisible(link is not None)
        self.link_edit.setText(link or "")
        self.link_edit.setCursorPosition(0)

    def open_selected(self) -> None:
        row = self.list.currentRow()
        if self.handoff is None or not 0 <= row < len(self.batches):
            return
        batch = self.batches[row]
        try:
            result: Opened = self.handoff.open(batch)
        except Exception as err:
            show_error(self, err)
            self._plan()  # what is still queued, as it is now
            return
        self.opened.add(row)
        if result.opened:
            state = "opened in the browser, confirm it"
        else:
            self.links[row] = result.url
            state = "no browser opened: open the link below by hand, then confirm it"
        if batch.clipboard:
            self._to_clipboard(batch.clipboard, "The body")
        self.list.item(row).setText(f"Batch {row + 1}: {batch.label} — {state}")
        self._buttons()

    def copy_link(self) -> None:
        """The link of the selected batch to the clipboard (cleared after a while: it holds
        partner addresses)."""
        link = self.links.get(self.list.currentRow())
        if link:
            self._to_clipboard(link, "The link")

    def confirm_selected(self, *, sent: bool) -> None:
        row = self.list.currentRow()
        if self.handoff is None or row not in self.opened:
            return
        try:
            self.handoff.confirm(self.batches[row], sent=sent)
        except Exception as err:
            show_error(self, err)
            return
        verdict = "sent ✔" if sent else "back in the queue"
        self.list.item(row).setText(f"Batch {row + 1}: {self.batches[row].label} — {verdict}")
        self.opened.discard(row)
        self.links.pop(row, None)
        self.open_button.setEnabled(False)
        self.sent_button.setEnabled(False)
        self.unsent_button.setEnabled(False)
        self.link_box.setVisible(False)
        if row + 1 < len(self.batches):
            self.list.setCurrentRow(row + 1)

    # -- clipboard with a countdown -------------------------------------------------------

    def _to_clipboard(self, text: str, what: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self._clip_text = text
        self._clip_what = what
        self._clip_left = CLIPBOARD_SECONDS
        self._clip_timer.start()
        self._tick(count=False)

    def _tick(self, count: bool = True) -> None:
        if count:
            self._clip_left -= 1
        if self._clip_left <= 0:
            self.clear_clipboard()
            return
        self.clip_label.setText(
            f"{self._clip_what} is on the clipboard: paste it "
            f"{'into the compose page' if self._clip_what == 'The body' else 'into a browser'} "
            f"(cleared in {self._clip_left} s)."
        )

    def clear_clipboard(self) -> None:
        self._clip_timer.stop()
        clipboard = QGuiApplication.clipboard()
        if self._clip_text is not None and clipboard.text() == self._clip_text:
            clipboard.clear()
        self._clip_text = None
        self.clip_label.setText("")

    def done(self, result: int) -> None:
        self.clear_clipboard()
        super().done(result)
