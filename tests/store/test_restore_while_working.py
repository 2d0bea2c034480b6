"""`restore` replaces the store file: a backlog import or an outbox send running in another
process would go on writing into the replaced file — a tester saw an import report
"150,000 new", exit 0, and keep nothing. Restore is refused while either runs, names which,
and changes nothing; the import finishes and keeps its rows."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from app.delivery.lock import SenderLock
from tests.backlog.conftest import HEADER, sample_rows
from tests.support.cli import REPO, CliRunner
from tests.support.lock_holder import held_elsewhere

ROWS = 40_000


def _import_process(cli: CliRunner, export: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "app", *cli.global_args(), "backlog", "import", str(export)],
        env={**os.environ, "PYTHONPATH": str(REPO)},
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def test_restore_waits_for_an_import_in_another_process(cli: CliRunner, tmp_path: Path) -> None:
    assert cli("init", "--operator", "Night Duty").code == 0
    backup = Path(cli("--json", "backup").json()["backup"])
    export = tmp_path / "telephony.csv"
    export.write_text("\n".join([HEADER, *sample_rows(ROWS)]) + "\n", encoding="utf-8")

    importing = _import_process(cli, export)
    deadline = time.monotonic() + 120
    while not (cli.home / "backlog-import.lock").exists():  # created to be locked
        assert importing.poll() is None, importing.communicate()
        assert time.monotonic() < deadline
        time.sleep(0.05)
    refused = cli("restore", str(backup))
    _out, err = importing.communicate(timeout=300)

    assert refused.code == 2, refused.err
    assert "A backlog import is running" in refused.err and "nothing was changed" in refused.err
    assert importing.returncode == 0, err
    total = cli("--json", "backlog", "query", "--limit", "1").json()["total"]
    assert total == ROWS  # the import's rows are in the store `restore` left alone
    assert cli("restore", str(backup)).code == 0  # once it is over, restore goes ahead
    assert cli("--json", "backlog", "query", "--limit", "1").json()["total"] == 0


def test_restore_waits_for_a_send_in_another_process(cli: CliRunner) -> None:
    assert cli("init", "--operator", "Night Duty").code == 0
    backup = Path(cli("--json", "backup").json()["backup"])
    sending = "from app.delivery.lock import SenderLock\nlock = SenderLock(home); lock.acquire()"
    with held_elsewhere(cli.home, sending):
        refused = cli("restore", str(backup))
        assert refused.code == 2 and "is sending messages" in refused.err
        assert "Internal error" not in refused.err
    assert cli("restore", str(backup)).code == 0
    SenderLock(cli.home).acquire()  # released by the restore: a send can start again
