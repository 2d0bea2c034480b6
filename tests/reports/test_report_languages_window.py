"""The Reports window exports the four-language outage as a manager does it: preview, then
the Excel and PDF buttons (the file dialog answered with a name) — the workbook has every
text as sent, the PDF every language version (tests/reports/test_report_languages.py holds
the command line's)."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from app.ui.reports.section import ReportsSection
from tests.reports.conftest import Told, pdf_text
from tests.support.report_langs import IMPACT

LEFT = Qt.MouseButton.LeftButton


def test_the_window_exports_every_language_version(
    qtbot: QtBot, told: Told, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    section = ReportsSection(told.kit)
    qtbot.addWidget(section)
    section.show()
    section.shown()
    assert section.incidents.currentData() == told.reference
    qtbot.mouseClick(section.preview_button, LEFT)
    qtbot.waitUntil(lambda: section.panel.document is not None and not section.panel.busy)
    preview = section.panel.preview.toPlainText()
    assert "Texts as sent: 4 languages, 4 versions" in preview
    assert IMPACT["dopad.uk"] in preview

    chosen: list[Path] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(chosen[-1]), ""))
    chosen.append(tmp_path / "outage")  # typed without an extension
    with qtbot.waitSignal(section.panel.exported, timeout=20000) as saved:
        qtbot.mouseClick(section.panel.export_buttons["xlsx"], LEFT)
    book = load_workbook(Path(saved.args[0]))
    assert book.sheetnames == ["Summary", "Notices", "Texts as sent"]
    texts = [[c.value for c in row] for row in book["Texts as sent"].iter_rows(min_row=2)]
    assert {(r[3], r[5]) for r in texts} == {
        ("cs", "e-mail"), ("cs", "SMS"), ("en", "e-mail"),
        ("pl", "e-mail"), ("pl", "SMS"), ("uk", "e-mail"),
    }  # fmt: skip
    assert any(IMPACT["dopad.cs"] in str(r[9]) for r in texts)

    chosen.append(tmp_path / "outage.pdf")
    with qtbot.waitSignal(section.panel.exported, timeout=20000) as saved:
        qtbot.mouseClick(section.panel.export_buttons["pdf"], LEFT)
    flat = " ".join(pdf_text(Path(saved.args[0])).split())
    assert flat.count("Texts as sent: 4 languages, 4 versions") == 3
    assert "cs · Europe/Prague · 1 partner" in flat and IMPACT["dopad.pl"] in flat
