"""A chart's row is never cut by a page's end (the tester's F4: the label "by hand:
zadzwoniłam do" was the last line of page 1, its bar and value at the top of page 2). Qt's
rich text kept a row whole only when none of its cells began before the page's foot, so a
label wrapping onto two or three lines was cut after its first.

The period report's write-offs chart, with reasons as long as a billing export's, is printed
with the page's end at many places through it; every row's label, from its first word to its
last, stands on one page with its value and its bar."""

from __future__ import annotations

import re
import subprocess
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from app.backlog.actions import BacklogActions
from app.backlog.importer import BacklogImporter
from app.backlog.model import Criteria
from app.i18n import Msg
from app.kit import Kit
from app.localfmt import money_text
from app.reports.period import gather_period, period_document
from app.ui.pdf import write_pdf
from app.ui.reports.section import ReportsSection
from tests.reports.conftest import T0, Clock
from tests.support.cli import CliRunner
from tests.support.write_offs import HEADER

REASONS = 24
#: a reason wraps onto two or three lines of the chart's label column
LONG = "withdrawn by the carrier's interconnect desk before these calls were rated again"
#: the chart's bar colour for write-offs (app/reports/charts.py PLANNED)
BAR_PIXEL = bytes([0xD6, 0x5B, 0x6B, 0xFF])  # #6b5bd6 as Qt's ARGB32 holds it


def _amount(n: int) -> int:
    return (1000 + n) * 100  # minor units, a distinct value per reason


def _write_off(kit: Kit, folder: Path) -> None:
    lines = [HEADER]
    for n in range(REASONS):
        reason = f"Tariff{n} {LONG} End{n}" if n % 2 == 0 else f"Short{n} End{n}"
        lines.append(
            f"W{n:06d},100,CDR_100.csv,Carrier North,CDR,46700000{n:03d},TK1,Quarantine,"
            f"{reason},2026-03-01 10:00:00,2026-03-02,,{_amount(n) // 100}.00,EUR,60"
        )
    source = folder / "quarantine.csv"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    BacklogImporter(conn=kit.store.conn, audit=kit.audit).run(source, kind="bms-data")
    BacklogActions(conn=kit.store.conn, audit=kit.audit).set_status(
        to="write-off", note="Withdrawn tariff", criteria=Criteria()
    )


def _words(pdf: Path) -> dict[str, list[tuple[int, float]]]:
    """Each word of the PDF: (page, top) of every place it stands."""
    boxes = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    found: dict[str, list[tuple[int, float]]] = {}
    for page, text in enumerate(boxes.split("<page ")[1:], start=1):
        for top, word in re.findall(r'yMin="([0-9.]+)"[^>]*>([^<]*)<', text):
            found.setdefault(word, []).append((page, float(top)))
    return found


def _bar_pages(pdf: Path, folder: Path) -> dict[int, list[tuple[int, int]]]:
    """Each page's bars as drawn: (top, bottom) in pixels at 100 dpi, in the column where
    the bars begin (every bar begins there)."""
    subprocess.run(["pdftoppm", "-r", "100", "-png", str(pdf), str(folder / "p")], check=True)
    bars: dict[int, list[tuple[int, int]]] = {}
    for png in sorted(folder.glob("p-*.png")):
        image = QImage(str(png)).convertToFormat(QImage.Format.Format_ARGB32)
        data, line = bytes(image.constBits()), image.bytesPerLine()
        first = data.find(BAR_PIXEL)
        runs: list[tuple[int, int]] = []
        if first >= 0:
            x = (first % line) // 4 + 2  # inside the bar, past its anti-aliased edge
            start = None
            for y in range(image.height()):
                inside = data[y * line + x * 4 : y * line + x * 4 + 4] == BAR_PIXEL
                if inside and start is None:
                    start = y
                elif not inside and start is not None:
                    runs.append((start, y))
                    start = None
        bars[int(png.stem.split("-")[-1])] = runs
    return bars


def _cut_rows(pdf: Path, folder: Path) -> list[str]:
    """What a page's end cut in the period report's write-offs: a chart row's label, value
    or bar apart, a bar drawn short, the write-offs table's header apart from its rows."""
    cut: list[str] = []
    words = _words(pdf)
    bars = _bar_pages(pdf, folder)
    for n in range(REASONS):
        # the chart comes first; the table of write-offs under it names them again
        first = words[f"Tariff{n}" if n % 2 == 0 else f"Short{n}"][0][0]
        last = words[f"End{n}"][0][0]
        value = words[money_text(_amount(n)).split()[0]][0][0]
        pages = {first, last, value}
        if len(pages) > 1:
            cut.append(f"reason {n} on pages {sorted(pages)}")
    # the table of write-offs (largest first) begins on the page of its header
    header, first_row = words["Currency"][0][0], words[f"Short{REASONS - 1}"][1][0]
    if header != first_row:
        cut.append(f"the header on page {header}, its rows on {first_row}")
    # a bar is drawn whole: none shorter than the rest (the top or foot of one cut off)
    heights = [b - t for runs in bars.values() for t, b in runs]
    if len(heights) != REASONS or max(heights) - min(heights) > 1:
        cut.append(f"bars {heights}")
    return cut


