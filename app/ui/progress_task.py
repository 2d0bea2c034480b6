"""Long work the officer may stop: run on a pool thread (app/ui/tasks.py) behind a progress
dialog with Cancel, so the window stays usable. The dialog stays until the worker has
stopped (a cancel is seen between two steps of the work), then the result or the error
goes to the caller — unless the kit was locked meanwhile (the dialog is gone with it)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel, QProgressDialog, QWidget

from app.ui import tasks

T = TypeVar("T")

# `work(progress, token)`: reports `progress(done, total)`, stops once `token.cancelled`
Work = Callable[[Callable[[int, int], None], tasks.CancelToken], T]


class ProgressTask(QObject, Generic[T]):
    """One piece of work under way; `dialog` shows its progress and has the Cancel button.
    A subclass names the work (its texts in its own translation context) and calls
    `start`."""

    dialog: QProgressDialog
    task: tasks.Task[T]

    def start(
        self,
        work: Work[T],
        *,
        title: str,
        text: str,
        cancelling: str,
        done: Callable[[T], None],
        stopped: Callable[[BaseException], None],
        modal: bool,
    ) -> None:
        """`cancelling`: what the dialog says after Cancel, while the work winds down.
        `modal`: the window waits (WindowModal), else the officer works on meanwhile."""
        parent = self.parent()
        assert isinstance(parent, QWidget)
        self._done_with = done
        self._stopped_with = stopped
        self._cancelling = cancelling
        self.dialog = QProgressDialog(text, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setWindowTitle(title)
        label = QLabel()  # a long path in the text wraps instead of being cut
        label.setWordWrap(True)
        self.dialog.setLabel(label)
        self.dialog.setLabelText(text)
        self.dialog.setMinimumWidth(520)
        self.dialog.setWindowModality(
            Qt.WindowModality.WindowModal if modal else Qt.WindowModality.NonModal
        )
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)
        self.task = tasks.Task(
            work, on_done=self._done, on_error=self._failed, on_progress=self._progressed
        )
        tasks.start(self.task)
        self.dialog.show()

    def cancel(self) -> None:
        self.task.token.cancel()
        self.dialog.setLabelText(self._cancelling)

    def _progressed(self, done: int, total: int) -> None:
        if shiboken6.isValid(self.dialog) and not self.task.token.cancelled:
            self.dialog.setMaximum(total)
            self.dialog.setValue(done)

    def _close(self) -> bool:
        if not shiboken6.isValid(self.dialog):  # the kit was locked meanwhile
            return False
        self.dialog.close()
        return True

    def _done(self, result: T) -> None:
        if self._close():
            self._done_with(result)

    def _failed(self, err: BaseException) -> None:
        if self._close():
            self._stopped_with(err)
