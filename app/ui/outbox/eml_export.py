"""The .eml export from the window: written on a pool thread behind a progress dialog with
Cancel (40,000 drafts take minutes), so the window stays usable. All or none: a cancel, a
full stick or a failed write removes the files written and the messages are queued again
(`EmlExport.export`)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from app.delivery.service import Delivery
from app.ui import tasks
from app.ui.progress_task import ProgressTask


class EmlExportTask(ProgressTask[list[Path]]):
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

        def work(progress: Callable[[int, int], None], token: tasks.CancelToken) -> list[Path]:
            files = in_worker(
                lambda d: d.export_eml(folder, progress=progress, cancelled=lambda: token.cancelled)
            )
            assert isinstance(files, list)
            return files

        self.start(
            work,
            title=self.tr("Export as .eml files"),
            text=self.tr("Writing .eml files to {folder}…").format(folder=folder),
            cancelling=self.tr(
                "Cancelling: the files written are removed, the messages stay queued…"
            ),
            done=written,
            stopped=stopped,
            modal=True,
        )
