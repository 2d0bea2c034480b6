"""Restoring a backup from the window: staging it, checking every page and the audit chain,
and backing up the current state take minutes on a large store. They run on a worker thread
(its own connection) under the window's busy dialog, naming the step under way; only the swap
of the checked file runs on the GUI thread, where the store's connection lives."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from app.kit import Kit
from app.ui.migrating import MigrationDialog, run_under


class RestoreDialog(MigrationDialog):
    """The same busy dialog as a store update, with its own title and first words."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restoring a backup"))
        self.setLabelText(self.tr("Checking the backup before anything changes…"))


def restore_then(
    parent: QWidget,
    kit: Kit,
    backup: Path,
    *,
    on_checked: Callable[[Path], None],
    on_error: Callable[[BaseException], None],
) -> RestoreDialog:
    """Check `backup` and back up the current state on a worker thread, then
    `on_checked(staged)` on the GUI thread (the caller swaps it in: `kit.finish_restore`)."""
    dialog = RestoreDialog(parent)

    def work() -> Path:
        conn = kit.store.connect()
        try:
            return kit.prepare_restore(backup, conn)
        finally:
            conn.close()

    run_under(dialog, work, on_done=on_checked, on_error=on_error)
    return dialog
