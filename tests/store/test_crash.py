"""SIGKILL at random moments during backup and restore (issue 13, crash proof): after each
kill the store checks sound, nothing is lost, no leftover stays, and every backup in the
rotation is restorable."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.audit import chain_problems
from app.store import db
from app.store.keys import KeyFile
from tests.backlog.conftest import HEADER, sample_rows
from tests.conftest import PASSPHRASE
from tests.support.cli import REPO, CliRunner

RUNS = int(os.environ.get("OUTAGE_KIT_CRASH_RUNS", "8"))


@pytest.fixture
def filled(cli: CliRunner, tmp_path: Path) -> CliRunner:
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


def assert_sound_and_restorable(cli: CliRunner) -> list[Path]:
    check = cli("check")
    assert check.code == 0, check.out + check.err
    leftovers = [p for p in cli.home.rglob(".*") if p.name.endswith((".partial", ".tmp"))]
    assert leftovers == []
    key = KeyFile.load(cli.home / "store.key").unwrap(PASSPHRASE)
    rotation = sorted((cli.home / "backups").glob("store-*.okbak"))
    for backup in rotation:
        assert db.file_problems(backup, key) == [], backup
        conn = db.connect_readonly(backup, key)
        try:
            assert chain_problems(conn) == [], backup
        finally:
            conn.close()
    return rotation


def test_killed_backups_never_lose_anything(filled: CliRunner) -> None:
    cli = filled
    rnd = random.Random(1301)
    span = run_for(cli, "backup")
    for _ in range(RUNS):
        before = head(cli)
        killed_at_random(cli, rnd, span, "backup")
        rotation = assert_sound_and_restorable(cli)
        assert rotation  # the first good backup can never be lost
        # the chain is as before, or one 'store.backup' entry longer
        assert cli("audit", "verify", "--anchor", before).code == 0


def test_killed_restores_leave_the_old_or_the_new_state(filled: CliRunner) -> None:
    cli = filled
    rnd = random.Random(1302)
    target = cli.home.parent / "stick.okbak"  # on a stick, outside the rotation
    target_bytes = target.read_bytes()
    target_head = (target.with_name(target.name + ".json")).read_text()
    span = run_for(cli, "restore", str(target))
    for _ in range(RUNS):
        assert cli("backup").code == 0  # later work, which the target does not hold
        before = head(cli)
        killed_at_random(cli, rnd, span, "restore", str(target))
        rotation = assert_sound_and_restorable(cli)
        assert target.read_bytes() == target_bytes  # only ever read
        if head(cli) != before:
            # restored: the state before is kept in a before-restore backup
            assert before in target_head or any(
                before in p.with_name(p.name + ".json").read_text()
                for p in rotation
                if p.name.endswith("before-restore.okbak")
            )


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
