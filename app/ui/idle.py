"""Lock on idle (KeePassXC's InactivityTimer): any key or mouse input resets the clock."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

_INPUT = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(self, minutes: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.limit_seconds = minutes * 60
        self._last = time.monotonic()
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._check)
        self._timer.start()

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
