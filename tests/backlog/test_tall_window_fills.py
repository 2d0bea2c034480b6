"""The Backlog's table reads a small first page (PAGE rows: what a cold disk cache pays for a
record each, issue 18 point 3); a window taller than that page still shows rows to its
bottom edge, and scrolling down with the keyboard reaches the last match, in order."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.backlog.model import Criteria
from app.backlog.query import PAGE, BacklogQuery
from app.ui.backlog.section import BacklogSection


def test_a_tall_window_is_filled_to_its_bottom_and_page_down_reaches_the_last_record(
    qtbot: QtBot, section: BacklogSection, query: BacklogQuery
) -> None:
    window = section.window()
    window.resize(1200, 3000)  # more rows fit than a page holds
    panel = section.records
    bar = panel.search_bar
    qtbot.keyClicks(bar.status, "Quarantined")
    qtbot.keyClick(bar.status, Qt.Key.Key_Return)
    expected = query.ids(Criteria(status="quarantined"))
    qtbot.waitUntil(lambda: panel.count_label.text() == f"{len(expected)} matching records")
    table = panel.table
    assert table.viewport().height() > (PAGE + 5) * table.rowHeight(0)  # taller than a page
    # Qt asks for the next pages while the last row read is in view: no blank band below
    qtbot.waitUntil(lambda: table.rowAt(table.viewport().height() - 2) >= 0)
    assert panel.model.rowCount() > PAGE

    window.resize(1200, 700)  # an ordinary window: the rest comes as the officer scrolls
    table.setFocus()
    table.selectRow(0)
    while table.currentIndex().row() < len(expected) - 1:
        before = table.currentIndex().row()
        qtbot.keyClick(table, Qt.Key.Key_PageDown)
        assert table.currentIndex().row() > before  # never stuck at a page's end
    shown = [panel.model.record_at(row) for row in range(panel.model.rowCount())]
    assert [r.id for r in shown if r is not None] == expected
