"""Copies a later notice made unnecessary are said so in the reports (the walk of session
15): the night's update reached its SMS partners' e-mail, then the resolution reached them,
so the update's SMS copies were held as superseded — and the incident report listed them
"held" (which asks for a re-issue) in the PDF and counted them "Held" in the workbook.
Now both say they were no longer needed because a later notice reached the partner, in
English and in Polish; the workbook is read back, the PDF's words too."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.kit import Kit
from tests.reports.conftest import Night, pdf_text
from tests.support.cli import CliRunner
from tests.support.workbook import plain_header

WORDS = {
    "en": ("no longer needed (a later notice reached the partner)", "No longer needed", "Held"),
    "pl": ("już niepotrzebna (partner dostał późniejsze powiadomienie)", "Już niepotrzebne", None),
}


@pytest.mark.parametrize("language", ["en", "pl"])
def test_superseded_copies_are_no_longer_needed_in_pdf_and_workbook(
    night: Night, kit: Kit, cli: CliRunner, tmp_path: Path, language: str
) -> None:
    kit.store.close()
    said, column, held = WORDS[language]
    env = {"OUTAGE_KIT_LANG": language}
    made = {}
    for fmt in ("pdf", "xlsx"):
        out = tmp_path / f"report.{fmt}"
        done = cli.subprocess(
            "report", "incident", night.reference, "--format", fmt, "--out", str(out), env=env
        )
        assert done.code == 0, done.err
        made[fmt] = out

    flat = " ".join(pdf_text(made["pdf"]).split())
    assert said in flat, flat
    book = load_workbook(made["xlsx"])
    notices = next(book[n] for n in book.sheetnames if n.startswith(("Notices", "Powiadom")))
    header = [plain_header(c.value) for c in notices[1]]
    assert column in header, header
    rows = [[c.value for c in row] for row in notices.iter_rows(min_row=2)]
    needed = [row[header.index(column)] for row in rows]
    assert needed[1] == 3, needed  # the update's three SMS copies: its partners had the end
    if held is not None:
        assert [row[header.index(held)] for row in rows][1] == 0, rows[1]
