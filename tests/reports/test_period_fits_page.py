"""A manager's period report keeps every table on the page in every language: the Polish
headers are longer than the English ones, and a column cut at the page's edge ("Wysłane"
gone, "tak (10/1") lost the messages sent. The planned-work legend is in the report's
language too (it was written in English into the Polish report)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from app.kit import Kit
from tests.reports.conftest import T0, Night, pdf_text
from tests.support.cli import CliRunner

DAY = T0.date().isoformat()
RIGHT_EDGE = 595 - 32 * 72 / 25.4  # A4 in points, less the writer's 12 mm and the 2 cm frame


def _boxes(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout


def _words_right_edge(pdf: Path) -> tuple[float, str]:
    found = re.findall(r'xMax="([0-9.]+)"[^>]*>([^<]*)<', _boxes(pdf))
    return max((float(x), word) for x, word in found)


@pytest.mark.parametrize("language", ["pl", "en"])
def test_the_incident_table_fits_the_page(
    night: Night, kit: Kit, cli: CliRunner, tmp_path: Path, language: str
) -> None:
    kit.store.close()
    pdf = tmp_path / "period.pdf"
    made = cli.subprocess(
        "report", "period", "--from", DAY, "--to", DAY, "--format", "pdf", "--out", str(pdf),
        env={"OUTAGE_KIT_LANG": language},
    )  # fmt: skip
    assert made.code == 0, made.err
    right, word = _words_right_edge(pdf)
    assert right <= RIGHT_EDGE + 1, f"{word!r} ends at {right:.0f} pt, past {RIGHT_EDGE:.0f} pt"
    flat = " ".join(pdf_text(pdf).split())
    # the last column, messages sent, is there (the SMS of partners who had the e-mail were
    # held at closing: no modem)
    assert "21/30" in flat
    if language == "pl":
        assert "Wysłane" in flat and "Status: the window now" not in flat
    # the Trends table's week stays on one line ("2026-" over "W11" when Qt squeezed the
    # first column, the only one given a width of its own, in the Polish report)
    words = re.findall(r">([^<]+)</word>", _boxes(pdf))
    assert "2026-W11" in words and "2026-" not in words
