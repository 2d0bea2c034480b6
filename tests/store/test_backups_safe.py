"""Backups never destroy the last good copy (issue 13, points 2 and 7)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.store import db
from tests.store.damage import PAGE, flip
from tests.support.cli import CliRunner
from tests.support.private import assert_owner_only


def audit_page_offset(cli: CliRunner, raw_key: bytes) -> int:
    conn = db.connect(cli.home / "store.db", raw_key)
    try:
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'audit_log'")
        page = int(root.fetchone()[0])
    finally:
        conn.close()
    return (page - 1) * PAGE + 200


def raw_key(cli: CliRunner) -> bytes:
    from app.store.keys import KeyFile
    from tests.conftest import PASSPHRASE

    return KeyFile.load(cli.home / "store.key").unwrap(PASSPHRASE)


@pytest.fixture
def kit_home(cli: CliRunner) -> CliRunner:
    assert cli("init", "--operator", "Night Duty", "--demo").code == 0
    return cli


def rotation(cli: CliRunner) -> list[Path]:
    return sorted((cli.home / "backups").glob("store-*.okbak"))


def test_backups_of_a_damaged_store_never_push_out_the_good_ones(kit_home: CliRunner) -> None:
    cli = kit_home
    assert cli("backup").code == 0
    good = rotation(cli)
    flip(cli.home / "store.db", audit_page_offset(cli, raw_key(cli)))

    check = cli("check")
    assert check.code == 1 and "internal error" not in check.err
    assert "Not sound" in check.out and f"outage-kit restore {good[-1]}" in check.out

    for _ in range(12):
        result = cli("backup")
        assert result.code == 2, result.err
        assert "not sound" in result.err and "no backup joined the rotation" in result.err
        assert f"outage-kit restore {good[-1]}" in result.err
    assert rotation(cli) == good  # the good backup is still the rotation, untouched
    aside = sorted((cli.home / "backups" / "unsound").iterdir())
    assert aside and all("NOT-SOUND" in p.name for p in aside)
    assert len([p for p in aside if p.name.endswith(".db")]) <= 3

    # what changed since the good backup cannot be read in the damaged store: a script is
    # told so and restores with --yes (a person at a terminal is asked)
    refused = cli("restore", str(good[-1]))
    assert refused.code == 2 and "cannot be checked" in refused.err, refused.err
    restored = cli("restore", str(good[-1]), "--yes")
    assert restored.code == 0, restored.err
    assert cli("check").code == 0


def test_a_store_whose_first_page_is_damaged_can_still_be_restored(
    kit_home: CliRunner,
) -> None:
    cli = kit_home
    assert cli("backup").code == 0
    good = rotation(cli)[-1]
    flip(cli.home / "store.db", 40)
    check = cli("check")
    assert check.code == 1 and "damaged" in check.out and str(good) in check.out
    restored = cli("restore", str(good))
    assert restored.code == 0, restored.err
    assert "What changed since this backup was made cannot be checked" in restored.err
    assert cli("check").code == 0
    kept = [p.name for p in (cli.home / "backups" / "unsound").iterdir()]
    assert any(name.endswith("before-restore-NOT-SOUND.db") for name in kept)


def test_restoring_the_oldest_of_a_full_rotation_keeps_it(kit_home: CliRunner) -> None:
    cli = kit_home
    for _ in range(10):
        assert cli("backup").code == 0
    oldest = rotation(cli)[0]
    assert len(rotation(cli)) == 10
    result = cli("restore", str(oldest))
    assert result.code == 0, result.err
    assert oldest.exists()  # the before-restore backup did not prune the chosen file
    assert cli("check").code == 0


def test_every_file_a_backup_writes_is_owner_only(kit_home: CliRunner, tmp_path: Path) -> None:
    cli = kit_home
    os.umask(0o022)
    usb = tmp_path / "usb"
    usb.mkdir()
    made = cli("--json", "backup", "--out", str(usb))
    assert made.code == 0, made.err
    written = [Path(made.json()["backup"]), Path(made.json()["copy"])]
    written += [p.with_name(p.name + ".json") for p in written]
    for path in written:
        assert_owner_only(path)
    assert made.json()["audit_head"] in written[2].read_text()


def test_a_copy_to_a_missing_folder_is_a_clear_error(kit_home: CliRunner, tmp_path: Path) -> None:
    result = kit_home("backup", "--out", str(tmp_path / "no" / "such" / "x.okbak"))
    assert result.code == 2 and "Cannot write the copy" in result.err
    assert "unaffected" in result.err


def test_leftovers_of_a_crashed_run_are_removed_at_the_next_start(kit_home: CliRunner) -> None:
    cli = kit_home
    backups = cli.home / "backups"
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    dead_pid = int(dead.stdout)
    crashed = [
        backups / f".store-20260101T000000000000Z-manual.okbak.{dead_pid}.partial",
        cli.home / f".store.db.restoring.{dead_pid}.partial",
        cli.home / f".store.key.abc123.{dead_pid}.tmp",
    ]
    living = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        busy = backups / f".store-20260101T000000000000Z-manual.okbak.{living.pid}.partial"
        for path in [*crashed, busy]:
            path.write_bytes(b"half")
        assert cli("check").code == 0
        assert not any(p.exists() for p in crashed)
        assert busy.exists()  # another running process's work in progress is left alone
    finally:
        living.kill()
        living.wait()


def test_a_damaged_backup_does_not_stop_a_key_rotation_half_way(
    tmp_path: Path, passphrase: str
) -> None:
    from app.paths import KitPaths
    from app.store.keys import NoKeyring
    from app.store.store import Store
    from app.store.unlock import unlock_with_passphrase

    paths = KitPaths(tmp_path / "kit")
    store = Store.create(paths, operator="Night Duty", passphrase=passphrase, keeper=NoKeyring())
    good = store.backup("manual").path
    bad = store.backup("manual").path
    flip(bad, 3 * PAGE + 10)
    store.rekey(passphrase, NoKeyring())
    store.close()
    reopened = unlock_with_passphrase(paths, passphrase, NoKeyring())
    try:
        assert reopened.problems() == []
        assert [b.path for b in reopened.backups.all()][-1] == good
        assert all(reopened.backups.problems(b.path) == [] for b in reopened.backups.all())
        assert (paths.backups / "unsound" / bad.name.replace(".okbak", "-NOT-SOUND.okbak")).exists()
    finally:
        reopened.close()
