"""Number and date boxes that leave the wheel to the scrolling form until clicked into (see
`app.ui.wheel`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDateEdit, QSpinBox, QWidget

from app.ui.wheel import calm, wheel

if TYPE_CHECKING:
    from PySide6.QtGui import QWheelEvent


class SpinBox(QSpinBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        calm(self)

    def wheelEvent(self, event: QWheelEvent) -> None:
        wheel(QSpinBox, self, event)


class DateEdit(QDateEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        calm(self)

    def wheelEvent(self, event: QWheelEvent) -> None:
        wheel(QDateEdit, self, event)
