"""Restoring a backup from the window: staging it, checking every page and the audit chain,
and backing up the current state take minutes on a large store. They run on a worker thread
(its own connection) under the window's busy dialog, naming the step under way; only the swap
of the checked file runs on the GUI thread, where the store's connection lives."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from app.errors import Busy
from app.i18n import TrContext
from app.kit import Kit
from app.ui import tasks
from app.ui.language import datetime_text
from app.ui.migrating import MigrationDialog, run_under

# how long the swap waits for the window's background work (a delivery path's probe: up
# to its 10 s timeout) to close its connections to the store
BACKGROUND_WAIT_MS = 15_000


class RestoreWords(TrContext):
    """The words of the questions a restore asks: a damaged store's, and the one asked once
    its backup is checked."""


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


def restore_anyway(parent: QWidget, kit: Kit, staged: Path) -> bool:
    """The backup is checked: when restoring it would take back incidents (opened, updated
    or closed since it was made), the officer is told which and asked again; True: go on."""
    taken = kit.restore_preview(staged)
    if not taken:
        return True
    question = "\n\n".join(
        [
            RestoreWords.tr("The backup is sound. Restoring it takes back what changed since:"),
            "\n".join(f"• {line}" for line in taken),
            RestoreWords.tr(
                "Restore it anyway? The store as it is now has been kept as a backup "
                "(before-restore)."
            ),
        ]
    )
    answer = QMessageBox.question(
        parent,
        RestoreWords.tr("Restore backup"),
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        kit.store.discard_staged(staged)
        return False
    return True


def offer_good_backup(parent: QWidget, kit: Kit, problems: list[str]) -> Path | None:
    """The store failed its integrity check (`problems`): the newest sound backup offered;
    its path if the officer takes it (None: there is none, or they said no)."""
    good = kit.store.backups.newest_good()
    text = RestoreWords.tr("The encrypted store failed its integrity check:") + "\n"
    text += "\n".join(problems[:5])
    title = RestoreWords.tr("Store damaged")
    if good is None:
        none = RestoreWords.tr("No sound backup was found.")
        QMessageBox.critical(parent, title, text + "\n\n" + none)
        return None
    offer = RestoreWords.tr(
        "Restore the newest good backup ({time} UTC)? The damaged file is kept aside."
    ).format(time=datetime_text(good.created, utc=True))
    answer = QMessageBox.question(parent, title, text + "\n\n" + offer)
    return good.path if answer == QMessageBox.StandardButton.Yes else None


def background_ended() -> None:
    """The window's background work (the probe of the delivery paths, the store's check)
    is over, its connections to the store closed, before the swap replaces the store's
    files: Windows refuses to replace a file another connection holds, and elsewhere that
    connection would go on writing into the replaced file. Busy when it does not end in
    time (nothing is changed)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        ended = tasks.settle(BACKGROUND_WAIT_MS)
    finally:
        QApplication.restoreOverrideCursor()
    if not ended:
        raise Busy(
            RestoreWords.tr(
                "The kit is still checking the store or a delivery path in the background. "
                "Nothing was changed. Try the restore again in a minute."
            )
        )
