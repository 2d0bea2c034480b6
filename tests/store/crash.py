"""SIGKILL at random moments (issue 13, crash proof): a kit with a backlog and a backup on a
stick, a command killed at a random moment of its usual span, and the checks after each kill —
the store checks sound, no leftover stays, and every backup in the rotation is restorable.
Each command's kills have a test file of their own (test_crash_*.py), so the suite's workers
share them."""

from __future__ import annotations

import hashlib
import os
import random
import subprocess
import sys
import time
from pathlib import Path

from app.audit import chain_problems
from app.store import db
from app.store.keys import KeyFile
from tests.backlog.conftest import HEADER, sample_rows
from tests.conftest import PASSPHRASE
from tests.support.cli import REPO, CliRunner

RUNS = int(os.environ.get("OUTAGE_KIT_CRASH_RUNS", "8"))


def filled_kit(cli: CliRunner, tmp_path: Path) -> CliRunner:
    """The demo kit with 20,000 backlog records and a backup on a stick (tmp_path)."""
    assert cli("init", "--operator", "Night Duty", "--demo").code == 0
    export = tmp_path / "telephony.csv"
    export.write_text("\n".join([HEADER, *sample_rows(20_000)]) + "\n")
    assert cli("backlog", "import", str(export)).code == 0
    assert cli("backup", "--out", str(tmp_path / "stick.okbak")).code == 0
    return cli


def run_for(cli: CliRunner, *args: str) -> float:
    """How long the command takes here, uninterrupted (the kills land inside that span)."""
    started = time.monotonic()
    assert cli.subprocess(*args, timeout=600).code == 0  # Windows under Wine: minutes
    return time.monotonic() - started


def killed_at_random(cli: CliRunner, rnd: random.Random, span: float, *args: str) -> float:
    proc = subprocess.Popen(
        [sys.executable, "-m", "app", *cli.global_args(), *args],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    delay = rnd.uniform(0.1, span)
    time.sleep(delay)
    proc.kill()  # SIGKILL; TerminateProcess on Windows
    proc.wait()
    return delay


def head(cli: CliRunner) -> str:
    result = cli("--json", "audit", "head")
    assert result.code == 0, result.err
    return str(result.json()["hash"])


#: (key, SHA-256 of a backup's bytes) proved sound and its chain intact in this process: the
#: proof depends on those bytes and that key alone, so the same bytes are not proved again
#: after every kill (a rotation of ten backups re-read page by page each time was most of a
#: crash test's run); a backup a kill touched has other bytes and is proved afresh
_PROVED: set[tuple[bytes, bytes]] = set()


def assert_sound_and_restorable(cli: CliRunner) -> list[Path]:
    check = cli("check")
    assert check.code == 0, check.out + check.err
    leftovers = [p for p in cli.home.rglob(".*") if p.name.endswith((".partial", ".tmp"))]
    assert leftovers == []
    key = KeyFile.load(cli.home / "store.key").unwrap(PASSPHRASE)
    rotation = sorted((cli.home / "backups").glob("store-*.okbak"))
    for backup in rotation:
        proof = (key, hashlib.sha256(backup.read_bytes()).digest())
        if proof in _PROVED:
            continue
        assert db.file_problems(backup, key) == [], backup
        conn = db.connect_readonly(backup, key)
        try:
            assert chain_problems(conn) == [], backup
        finally:
            conn.close()
        _PROVED.add(proof)
    return rotation
