"""Lists, number and date boxes for forms that scroll: the mouse wheel over one the officer
has not clicked into scrolls the form, as it does over the rest of it, instead of changing
the value under the pointer. Once clicked (or reached with Tab) the box takes the wheel as
usual.

Each is its Qt class with its own `wheelEvent` (called for wheel events only) and strong
focus (a click or Tab, not the wheel, gives it the keyboard): no event filter, so no other
event of the box passes through Python. `Combo` here; the number and date boxes in
`app.ui.wheel_boxes`, so that a page without them does not set up their Qt classes."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget

if TYPE_CHECKING:  # the event's class is set up when the first wheel turns, not before
    from PySide6.QtGui import QWheelEvent


def calm(widget: QWidget) -> None:
    """A click or Tab focuses the box; the wheel does not (Qt's default for these boxes is
    wheel focus: the first turn of the wheel would both focus it and change it)."""
    widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


def wheel(base: Any, widget: QWidget, event: QWheelEvent) -> None:
    """The wheel to the box (`base`'s handler) once it has the keyboard; else ignored, so
    it goes on to the scrolling form holding it."""
    if widget.hasFocus():
        base.wheelEvent(widget, event)
    else:
        event.ignore()


class Combo(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        calm(self)

    def wheelEvent(self, event: QWheelEvent) -> None:
        wheel(QComboBox, self, event)
