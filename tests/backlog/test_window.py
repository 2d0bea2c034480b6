"""The Backlog section in the real window: paged model, bulk action with undo, import,
dashboard, saved searches, reports and negative balances."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.backlog.model import Criteria
from app.backlog.query import BacklogQuery
from app.kit import Kit
from app.ui.backlog import records_model
from app.ui.backlog.records_model import COLUMNS, RecordColumn, RecordsModel
from app.ui.backlog.section import BacklogSection
from tests.backlog.conftest import HEADER, sample_rows

Writer = Callable[..., Path]


def test_records_model_checked_by_qtmodeltester(
    qtmodeltester: object, loaded: int, query: BacklogQuery
) -> None:
    model = RecordsModel(query)
    model.search(Criteria())
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_model_fetches_pages_and_reloads_evicted_ones(
    loaded: int, query: BacklogQuery, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(records_model, "FETCH", 25)
    monkeypatch.setattr(records_model, "CACHED_PAGES", 2)
    model = RecordsModel(query)
    model.search(Criteria())
    assert model.rowCount() == 25 and model.canFetchMore()
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == loaded
    first = model.record_at(0)
    assert first is not None  # page 0 was evicted and is read again by id
    expected = query.page(Criteria(), limit=1)[0]
    assert first.quarantine_id == expected.quarantine_id
    model.sort(0, Qt.SortOrder.AscendingOrder)  # Quarantine ID
    assert model.data(model.index(0, 0)) == "Q000001"
    model.sort(4, Qt.SortOrder.AscendingOrder)  # Carrier: no index behind it, not sorted
    assert model.sort_key == "quarantine_id"


def test_bulk_write_off_shows_count_then_undo(
    qtbot: QtBot, section: BacklogSection, kit: Kit
) -> None:
    panel = section.records
    panel.show_search(Criteria(reason="Obsolete Usage Fault"))
    assert panel.count_label.text() == "30 matching records"
    assert panel.scope.currentText() == "all matching the search (30)"
    qtbot.mouseClick(panel.decision_buttons["write-off"], Qt.MouseButton.LeftButton)
    dialog = panel.decision_dialog
    assert dialog is not None
    assert "<b>30</b>" in dialog.question.text()
    assert not dialog.ok_button.isEnabled()  # a write-off needs a note
    qtbot.keyClicks(dialog.note, "claim raised with the supplier")
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.busy is None and "set to Write off" in panel.result_label.text())
    query = BacklogQuery(conn=kit.store.conn)
    assert query.count(Criteria(status="write-off")) == 30
    entry = kit.audit.entries(action_prefix="backlog.status_changed")[0]
    assert (
        entry.details["changed"] == 30 and entry.details["note"] == "claim raised with the supplier"
    )
    panel.show_search(Criteria(status="write-off"))
    panel.table.selectRow(0)  # the detail pane shows the decision's note
    assert "Note\nclaim raised with the supplier" in panel.detail.toPlainText()

    # selected rows only
    panel.show_search(Criteria(reason="No Tariff Found"))
    panel.table.selectRow(0)
    assert panel.scope.currentText() == "selected rows (1)"
    assert "No Tariff Found" in panel.detail.toPlainText()
    assert "Recommended action" in panel.detail.toPlainText()
    qtbot.mouseClick(panel.decision_buttons["cleansed"], Qt.MouseButton.LeftButton)
    assert panel.decision_dialog is not None and panel.decision_dialog.ok_button.isEnabled()
    panel.decision_dialog.accept()
    qtbot.waitUntil(
        lambda: panel.busy is None and "1 record set to Cleansed" in panel.result_label.text()
    )

    assert panel.undo_button.isEnabled()
    qtbot.mouseClick(panel.undo_button, Qt.MouseButton.LeftButton)
    assert panel.undo_question is not None  # names the action: 1 record, Cleansed, here
    assert "1 record → Cleansed" in panel.undo_question.text()
    assert "in this window" in panel.undo_question.text()
    undo = next(b for b in panel.undo_question.buttons() if b.text() == "Undo it")
    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.busy is None and "Undone" in panel.result_label.text())
    assert query.count(Criteria(status="cleansed")) == 0
    assert query.count(Criteria(status="write-off")) == 30  # only the last action is undone


def test_a_row_shows_its_decision_at_once(qtbot: QtBot, section: BacklogSection) -> None:
    """The cells are formatted once a record: a decision shows in the row all the same."""
    panel, model = section.records, section.records.model
    status, amount = COLUMNS.index(RecordColumn.STATUS), COLUMNS.index(RecordColumn.AMOUNT)
    qtbot.keyClicks(panel.search_bar.text, "Q000007")
    qtbot.mouseClick(panel.search_bar.search_button, Qt.MouseButton.LeftButton)
    assert panel.count_label.text() == "1 matching record"
    assert model.data(model.index(0, status)) == "Quarantined"
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    assert model.data(model.index(0, amount), Qt.ItemDataRole.TextAlignmentRole) == right
    assert model.data(model.index(0, status), Qt.ItemDataRole.TextAlignmentRole) is None
    # each column at least as wide as what it shows
    metrics = panel.table.fontMetrics()
    for column in range(model.columnCount()):
        text = str(model.data(model.index(0, column)))
        assert panel.table.columnWidth(column) >= min(metrics.horizontalAdvance(text), 260)

    panel.table.selectRow(0)
    qtbot.mouseClick(panel.decision_buttons["cleansed"], Qt.MouseButton.LeftButton)
    dialog = panel.decision_dialog
    assert dialog is not None
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.busy is None and "set to Cleansed" in panel.result_label.text())
    assert model.data(model.index(0, status)) == "Cleansed"
    qtbot.mouseClick(panel.undo_button, Qt.MouseButton.LeftButton)
    assert panel.undo_question is not None
    undo = next(b for b in panel.undo_question.buttons() if b.text() == "Undo it")
    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.busy is None and "Undone" in panel.result_label.text())
    assert model.data(model.index(0, status)) == "Quarantined"


def test_enter_in_a_list_of_the_usual_filters_searches(
    qtbot: QtBot, section: BacklogSection
) -> None:
    panel, bar = section.records, section.records.search_bar
    qtbot.keyClicks(bar.text, "Q000010")  # not searched yet
    assert panel.count_label.text() == "120 matching records"
    qtbot.keyClicks(bar.status, "Write")
    assert bar.status.currentData() == "write-off"
    qtbot.keyClick(bar.status, Qt.Key.Key_Return)
    assert panel.count_label.text() == "0 matching records"
    for _ in range(3):  # Cleansed, Action pending, Quarantined
        qtbot.keyClick(bar.status, Qt.Key.Key_Up)
    assert bar.status.currentData() == "quarantined"
    qtbot.keyClick(bar.status, Qt.Key.Key_Enter)
    assert panel.count_label.text() == "1 matching record"
    qtbot.keyClicks(bar.kind, "Data")
    qtbot.keyClick(bar.kind, Qt.Key.Key_Return)
    assert panel.count_label.text() == "0 matching records"
    assert bar.criteria() == Criteria(text="Q000010", status="quarantined", kind="bms-data")


def test_import_from_the_window(qtbot: QtBot, section: BacklogSection, write_csv: Writer) -> None:
    panel = section.records
    dialog = panel.open_import()
    path = write_csv(
        [
            HEADER,
            *sample_rows(5, start=500),
            "Q9,1,f.csv,C,CDR,1,TK,Quarantine,No Tariff Found,someday,,,,,",
        ],
        name="data-export.csv",
    )
    dialog.set_file(path)
    assert dialog.kind.currentData() == "bms-data"
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.task is None and "new" in dialog.message.text())
    assert "5 new" in dialog.message.text() and "1 rejected" in dialog.message.text()
    assert "line 7, Call Date: 'someday' is not a date" in dialog.problems.toPlainText()
    qtbot.waitUntil(lambda: panel.count_label.text() == "125 matching records")


def test_dashboard_chart_opens_records(qtbot: QtBot, section: BacklogSection) -> None:
    dashboard = section.dashboard
    assert dashboard.total_label.text() == "120 records in the backlog"
    dashboard.dimension.setCurrentIndex(dashboard.dimension.findData("reason"))
    assert len(dashboard.chart.bars()) == 4
    assert dashboard.chart.bars()[0][1] == 30
    dashboard.dimension.setCurrentIndex(dashboard.dimension.findData("age"))
    assert sum(b[1] for b in dashboard.chart.bars()) == 120
    dashboard.dimension.setCurrentIndex(dashboard.dimension.findData("carrier"))
    index = dashboard.model.index(0, 0)
    dashboard.table.doubleClicked.emit(index)
    assert section.tabs.currentWidget() is section.records
    assert section.records.count_label.text() == "40 matching records"


def test_saved_search_round_trip(section: BacklogSection) -> None:
    panel = section.records
    panel.search_bar.set_criteria(Criteria(carrier="Carrier South", tariff_key="TK2"))
    panel.save_search("South TK2")
    panel.search_bar.clear()
    panel.saved_combo.setCurrentIndex(panel.saved_combo.findData("South TK2"))
    panel.saved_combo.activated.emit(panel.saved_combo.currentIndex())
    assert panel.search_bar.criteria() == Criteria(carrier="Carrier South", tariff_key="TK2")


def test_write_off_pdf_and_decisions_from_the_window(
    qtbot: QtBot, section: BacklogSection, tmp_path: Path, kit: Kit
) -> None:
    from app.backlog.actions import BacklogActions

    BacklogActions(conn=kit.store.conn, audit=kit.audit).set_status(
        to="write-off", note="Zażółć gęślą jaźń", criteria=Criteria(carrier="Carrier West")
    )
    panel = section.records
    pdf = tmp_path / "w.pdf"
    panel.write_off_report(pdf)
    qtbot.waitUntil(lambda: panel.busy is None and pdf.exists())
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    # the note and carrier columns wrap between words; every word is there, whole
    words = text.split()
    assert {"Zażółć", "gęślą", "jaźń", "West"} <= set(words) and "Carrier" in words
    decisions = tmp_path / "decisions.csv"
    panel.export_decisions(decisions)
    qtbot.waitUntil(lambda: panel.busy is None and "decisions written" in panel.result_label.text())
    assert "40 decisions" in panel.result_label.text()


def test_negative_balances_panel(section: BacklogSection, tmp_path: Path) -> None:
    panel = section.balances
    assert panel.status.text() == "No snapshot imported yet."
    path = tmp_path / "snap.csv"
    path.write_text(
        "Account,Balance Type,Bucket,Value\n+46700000000,General Cash,1,-12\n"
        "+46700000000,General Cash,2,10\n",
        encoding="utf-8",
    )
    panel.import_snapshot(path)
    assert panel.totals.rowCount() == 1 and panel.buckets.rowCount() == 1
    assert "1 negative total(s)" in panel.status.text()
