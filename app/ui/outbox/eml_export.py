"""The .eml export from the window: written on a pool thread behind a progress dialog with
Cancel (40,000 drafts take minutes), so the window stays usable. All or none: a cancel, a
full stick or a failed write removes the files written and the messages are queued again
(`EmlExport.export`)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel, QProgressDialog, QWidget

from app.delivery.service import Delivery
from app.ui import tasks


class EmlExportTask(QObject):
    """One export under way; `dialog` shows its progress and has the Cancel button."""

    def __init__(
        self,
        parent: QWidget,
        *,
        in_worker: Callable[[Callable[[Delivery], object]], object],
        folder: Path,
        written: Callable[[list[Path]], None],
        stopped: Callable[[BaseException], None],
    ) -> None:
        """`in_worker(job)` runs `job` with a Delivery on the calling thread's own store
        connection. `written(files)` once all are there; `stopped(error)` when it was
        cancelled or failed (then no file of it is left)."""
        super().__init__(parent)
        self._written = written
        self._stopped = stopped
        self.dialog = QProgressDialog(
            self.tr("Writing .eml files to {folder}…").format(folder=folder),
            self.tr("Cancel"),
            0,
            0,
            parent,
        )
        self.dialog.setWindowTitle(self.tr("Export as .eml files"))
        label = QLabel()  # a long folder path wraps instead of being cut
        label.setWordWrap(True)
        self.dialog.setLabel(label)
        self.dialog.setLabelText(self.tr("Writing .eml files to {folder}…").format(folder=folder))
        self.dialog.setMinimumWidth(520)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        # the dialog stays until the worker has stopped: a cancel is seen between two files
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)

        def work(progress: Callable[[int, int], None], token: tasks.CancelToken) -> list[Path]:
            files = in_worker(
                lambda d: d.export_eml(folder, progress=progress, cancelled=lambda: token.cancelled)
            )
            assert isinstance(files, list)
            return files

        self.task: tasks.Task[list[Path]] = tasks.Task(
            work, on_done=self._done, on_error=self._failed, on_progress=self._progressed
        )
        tasks.start(self.task)
        self.dialog.show()

    def cancel(self) -> None:
        self.task.token.cancel()
        self.dialog.setLabelText(
            self.tr("Cancelling: the files written are removed, the messages stay queued…")
        )

    def _progressed(self, done: int, total: int) -> None:
        if shiboken6.isValid(self.dialog) and not self.task.token.cancelled:
            self.dialog.setMaximum(total)
            self.dialog.setValue(done)

    def _close(self) -> bool:
        if not shiboken6.isValid(self.dialog):  # the kit was locked meanwhile
            return False
        self.dialog.close()
        return True

    def _done(self, files: list[Path]) -> None:
        if self._close():
            self._written(files)

    def _failed(self, err: BaseException) -> None:
        if self._close():
            self._stopped(err)
