"""Keeps a notice dialog's half-written notice in the encrypted store while the officer
types, and asks before Esc or Cancel throws a changed one away."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QDialog, QMessageBox

from app.incidents.drafts import Drafts
from app.store import db

SAVE_AFTER_MS = 500


class DraftKeeper(QObject):
    def __init__(
        self,
        dialog: QDialog,
        drafts: Drafts,
        scope: Callable[[], str],
        payload: Callable[[], dict[str, Any]],
    ) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.drafts = drafts
        self.scope = scope
        self.payload = payload
        self.baseline: dict[str, Any] = {}
        #: False on a store that cannot be written: nothing is kept, leaving asks only
        #: whether to throw the notice away
        self.writable = True
        self.leave_box: QMessageBox | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SAVE_AFTER_MS)
        self.timer.timeout.connect(self.save)

    def kept(self) -> dict[str, Any] | None:
        return self.drafts.load(self.scope())

    def start(self) -> None:
        """What the dialog shows now is the baseline: leaving unchanged asks nothing."""
        self.baseline = self.payload()

    def changed(self) -> None:
        self.timer.start()

    def dirty(self) -> bool:
        return self.payload() != self.baseline

    def save(self) -> None:
        if not self.writable or not self.dirty():
            return
        try:
            self.drafts.save(self.scope(), self.payload())
        except db.DatabaseError:
            self.timer.stop()  # the kit locked under the dialog: the last save stands

    def stop(self) -> None:
        self.timer.stop()

    def leave(self, close: Callable[[], None]) -> None:
        """Esc or Cancel: an unchanged form closes; a changed one asks keep / discard / stay."""
        if not self.dirty():
            self.stop()
            close()
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unfinished notice"),
            self.tr(
                "This notice is not queued. Keep it as a draft to finish later, or discard it?"
            ),
            parent=self.dialog,
        )
        keep = box.addButton(self.tr("&Keep draft and close"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("&Discard it"), QMessageBox.ButtonRole.DestructiveRole)
        stay = box.addButton(self.tr("&Go on writing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        if not self.writable:  # the store is read-only: no draft can be kept
            box.removeButton(keep)
            box.setText(self.tr("The kit cannot keep drafts now (read-only). Discard this notice?"))
            box.setDefaultButton(stay)
        box.setEscapeButton(stay)

        def decided(_result: int) -> None:
            chosen = box.clickedButton()
            if chosen is keep:
                self.timer.stop()
                self.save()
                close()
            elif chosen is discard:
                self.timer.stop()
                if self.writable:
                    self.drafts.drop(self.scope())
                close()

        box.finished.connect(decided)
        self.leave_box = box
        box.open()
