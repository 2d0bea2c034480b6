"""The window's Import dialog on a new user's own file (issue s10): an oversized amount, a
misaligned row, a currency sign, a repeated ID and an amount finer than a cent are listed
by line; the rest imports and no error dialog opens. A header row alone is said to hold no
records, or refused as the same file with rows is when it lacks the Quarantine ID."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.ui.backlog.import_dialog import ImportDialog
from app.ui.backlog.section import BacklogSection

Writer = Callable[..., Path]


def imported(qtbot: QtBot, section: BacklogSection, export: Path) -> ImportDialog:
    """The Import dialog once its import of `export` has ended (the outcome shown)."""
    dialog = section.records.open_import()
    dialog.set_file(export)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.task is None)
    return dialog


def test_the_import_dialog_lists_the_rejected_rows_and_imports_the_rest(
    qtbot: QtBot, section: BacklogSection, write_csv: Writer
) -> None:
    panel = section.records
    path = write_csv(
        [
            "Usage Date,Seconds,QID,Charge,Currency,Supplier,Error",
            "2026-10-05,30,W-1,2.00,dkk,Lynx Net,Rate Plan Missing",
            "2026-10-05,30,W-2,99999999999999999999.99,DKK,Lynx Net,Rate Plan Missing",
            "2026-10-05,30,W-3,1,234.50,DKK,Lynx Net,Rate Plan Missing",
            "2026-10-05,30,W-4,$5.00,,Lynx Net,Rate Plan Missing",
            "2026-10-05,30,W-1,3.00,DKK,Lynx Net,Rate Plan Missing",
        ],
        name="lynx-data.csv",
    )
    dialog = imported(qtbot, section, path)
    text = dialog.message.text()
    assert "1 new" in text and "4 rejected" in text and "1 row repeated" in text
    shown = dialog.problems.toPlainText()
    assert "line 3, Charge: '99999999999999999999.99' is larger than the largest" in shown
    assert "line 4, columns: the header has 7 columns, this row 8" in shown
    assert "line 5, Charge: '$5.00' holds the currency sign $" in shown
    assert "line 6, QID: W-1 is already on line 2" in shown
    qtbot.waitUntil(lambda: panel.count_label.text() == "121 matching records")


def test_the_import_dialog_names_an_amount_finer_than_a_cent(
    qtbot: QtBot, section: BacklogSection, write_csv: Writer
) -> None:
    """A rating export's per-event charge (12.345) is listed by its line and cell with what
    to do, and only the rows with whole cents are stored."""
    path = write_csv(
        [
            "QID,Supplier,Service Number,Error,Usage Date,Charge,Currency",
            "R-1,Carrier East,4811,No Tariff Found,2026-12-01,12.345,EUR",
            "R-2,Carrier East,4812,No Tariff Found,2026-12-01,7.25,EUR",
        ],
        name="east-rating.csv",
    )
    dialog = imported(qtbot, section, path)
    assert "1 new" in dialog.message.text() and "1 rejected" in dialog.message.text()
    assert dialog.problems.isVisible()
    assert (
        "line 2, Charge: '12.345' is finer than a cent: the kit keeps amounts to the cent and "
        "will not round them unseen; check the cell, or round the export's amounts to two "
        "decimals and import again"
    ) in dialog.problems.toPlainText()
    qtbot.waitUntil(lambda: section.records.count_label.text() == "121 matching records")


def test_the_import_dialog_says_a_header_alone_holds_no_records(
    qtbot: QtBot, section: BacklogSection, write_csv: Writer
) -> None:
    """Billing's export of an empty quarantine: told so, not "0 rows read"."""
    export = write_csv(["QID,Supplier,Error,Usage Date,Charge,Currency"], name="east-rating.csv")
    dialog = imported(qtbot, section, export)
    assert dialog.message.text() == (
        "east-rating.csv holds no records: there is nothing under its header row, so "
        "nothing was imported and the backlog is as it was. If the export should hold "
        "records, export it again from Billing > Quarantine."
    )
    assert not dialog.problems.isVisible()
    assert section.records.count_label.text() == "120 matching records"


def test_the_import_dialog_refuses_a_header_alone_without_the_id_as_with_rows(
    qtbot: QtBot, section: BacklogSection, write_csv: Writer
) -> None:
    head = "Supplier,Error,Usage Date,Charge,Currency"
    export = write_csv([head], name="east-rating.csv")
    first = imported(qtbot, section, export)
    alone = first.message.text()
    first.reject()
    write_csv([head, "Carrier East,No Tariff Found,2026-12-01,7.25,EUR"], name="east-rating.csv")
    with_rows = imported(qtbot, section, export).message.text()
    assert alone == with_rows
    assert alone.startswith("east-rating.csv has no Quarantine ID column, so it is not a ")
    assert "Export again from Billing > Quarantine" in alone
