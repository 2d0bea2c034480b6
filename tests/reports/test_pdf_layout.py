"""The PDFs as a manager reads them: columns apart, dates whole, bars as long as their values
(read back with poppler's pdftotext and pdftoppm, as a person copying or looking would)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from datetime import timedelta
from pathlib import Path

import pytest

from app.backlog.actions import BacklogActions
from app.backlog.model import Criteria
from tests.reports.conftest import T0, Night, iso, pdf_text
from tests.support.cli import CliRunner

#: a date or a month, cut nowhere: what any "2026-…" in the text must be
WHOLE_DATE = re.compile(r"\d{4}-\d{2}-\d{2}|\d{4}-\d{2}")
#: "2026-" not followed by a week ("2026-W11"), and not inside a reference ("OK-2026-0001")
DATE_LIKE = re.compile(r"(?<![\w-])\d{4}-(?!W)[\d-]*")


@pytest.fixture
def pdfs(night: Night, cli: CliRunner, tmp_path: Path) -> dict[str, Path]:
    """The night, an outage still open a day on, planned work whose completion notice was
    queued before its window; write-offs of two reasons (12.12 and 6.06 EUR)."""
    service, clock = night.service, night.clock
    clock.at(T0 + timedelta(hours=1, minutes=50))
    BacklogActions(conn=night.kit.store.conn, audit=night.kit.audit).set_status(
        to="write-off", note="No tariff for the night", criteria=Criteria(reason="No Tariff Found")
    )
    later = T0 + timedelta(days=2)
    clock.at(later + timedelta(minutes=5))
    brazil = service.create("disaster", "Brazil gateway", ["brazil"], detected=later)
    fields = {"impact": "No MO in Brazil", "started": "01:00", "actions": "Escalated"}
    service.notify(brazil, "initial", {**fields, "next_update": iso(later + timedelta(hours=1))})
    start, end = T0 + timedelta(days=1, hours=2), T0 + timedelta(days=1, hours=4)
    clock.at(T0 + timedelta(hours=20))
    work = service.create("downtime", "Database upgrade", ["platform"], window=(start, end))
    service.notify(work, "initial", {"work": "Upgrade", "impact": "None", "next_update": iso(end)})
    clock.at(T0 + timedelta(days=1, hours=3, minutes=7))  # inside its window (02:00-04:00)
    service.notify(work, "completed", {"completed_at": "03:07 UTC", "summary": "Done early"})
    clock.at(T0 + timedelta(days=3))
    out = {}
    for name, args in {
        "period": ("report", "period", "--from", "2026-03-01", "--to", "2026-03-31"),
        "incident": ("report", "incident", night.reference),
        "open": ("report", "incident", brazil.reference),
    }.items():
        out[name] = tmp_path / f"{name}.pdf"
        result = cli(*args, "--format", "pdf", "--out", str(out[name]))
        assert result.code == 0, result.err
        keep = os.environ.get("KEEP_PDF_DIR")  # to look at the pages: pdftoppm -png
        if keep:
            shutil.copy(out[name], Path(keep) / out[name].name)
    return out


def _dates_whole(text: str) -> None:
    cut = [d for d in DATE_LIKE.findall(text) if not WHOLE_DATE.fullmatch(d)]
    assert cut == [], text


def test_period_table_columns_stay_apart_and_dates_whole(pdfs: dict[str, Path]) -> None:
    text = pdf_text(pdfs["period"])
    _dates_whole(text)
    assert not re.search(r"\d{2}:\d{2}\d", text)  # "19:024 min": a time run into a duration
    assert not re.search(r"OK-\d{4}-\d{4}\w", text)  # a reference run into its title
    incidents = text.split("Planned work against its plan")[0]  # the Incidents table
    rows = [line for line in incidents.splitlines() if re.match(r"OK-2026-000\d +\w", line)]
    assert len(rows) == 3
    assert all(re.search(r" 2026-03-1\d 0\d:00 ", line) for line in rows)  # date and time


def test_incident_pdfs_keep_timeline_labels_whole(pdfs: dict[str, Path]) -> None:
    for name in ("incident", "open"):
        text = pdf_text(pdfs[name])
        _dates_whole(text)
        assert not re.search(r"[a-z]2026-\d\d", text)  # facts: name run into its value
    # the open outage's scale spans two days: its labels carry the date, whole
    lines = pdf_text(pdfs["open"]).splitlines()
    assert [line for line in lines if re.fullmatch(r" *01:00 +13:00 +2026-03-13 01:00", line)]


def test_chart_bars_are_as_long_as_their_values(pdfs: dict[str, Path], tmp_path: Path) -> None:
    """Written off by reason: Duplicate Usage Fault 12.12 EUR, No Tariff Found 6.06 EUR: the
    second bar is half as long as the first, measured on the rendered page."""
    from PySide6.QtGui import QImage

    subprocess.run(
        ["pdftoppm", "-png", "-r", "100", str(pdfs["period"]), str(tmp_path / "page")], check=True
    )
    lengths: list[int] = []
    for png in sorted(tmp_path.glob("page-*.png")):
        image = QImage(str(png)).convertToFormat(QImage.Format.Format_RGB32)
        pixels = bytes(image.constBits())  # B, G, R, unused: 4 bytes a pixel
        line = image.bytesPerLine()
        previous = 0
        for y in range(image.height()):
            row = pixels[y * line : y * line + image.width() * 4]
            run = sum(1 for x in range(0, image.width(), 2) if _near_purple(row, x * 4))
            if run and not previous:
                lengths.append(run)  # the first row of a new bar
            previous = run
    assert len(lengths) == 2, lengths
    assert lengths[1] / lengths[0] == pytest.approx(0.5, abs=0.04)


def _near_purple(row: bytes, at: int) -> bool:
    """The pixel at byte `at` of an RGB32 row is the chart's purple (#6b5bd6), give or take
    what anti-aliasing changes. (Read as bytes: a QColor made for each of the page's half a
    million pixels took ~20 s of the suite.)"""
    blue, green, red = row[at], row[at + 1], row[at + 2]
    return abs(red - 0x6B) + abs(green - 0x5B) + abs(blue - 0xD6) < 40


def test_period_durations_and_closing_match_what_was_delivered(pdfs: dict[str, Path]) -> None:
    """The planned work's completion notice was queued (never sent) an hour into its window:
    a positive duration, and it is not "closed" for partners who have nothing yet."""
    text = pdf_text(pdfs["period"])
    flat = " ".join(text.split())
    assert not re.search(r"-\d+ h|-\d+ min", text)
    work = next(line for line in text.splitlines() if line.startswith("OK-2026-0003 "))
    # its notice (queued 04:07) told partners it was done at 03:07: the duration runs to that
    assert " 7 min " in work and " not sent " in work
    night = next(line for line in text.splitlines() if line.startswith("OK-2026-0001 "))
    assert " yes " in night and "1 h 45 min" in night  # to the 02:45 end partners were told
    assert "The first notice was LATE in 2 of 2 outages" in flat
    assert "not told before the work began for 1 of 1 planned works" in flat
    assert "notice not delivered to anyone yet: OK-2026-0003." in flat
    assert "Late first notices 2 of 2 outages" in flat
