"""Restore checks a file completely before anything changes (issue 13, point 1)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from app.store import db
from app.store.migrations import LATEST_VERSION
from tests.store.damage import PAGE, digest, flip, remount_readonly, state, tmpfs
from tests.support.cli import CliRunner


@pytest.fixture
def backed_up(cli: CliRunner, tmp_path: Path) -> Path:
    """A demo store with one sound backup, copied out to `tmp_path/good.okbak`."""
    assert cli("init", "--operator", "Night Duty", "--demo").code == 0
    made = cli("--json", "backup", "--out", str(tmp_path / "good.okbak"))
    assert made.code == 0, made.err
    # later work the backup does not hold: a refused restore must keep it
    assert cli("audit", "verify").code == 0
    return tmp_path / "good.okbak"


#: the refusal of a copy made before a key rotation
OLD_KEY = "this copy was made before the key rotation of"


def refused(cli: CliRunner, candidate: Path, reason: str) -> None:
    before, before_input = state(cli.home), candidate.read_bytes()
    stat_before = candidate.stat()
    result = cli("restore", str(candidate))
    assert result.code == 2, (result.out, result.err)
    assert "was not restored" in result.err and reason in result.err, result.err
    assert "Nothing was changed" in result.err
    assert state(cli.home) == before  # not one file under the data folder changed
    assert candidate.read_bytes() == before_input  # the input was never written
    assert candidate.stat().st_mtime_ns == stat_before.st_mtime_ns
    assert not [p for p in candidate.parent.iterdir() if p.name.startswith(candidate.name + "-")]
    assert cli("check").code == 0


def test_a_zero_byte_file_is_refused(cli: CliRunner, backed_up: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty.okbak"
    empty.touch()
    refused(cli, empty, "empty (0 bytes)")
    assert empty.stat().st_size == 0


def test_an_empty_or_short_file_is_refused_before_the_page_check(
    cli: CliRunner, backed_up: Path, tmp_path: Path
) -> None:
    """A new-user walk: `restore zero.db` printed "Checking every page … done" just before
    refusing it, which read as a pass. Its size says enough: refused before any check."""
    for name, data, reason in (
        ("zero.db", b"", "empty (0 bytes)"),
        ("short.db", backed_up.read_bytes()[:1000], "cut short (1000 bytes"),
    ):
        candidate = tmp_path / name
        candidate.write_bytes(data)
        result = cli("restore", str(candidate))
        assert result.code == 2 and reason in result.err, result.err
        assert "Checking every page" not in result.out + result.err, result.err


def test_a_text_file_is_refused(cli: CliRunner, backed_up: Path, tmp_path: Path) -> None:
    text = tmp_path / "notes.okbak"
    text.write_text("Billing application file system is corrupt after planned work\n" * 300)
    refused(cli, text, "this is not an Outage Kit backup (it is a text file)")
    text.write_text("not a backup, just notes\n")  # 27 bytes
    refused(cli, text, "this is not an Outage Kit backup (it is a text file)")
    text.write_bytes(b"lorem ipsum\n" * 682 + b"lore")  # yes "lorem ipsum" | head -c 8192
    refused(cli, text, "this is not an Outage Kit backup (it is a text file)")
    text.write_text("Łódź, São Paulo, Göteborg: planned work 02:00–04:00\n" * 200, encoding="utf-8")
    refused(cli, text, "this is not an Outage Kit backup (it is a text file)")


@pytest.mark.parametrize(
    ("opening", "kind"),
    [
        (b"SQLite format 3\x00", "it is an unencrypted SQLite database"),
        (b"PK\x03\x04", "it is a ZIP archive"),
        (b"%PDF-1.7\n", "it is a PDF document"),
    ],
)
def test_a_file_of_another_format_is_refused(
    cli: CliRunner, backed_up: Path, tmp_path: Path, opening: bytes, kind: str
) -> None:
    other = tmp_path / "other.okbak"
    other.write_bytes(opening + os.urandom(PAGE * 2 - len(opening)))
    refused(cli, other, f"this is not an Outage Kit backup ({kind}")


def test_random_pages_are_refused_as_another_key(
    cli: CliRunner, backed_up: Path, tmp_path: Path
) -> None:
    noise = tmp_path / "noise.okbak"
    noise.write_bytes(os.urandom(PAGE * 2))  # looks like encrypted pages
    refused(cli, noise, "does not open with this store's key")
    noise.write_bytes(os.urandom(PAGE * 2 + 27))
    refused(cli, noise, "cut short")


def test_a_truncated_backup_is_refused(cli: CliRunner, backed_up: Path, tmp_path: Path) -> None:
    cut = tmp_path / "cut.okbak"
    data = backed_up.read_bytes()
    cut.write_bytes(data[: len(data) // 2 + 100])
    refused(cli, cut, "cut short")
    pages = len(data) // PAGE
    for kept in sorted({1, 2, pages // 2, pages - 1}):  # whole pages: the size looks right
        cut.write_bytes(data[: kept * PAGE])
        refused(cli, cut, "cut short")


def test_a_byte_flipped_anywhere_is_refused(
    cli: CliRunner, backed_up: Path, tmp_path: Path
) -> None:
    size = backed_up.stat().st_size
    offsets = sorted({0, 17, 100, PAGE - 1, PAGE + 40, size - 1} | set(range(7, size, size // 23)))
    for offset in offsets:
        damaged = tmp_path / f"flipped-{offset}.okbak"
        shutil.copyfile(backed_up, damaged)
        flip(damaged, offset)
        refused(cli, damaged, "")


def test_a_backup_of_another_store_is_refused(
    cli: CliRunner, backed_up: Path, tmp_path: Path, passphrase_file: Path
) -> None:
    refused(cli, other_store_copy(tmp_path, passphrase_file), "another store")


def other_store_copy(tmp_path: Path, passphrase_file: Path) -> Path:
    """A backup of a new store of its own (another key), copied out with `backup --out`."""
    other = CliRunner(home=tmp_path / "other", passphrase_file=passphrase_file)
    assert other("init", "--operator", "Day Duty").code == 0
    made = other("--json", "backup", "--out", str(tmp_path / "other.okbak"))
    return Path(made.json()["copy"])


def test_a_backup_from_a_newer_kit_is_refused(
    cli: CliRunner, backed_up: Path, tmp_path: Path
) -> None:
    newer = edited_copy(cli, backed_up, f"PRAGMA user_version = {LATEST_VERSION + 1}")
    refused(cli, newer, "newer Outage Kit")


def test_a_backup_with_a_rewritten_audit_entry_is_refused(
    cli: CliRunner, backed_up: Path, tmp_path: Path
) -> None:
    edited = edited_copy(cli, backed_up, "UPDATE audit_log SET actor = 'someone else' WHERE id = 1")
    refused(cli, edited, "audit chain is broken")


def test_a_sound_backup_restores_and_is_not_written(
    cli: CliRunner, backed_up: Path, tmp_path: Path
) -> None:
    before = digest(backed_up)
    result = cli("restore", str(backed_up))
    assert result.code == 0, result.err
    assert digest(backed_up) == before
    assert sorted(p.name for p in backed_up.parent.glob("good.okbak*")) == [
        "good.okbak",
        "good.okbak.json",
    ]
    assert cli("check").code == 0
    reasons = [b.name.split("Z-")[-1] for b in (cli.home / "backups").glob("*.okbak")]
    assert "before-restore.okbak" in reasons  # what was there is kept


def test_a_backup_on_a_read_only_disk_restores(
    cli: CliRunner, backed_up: Path, tmp_path: Path
) -> None:
    with tmpfs(tmp_path / "stick", "8m") as stick:
        shutil.copyfile(backed_up, stick / "good.okbak")
        remount_readonly(stick)
        assert not os.access(stick / "good.okbak", os.W_OK) or _is_readonly_mount(stick)
        result = cli("restore", str(stick / "good.okbak"))
        assert result.code == 0, result.err
        assert [p.name for p in stick.iterdir()] == ["good.okbak"]
    assert cli("check").code == 0


def edited_copy(cli: CliRunner, backup: Path, sql: str) -> Path:
    """A sound copy of `backup` changed by `sql` through the store's key (pages stay intact)."""
    edited = backup.with_name("edited.okbak")
    shutil.copyfile(backup, edited)
    conn = db.connect(edited, _raw_key(cli))
    conn.execute(sql)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    return edited


