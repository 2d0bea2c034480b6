"""The outage ended at the end partners were told, in the PDF and the workbook alike (a
tester's finding: the workbook's "Ended" held 08:35:47, when the resolution went out, its
"End told to partners" 08:30, and both said "Duration 21 min" — to the notice, not to the
08:30 end). The night's resolution, out at 02:50, told partners it was fixed at 02:45: the
outage lasted 1 h 45 min, and when the notice went out is a row of its own."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from openpyxl import load_workbook

from tests.reports.conftest import Night
from tests.support.cli import CliRunner
from tests.support.pdf_words import Word, pdf_words


def _lines(words: list[Word]) -> list[str]:
    """The page's text line by line (words at the same height, left to right)."""
    rows: dict[int, list[Word]] = {}
    for word in words:
        rows.setdefault(round(word.top), []).append(word)
    return [
        " ".join(w.text for w in sorted(r, key=lambda w: w.left)) for _, r in sorted(rows.items())
    ]


def test_the_pdf_and_the_workbook_end_the_outage_at_the_end_told(
    night: Night, cli: CliRunner, tmp_path: Path
) -> None:
    book, pdf = tmp_path / "night.xlsx", tmp_path / "night.pdf"
    for out in (book, pdf):
        made = cli(
            "report", "incident", night.reference, "--format", out.suffix[1:], "--out", str(out)
        )
        assert made.code == 0, made.err

    sheet = load_workbook(book)["Summary"]
    facts = {r[0].value: r[1].value for r in sheet.iter_rows() if r[0].value and len(r) > 1}
    assert facts["Ended"] == datetime(2026, 3, 10, 2, 45)  # a date cell: the end told
    assert facts["Resolution notice out"] == datetime(2026, 3, 10, 2, 50)
    assert facts["Duration (minutes)"] == 105
    assert "End told to partners" not in facts  # "Ended" is that end now

    lines = _lines(pdf_words(pdf)[0])
    assert "Ended 2026-03-10 02:45 UTC, as partners were told" in lines, lines
    assert "Resolution notice out 2026-03-10 02:50 UTC" in lines, lines
    assert "Duration 1 h 45 min" in lines, lines
    text = " ".join(lines)
    assert "over at 02:45 as partners were told, after 1 h 45 min; the notice saying so" in text
