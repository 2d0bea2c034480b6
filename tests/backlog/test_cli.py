"""The backlog and balances commands of DESIGN.md §4, run like a person or a script would."""

from __future__ import annotations

import csv
import io
import subprocess
from collections.abc import Callable
from pathlib import Path

from openpyxl import load_workbook

from tests.backlog.conftest import HEADER, sample_rows
from tests.support.cli import CliRunner
from tests.support.private import assert_owner_only

Writer = Callable[..., Path]


def _init(cli: CliRunner) -> None:
    assert cli("init", "--operator", "Night Duty").code == 0


def test_import_query_set_status_undo(cli: CliRunner, write_csv: Writer, tmp_path: Path) -> None:
    _init(cli)
    bad = "Q999999,1,x.csv,Carrier North,CDR,1,TK1,Quarantine,No Tariff Found,soon,,,1,EUR,1"
    result = cli("--json", "backlog", "import", str(write_csv([HEADER, *sample_rows(40), bad])))
    assert result.code == 1  # some rows were rejected; the good ones went in
    assert result.json()["inserted"] == 40
    assert result.json()["problems"] == [
        {"line": 42, "column": "Call Date", "reason": result.json()["problems"][0]["reason"]}
    ]
    assert "line 42, Call Date" in result.err

    found = cli("--json", "backlog", "query", "--reason", "No Tariff Found", "--limit", "3")
    assert found.json()["total"] == 10 and len(found.json()["records"]) == 3
    dates = cli("--json", "backlog", "query", "--from", "2026-05-01", "--to", "2026-05-31")
    assert {r["call_date"][:7] for r in dates.json()["records"]} == {"2026-05"}

    refused = cli("backlog", "set-status", "--to", "write-off", "--note", "x")
    assert refused.code == 2 and "every record" in refused.err
    no_note = cli("backlog", "set-status", "--carrier", "Carrier North", "--to", "write-off")
    assert no_note.code == 2 and "needs a note" in no_note.err

    ids = tmp_path / "ids.txt"
    ids.write_text("Quarantine ID\nQ000001\nQ000002\n", encoding="utf-8")
    by_file = cli("--json", "backlog", "set-status", "--ids", str(ids), "--to", "cleansed")
    assert by_file.json()["changed"] == 2
    bulk = cli(
        "backlog", "set-status", "--carrier", "Carrier North", "--to", "write-off", "--note", "c"
    )
    assert bulk.code == 0 and "set to Write off" in bulk.out
    assert cli("--json", "backlog", "query", "--status", "write-off").json()["total"] == 13
    assert cli("backlog", "undo").code == 0
    assert cli("--json", "backlog", "query", "--status", "write-off").json()["total"] == 0
    audit = cli("--json", "audit", "list", "--action", "backlog.").json()
    assert [e["action"] for e in audit][:3] == [
        "backlog.action_undone",
        "backlog.status_changed",
        "backlog.status_changed",
    ]


def test_export_decisions_only_since_last_export(
    cli: CliRunner, write_csv: Writer, tmp_path: Path
) -> None:
    _init(cli)
    cli("backlog", "import", str(write_csv([HEADER, *sample_rows(12)])))
    cli("backlog", "set-status", "--reason", "No Tariff Found", "--to", "pending")
    first = tmp_path / "decisions-1.csv"
    assert cli("backlog", "export-decisions", "--out", str(first)).code == 0
    rows = list(csv.DictReader(io.StringIO(first.read_text(encoding="utf-8-sig"))))
    assert [r["Quarantine ID"] for r in rows] == ["Q000001", "Q000005", "Q000009"]
    assert {r["Update To"] for r in rows} == {"Action pending"}
    assert {r["Previous Status"] for r in rows} == {"Quarantined"}
    assert_owner_only(first)

    cli("backlog", "set-status", "--quarantine-id", "Q000002", "--to", "cleansed")
    second = tmp_path / "decisions-2.csv"
    result = cli("--json", "backlog", "export-decisions", "--out", str(second))
    assert result.json()["records"] == 1
    assert "Q000002" in second.read_text(encoding="utf-8-sig")


