"""Lock on idle (KeePassXC's InactivityTimer): any key or mouse input resets the clock.

The watcher filters the top-level windows (the main window, every dialog the officer works
in), not the whole application: the officer's input reaches a window before the widget in
it, while a filter on the application runs Python for each of the thousands of internal
events (layout, polish, paint) and makes PySide wrap Qt's private classes — about 50 ms of
the window's start, measured (issue 18)."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QWindow

_INPUT = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleWatcher(QObject):
    idle = Signal()
    window_focused = Signal()  # another of the kit's windows took the focus

    def __init__(self, minutes: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.limit_seconds = minutes * 60
        self._last = time.monotonic()
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._check)
        self._timer.start()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):  # each window the officer types or clicks in
            app.focusWindowChanged.connect(self.watch)

    def watch(self, window: QWindow | None) -> None:
        """Count the input of `window` (Qt installs a filter on an object only once)."""
        if window is not None:
            window.installEventFilter(self)
            self.window_focused.emit()

    def set_minutes(self, minutes: float) -> None:
        self.limit_seconds = minutes * 60
        self.touch()

    def touch(self) -> None:
        self._last = time.monotonic()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT:
            self._last = time.monotonic()
        return False

    def _check(self) -> None:
        if time.monotonic() - self._last >= self.limit_seconds:
            self._last = time.monotonic()
            self.idle.emit()
