"""The command line's decisions: an undo names the action it put back (and can be held to
the one meant), closed records are left out unless asked for."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tests.backlog.conftest import HEADER, sample_rows
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
