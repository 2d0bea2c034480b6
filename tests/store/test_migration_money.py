"""Migration 23 (the backlog's amounts, and tariff key and batch number counts, from
counters) on a store migration 22 left: it says what it does, the counters then hold what the
records sum to (the dashboard's amounts the same as a pass over the records gives), a kill
half-way leaves the store as it was and the next start finishes it, the store then has the
same tables and triggers as a new store, and a large import a crash cut short counts them
when it ends."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.backlog import tally
from app.kit import Kit
from app.paths import KitPaths
from app.store import steps
from app.store.keys import KeyFile, NoKeyring
from app.store.migrations import MIGRATIONS
from app.store.migrations.m023_backlog_money import KEY_TRIGGER_NAMES, MONEY_TRIGGER_NAMES
from app.store.schema_version import LATEST_VERSION
from app.store.store import Store
from tests.backlog.test_money_counts import assert_counters_true
from tests.backlog.test_pages import varied_rows
from tests.conftest import PASSPHRASE
from tests.store.test_migration_tally import imported, migrate_killed_at

AFTER_22 = [m.version for m in MIGRATIONS if m.version > 22]
STEP = "summing the backlog's amounts"


def as_left_by_22(store: Store) -> None:
    for name in (*MONEY_TRIGGER_NAMES, *KEY_TRIGGER_NAMES):
        store.conn.execute(f"DROP TRIGGER {name}")
    for table in ("backlog_money", "backlog_day_money", "backlog_key_tally"):
        store.conn.execute(f"DROP TABLE {table}")
    store.conn.execute("PRAGMA user_version = 22")


def schema(store: Store) -> set[tuple[str, str]]:
    rows = store.conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE name IN "
        "('backlog_money', 'backlog_day_money', 'backlog_key_tally') "
        "OR (type = 'trigger' AND tbl_name = 'backlog_records')"
    )
    return {(str(r[0]), str(r[1])) for r in rows}


@pytest.fixture
def old_store(kit: Kit, tmp_path: Path) -> Store:
    as_left_by_22(imported(kit, tmp_path, varied_rows(1200)))
    return kit.store


def test_the_latest_version_is_the_newest_migrations_number() -> None:
    assert max(m.version for m in MIGRATIONS) == LATEST_VERSION
    assert [m.version for m in MIGRATIONS] == sorted({m.version for m in MIGRATIONS})


def test_the_counters_hold_the_records_sums_after_the_migration(
    old_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert not tally.money_live(old_store.conn) and not tally.keys_live(old_store.conn)
    steps.enabled = True  # as the command line does in text mode
    try:
        assert old_store.migrate() == AFTER_22
    finally:
        steps.enabled = False
    said = capsys.readouterr().err
    assert f"{STEP} by status, reason, carrier and call day… done" in said
    assert_counters_true(old_store.conn)

    fresh = Store.create(
        KitPaths(tmp_path / "new"), operator="Night Duty", passphrase=PASSPHRASE,
        keeper=NoKeyring(),
    )  # fmt: skip
    try:
        assert schema(fresh) == schema(old_store)
    finally:
        fresh.close()


def test_killed_half_way_the_store_is_as_it_was_and_the_next_start_finishes(
    old_store: Store, paths: KitPaths, passphrase: str
) -> None:
    before = schema(old_store)
    raw_key = KeyFile.load(paths.key_file).unwrap(passphrase).hex()
    old_store.close()
    migrate_killed_at(paths, raw_key, STEP)

    store = Store(
        paths=paths, raw_key=bytes.fromhex(raw_key), key_file=KeyFile.load(paths.key_file)
    )
    try:
        assert store.schema_version == 22
        assert schema(store) == before  # no counters, no triggers: nothing half-made
        assert store.migrate() == AFTER_22
        assert_counters_true(store.conn)
    finally:
        store.close()


def test_an_interrupted_large_import_counts_them_when_it_ends(old_store: Store) -> None:
    conn = old_store.conn
    job = {"staging": "x.staging", "upsert": "", "audit": {}, "rebuild": ["x"], "tally": False}
    conn.execute("INSERT INTO meta (key, value) VALUES ('backlog_import_pending', ?)",
                 (json.dumps(job),))  # fmt: skip
    old_store.migrate()
    saved = json.loads(
        conn.execute("SELECT value FROM meta WHERE key = 'backlog_import_pending'").fetchone()[0]
    )
    assert saved["tally"] is True  # the merge counts afresh (tally.refill) when it ends
    assert not tally.money_live(conn)  # meanwhile the dashboard sums the records
    assert not tally.keys_live(conn)  # and a tariff key's count reads them
    conn.execute("DELETE FROM meta WHERE key = 'backlog_import_pending'")
    tally.refill(conn)
    assert_counters_true(conn)
