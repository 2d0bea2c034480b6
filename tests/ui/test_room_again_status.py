"""After a full disk, room freed and "Check again" clicked, the status bar says one thing at
a time (a new-user walk: "Unlocked  store OK" was drawn on top of "There is room again: the
kit is back to normal…"). Real small tmpfs mount (root only), the real window and button."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app.paths import KitPaths
from tests.support.unlocked import unlocked_window
from tests.ui.test_full_disk_window import full_disk  # noqa: F401 (the fixture)


def _labels_shown(window: object) -> list[str]:
    bar = window.statusBar()  # type: ignore[attr-defined]
    return [
        label.text()
        for label in bar.findChildren(QLabel)
        if label.isVisible() and label.text() and label.x() < bar.width() // 2
    ]


def test_the_room_again_message_is_not_drawn_over_the_store_labels(
    qtbot: QtBot,
    full_disk: tuple[KitPaths, Path],  # noqa: F811
) -> None:
    paths, filler = full_disk
    window = unlocked_window(qtbot, paths)
    banner = window.read_only_banner
    assert banner.isVisible()
    filler.unlink()  # the officer frees room, then clicks Check again
    qtbot.mouseClick(banner.check, Qt.MouseButton.LeftButton)
    assert window.kit is not None and window.kit.read_only is None
    bar = window.statusBar()
    assert "There is room again" in bar.currentMessage()
    # the store's check finishes while the message shows: the labels stay under it
    qtbot.waitUntil(lambda: window.health_label.text() == "store OK", timeout=20000)
    qtbot.wait(50)
    assert "There is room again" in bar.currentMessage()
    assert _labels_shown(window) == []  # nothing drawn under the message
    bar.clearMessage()  # its time is up: the labels come back
    assert {"Unlocked", "store OK"} <= set(_labels_shown(window))
