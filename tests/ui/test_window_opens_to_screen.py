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


_DROPPED_WINDOW = """
import gc
from PySide6.QtWidgets import QApplication, QMainWindow
from app.ui.screen import available_size, open_on_screen
app = QApplication([])
window = QMainWindow()
open_on_screen(window, 1200, 760)
available_size(window)
window.kept_by = window  # a cycle, as a window's slots and timers make
del window
gc.collect()
after = QMainWindow()
open_on_screen(after, 1200, 760)
print("opened", after.width())
"""


def test_a_window_left_to_the_garbage_collector_leaves_the_screen_to_the_next() -> None:
    """A window placed on its screen and then dropped without being closed (as the launcher's
    is when it gives up) is freed by the garbage collector; the next window opens on the same
    screen. (PySide6 deleted the screen with a widget whose `screen()` had been asked for: the
    next window crashed the process — in a fresh process, as here, on the first try.)"""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(root)}
    done = subprocess.run(
        [sys.executable, "-c", _DROPPED_WINDOW],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.startswith("opened")
