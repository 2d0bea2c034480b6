"""The Polish sidebar shows every section's whole name without a horizontal scrollbar: with
messages waiting, "Skrzynka nadawcza (11)" was wider than the column, and the sidebar got a
scrollbar under its titles (at 1024×600 and at 1920×1080 alike)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontMetrics
from pytestqt.qtbot import QtBot

from app.kit import Kit
from app.paths import KitPaths
from app.store.store import Store
from app.ui.main_window import NAV_POINTS
from tests.delivery.conftest import queue
from tests.support.unlocked import small_window


@pytest.mark.parametrize("size", [(1008, 552), (1904, 1032)])
@pytest.mark.parametrize("language", ["pl", "en"])
def test_the_sidebar_shows_whole_titles_without_a_scrollbar(
    qtbot: QtBot, store: Store, paths: KitPaths, language: str, size: tuple[int, int]
) -> None:
    queue(Kit.open(store), [f"noc-{n}@partner.example.com" for n in range(11)])
    window = small_window(qtbot, store, paths, language)
    window.resize(*size)
    nav = window.nav
    qtbot.waitUntil(lambda: any("(11)" in nav.item(r).text() for r in range(nav.count())))
    qtbot.wait(50)  # the list lays out its items
    assert not nav.horizontalScrollBar().isVisible()
    font = nav.font()
    font.setPointSize(NAV_POINTS)
    metrics = QFontMetrics(font)
    room = nav.viewport().width() - 2 * 5  # the items' padding
    for row in range(nav.count()):
        text = nav.item(row).text()
        assert metrics.horizontalAdvance(text) <= room, (text, room)