def _is_readonly_mount(path: Path) -> bool:
    return bool(os.statvfs(path).f_flag & os.ST_RDONLY)


def _raw_key(cli: CliRunner) -> bytes:
    from app.store.keys import KeyFile
    from tests.conftest import PASSPHRASE

    return KeyFile.load(cli.home / "store.key").unwrap(PASSPHRASE)


def test_a_copy_made_before_a_key_rotation_is_refused_naming_the_rotation(
    cli: CliRunner, backed_up: Path, tmp_path: Path
) -> None:
    rekeyed = cli("rekey", "--yes")
    assert rekeyed.code == 0, rekeyed.err
    # the result warns that copies kept elsewhere keep the old key, and names the one it made
    assert "still have the OLD key and no longer restore" in rekeyed.out
    assert "outage-kit backup --out FILE" in rekeyed.out
    assert str(backed_up.resolve()) in rekeyed.out
    refused(cli, backed_up, OLD_KEY)
    assert "damaged" not in cli("restore", str(backed_up)).err

    # restoring a backup from the data folder (its content predates the rotation) keeps the
    # rotation's time and what it knows of the old key's files: the refusal still says why
    inside = sorted((cli.home / "backups").glob("store-*.okbak"))[-1]
    assert cli("restore", str(inside)).code == 0
    refused(cli, backed_up, OLD_KEY)

    # a file the kit never made that does not open: it cannot tell which of the three
    other = cli.home.parent / "elsewhere"
    other.mkdir()
    foreign = other_store_copy(other, cli.passphrase_file)
    refused(cli, foreign, "it is damaged, a backup of another store, or a copy made before")


def test_a_foreign_file_in_a_store_never_rotated_is_refused_as_before(
    cli: CliRunner, backed_up: Path, tmp_path: Path, passphrase_file: Path
) -> None:
    copy = other_store_copy(tmp_path, passphrase_file)
    os.utime(copy, (0, 0))  # older than anything, but this store's key was never rotated
    refused(cli, copy, "it is damaged, or it is a backup of another store")
