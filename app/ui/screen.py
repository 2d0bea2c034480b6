"""Windows and dialogs that fit the screen they open on: a 1024×600 netbook at the duty desk
as well as a 1920×1080 monitor."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

#: what is left for window frames and a task bar
_MARGIN_W = 16
_MARGIN_H = 48


def available_size(widget: QWidget) -> tuple[int, int]:
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return 1920, 1080
    area = screen.availableGeometry()
    return area.width(), area.height()


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize to `width`×`height`, or to the screen when it is smaller (content that needs
    more scrolls: see `scrolled`)."""
    screen_w, screen_h = available_size(widget)
    widget.resize(min(width, screen_w - _MARGIN_W), min(height, screen_h - _MARGIN_H))


def scrolled(content: QWidget) -> QScrollArea:
    """`content` in a frameless scroll area: on a small screen it scrolls instead of pushing
    the dialog's buttons off the screen."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, not the frame
    area.setWidget(content)
    return area
