"""The command line's decisions: an undo names the action it put back (and can be held to
the one meant), closed records are left out unless asked for."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tests.backlog.conftest import HEADER, closed_rows, sample_rows
from tests.support.cli import CliRunner

Writer = Callable[..., Path]


def _init(cli: CliRunner, write_csv: Writer, rows: list[str] | None = None) -> None:
    assert cli("init", "--operator", "Night Duty").code == 0
    assert cli("backlog", "import", str(write_csv([HEADER, *(rows or sample_rows(40))]))).code == 0


def test_undo_names_the_action_and_can_be_held_to_one(cli: CliRunner, write_csv: Writer) -> None:
    _init(cli, write_csv)
    first = cli("--json", "backlog", "set-status", "--reason", "No Tariff Found", "--to", "pending")
    second = cli(
        "--json", "backlog", "set-status", "--carrier", "Carrier North", "--to", "cleansed"
    )
    # held to the first action while the second is the last: nothing undone, both named
    held = cli("backlog", "undo", "--action", str(first.json()["action_id"]))
    assert held.code == 2
    assert f"no longer action {first.json()['action_id']} but" in held.err
    assert f"action {second.json()['action_id']}: 13 records → Cleansed" in held.err
    assert cli("--json", "backlog", "query", "--status", "cleansed").json()["total"] == 13

    undone = cli("backlog", "undo", "--action", str(second.json()["action_id"]))
    assert undone.code == 0, undone.err
    assert f"Undone action {second.json()['action_id']}: 13 records → Cleansed" in undone.out
    assert "from the command line, by Night Duty" in undone.out
    assert "13 records put back." in undone.out
    audit = cli("--json", "audit", "list", "--action", "backlog.action_undone").json()
    assert audit[0]["details"]["undone"] == second.json()["action_id"]
    assert audit[0]["details"]["undone_origin"] == "cli"
    assert cli("backlog", "undo").code == 2  # an undo is not undone in turn


def test_a_bulk_decision_leaves_out_what_billing_closed_unless_asked(
    cli: CliRunner, write_csv: Writer, tmp_path: Path
) -> None:
    _init(cli, write_csv, closed_rows())
    bulk = cli("backlog", "set-status", "--carrier", "carrier north", "--to", "cleansed")
    assert bulk.code == 0, bulk.err
    assert "8 records set to Cleansed" in bulk.out
    assert "Left out 5 records billing has already closed (3 Completed, 2 Withdrawn)" in bulk.out
    assert "--include-closed" in bulk.out
    assert cli("--json", "backlog", "query", "--status", "completed").json()["total"] == 3
    out = tmp_path / "decisions.csv"
    assert cli("backlog", "export-decisions", "--out", str(out)).code == 0
    text = out.read_text(encoding="utf-8-sig")
    assert "Completed" not in text and "Withdrawn" not in text
    audit = cli("--json", "audit", "list", "--action", "backlog.status_changed").json()
    assert audit[0]["details"]["left_out"] == {"completed": 3, "withdrawn": 2}

    ids = tmp_path / "ids.txt"
    ids.write_text("Q000003\nQ000004\n", encoding="utf-8")
    by_file = cli("--json", "backlog", "set-status", "--ids", str(ids), "--to", "pending")
    assert by_file.json()["changed"] == 1 and by_file.json()["left_out"] == {"completed": 1}
    asked = cli(
        "--json", "backlog", "set-status", "--ids", str(ids), "--to", "pending", "--include-closed"
    )
    assert asked.json()["changed"] == 1 and asked.json()["left_out"] == {}
    assert cli("--json", "backlog", "query", "--status", "completed").json()["total"] == 2


def test_every_text_filter_ignores_the_case_reasons_not_in_the_guide_too(
    cli: CliRunner, write_csv: Writer
) -> None:
    rows = sample_rows(40)
    for n in (2, 4, 6):  # a reason billing uses that the guide does not list
        fields = rows[n - 1].split(",")
        fields[8] = "Roaming Partner Unknown"
        rows[n - 1] = ",".join(fields)
    _init(cli, write_csv, rows)

    def total(*args: str) -> int:
        result = cli("--json", "backlog", "query", *args)
        assert result.code == 0, result.err
        return int(result.json()["total"])

    assert total("--reason", "Roaming Partner Unknown") == 3
    assert total("--reason", "roaming partner unknown") == 3
    assert total("--reason", "ROAMING PARTNER UNKNOWN", "--status", "quarantine") == 3
    assert total("--reason", "roaming partner") == 0  # a reason is matched whole
    assert total("--reason", "no tariff found") == total("--reason", "No Tariff Found") > 0
    assert total("--kind", "BMS-Telephony") == 40
    done = cli(
        "--json", "backlog", "set-status", "--reason", "roaming partner unknown", "--to", "pending"
    )
    assert done.json()["changed"] == 3


def test_date_filters_read_the_days_as_the_kit_shows_them(
    cli: CliRunner, write_csv: Writer
) -> None:
    _init(cli, write_csv)

    def ids(*args: str) -> list[str]:
        result = cli("--json", "backlog", "query", "--sort", "quarantine_id", "--ascending", *args)
        assert result.code == 0, result.err
        return [r["quarantine_id"] for r in result.json()["records"]]

    may = ids("--from", "2026-05-01", "--to", "2026-05-31")
    assert may and ids("--from", "1.5.2026", "--to", "31.05.2026") == may
    assert ids("--from", "1.05.2026 10:00", "--to", "31.5.2026 23:59") == may
    assert ids("--updated-from", "1.11.2026", "--updated-to", "1.11.2026") == ids()
    assert ids("--updated-from", "2.11.2026") == []
    refused = cli("backlog", "query", "--from", "1/5/2026")
    assert (
        refused.code == 2 and "slashes" in refused.err and "1.12.2026 or 2026-12-01" in refused.err
    )
    refused = cli("backlog", "query", "--to", "31.2.2026")
    assert refused.code == 2 and "Call date '31.2.2026'" in refused.err
    assert "28.11.2026, 28.11. (the nearest), 2026-11-28" in refused.err
