"""Rotating the key on a disk with too little room (a walk of every write command on a full
disk): it was an internal error, and the store was left under a key its key file does not
hold — unreadable. Now it is refused before anything is written, saying how much room it
needs and where to free it; the store, its key file and its backups are as they were.
Runs on a real small tmpfs (root only; skipped elsewhere)."""

from __future__ import annotations

from pathlib import Path

from tests.store.damage import state, tmpfs
from tests.store.test_disk_full import fill, says_disk_full
from tests.support.cli import CliRunner


def test_rekey_without_room_is_refused_and_changes_nothing(
    tmp_path: Path, passphrase_file: Path
) -> None:
    with tmpfs(tmp_path / "disk", "40m") as disk:
        cli = CliRunner(home=disk / "kit", passphrase_file=passphrase_file)
        assert cli("init", "--operator", "Night Duty", "--demo").code == 0
        for _ in range(2):
            assert cli("backup").code == 0
        before = state(cli.home)
        filler = fill(disk, spare=7_000_000)  # a backup fits; the store and backups again not

        rotated = cli.subprocess("rekey", "--yes", timeout=300)
        says_disk_full(rotated)
        assert "is too full to rotate the key" in rotated.err, rotated.err
        assert f"old backups in {cli.home / 'backups'}" in rotated.err, rotated.err
        polish = cli.subprocess("rekey", "--yes", env={"OUTAGE_KIT_LANG": "pl"}, timeout=300)
        assert "jest zbyt pełny, by wymienić klucz" in polish.err, polish.err

        filler.unlink()
        assert state(cli.home) == before  # not one file under the data folder changed
        checked = cli("check")
        assert checked.code == 0, (checked.out, checked.err)  # the store opens with its key
        assert cli("rekey", "--yes").code == 0  # with room, it rotates
        assert cli("check").code == 0
