"""`report … --out` and `backlog report write-offs --out` into a folder that does not exist
yet: the kit creates it (a manager expects the report there) and says it did."""

from __future__ import annotations

import json
from pathlib import Path

from tests.support.cli import CliRunner

PERIOD = ("report", "period", "--from", "2026-11-01", "--to", "2026-11-30", "--format", "csv")


def test_a_missing_folder_is_created_and_said(cli: CliRunner, tmp_path: Path) -> None:
    assert cli("init", "--operator", "Night Duty").code == 0
    out = tmp_path / "reports" / "2026-11" / "period.csv"
    made = cli(*PERIOD, "--out", str(out))
    assert made.code == 0, made.err
    assert out.is_file()
    folder = out.parent
    assert f"The folder {folder} did not exist: it was created." in made.out, made.out

    again = cli("--json", *PERIOD, "--out", str(folder / "again.csv"))
    assert json.loads(again.out)["created_folder"] is None  # there now: nothing said
    assert cli(*PERIOD, "--out", str(folder / "third.csv")).out.count("did not exist") == 0

    write_offs = tmp_path / "write-offs" / "w.csv"
    written = cli("backlog", "report", "write-offs", "--format", "csv", "--out", str(write_offs))
    assert written.code == 0, written.err
    assert f"The folder {write_offs.parent} did not exist: it was created." in written.out
