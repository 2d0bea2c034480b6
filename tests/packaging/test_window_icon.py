"""The kit's icon reaches the window (taskbar, Alt+Tab) from source and frozen alike."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.ui.app import application


def test_window_has_the_kit_icon(qtbot: QtBot) -> None:
    app = application()
    assert not app.windowIcon().isNull()
    assert app.windowIcon().availableSizes()[0].width() >= 256
    assert app.desktopFileName() == "outage-kit"  # matches packaging/linux/outage-kit.desktop
