"""One window per data folder. A second window on the same store would run its own clocks,
reminders and sending next to the first one's: the officer would see two truths and hear
every alarm twice. The second start says a window is already open and where, and leaves the
choice to the officer (a window that hangs must not lock them out of their own store).
The command line is not affected: scripts and a terminal beside the window stay welcome."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile
from PySide6.QtWidgets import QMessageBox

LOCK_NAME = "window.lock"


class WindowLock:
    """Held while a window is open on the data folder at `home`. A lock whose process has
    died (a crash, a SIGKILL) is taken over: Qt checks the process named in it."""

    def __init__(self, home: Path) -> None:
        self._lock = QLockFile(str(home / LOCK_NAME))
        self._lock.setStaleLockTime(0)  # only a dead process makes it stale, never its age

    def take(self) -> bool:
        return self._lock.tryLock(0)

    def holder(self) -> int:
        """The process id of the window that holds it (0 when unknown)."""
        pid, _host, _app = self._lock.getLockInfo()  # PySide: (0, "", "") when unknown
        return int(pid)

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()


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
