"""A process killed (SIGKILL) half-way through applying a bundle leaves the previous bundle
whole: the next start sees exactly what was there before."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
from pathlib import Path

from app.contacts.directory import DirectoryStore
from app.contacts.model import Directory
from app.kit import Kit
from app.paths import KitPaths
from app.store.keys import NoKeyring
from app.store.unlock import unlock_with_passphrase
from tests.bundles.conftest import Build
from tests.conftest import PASSPHRASE
from tests.store.crash import RUNS, assert_sound_and_restorable, killed_at_random
from tests.support.cli import REPO, CliRunner

# Runs the real command line, but kills itself after the third contact row is written:
# inside the apply transaction, after DELETEs and INSERTs have reached the WAL.
KILLER = """
import os, signal, sys
from app.contacts import directory
from app.cli import main

written = 0
original = directory.DirectoryStore._insert_contact

def insert_then_die(conn, contact, origin):
    global written
    written += 1
    if written == 3:  # Windows has no SIGKILL: TerminateProcess
        os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))
    return original(conn, contact, origin)

directory.DirectoryStore._insert_contact = staticmethod(insert_then_die)
sys.exit(main(sys.argv[1:]))
"""


def test_sigkill_during_apply_keeps_the_previous_bundle(
    cli: CliRunner, build: Build, key_prefix: Path, source: Path, paths: KitPaths
) -> None:
    assert cli("init", "--operator", "Night Duty").code == 0
    assert cli("bundle", "trust", str(key_prefix) + ".pub", "--yes").code == 0
    assert cli("bundle", "import", str(build(1)), "--yes").code == 0
    before = _directory(paths)
    status_before = cli("--json", "bundle", "status").json()["applied"]

    (source / "contacts.csv").write_text(
        (source / "contacts.csv").read_text().replace("Ops desk", "Renamed desk")
    )
    v2 = build(2)
    proc = subprocess.run(
        [sys.executable, "-c", KILLER, *cli.global_args(), "bundle", "import", str(v2), "--yes"],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        cwd=REPO,
        timeout=60,
    )
    # POSIX: killed by SIGKILL; Windows: os.kill() ended it with TerminateProcess(SIGTERM)
    assert proc.returncode == (signal.SIGTERM if os.name == "nt" else -9), proc.stderr

    assert cli("check").code == 0
    assert cli("--json", "bundle", "status").json()["applied"] == status_before
    assert _directory(paths) == before
    # The store is usable afterwards: the same bundle applies cleanly now.
    assert cli("bundle", "import", str(v2), "--yes").code == 0
    assert cli("--json", "bundle", "status").json()["applied"]["version"] == 2


def _directory(paths: KitPaths) -> Directory:
    store = unlock_with_passphrase(paths, PASSPHRASE, NoKeyring())
    try:
        kit = Kit.open(store)
        return DirectoryStore(conn=store.conn, audit=kit.audit).load()
    finally:
        store.close()


def test_killed_bundle_imports_at_random_moments_apply_all_or_nothing(
    cli: CliRunner, build: Build, key_prefix: Path, source: Path
) -> None:
    assert cli("init", "--operator", "Night Duty").code == 0
    assert cli("bundle", "trust", str(key_prefix) + ".pub", "--yes").code == 0
    assert cli("bundle", "import", str(build(1)), "--yes").code == 0
    assert cli("backup").code == 0
    before = cli("--json", "contacts", "list").json()
    with (source / "contacts.csv").open("a", encoding="utf-8") as handle:
        for i in range(2000):
            handle.write(f"Partner {i:04d},Ops,ops{i:04d}@partner.example.com,,en,,all,email\n")
    second = build(2)
    rnd = random.Random(1403)
    for _ in range(RUNS):
        killed_at_random(cli, rnd, 1.5, "bundle", "import", str(second), "--yes")
        assert_sound_and_restorable(cli)
        version = cli("--json", "bundle", "status").json()["applied"]["version"]
        contacts = cli("--json", "contacts", "list").json()
        if version == 1:
            assert contacts == before
        else:
            assert version == 2 and len(contacts) == len(before) + 2000
            break  # applied whole; later kills would only find it already there
