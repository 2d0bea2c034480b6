"""The Backlog section over a large backlog (issue 18): End shows the last row at once, the
window counts up to a cap, the dashboard's figures are SQL's."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.backlog.model import Criteria
from app.backlog.query import BacklogQuery
from app.kit import Kit
from app.ui.backlog import records_model, records_panel
from app.ui.backlog.section import BacklogSection


def test_end_shows_the_last_row_and_scrolling_up_reads_back_to_the_first(
    qtbot: QtBot, section: BacklogSection, query: BacklogQuery, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(records_model, "FETCH", 25)
    panel = section.records
    panel.search(Criteria())
    everything = [r.quarantine_id for r in query.page(Criteria(), limit=1000)]
    assert panel.model.rowCount() == 25  # one page of 120

    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_End)
    row = panel.table.currentIndex().row()
    assert row == panel.model.rowCount() - 1
    assert panel.model.data(panel.model.index(row, 0)) == everything[-1]
    assert panel.model.rowCount() == 25  # the pages between were never read

    bar = panel.table.verticalScrollBar()
    while not panel.model.at_start:
        bar.setValue(bar.minimum())
    shown = [panel.model.data(panel.model.index(r, 0)) for r in range(panel.model.rowCount())]
    assert shown == everything

    qtbot.keyClick(panel.table, Qt.Key.Key_Home)
    assert panel.table.currentIndex().row() == 0
    assert panel.model.data(panel.model.index(0, 0)) == everything[0]


def test_sorted_the_other_way_end_is_the_oldest_call(
    qtbot: QtBot, section: BacklogSection, query: BacklogQuery
) -> None:
    panel = section.records
    panel.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # Quarantine ID
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_End)
    row = panel.table.currentIndex().row()
    assert panel.model.data(panel.model.index(row, 0)) == "Q000120"


def test_the_window_counts_up_to_a_cap_and_a_decision_states_the_exact_number(
    qtbot: QtBot, section: BacklogSection, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(records_panel, "COUNT_CAP", 50)
    panel = section.records
    panel.search(Criteria())
    assert panel.count_label.text() == "over 50 matching"
    panel.search(Criteria(carrier="carrier north"))
    assert panel.count_label.text() == "40 matching records"
    panel.search(Criteria())
    panel.ask_decision("write-off")
    dialog = panel.decision_dialog
    assert dialog is not None
    assert "Set 120 to" in dialog.ok_button.text()
    dialog.reject()


def test_dashboard_figures_are_the_stores(section: BacklogSection, kit: Kit) -> None:
    conn = kit.store.conn
    summary = section.dashboard.summary
    assert summary is not None and summary.amounts
    for dimension in ("status", "reason", "carrier"):
        expected = {
            str(k): (int(n), (("EUR", int(a)),))
            for k, n, a in conn.execute(
                f"SELECT {dimension}, count(*), sum(amount_minor) FROM backlog_records "
                f"GROUP BY {dimension}"
            )
        }
        shown = {b.key: (b.count, b.amounts) for b in summary.by[dimension]}
        assert shown == expected
    assert sum(b.count for b in summary.by["age"]) == 120
    assert section.dashboard.total_label.text() == "120 records in the backlog"