def test_write_off_report_in_three_formats(
    cli: CliRunner, write_csv: Writer, tmp_path: Path
) -> None:
    _init(cli)
    lines = [
        "Quarantine ID,Carrier Name,Quarantine Reason,Call Date,Amount,Currency,Status",
        "W1,Operadora São João,Obsolete Usage Fault,2026-09-03,10.00,EUR,Write off",
        "W2,Оператор Связь,Obsolete Usage Fault,2026-10-04,2.50,EUR,Write off",
        "W3,Operator Łódź,Duplicate Usage Fault,2026-10-05,1.25,EUR,Write off",
        "W4,Operator Łódź,Duplicate Usage Fault,2026-10-05,99.00,EUR,Quarantine",
    ]
    cli("backlog", "import", "--kind", "bms-data", str(write_csv(lines, name="x.csv")))
    out_csv = tmp_path / "w.csv"
    assert (
        cli("backlog", "report", "write-offs", "--format", "csv", "--out", str(out_csv)).code == 0
    )
    text = out_csv.read_text(encoding="utf-8-sig")
    assert "Obsolete Usage Fault,2,12.50,EUR" in text
    assert "Duplicate Usage Fault,1,1.25,EUR" in text
    assert "2026-10,2,3.75,EUR" in text
    assert "Total,3,13.75,EUR" in text
    assert "W4" not in text

    out_xlsx = tmp_path / "w.xlsx"
    assert (
        cli("backlog", "report", "write-offs", "--format", "xlsx", "--out", str(out_xlsx)).code == 0
    )
    book = load_workbook(out_xlsx, read_only=True)
    records = [row for row in book["Written-off records"].iter_rows(values_only=True)]
    assert [r[0] for r in records[1:]] == ["W1", "W2", "W3"]

    out_pdf = tmp_path / "w.pdf"
    result = cli.subprocess(
        "backlog", "report", "write-offs", "--format", "pdf", "--out", str(out_pdf)
    )
    assert result.code == 0, result.err
    pdf_text = subprocess.run(
        ["pdftotext", "-layout", str(out_pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    for expected in ("Write-off report", "Operadora São João", "Оператор Связь", "Łódź", "13.75"):
        assert expected in pdf_text


def test_negative_balances_on_the_ncc_note_examples(cli: CliRunner, tmp_path: Path) -> None:
    """Note 1308880.1: a 10 EUR charge drives bucket 1 (8 EUR) to -2 and moves its expiry to
    bucket 2's; a second charge takes it to -12 and the balance type's total below zero."""
    _init(cli)
    header = "MSISDN,Balance Type,Bucket,Value,Expiry,Currency"
    snapshots = [
        [
            "+46700000000,General Cash,1,8.00,2026-08-30,EUR",
            "+46700000000,General Cash,2,10.00,2026-09-30,EUR",
        ],
        [
            "+46700000000,General Cash,1,-2.00,2026-09-30,EUR",
            "+46700000000,General Cash,2,10.00,2026-09-30,EUR",
        ],
        [
            "+46700000000,General Cash,1,-12.00,2026-09-30,EUR",
            "+46700000000,General Cash,2,10.00,2026-09-30,EUR",
        ],
    ]
    findings = []
    for n, rows in enumerate(snapshots):
        path = tmp_path / f"snapshot-{n}.csv"
        path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
        assert cli("balances", "import", str(path)).code == 0
        findings.append(cli("--json", "balances", "negative").json())
    assert findings[0]["totals"] == [] and findings[0]["buckets"] == []
    # Example 1.1: the bucket went negative and its expiry moved; the total (8) is not negative
    assert findings[1]["totals"] == []
    assert [(b["bucket"], b["finding"]) for b in findings[1]["buckets"]] == [
        ("1", "went negative"),
        ("1", "expiry moved"),
    ]
    assert findings[1]["buckets"][1]["expiry_before"] == "2026-08-30"
    # Example 1.2: charged again while negative; the General Cash total is now -2 EUR
    assert findings[2]["totals"] == [
        {
            "account": "+46700000000",
            "balance_type": "General Cash",
            "total_minor": -200,
            "currency": "EUR",
        }
    ]
    assert [b["finding"] for b in findings[2]["buckets"]] == ["charged while negative"]
    out = tmp_path / "negative.csv"
    assert cli("balances", "negative", "--out", str(out)).code == 0
    exported = out.read_text(encoding="utf-8-sig")
    assert "+46700000000,General Cash,,negative total,,-2.00" in exported


def test_export_decisions_carries_only_real_changes(
    cli: CliRunner, write_csv: Writer, tmp_path: Path
) -> None:
    """A decision and its undo cancel out; two decisions that come back to the status billing
    has are no change either; a record undone after a hand-back goes back again."""
    _init(cli)
    cli("backlog", "import", str(write_csv([HEADER, *sample_rows(12)])))
    cli("backlog", "set-status", "--quarantine-id", "Q000001", "--to", "cleansed")
    cli("backlog", "set-status", "--quarantine-id", "Q000002", "--to", "write-off", "--note", "x")
    assert cli("backlog", "undo").code == 0  # Q000002 back to Quarantined
    cli("backlog", "set-status", "--quarantine-id", "Q000003", "--to", "pending")
    cli("backlog", "set-status", "--quarantine-id", "Q000003", "--to", "quarantined")

    def export(name: str) -> list[dict[str, str]]:
        out = tmp_path / name
        assert cli("backlog", "export-decisions", "--out", str(out)).code == 0
        return list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))

    first = export("first.csv")
    assert [(r["Quarantine ID"], r["Update To"], r["Previous Status"]) for r in first] == [
        ("Q000001", "Cleansed", "Quarantined")
    ]
    assert cli("backlog", "undo").code == 0  # Q000003 … pending again (undo of "quarantined")
    cli("backlog", "set-status", "--quarantine-id", "Q000001", "--to", "write-off", "--note", "y")
    assert cli("backlog", "undo").code == 0  # Q000001 Cleansed again: billing has that already
    second = export("second.csv")
    assert [(r["Quarantine ID"], r["Update To"], r["Previous Status"]) for r in second] == [
        ("Q000003", "Action pending", "Quarantined")
    ]
    assert second[0]["Note"] == ""  # the note of the decision that stands, not "undo of …"


def test_set_status_by_file_names_the_ids_not_found(
    cli: CliRunner, write_csv: Writer, tmp_path: Path
) -> None:
    _init(cli)
    cli("backlog", "import", str(write_csv([HEADER, *sample_rows(5)])))
    ids = tmp_path / "ids.csv"
    ids.write_text("Quarantine ID\nQ000001\nQ999998\nQ000002\nQ999999\nQ000001\n", "utf-8")
    result = cli("backlog", "set-status", "--ids", str(ids), "--to", "cleansed")
    assert result.code == 1  # done for the IDs found; the others are named
    assert "4 Quarantine IDs in ids.csv" in result.out
    assert "2 records set to Cleansed" in result.out
    assert "2 Quarantine IDs not found, nothing done for them: Q999998, Q999999" in result.out
    as_json = cli("--json", "backlog", "set-status", "--ids", str(ids), "--to", "pending").json()
    assert as_json["missing"] == ["Q999998", "Q999999"] and as_json["changed"] == 2
