"""The window opens to the screen it is on: most of a 1920×1080 monitor (it opened 1200×760
in a corner), all of a 1024×600 netbook's free area, centred, and never off-screen — a second
monitor's area starts past the first's."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QScreen
from pytestqt.qtbot import QtBot

from app.paths import KitPaths
from app.store.keys import NoKeyring
from app.ui.main_window import MainWindow

SCREENS = {
    "1920x1080": QRect(0, 0, 1920, 1040),  # less a task bar
    "1024x600": QRect(0, 0, 1024, 570),
    "second monitor": QRect(1920, 0, 2560, 1400),
}


@pytest.mark.parametrize("name", list(SCREENS))
def test_the_window_opens_to_the_screen(
    qtbot: QtBot, paths: KitPaths, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    area = SCREENS[name]
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(area))
    window = MainWindow(paths=paths, keeper=NoKeyring())
    qtbot.addWidget(window)
    window.show()
    placed = window.geometry()
    assert area.contains(placed), (name, placed)
    assert placed.width() >= min(1200, area.width() - 16)
    assert placed.width() >= 0.75 * area.width() and placed.height() >= 0.75 * area.height()
    centre = placed.center()
    assert abs(centre.x() - area.center().x()) <= 20, (name, placed)
