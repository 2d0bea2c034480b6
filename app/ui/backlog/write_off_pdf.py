"""The write-off report as PDF from the window: written on a pool thread behind a progress
dialog with Cancel, so the window stays usable while thousands of rows are laid out. A
cancelled report leaves no file at the chosen path (nor a temporary beside it): the PDF
is made in memory and written only when whole (app/ui/report_pdf.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.reports.period import ReportCancelled
from app.store.store import Store
from app.ui import tasks
from app.ui.pdf import load_shipped_fonts


class WriteOffPdf(QObject):
    """One PDF being written; `dialog` shows its progress and has the Cancel button."""

    def __init__(
        self,
        parent: QWidget,
        *,
        store: Store,
        operator: str,
        path: Path,
        written: Callable[[Path], None],
        stopped: Callable[[BaseException | None], None],
    ) -> None:
        """`written(path)` when the file is there; `stopped(None)` when it was cancelled,
        `stopped(error)` when it failed (both: no file was written)."""
        super().__init__(parent)
        self._written = written
        self._stopped = stopped
        load_shipped_fonts()  # on the window's thread, before the worker lays text out
        self.dialog = QProgressDialog(
            self.tr("Writing the write-off report…"), self.tr("Cancel"), 0, 0, parent
        )
        self.dialog.setWindowTitle(self.tr("Write-off report"))
        # not modal: during an outage the officer keeps working in other sections meanwhile
        # (the Backlog's decision buttons wait, as for any of its background work)
        self.dialog.setWindowModality(Qt.WindowModality.NonModal)
        self.dialog.setMinimumDuration(0)
        # the dialog stays until the worker has stopped: a cancel is seen between two rows
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)

        def work(progress: Callable[[int, int], None], token: tasks.CancelToken) -> Path:
            from app.backlog.writeoffs import write_off_report
            from app.ui.report_pdf import write_report_pdf

            conn = store.connect()  # one connection per thread
            try:
                report = write_off_report(conn, operator=operator)
                write_report_pdf(report, path, progress=progress, cancelled=lambda: token.cancelled)
            finally:
                conn.close()
            return path

        self.task: tasks.Task[Path] = tasks.Task(
            work, on_done=self._done, on_error=self._failed, on_progress=self._progressed
        )
        tasks.start(self.task)
        self.dialog.show()

    def cancel(self) -> None:
        self.task.token.cancel()
        self.dialog.setLabelText(self.tr("Cancelling: no file will be written…"))

    def _progressed(self, done: int, total: int) -> None:
        if shiboken6.isValid(self.dialog) and not self.task.token.cancelled:
            self.dialog.setMaximum(total)
            self.dialog.setValue(done)

    def _close(self) -> bool:
        if not shiboken6.isValid(self.dialog):  # the kit was locked meanwhile
            return False
        self.dialog.close()
        return True

    def _done(self, path: Path) -> None:
        if self._close():
            self._written(path)

    def _failed(self, err: BaseException) -> None:
        if self._close():
            self._stopped(None if isinstance(err, ReportCancelled) else err)
