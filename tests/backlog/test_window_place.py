"""After a decision or an undo the table stays where the officer was (the row they were on,
or the same rows in sight), not somewhere in the middle; the line saying what was done
goes away when the officer starts something else, or after a while."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.backlog.model import Criteria
from app.ui.backlog import records_model, records_panel
from app.ui.backlog.records_panel import RecordsPanel
from app.ui.backlog.section import BacklogSection


def _decide_with_buttons(qtbot: QtBot, panel: RecordsPanel, status: str, note: str) -> None:
    qtbot.mouseClick(panel.decision_buttons[status], Qt.MouseButton.LeftButton)
    dialog = panel.decision_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.note, note)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.busy is None and "✔" in panel.result_label.text())


def _click_row(qtbot: QtBot, panel: RecordsPanel, row: int) -> str:
    rect = panel.table.visualRect(panel.model.index(row, 1))
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert panel.table.currentIndex().row() == row
    return str(panel.model.data(panel.model.index(row, 0)))


def _scroll_down(qtbot: QtBot, panel: RecordsPanel, top: int) -> None:
    """The wheel-less way an officer scrolls: the scroll bar, pages read as it goes."""
    bar = panel.table.verticalScrollBar()
    while panel.table.rowAt(0) < top:
        bar.setValue(bar.value() + bar.pageStep())
        qtbot.wait(5)
    assert panel.model.rowCount() > 50  # pages were read on the way down


@pytest.fixture
def small_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(records_model, "FETCH", 25)


def test_a_decision_keeps_the_row_the_officer_was_on_in_sight(
    qtbot: QtBot, small_pages: None, section: BacklogSection
) -> None:
    panel = section.records
    panel.search(Criteria())  # 120 records, in pages of 25
    _scroll_down(qtbot, panel, 60)
    top = panel.table.rowAt(0)
    row = top + 2
    chosen = _click_row(qtbot, panel, row)
    _decide_with_buttons(qtbot, panel, "write-off", "claim raised")
    # still in the search (every status): the same record, where it was on the screen
    current = panel.table.currentIndex()
    assert panel.model.data(panel.model.index(current.row(), 0)) == chosen
    assert panel.model.data(panel.model.index(current.row(), 1)) == "Write off"
    assert panel.table.rowAt(0) == top
    assert panel.table.viewport().rect().contains(panel.table.visualRect(current))
    # undo: the same place again
    qtbot.mouseClick(panel.undo_button, Qt.MouseButton.LeftButton)
    assert panel.undo_question is not None
    undo = next(b for b in panel.undo_question.buttons() if b.text() == "Undo it")
    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.busy is None and "Undone" in panel.result_label.text())
    current = panel.table.currentIndex()
    assert panel.model.data(panel.model.index(current.row(), 0)) == chosen
    assert panel.table.rowAt(0) == top


def test_a_record_leaving_the_search_leaves_the_officer_at_the_same_rows(
    qtbot: QtBot, small_pages: None, section: BacklogSection
) -> None:
    panel, bar = section.records, section.records.search_bar
    qtbot.keyClicks(bar.status, "Quar")
    qtbot.mouseClick(bar.search_button, Qt.MouseButton.LeftButton)
    assert panel.count_label.text() == "120 matching records"
    _scroll_down(qtbot, panel, 60)
    top = panel.table.rowAt(0)
    row = top + 3
    chosen = _click_row(qtbot, panel, row)
    after = str(panel.model.data(panel.model.index(row + 1, 0)))
    _decide_with_buttons(qtbot, panel, "write-off", "claim raised")
    assert panel.count_label.text() == "119 matching records"
    # the written-off record left the search: the next one is on the row it was on
    assert panel.table.rowAt(0) == top
    assert panel.table.currentIndex().row() == row
    assert panel.model.data(panel.model.index(row, 0)) == after != chosen


def test_the_line_saying_what_was_done_goes_when_the_officer_moves_on(
    qtbot: QtBot, section: BacklogSection, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel, bar = section.records, section.records.search_bar
    panel.table.selectRow(0)
    _decide_with_buttons(qtbot, panel, "write-off", "claim raised")
    assert panel.result_label.isVisible()
    # the next search the officer starts: the line goes
    qtbot.keyClicks(bar.text, "Q000012")  # (a whole ID: found, nothing new to say)
    qtbot.mouseClick(bar.search_button, Qt.MouseButton.LeftButton)
    assert panel.result_label.text() == "" and not panel.result_label.isVisible()
    # the undo's line: gone after a while by itself, as the status bar's messages
    monkeypatch.setattr(records_panel, "MESSAGE_MS", 300)
    qtbot.mouseClick(panel.undo_button, Qt.MouseButton.LeftButton)
    assert panel.undo_question is not None
    undo = next(b for b in panel.undo_question.buttons() if b.text() == "Undo it")
    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.busy is None and "Undone" in panel.result_label.text())
    qtbot.waitUntil(lambda: panel.result_label.text() == "", timeout=5000)
    assert not panel.result_label.isVisible()
