"""One window per data folder. A second window on the same store would run its own clocks,
reminders and sending next to the first one's: the officer would see two truths and hear
every alarm twice. The second start says a window is already open and where, and leaves the
choice to the officer (a window that hangs must not lock them out of their own store).
A window opened anyway holds a lock slot of its own (app/folderlock.py), so nothing it does
is lost: `restore` and `rekey`, which would replace the store under it, stay refused while
any window is open, whichever closes first, and a later start asks again.
The command line is welcome beside the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.folderlock import LOCK_NAME, FolderLock, other_holders, take_free

# The window's lock is the OS-level folder lock the command line checks too (app/folderlock.py):
# `restore` and `rekey` refuse while a window holds any of its slots.
WindowLock = FolderLock
__all__ = ["LOCK_NAME", "WindowLock", "claim"]


def claim(home: Path) -> WindowLock | None:
    """The lock for a new window on `home`, or None when the officer chose not to open
    another one. Asked only when another live window holds a slot."""
    lock = take_free(home)
    others = other_holders(home, lock)
    if lock is not None and not others:
        return lock
    from PySide6.QtWidgets import QMessageBox  # asked only now: not at every start

    pids = ", ".join(str(pid or "?") for pid in others) or "?"
    text = QCoreApplication.translate(
        "ui.one_window",
        "Outage Kit is already open on the data folder {home} (process {pid}). Switch to "
        "that window: two windows on one store each run the clocks and send the outbox, "
        "and every reminder comes twice.\n\nOpen a second window only if the first one "
        "no longer responds.",
    ).format(home=home, pid=pids)
    if lock is None:
        text += "\n\n" + QCoreApplication.translate(
            "ui.one_window", "No further window can open: close one of those first."
        )
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("ui.one_window", "Outage Kit is already open"),
        text,
    )
    box.setObjectName("already_open")
    quit_button = box.addButton(
        QCoreApplication.translate("ui.one_window", "&Quit"), QMessageBox.ButtonRole.RejectRole
    )
    anyway = None
    if lock is not None:
        anyway = box.addButton(
            QCoreApplication.translate("ui.one_window", "Open &anyway"),
            QMessageBox.ButtonRole.AcceptRole,
        )
    box.setDefaultButton(quit_button)
    box.exec()
    if anyway is None or box.clickedButton() is not anyway:  # Quit, Escape, box closed
        if lock is not None:
            lock.release()
        return None
    return lock  # a slot of its own: restore and rekey wait for this window too
