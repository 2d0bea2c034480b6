"""Every report that leaves the machine carries the audit chain's head (issue 13, point 8):
incident and period reports as PDF, HTML and CSV, the write-off report as PDF, HTML, CSV and
XLSX. The head printed is the one 'audit head' gave just before, so 'audit verify --anchor'
can later prove nothing up to it was rewritten."""

from __future__ import annotations

import subprocess
from pathlib import Path

import openpyxl
import pytest

from tests.support.cli import CliRunner


def head(cli: CliRunner) -> tuple[int, str]:
    data = cli("--json", "audit", "head").json()
    return int(data["entry_id"]), str(data["hash"])


def text_of(path: Path) -> str:
    if path.suffix == ".pdf":
        done = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True)
        return done.stdout.decode("utf-8")
    if path.suffix == ".xlsx":
        book = openpyxl.load_workbook(path, read_only=True)
        cells = [str(c) for sheet in book for row in sheet.iter_rows(values_only=True) for c in row]
        return "\n".join(cells)
    return path.read_text(encoding="utf-8-sig")


@pytest.fixture
def demo(cli: CliRunner) -> CliRunner:
    assert cli("init", "--operator", "Night Duty", "--demo").code == 0
    made = cli(
        "--json", "incident", "new", "--kind", "disaster", "--title", "SMS gateway down",
        "--services", "sms",
    )  # fmt: skip
    assert made.code == 0, made.err
    return cli


REPORTS = {
    "incident": lambda ref: ("report", "incident", ref),
    "period": lambda ref: ("report", "period", "--from", "2026-01-01", "--to", "2027-12-31"),
    "write-offs": lambda ref: ("backlog", "report", "write-offs"),
}


@pytest.mark.parametrize(
    ("report", "fmt"),
    [
        *[(r, f) for r in ("incident", "period") for f in ("pdf", "html", "csv")],
        *[("write-offs", f) for f in ("pdf", "html", "csv", "xlsx")],
    ],
)
def test_every_report_carries_the_chain_head(
    demo: CliRunner, tmp_path: Path, report: str, fmt: str
) -> None:
    cli = demo
    [incident] = cli("--json", "incident", "list").json()
    entry, digest = head(cli)
    out = tmp_path / f"{report}.{fmt}"
    result = cli(*REPORTS[report](incident["reference"]), "--format", fmt, "--out", str(out))
    assert result.code == 0, result.err
    text = text_of(out)
    flat = "".join(text.split())  # a PDF may wrap the 64 hex digits
    assert "Audit chain head" in text and f"entry {entry}" in text, text[-400:]
    assert digest in flat
    assert cli("audit", "verify", "--anchor", digest).code == 0
