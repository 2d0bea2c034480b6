"""The Reports section and the incident page's report window, driven as a manager does:
choose, preview, export — the report built and written off the GUI thread."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from app.ui.incidents.section import IncidentsSection
from app.ui.reports.dialog import IncidentReportDialog, open_incident_report
from app.ui.reports.panel import ReportPanel
from app.ui.reports.section import ReportsSection
from tests.reports.conftest import Night, pdf_text

LEFT = Qt.MouseButton.LeftButton


def _wait_for_preview(qtbot: QtBot, panel: ReportPanel) -> str:
    qtbot.waitUntil(lambda: panel.document is not None and not panel.busy, timeout=20000)
    return panel.preview.toPlainText()


def test_preview_then_export_the_incident_report_as_pdf(
    qtbot: QtBot, night: Night, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    section = ReportsSection(night.kit)
    qtbot.addWidget(section)
    section.show()
    section.shown()
    assert section.incidents.currentData() == night.reference
    assert not section.panel.export_buttons["pdf"].isEnabled()  # nothing to export yet

    qtbot.mouseClick(section.preview_button, LEFT)
    text = _wait_for_preview(qtbot, section.panel)
    assert "LATE" in text and "MISSED" in text and "zażółć gęślą jaźń" in text

    chosen = tmp_path / "for the board"  # typed without an extension
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(chosen), ""))
    with qtbot.waitSignal(section.panel.exported, timeout=20000) as saved:
        qtbot.mouseClick(section.panel.export_buttons["pdf"], LEFT)
    out = Path(saved.args[0])
    assert out == tmp_path / "for the board.pdf"
    flat = " ".join(pdf_text(out).split())
    assert "26 min after detection: LATE" in flat and "Сбой шлюза SMS" in flat
    assert "Saved" in section.panel.message.text()
    entry = night.kit.audit.entries(action_prefix="report.written")[-1]
    assert entry.details == {
        "report": "incident",
        "about": night.reference,
        "format": "pdf",
        "file": out.name,
    }


def test_period_preview_shows_progress_and_exports_csv(
    qtbot: QtBot, night: Night, tmp_path: Path
) -> None:
    section = ReportsSection(night.kit)
    qtbot.addWidget(section)
    section.show()
    section.shown()
    section.first_day.setDate(QDate(2026, 3, 1))
    section.last_day.setDate(QDate(2026, 3, 31))
    assert section.period_choice.isChecked()  # changing a date chooses the period
    progressed: list[tuple[int, int]] = []
    section.panel.progress.valueChanged.connect(
        lambda value: progressed.append((value, section.panel.progress.maximum()))
    )
    qtbot.mouseClick(section.preview_button, LEFT)
    text = _wait_for_preview(qtbot, section.panel)
    assert "Incidents 2026-03-01 – 2026-03-31" in text
    assert "1 incident began in the period" in text
    assert (1, 1) in progressed

    out = tmp_path / "march.csv"
    with qtbot.waitSignal(section.panel.exported, timeout=20000):
        section.panel.export("csv", out)
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert len(rows) == 1 + 3  # header, one row per notice (texts keep their line breaks)
    assert [r[6] for r in rows[1:]] == ["Initial notice", "Update", "Resolution"]


def test_the_incident_pages_report_window_previews_that_incident(
    qtbot: QtBot, night: Night
) -> None:
    dialog = open_incident_report(None, night.kit, night.reference)
    qtbot.addWidget(dialog)
    text = _wait_for_preview(qtbot, dialog.panel)
    assert text.startswith(f"Incident report {night.reference}")
    assert dialog.panel.export_buttons["html"].isEnabled()


def test_report_button_on_the_incident_page_opens_its_report(qtbot: QtBot, night: Night) -> None:
    section = IncidentsSection(night.kit)
    qtbot.addWidget(section)
    section.show()
    section.show_closed.setChecked(True)  # the night's incident is closed
    section.reload(select=night.reference)
    assert section.page.incident is not None
    qtbot.mouseClick(section.page.report_button, LEFT)
    dialogs = section.findChildren(IncidentReportDialog)
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    text = _wait_for_preview(qtbot, dialogs[0].panel)
    assert f"Incident report {night.reference}" in text


def test_exporting_where_no_file_can_be_written_says_so_with_the_chosen_path(
    qtbot: QtBot, night: Night, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file where the chosen folder should be: a message naming the person's path, not an
    internal error about the kit's temporary file."""
    from PySide6.QtWidgets import QMessageBox

    section = ReportsSection(night.kit)
    qtbot.addWidget(section)
    section.show()
    section.shown()
    qtbot.mouseClick(section.preview_button, LEFT)
    _wait_for_preview(qtbot, section.panel)
    in_the_way = tmp_path / "minutes.txt"
    in_the_way.write_text("x", encoding="utf-8")
    chosen = in_the_way / "board.html"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(chosen), ""))
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text))
    qtbot.mouseClick(section.panel.export_buttons["html"], LEFT)
    qtbot.waitUntil(lambda: bool(warned), timeout=20000)
    assert str(in_the_way) in warned[0] and "could not be written" in warned[0], warned
    assert ".tmp" not in warned[0]
