"""A status bar message that fits: cut with "…" where the bar's permanent widgets begin
(the paths' lights, the bundle), the whole text in the bar's tooltip. Qt itself clips the
message there mid-word, so "…no SMS path (no m" ran into "paths: relay ●" at 1024×600."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSizeGrip, QStatusBar, QWidget

#: QStatusBar draws its message from x = 6 and leaves 2 px before a permanent widget
LEFT, GAP = 6, 2


def message_room(bar: QStatusBar) -> int:
    """The width the bar's message gets, while it shows one (its own widgets hidden)."""
    right = bar.width() - 12
    for child in bar.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
        if child.isVisible() and not isinstance(child, QSizeGrip) and child.x() > LEFT:
            right = min(right, child.x() - GAP)
    return right - LEFT


def show_fitted(bar: QStatusBar, text: str, timeout: int) -> str:
    """Show `text` on `bar` for `timeout` ms, cut to fit; returns what is shown."""
    bar.showMessage(text, timeout)  # hides the bar's normal widgets: the room is known now
    room = message_room(bar)
    shown = bar.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, room)
    if room > 40 and shown != text:
        bar.showMessage(shown, timeout)
        bar.setToolTip(text)  # (after the message: the window sets its tooltip on a change)
        return shown
    return text
