"""One window per data folder. A second window on the same store would run its own clocks,
reminders and sending next to the first one's: the officer would see two truths and hear
every alarm twice. The second start says a window is already open and where, and leaves the
choice to the officer (a window that hangs must not lock them out of their own store).
The command line is welcome beside the window, except `restore` and `rekey`, which would
replace the store under it (they refuse while a window holds the lock)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from app.folderlock import LOCK_NAME, FolderLock

# The window's lock is the OS-level folder lock the command line checks too (app/folderlock.py):
# `restore` and `rekey` refuse while a window holds it.
WindowLock = FolderLock
__all__ = ["LOCK_NAME", "WindowLock", "claim"]


def claim(home: Path) -> WindowLock | None:
    """The lock for a new window on `home`, or None when the officer chose not to open a
    second one. Asked only when another live window holds it."""
    lock = WindowLock(home)
    if lock.take():
        return lock
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("ui.one_window", "Outage Kit is already open"),
        QCoreApplication.translate(
            "ui.one_window",
            "Outage Kit is already open on the data folder {home} (process {pid}). Switch to "
            "that window: two windows on one store each run the clocks and send the outbox, "
            "and every reminder comes twice.\n\nOpen a second window only if the first one "
            "no longer responds.",
        ).format(home=home, pid=lock.holder() or "?"),
    )
    box.setObjectName("already_open")
    quit_button = box.addButton(
        QCoreApplication.translate("ui.one_window", "&Quit"), QMessageBox.ButtonRole.RejectRole
    )
    anyway = box.addButton(
        QCoreApplication.translate("ui.one_window", "Open &anyway"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.setDefaultButton(quit_button)
    box.exec()
    if box.clickedButton() is not anyway:  # Quit, Escape or the box closed
        return None
    return lock  # not held: the first window keeps it; this one opens without it
