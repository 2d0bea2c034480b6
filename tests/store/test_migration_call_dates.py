"""Migration 26 (the call-date order's index holds the service identifier) on a store
migration 25 left: it says what it does, the store then has exactly the indexes a new store
has, every search lists and counts the same records in the same order as before, and a
kill half-way leaves the store as it was for the next start to finish."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.backlog.query import BacklogQuery
from app.kit import Kit
from app.paths import KitPaths
from app.store import steps
from app.store.keys import KeyFile, NoKeyring
from app.store.migrations.m019_backlog_narrow import BACKLOG_INDEXES as BEFORE
from app.store.migrations.m026_backlog_call_dates import BACKLOG_INDEXES, REPLACED
from app.store.store import Store
from tests.backlog.test_pages import varied_rows
from tests.conftest import PASSPHRASE
from tests.store.test_migration_narrow import index_sql
from tests.store.test_migration_pages import listed
from tests.store.test_migration_tally import imported, index_names, migrate_killed_at


def as_left_by_25(store: Store) -> None:
    """The backlog's indexes as migration 19 made them (20-25 did not touch them)."""
    for name in index_names(store):
        store.conn.execute(f"DROP INDEX {name}")
    for statement in BEFORE:
        store.conn.execute(statement)
    store.conn.execute("PRAGMA user_version = 25")


@pytest.fixture
def old_store(kit: Kit, tmp_path: Path) -> Store:
    as_left_by_25(imported(kit, tmp_path, varied_rows(1200)))
    return kit.store


def test_the_searches_list_the_same_records_after_the_migration(
    old_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    query = BacklogQuery(conn=old_store.conn)
    before = listed(query)
    assert REPLACED[0] in index_names(old_store)

    steps.enabled = True  # as the command line does in text mode
    try:
        assert old_store.migrate() == [26]
    finally:
        steps.enabled = False
    assert "indexing the backlog's call dates… done" in capsys.readouterr().err
    assert index_names(old_store) == {s.split()[2] for s in BACKLOG_INDEXES}
    assert "backlog_call_dates" in index_names(old_store)
    assert listed(query) == before

    # the same indexes, word for word, as a store made new by this version
    fresh = Store.create(
        KitPaths(tmp_path / "new"),
        operator="Night Duty",
        passphrase=PASSPHRASE,
        keeper=NoKeyring(),
    )
    try:
        assert index_sql(fresh) == index_sql(old_store)
    finally:
        fresh.close()


def test_killed_half_way_the_store_is_as_it_was_and_the_next_start_finishes(
    old_store: Store, paths: KitPaths, passphrase: str
) -> None:
    before = index_sql(old_store)
    listing = listed(BacklogQuery(conn=old_store.conn))
    raw_key = KeyFile.load(paths.key_file).unwrap(passphrase).hex()
    old_store.close()
    # killed after the old index was dropped (in the migration's transaction)
    migrate_killed_at(paths, raw_key, "indexing the backlog's call dates")

    store = Store(
        paths=paths, raw_key=bytes.fromhex(raw_key), key_file=KeyFile.load(paths.key_file)
    )
    try:
        assert store.schema_version == 25
        assert index_sql(store) == before
        assert store.migrate() == [26]
        assert index_names(store) == {s.split()[2] for s in BACKLOG_INDEXES}
        assert listed(BacklogQuery(conn=store.conn)) == listing
    finally:
        store.close()


def test_an_interrupted_large_import_builds_the_new_index_when_it_ends(
    old_store: Store,
) -> None:
    """A merge a crash cut short has its indexes dropped until it ends: migration 26 leaves
    the new index to it, and drops the one it replaces."""
    conn = old_store.conn
    for name in index_names(old_store):
        conn.execute(f"DROP INDEX {name}")
    job = {"staging": "x.staging", "upsert": "", "audit": {}, "rebuild": list(BEFORE)}
    conn.execute("INSERT INTO meta (key, value) VALUES ('backlog_import_pending', ?)",
                 (json.dumps(job),))  # fmt: skip
    old_store.migrate()
    saved = json.loads(
        conn.execute("SELECT value FROM meta WHERE key = 'backlog_import_pending'").fetchone()[0]
    )
    assert saved["rebuild"] == list(BACKLOG_INDEXES)
    assert not index_names(old_store)  # none built twice: the merge builds them
