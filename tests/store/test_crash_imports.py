"""SIGKILL at random moments of a large (staged) backlog import: all of it or nothing."""

from __future__ import annotations

import random
from pathlib import Path

from tests.backlog.conftest import HEADER, sample_rows
from tests.store.crash import (
    RUNS,
    assert_sound_and_restorable,
    killed_at_random,
    run_for,
)
from tests.support.cli import CliRunner


def test_killed_large_imports_leave_all_or_nothing(filled: CliRunner, tmp_path: Path) -> None:
    cli = filled
    rows = 70_000  # large enough for the staged import
    export = tmp_path / "telephony-large.csv"
    export.write_text("\n".join([HEADER, *sample_rows(rows, start=500_000)]) + "\n")
    rnd = random.Random(1303)
    span = run_for(cli, "backlog", "import", str(export))
    for _ in range(max(3, RUNS // 2)):
        killed_at_random(cli, rnd, span, "backlog", "import", str(export))
        assert_sound_and_restorable(cli)  # this start also finishes a cut-short merge
        entries = cli("--json", "audit", "list", "--action", "backlog.imported").json()
        assert entries[-1]["details"]["file"] == "telephony.csv"
        for entry in entries[:-1]:  # every large import that is recorded is complete
            details = entry["details"]
            assert details["inserted"] + details["updated"] == rows - details["rejected"]
        assert not list(cli.home.glob("*backlog-import*.staging"))
