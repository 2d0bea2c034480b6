"""Knowing when a window has been painted on screen: the window builds what is not seen at
first (the pages of sections other than the one shown) only after that, and the start-up
benchmark's marks (the kit's `--quit-when-ready`, and its baselines, which import this same
module) are taken there.

A widget window is painted when its native window is first exposed (every widget painted
into the backing store, then flushed to the screen) and after that on each update request
(the parts that changed). Each happens while one event is delivered to the top-level
widget: a paint of the whole window, or an update request while the window is exposed.
A high-priority event posted from there is delivered as soon as the window system's
events of that turn are over (the flush included), before any work queued earlier."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QWidget

_PAINTED = QEvent.Type.User  # posted to the watch only


class PaintWatch(QObject):
    """Calls back, in the order asked, just after the next paint of `window` on screen."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._waiting: list[Callable[[], None]] = []  # for the next paint
        self._due: list[Callable[[], None]] = []  # painted: called once the paint is over
        window.installEventFilter(self)

    def after_next_paint(self, then: Callable[[], None]) -> None:
        """`then()` once what the window holds now is on screen."""
        self._waiting.append(then)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if "_waiting" not in self.__dict__:
            # a garbage collection emptied this object (it and the window's callbacks form
            # a cycle) while the window, still alive in Qt, sends its last events
            return False
        if self._waiting and watched is self._window and self._paints(event):
            self._due += self._waiting
            self._waiting = []
            priority = Qt.EventPriority.HighEventPriority.value
            QCoreApplication.postEvent(self, QEvent(_PAINTED), priority)
        return False

    def event(self, event: QEvent) -> bool:
        if event.type() != _PAINTED:
            return super().event(event)
        due, self._due = self._due, []
        for then in due:
            then()
        return True

    def _paints(self, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Paint:
            return True
        handle = self._window.windowHandle()
        # an update request before the window is exposed paints nothing: the exposure will
        return kind == QEvent.Type.UpdateRequest and handle is not None and handle.isExposed()