def test_no_chart_row_is_cut_by_a_page_end(kit: Kit, clock: Clock, tmp_path: Path) -> None:
    clock.at(T0)
    _write_off(kit, tmp_path)
    day: date = T0.date()
    html = period_document(gather_period(kit.store.conn, day, day, actor="test")).html
    cut: list[str] = []
    for shift in range(0, 30, 2):  # points: the chart's rows meet the page's end everywhere
        folder = tmp_path / f"shift-{shift}"
        folder.mkdir()
        pdf = folder / "period.pdf"
        head, totals, tail = html.partition(f"<h2>{Msg.tr('Totals')}</h2>")
        # a line as tall as the shift (Qt's rich text left a margin there out)
        pushed = f'{head}<p style="font-size: {4 + shift}pt">lower:</p>{totals}{tail}'
        assert totals, "the period report's Totals heading"
        write_pdf(pushed, pdf, title="period")
        cut += [f"shift {shift} pt: {found}" for found in _cut_rows(pdf, folder)]
    assert not cut, "\n".join(cut)


def test_a_tables_header_never_ends_a_page(tmp_path: Path) -> None:
    """The period report's "Rule / What happened / Verdict" header ended a page, its rows on
    the next: a procedure table (as templates/reports/_blocks.html.j2 writes it) printed
    at many heights near a page's foot."""
    before = "".join(f"<p>Line {n} of what comes before.</p>" for n in range(31))
    table = (
        '<table class="data" width="100%" cellspacing="0" cellpadding="4">'
        "<tr><th>Rule</th><th>What happened</th><th>Verdict</th></tr>"
        "<tr><td>Rule0 first notice within 15 min of detection</td><td>out at 01:06</td>"
        "<td>ON TIME</td></tr>"
        "<tr><td>Rule1 resolution notice</td><td>none</td><td>NOT DUE YET</td></tr></table>"
    )
    alone: list[str] = []
    for shift in range(0, 40, 2):
        lower = f'<p style="font-size: {4 + shift}pt">lower:</p>'
        pdf = tmp_path / f"table-{shift}.pdf"
        write_pdf(f"<html><body>{before}{lower}{table}</body></html>", pdf, title="table")
        words = _words(pdf)
        header, row = words["happened"][0][0], words["Rule0"][0][0]
        if header != row:
            alone.append(f"shift {shift} pt: the header on page {header}, its rows on {row}")
    assert not alone, "\n".join(alone)


def test_the_period_pdf_from_the_window_keeps_its_chart_rows_whole(
    qtbot: QtBot, kit: Kit, clock: Clock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The manager's way: Reports ▸ the period ▸ Preview ▸ PDF… (the same writer)."""
    clock.at(T0)
    _write_off(kit, tmp_path)
    section = ReportsSection(kit)
    qtbot.addWidget(section)
    section.show()
    section.shown()
    day = QDate(T0.year, T0.month, T0.day)
    section.first_day.setDate(day)
    section.last_day.setDate(day)
    assert section.period_choice.isChecked()
    qtbot.mouseClick(section.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: section.panel.document is not None and not section.panel.busy, timeout=20000
    )
    chosen = tmp_path / "write-offs"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(chosen), ""))
    with qtbot.waitSignal(section.panel.exported, timeout=60000) as saved:
        qtbot.mouseClick(section.panel.export_buttons["pdf"], Qt.MouseButton.LeftButton)
    out = Path(saved.args[0])
    folder = tmp_path / "pages"
    folder.mkdir()
    assert _cut_rows(out, folder) == []


def test_the_period_pdf_on_the_command_line_keeps_its_chart_rows_whole(
    kit: Kit, clock: Clock, cli: CliRunner, tmp_path: Path
) -> None:
    clock.at(T0)
    _write_off(kit, tmp_path)
    kit.store.close()
    out = tmp_path / "period.pdf"
    day = T0.date().isoformat()
    made = cli.subprocess(
        "report", "period", "--from", day, "--to", day, "--format", "pdf", "--out", str(out)
    )
    assert made.code == 0, made.err
    folder = tmp_path / "pages"
    folder.mkdir()
    assert _cut_rows(out, folder) == []
