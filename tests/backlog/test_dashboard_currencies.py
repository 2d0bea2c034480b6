"""The dashboard never adds amounts of different currencies together: a backlog of EUR,
CZK and SEK records shows each currency apart, in the window's number format."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from app import i18n
from app.backlog.importer import BacklogImporter
from app.paths import KitPaths
from app.store.store import Store
from app.ui.language import install_language
from tests.backlog.conftest import HEADER, open_backlog

ROWS = (  # currency, amount
    ("EUR", "1000.00"),
    ("CZK", "100000.00"),
    ("EUR", "200.00"),
    ("SEK", "300.00"),
    ("CZK", "50000.00"),
    ("EUR", "34.56"),
)


def _export(write_csv: Callable[..., Path]) -> Path:
    lines = [
        f"Q{n:06d},1,f.csv,Carrier North,CDR,46700000{n:03d},TK1,Quarantine,"
        f"No Tariff Found,2026-05-0{n} 10:00:00,2026-11-01,,{amount},{currency},10"
        for n, (currency, amount) in enumerate(ROWS, start=1)
    ]
    return write_csv([HEADER, *lines])


def _spaces(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def test_amounts_are_shown_per_currency_never_summed(
    qtbot: QtBot,
    write_csv: Callable[..., Path],
    importer: BacklogImporter,
    store: Store,
    paths: KitPaths,
) -> None:
    importer.run(_export(write_csv))
    section = open_backlog(qtbot, store, paths)
    dashboard = section.dashboard
    qtbot.waitUntil(lambda: dashboard.summary is not None and dashboard.summary.amounts)
    # the currency of most records first; no figure adds EUR to CZK
    expected = "EUR 1,234.56 · CZK 150,000.00 · SEK 300.00"
    assert dashboard.amounts_label.text() == f"Amounts, each currency apart: {expected}"
    assert dashboard.total_label.text() == "6 records in the backlog"
    assert "151,534.56" not in dashboard.amounts_label.text()
    amount_column = dashboard.model.index(0, 2).data()
    assert amount_column == "CZK 150,000.00 · EUR 1,234.56 · SEK 300.00"  # largest first
    measures = [dashboard.measure.itemText(i) for i in range(dashboard.measure.count())]
    assert measures == ["Records", "Amount in EUR", "Amount in CZK", "Amount in SEK"]
    dashboard.measure.setCurrentIndex(dashboard.measure.findText("Amount in CZK"))
    assert dashboard.chart.bars()[0][1:] == (15000000.0, "CZK 150,000.00")


def test_amounts_in_polish_number_format(
    qtbot: QtBot,
    write_csv: Callable[..., Path],
    importer: BacklogImporter,
    store: Store,
    paths: KitPaths,
) -> None:
    importer.run(_export(write_csv))
    install_language("pl")
    i18n.install("pl")
    section = open_backlog(qtbot, store, paths)
    dashboard = section.dashboard
    qtbot.waitUntil(lambda: dashboard.summary is not None and dashboard.summary.amounts)
    # Polish groups from five digits on (1234,56 but 150 000,00), as QLocale writes it
    assert _spaces(dashboard.amounts_label.text()) == (
        "Kwoty, każda waluta osobno: EUR 1234,56 · CZK 150 000,00 · SEK 300,00"
    )
    measures = [dashboard.measure.itemText(i) for i in range(dashboard.measure.count())]
    assert measures[1:] == ["Kwota w EUR", "Kwota w CZK", "Kwota w SEK"]
    assert _spaces(dashboard.model.index(0, 2).data()).startswith("CZK 150 000,00 · ")
    # the groups in Polish too: the status, and the ages of the calls
    assert dashboard.model.index(0, 0).data() == "W kwarantannie"
    assert dashboard.chart.bars()[0][0] == "W kwarantannie"
    dashboard.dimension.setCurrentIndex(dashboard.dimension.findData("age"))
    ages = [dashboard.model.index(i, 0).data() for i in range(dashboard.model.rowCount())]
    assert ages[0] == "0–7 dni" and ages[-1] == "ponad 180 dni", ages


def test_records_table_and_detail_in_polish_number_and_date_format(
    qtbot: QtBot,
    write_csv: Callable[..., Path],
    importer: BacklogImporter,
    store: Store,
    paths: KitPaths,
) -> None:
    """The records' amounts and dates as the dashboard and the Outbox write them in Polish,
    not billing's '1000.00 EUR' and ISO dates."""
    from PySide6.QtCore import Qt

    from app.backlog.model import Criteria
    from app.ui.backlog.records_model import RecordColumn

    importer.run(_export(write_csv))
    install_language("pl")
    i18n.install("pl")
    panel = open_backlog(qtbot, store, paths).records
    panel.show_search(Criteria(text="Q000001"))
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    columns = list(RecordColumn)
    amount = panel.model.index(0, columns.index(RecordColumn.AMOUNT)).data()
    assert _spaces(amount) == "EUR 1000,00"
    call_date = panel.model.index(0, columns.index(RecordColumn.CALL_DATE)).data()
    assert call_date == "1.05.2026 10:00"  # QLocale's Polish short date, as the Outbox
    rect = panel.table.visualRect(panel.model.index(0, 0))
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    shown = _spaces(panel.detail.toPlainText())
    assert "Kwota\nEUR 1000,00\n" in shown and "ID kwarantanny\n" in shown, shown
    assert "1.05.2026 10:00:00" in shown and "1.11.2026 00:00:00" in shown
    assert "2026-05-01" not in shown and "1000.00" not in shown
