"""The window's Import dialog on a new user's own file (issue s10): an oversized amount, a
misaligned row, a currency sign and a repeated ID are listed by line; the rest imports and
no error dialog opens."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.ui.backlog.section import BacklogSection

Writer = Callable[..., Path]


def test_the_import_dialog_lists_the_rejected_rows_and_imports_the_rest(
    qtbot: QtBot, section: BacklogSection, write_csv: Writer
) -> None:
    panel = section.records
    dialog = panel.open_import()
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
    dialog.set_file(path)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.task is None and "new" in dialog.message.text())
    text = dialog.message.text()
    assert "1 new" in text and "4 rejected" in text and "1 row repeated" in text
    shown = dialog.problems.toPlainText()
    assert "line 3, Charge: '99999999999999999999.99' is larger than the largest" in shown
    assert "line 4, columns: the header has 7 columns, this row 8" in shown
    assert "line 5, Charge: '$5.00' holds the currency sign $" in shown
    assert "line 6, QID: W-1 is already on line 2" in shown
    qtbot.waitUntil(lambda: panel.count_label.text() == "121 matching records")
