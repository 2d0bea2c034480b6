from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.audit import AuditLog
from app.errors import StoreCorrupt, UserError
from app.kit import Kit
from app.paths import KitPaths
from app.store import db
from app.store.keys import NoKeyring
from app.store.migrations import LATEST_VERSION
from app.store.store import Store
from app.store.unlock import unlock_with_passphrase

MARKER = "partner-marker-7f3a@example.com"
DATA = Path(__file__).resolve().parents[1] / "data"


def _files(home: Path) -> list[Path]:
    return [p for p in home.rglob("*") if p.is_file()]


def test_nothing_under_the_data_folder_is_plaintext(kit: Kit, paths: KitPaths) -> None:
    # Keep the WAL file around (a long-lived reader) so it is checked too.
    reader = kit.store.connect()
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM audit_log").fetchone()
    for n in range(200):
        kit.audit.append("test.marker", who=MARKER, n=n)
    kit.store.backup("manual")
    files = _files(paths.home)
    names = {p.name for p in files}
    assert {"store.db", "store.key", "store.db-wal"} <= names
    assert any(p.suffix == ".okbak" for p in files)
    for path in files:
        data = path.read_bytes()
        assert b"SQLite format 3" not in data, path
        assert MARKER.encode() not in data, path
        assert b"test.marker" not in data, path
    reader.rollback()
    reader.close()


def test_reopening_with_the_passphrase_sees_the_data(
    store: Store, paths: KitPaths, passphrase: str
) -> None:
    AuditLog(conn=store.conn, actor="x").append("test.kept", value=42)
    store.close()
    reopened = unlock_with_passphrase(paths, passphrase, NoKeyring())
    try:
        entries = Kit.open(reopened).audit.entries(action_prefix="test.")
        assert entries[0].details == {"value": 42}
    finally:
        reopened.close()


def test_flipped_byte_is_detected_and_restore_brings_the_data_back(
    kit: Kit, paths: KitPaths, passphrase: str
) -> None:
    kit.audit.append("test.before-backup", value=1)
    backup = kit.store.backup("manual")
    kit.store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    kit.store.close()
    data = bytearray(paths.database.read_bytes())
    data[len(data) // 2] ^= 0x01  # a page in the middle, past the header page
    paths.database.write_bytes(bytes(data))

    damaged = unlock_with_passphrase(paths, passphrase, NoKeyring())
    assert damaged.problems(), "a flipped byte must fail the integrity check"
    damaged.restore(backup.path)
    assert damaged.problems() == []
    assert Kit.open(damaged).audit.entries(action_prefix="test.")[0].details == {"value": 1}
    damaged.close()


def test_unreadable_database_is_refused_with_advice(store: Store, paths: KitPaths) -> None:
    store.close()
    data = bytearray(paths.database.read_bytes())
    data[20] ^= 0xFF  # page 1: the store cannot even be opened
    paths.database.write_bytes(bytes(data))
    with pytest.raises(StoreCorrupt, match="Restore the newest good backup"):
        db.connect(paths.database, b"\x01" * 32)


def test_saved_v1_store_upgrades_and_keeps_its_data(tmp_path: Path, passphrase: str) -> None:
    home = tmp_path / "old"
    shutil.copytree(DATA / "store-v1", home)
    paths = KitPaths(home)
    store = unlock_with_passphrase(paths, passphrase, NoKeyring())
    try:
        assert store.schema_version == 1
        kit = Kit.open(store)
        assert store.schema_version == LATEST_VERSION
        assert kit.settings.get("idle_lock_minutes") == 7
        assert kit.operator == "Release 0.1 operator"
        assert [b.reason for b in store.backups.all()] == ["pre-migration"]
        assert kit.audit.verify() == []
    finally:
        store.close()


def test_store_newer_than_the_program_is_refused(store: Store) -> None:
    store.conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    with pytest.raises(UserError, match="Install the newer Outage Kit"):
        store.migrate()


def test_change_passphrase_and_rotate_key(store: Store, paths: KitPaths, passphrase: str) -> None:
    AuditLog(conn=store.conn, actor="x").append("test.kept")
    store.backup("manual")
    new = "Another-Strong-77-phrase"
    with pytest.raises(UserError):
        store.change_passphrase("wrong passphrase!", new)
    store.change_passphrase(passphrase, new)
    store.rekey(new, NoKeyring())
    store.close()
    with pytest.raises(UserError):
        unlock_with_passphrase(paths, passphrase, NoKeyring())
    reopened = unlock_with_passphrase(paths, new, NoKeyring())
    try:
        assert reopened.problems() == []
        good = reopened.backups.newest_good()
        assert good is not None and len(reopened.backups.all()) == 2
        assert all(reopened.backups.problems(b.path) == [] for b in reopened.backups.all())
    finally:
        reopened.close()


def test_backups_rotate(store: Store) -> None:
    store.backups.keep = 3
    for _ in range(5):
        store.backup("manual")
    assert len(store.backups.all()) == 3
