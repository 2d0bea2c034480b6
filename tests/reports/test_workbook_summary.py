"""The period and incident workbooks carry the figures of the PDF's summary on their Summary
sheet as cells a spreadsheet can count with (numbers, dates, amounts with their currency
in a column of their own); a period without incidents says so in its CSV."""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from tests.reports.conftest import Night, pdf_text
from tests.support.cli import CliRunner
from tests.support.workbook import plain_header


def _summary(path: Path) -> tuple[dict[str, Any], list[list[Any]]]:
    """The Summary sheet: its facts by name (first cell text, second cell a value) and
    every row's values."""
    sheet = load_workbook(path)["Summary"]
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    facts = {r[0]: r[1] for r in rows if len(r) > 1 and isinstance(r[0], str) and r[1] is not None}
    return facts, rows


def _row_after(rows: list[list[Any]], title: str, header: list[str]) -> list[list[Any]]:
    """The rows of the Summary's table `title` (below its header, up to the next empty row)."""
    start = next(i for i, r in enumerate(rows) if r[:2] == [title, None])
    assert [plain_header(c) for c in rows[start + 1] if c is not None] == header
    found = []
    for row in rows[start + 2 :]:
        if all(c is None for c in row):
            break
        found.append(row[: len(header)])
    return found


def test_the_period_workbook_summary_has_typed_figures_and_write_offs(
    night: Night, cli: CliRunner, tmp_path: Path
) -> None:
    conn = night.kit.store.conn
    count, amount, currency = conn.execute(
        "SELECT count(*), sum(amount_minor), currency FROM backlog_records "
        "WHERE status = 'write-off'"
    ).fetchone()
    out = tmp_path / "march.xlsx"
    result = cli.subprocess(
        "report", "period", "--from", "2026-03-01", "--to", "2026-03-31", "--format", "xlsx",
        "--out", str(out),
    )  # fmt: skip
    assert result.code == 0, result.err
    facts, rows = _summary(out)
    assert facts["First day"] == datetime(2026, 3, 1)  # a date cell, not "2026-03-01"
    assert facts["Last day"] == datetime(2026, 3, 31)
    assert isinstance(facts["Report made"], datetime)
    assert facts["Incidents"] == 1 and facts["Unplanned outages"] == 1
    assert facts["Late first notices"] == 1
    assert (facts["Update times promised"], facts["Promises kept"], facts["Promises missed"]) == (
        2,
        1,
        1,
    )
    assert facts["Notices"] == 3 and isinstance(facts["Messages"], int)
    assert isinstance(facts["Longest outage (minutes)"], int)
    assert any(
        r[0] == "2 update times promised: 1 KEPT, 1 MISSED." for r in rows
    )  # the summary in words
    incidents = _row_after(
        rows,
        "Each incident",
        [
            "Incident", "Title", "Began", "Lasted (minutes)", "To first notice (minutes)",
            "First notice", "Promises kept", "Update times promised", "Closed",
            "Messages delivered", "Messages",
        ],
    )  # fmt: skip
    began = datetime(2026, 3, 10, 1)
    assert incidents[0][:7] == [night.reference, "SMS gateways down", began, 105, 26, "LATE", 1]
    write_offs = _row_after(
        rows, "Write-offs by reason", ["Reason", "Records", "Amount", "Currency"]
    )
    assert write_offs[0] == ["Duplicate Usage Fault", count, amount / 100, currency]
    assert write_offs[-1] == ["Total", count, amount / 100, currency]


def test_the_incident_workbook_summary_has_its_facts_verdicts_and_decisions(
    night: Night, cli: CliRunner, tmp_path: Path
) -> None:
    out = tmp_path / "night.xlsx"
    result = cli.subprocess(
        "report", "incident", night.reference, "--format", "xlsx", "--out", str(out)
    )
    assert result.code == 0, result.err
    facts, rows = _summary(out)
    assert facts["Reference"] == night.reference
    assert facts["Detected"] == datetime(2026, 3, 10, 1)
    assert facts["Ended"] == datetime(2026, 3, 10, 2, 45)  # the end partners were told
    assert facts["Resolution notice out"] == datetime(2026, 3, 10, 2, 50)
    assert facts["Duration (minutes)"] == 105
    assert facts["Notices"] == 3 and facts["Promises missed"] == 1
    assert facts["Backlog decisions taken"] == 1 and facts["Backlog decisions undone"] == 0
    changed = facts["Backlog records changed in the end"]
    assert isinstance(changed, int) and changed > 0
    checks = _row_after(rows, "Procedure", ["Rule", "What happened", "Verdict"])
    assert [r[2] for r in checks] == ["LATE", "MISSED", "KEPT", "PRESENT"]
    decisions = _row_after(
        rows,
        "Backlog decisions during the incident",
        ["Time", "By", "Decision", "Note", "Records"],
    )
    assert decisions[0][0] == datetime(2026, 3, 10, 1, 40)
    assert decisions[0][2:] == ["Write off", "Duplicates from the outage", changed]


def test_a_period_without_incidents_says_so_in_every_format(
    night: Night, cli: CliRunner, tmp_path: Path
) -> None:
    out = tmp_path / "quiet.csv"
    result = cli.subprocess(
        "report", "period", "--from", "2026-04-01", "--to", "2026-04-30", "--format", "csv",
        "--out", str(out),
    )  # fmt: skip
    assert result.code == 0, result.err
    lines = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert lines[0][0] == "Incident" and lines[0][-1] == "Audit chain head"
    assert lines[1] == []  # no notice row, not a row of empty cells
    assert lines[2] == ["No incident began between 2026-04-01 and 2026-04-30."]
    assert lines[3][0] == "Audit chain head" and lines[3][1].startswith("entry ")
    book = tmp_path / "quiet.xlsx"
    result = cli.subprocess(
        "report", "period", "--from", "2026-04-01", "--to", "2026-04-30", "--format", "xlsx",
        "--out", str(book),
    )  # fmt: skip
    assert result.code == 0, result.err
    facts, rows = _summary(book)
    assert facts["Incidents"] == 0
    assert ["No incident began in the period."] in [r[:1] for r in rows]
    assert ["Nothing was written off in the period."] in [r[:1] for r in rows]


def test_a_polish_period_without_incidents_writes_its_days_the_polish_way(
    night: Night, cli: CliRunner, tmp_path: Path
) -> None:
    out = tmp_path / "kwiecien.pdf"
    result = cli.subprocess(
        "report", "period", "--from", "2026-04-01", "--to", "2026-04-30", "--format", "pdf",
        "--out", str(out), env={"OUTAGE_KIT_LANG": "pl"},
    )  # fmt: skip
    assert result.code == 0, result.err
    flat = " ".join(pdf_text(out).split())
    assert "Między 1.04.2026 a 30.04.2026 nie rozpoczął się żaden incydent." in flat, flat
    assert "2026-04-01" not in flat
