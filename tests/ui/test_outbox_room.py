"""The Outbox on a 1024×600 screen gives its room to the list of messages (a tester's
finding: about one and a half rows showed, the attempts pane below took the rest): a
message clicked, the list still shows several rows and is taller than the attempts pane,
in English and in Polish."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.paths import KitPaths
from app.store.store import Store
from app.ui.outbox.section import OutboxSection
from tests.support.unlocked import queue_demo_outage, small_window


@pytest.mark.parametrize("language", ["en", "pl"])
def test_the_message_list_gets_the_room_at_1024x600(
    qtbot: QtBot, store: Store, paths: KitPaths, language: str
) -> None:
    assert queue_demo_outage(store) >= 6
    window = small_window(qtbot, store, paths, language)
    outbox = window.show_section("Outbox")
    assert isinstance(outbox, OutboxSection)
    outbox.ensure_page()
    table = outbox.table
    qtbot.waitUntil(lambda: table.model().rowCount() >= 6)
    first = table.visualRect(table.model().index(0, 1)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=first)
    qtbot.waitUntil(
        lambda: (
            "Attempts" in outbox.details.toPlainText() or "Próby" in outbox.details.toPlainText()
        )
    )
    qtbot.wait(50)
    rows_seen = table.viewport().height() // table.rowHeight(0)
    assert rows_seen >= 5, (rows_seen, table.height(), outbox.details.height())
    assert table.height() > outbox.details.height()
    # the attempts pane still shows a few lines of them
    lines = outbox.details.viewport().height() // outbox.details.fontMetrics().lineSpacing()
    assert lines >= 4, lines
    # on a large screen the attempts get more lines, and the list still the most
    window.resize(1920 - 16, 1080 - 48)
    qtbot.waitUntil(lambda: table.viewport().height() // table.rowHeight(0) >= 10)
    lines = outbox.details.viewport().height() // outbox.details.fontMetrics().lineSpacing()
    assert lines >= 8, lines
