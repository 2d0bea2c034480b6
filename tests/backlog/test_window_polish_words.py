"""The Backlog in Polish says the same words in its lists as in its table and its dialogs:
a quarantine and a status are named once, wherever the window shows them; the negative
balances show amounts and dates as the rest of the window does."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.backlog.model import KIND_LABELS, STATUS_LABELS
from app.paths import KitPaths
from app.store.store import Store
from app.ui.backlog.records_model import COLUMNS, RecordColumn
from app.ui.backlog.section import BacklogSection
from app.ui.language import install_language
from tests.backlog.conftest import open_backlog


def _column(section: BacklogSection, column: RecordColumn) -> set[str]:
    model = section.records.model
    at = COLUMNS.index(column)
    return {str(model.data(model.index(row, at))) for row in range(model.rowCount())}


def test_the_lists_name_quarantines_and_statuses_as_the_table_does(
    qtbot: QtBot, loaded: int, store: Store, paths: KitPaths
) -> None:
    install_language("pl")  # the conftest puts English back afterwards
    section = open_backlog(qtbot, store, paths)
    panel, bar = section.records, section.records.search_bar
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0)
    kinds = [bar.kind.itemText(i) for i in range(1, bar.kind.count())]
    assert "BMS telefonii" in kinds and "Telephony BMS" not in kinds
    qtbot.keyClicks(bar.kind, "BMS tel")
    qtbot.mouseClick(bar.search_button, Qt.MouseButton.LeftButton)
    assert _column(section, RecordColumn.KIND) == {bar.kind.currentText()} == {"BMS telefonii"}
    statuses = [bar.status.itemText(i) for i in range(1, bar.status.count())]
    assert "Quarantined" not in statuses
    qtbot.keyClicks(bar.status, "W kw")
    qtbot.mouseClick(bar.search_button, Qt.MouseButton.LeftButton)
    assert _column(section, RecordColumn.STATUS) == {bar.status.currentText()}
    # the decision buttons and the import dialog's list say the same words
    buttons = {b.text().replace("&", "") for b in panel.decision_buttons.values()}
    assert buttons <= set(statuses)
    dialog = panel.open_import()
    listed = [dialog.kind.itemText(i) for i in range(dialog.kind.count())]
    assert listed == kinds
    assert len(listed) == len(KIND_LABELS) and len(statuses) == len(STATUS_LABELS)
    dialog.reject()


def test_negative_balances_show_amounts_and_dates_in_the_windows_language(
    qtbot: QtBot, loaded: int, store: Store, paths: KitPaths, tmp_path: Path
) -> None:
    install_language("pl")
    section = open_backlog(qtbot, store, paths)
    panel = section.balances
    first = tmp_path / "snap1.csv"
    first.write_text(
        "Account,Balance Type,Bucket,Value,Expiry\n"
        "A1,General Cash,b1,10.00,2026-12-31\n"
        "A1,General Cash,b2,5.00,2027-01-31\n"
    )
    second = tmp_path / "snap2.csv"
    second.write_text(
        "Account,Balance Type,Bucket,Value,Expiry\n"
        "A1,General Cash,b1,-1234.50,2027-02-28\n"
        "A1,General Cash,b2,5.00,2027-01-31\n"
    )
    panel.import_snapshot(first)
    panel.import_snapshot(second)
    totals, buckets = panel.totals, panel.buckets
    total = str(totals.data(totals.index(0, 2)))
    assert "-1229.50" not in total and "1229,50" in total  # Polish: decimal comma
    row = [str(buckets.data(buckets.index(0, c))) for c in range(buckets.columnCount())]
    assert any("1234,50" in cell for cell in row), row
    assert "31.12.2026" in row and "28.02.2027" in row, row
    assert not any("2026-12-31" in cell for cell in row), row
