"""A report made in Polish writes its dates and amounts as Poland does in everything a person
reads — the PDF's prose, facts and tables (10.03.2026 01:00 UTC, 12,12 EUR) — while what
programs read stays as it was: the CSV's cells, the XLSX's typed date and number cells and
the --json answer are the same whichever language made the report (issue 15)."""

from __future__ import annotations

import csv
import re
import subprocess
from datetime import datetime
from pathlib import Path

from openpyxl import load_workbook

from app.kit import Kit
from tests.reports.conftest import T0, Night, pdf_text
from tests.support.cli import CliRunner
from tests.support.workbook import plain_header

DAY = T0.date().isoformat()
ISO_DAY = re.compile(r"\b20\d\d-\d\d-\d\d\b")


def _period(cli: CliRunner, fmt: str, out: Path, language: str, *json: str) -> str:
    made = cli.subprocess(
        *json, "report", "period", "--from", DAY, "--to", DAY, "--format", fmt, "--out", str(out),
        env={"OUTAGE_KIT_LANG": language},
    )  # fmt: skip
    assert made.code == 0, made.err
    return made.out


def _rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


def test_a_polish_report_writes_polish_dates_and_keeps_its_data(
    night: Night, kit: Kit, cli: CliRunner, tmp_path: Path
) -> None:
    kit.store.close()
    pdf = tmp_path / "okres.pdf"
    _period(cli, "pdf", pdf, "pl")
    text = pdf_text(pdf)
    flat = " ".join(text.split())
    assert "Incydenty 10.03.2026 – 10.03.2026" in flat, flat[:300]
    assert "10.03.2026 01:00" in flat  # the incident's start in its table row
    assert "Awarię wykryto 10.03.2026 01:00 UTC" in flat
    assert re.search(r"Raport sporządzono \d{1,2}\.\d\d\.20\d\d \d\d:\d\d", flat)
    assert "Odpisano w tym okresie: 12,12 EUR (2 rekordy)" in flat
    assert ISO_DAY.findall(text) == []  # no ISO day left in what a manager reads
    subprocess.run(["pdftoppm", "-png", "-r", "70", str(pdf), str(tmp_path / "okres")], check=True)
    assert list(tmp_path.glob("okres*.png"))

    english_pdf = tmp_path / "period.pdf"
    _period(cli, "pdf", english_pdf, "en")
    english = " ".join(pdf_text(english_pdf).split())
    assert "Incidents 2026-03-10 – 2026-03-10" in english
    assert "Detected at 2026-03-10 01:00 UTC" in english

    # what programs read does not change with the language
    polish_csv, english_csv = tmp_path / "okres.csv", tmp_path / "period.csv"
    _period(cli, "csv", polish_csv, "pl")
    _period(cli, "csv", english_csv, "en")
    polish_rows, english_rows = _rows(polish_csv), _rows(english_csv)
    header = polish_rows[0]
    assert header == english_rows[0] and header[-1] == "Audit chain head"
    # (the anchor's value: the chain's head of each run, written the same way)
    assert all(r[-1].startswith("entry ") for r in polish_rows[1:] if r[-1])
    for column in ("Detected", "Queued", "First out", "Promised next update", "Next notice out"):
        at = header.index(column)
        assert [r[at] for r in polish_rows[1:4]] == [r[at] for r in english_rows[1:4]]
    assert polish_rows[1][header.index("First out")] == "2026-03-10 01:26 +0000"

    book_path = tmp_path / "okres.xlsx"
    answer = _period(cli, "xlsx", book_path, "pl", "--json")
    assert answer == _period(cli, "xlsx", book_path, "en", "--json")
    assert f'"about": "{DAY} – {DAY}"' in answer
    _period(cli, "xlsx", book_path, "pl")
    book = load_workbook(book_path)
    assert book.sheetnames == ["Podsumowanie", "Powiadomienia"]
    notices = book.worksheets[1]  # the notices (the first sheet: the summary)
    names = [
        plain_header(c.value) for c in notices[1]
    ]  # headers in the report's language, like the PDF
    assert "First out" not in names and "Etap" in names
    first_out = notices.cell(row=2, column=names.index("Pierwsza wysyłka") + 1)
    assert isinstance(first_out.value, datetime) and "yy" in first_out.number_format
    assert first_out.value == datetime(2026, 3, 10, 1, 26)
    messages = notices.cell(row=2, column=names.index("Wiadomości") + 1)
    assert isinstance(messages.value, int) and messages.data_type == "n"
    rule = notices.cell(row=2, column=names.index("Reguła pierwszego powiadomienia") + 1)
    assert rule.value == "PO TERMINIE"  # the verdict in the headers' language too
