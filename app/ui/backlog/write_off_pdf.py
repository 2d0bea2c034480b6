"""The write-off report as PDF from the window: written on a pool thread behind a progress
dialog with Cancel, so the window stays usable while thousands of rows are laid out. A
cancelled report leaves no file at the chosen path (nor a temporary beside it): the PDF
is made in memory and written only when whole (app/ui/report_pdf.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from app.reports.period import ReportCancelled
from app.store.store import Store
from app.ui import tasks
from app.ui.pdf import load_shipped_fonts
from app.ui.progress_task import ProgressTask


class WriteOffPdf(ProgressTask[Path]):
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
        load_shipped_fonts()  # on the window's thread, before the worker lays text out

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

        self.start(
            work,
            title=self.tr("Write-off report"),
            text=self.tr("Writing the write-off report…"),
            cancelling=self.tr("Cancelling: no file will be written…"),
            done=written,
            stopped=lambda err: stopped(None if isinstance(err, ReportCancelled) else err),
            # not modal: during an outage the officer keeps working in other sections
            # meanwhile (the Backlog's decision buttons wait, as for any of its background work)
            modal=False,
        )
