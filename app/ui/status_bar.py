"""The main window's status-bar messages: shown for a while (MESSAGE_MS), one line cut
with "…" where the lights and labels on its right begin (a 1024×600 screen, a long word in
Polish), the whole text in the bar's tooltip."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStatusBar, QWidget

#: how long a message stays
MESSAGE_MS = 15_000
#: QStatusBar's own margins around its message (left 6, right 2 before a permanent widget)
_LEFT, _GAP, _RIGHT = 6, 2, 12


def status_bar(widget: QWidget) -> QStatusBar | None:
    """The status bar of `widget`'s window (None: a window without one)."""
    bar = getattr(widget.window(), "statusBar", None)
    found = bar() if callable(bar) else None
    return found if isinstance(found, QStatusBar) else None


def message_room(bar: QStatusBar) -> int:
    """The width a message has while one is shown: up to the first widget on the bar's right
    (its labels on the left are hidden while a message shows)."""
    shown = [
        child.x()
        for child in bar.findChildren(QWidget, "", Qt.FindChildOption.FindDirectChildrenOnly)
        if child.isVisible() and child.x() > _LEFT
    ]
    right = min(shown) - _GAP if shown else bar.width() - _RIGHT
    return max(right - _LEFT, 0)


def say(widget: QWidget, text: str, *, full: str | None = None, ms: int = MESSAGE_MS) -> str:
    """`text` in the status bar of `widget`'s window for `ms`, cut to the room it has; the
    whole text (or `full`, a longer form) in the bar's tooltip. Returns the text shown."""
    bar = status_bar(widget)
    if bar is None:
        return ""
    bar.showMessage(text, ms)  # the labels on the left give way first, then the room is known
    shown = bar.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, message_room(bar))
    if shown != text:
        bar.showMessage(shown, ms)
    bar.setToolTip(full or text)
    return shown
