"""A reader that stops early ends the command quietly, as the README says — standard error
included (a new-user walk: `backlog import big.csv 2>&1 | head -1` wrote "WARNING
outage_kit: io_error in backlog: [Errno 32] Broken pipe" to the store's log). The import
itself finished, and the log says so at info level; no warning, no error."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from pathlib import Path

from app.paths import KitPaths
from tests.backlog.conftest import HEADER, sample_rows
from tests.support.cli import REPO, CliRunner


def _export_with_long_rejections(path: Path) -> None:
    """300 rows, 120 of them rejected with a long value: the rejection lines overflow a
    pipe's buffer, so the command is still writing them when the reader goes away."""
    rows = sample_rows(300)
    for n in range(120):
        parts = rows[n].split(",")
        parts[12] = "x" * 3000  # not an amount
        rows[n] = ",".join(parts)
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")


def test_a_reader_that_stops_early_ends_the_import_quietly(
    cli: CliRunner, paths: KitPaths, tmp_path: Path
) -> None:
    assert cli("init", "--operator", "Night Duty").code == 0
    export = tmp_path / "big.csv"
    _export_with_long_rejections(export)
    kit = [sys.executable, "-m", "app", *cli.global_args(), "backlog", "import", str(export)]
    kit += ["--kind", "bms-telephony"]
    line = f'{shlex.join(kit)} 2>&1 | head -1; echo "kit exit ${{PIPESTATUS[0]}}"'
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run(
        ["bash", "-c", line], capture_output=True, text=True, env=env, timeout=120, check=False
    )
    first, *rest = done.stdout.splitlines()
    assert first == "big.csv: 300 rows read, 180 new, 0 updated, 120 rejected.", done.stdout
    assert rest == ["kit exit 0"], done.stdout
    assert done.stderr == ""

    logged = paths.log_file.read_text(encoding="utf-8")
    assert " WARNING " not in logged and " ERROR " not in logged, logged
    assert "backlog import: big.csv: 300 rows read, 180 new" in logged  # it finished
    assert "the reader of its output stopped early" in logged
    assert cli("--json", "backlog", "query").json()["total"] == 180
