"""A turn of the mouse wheel as Qt delivers one from the mouse: to the widget under the
pointer, then, while a widget ignores it, to its parent (the scroll area holding it).

Qt passes an ignored wheel event on to the parents only when it is spontaneous (from the
window system), which an event a test sends is not: `turn_wheel` passes it on itself, by
Qt's own rule (QApplication::notify): up to the window, in the parent's coordinates."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QWidget

#: one notch of a mouse wheel
NOTCH = 120


def turn_wheel(widget: QWidget, notches: int = -1) -> QWidget | None:
    """`notches` notches over the middle of `widget` (negative: towards the officer, down).
    Returns the widget that took it (None: nobody did)."""
    inside = widget.rect().center()
    outside = widget.mapToGlobal(inside)
    current: QWidget | None = widget
    while current is not None:
        at = current.mapFromGlobal(outside)
        event = QWheelEvent(
            QPointF(at),
            QPointF(outside),
            QPoint(0, 0),
            QPoint(0, notches * NOTCH),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(current, event)
        if event.isAccepted():
            return current
        if current.isWindow():
            return None
        current = current.parentWidget()
    return None
