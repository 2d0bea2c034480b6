"""Migration 20 (the backlog's day counters) on a store migration 19 left: it says what it
does, the counters then give the counts the records give (and the same searches list the same
records), a kill half-way leaves the store as it was and the next start finishes it, the
store then has the same counters and triggers as a new store, and a large import a crash cut
short counts them when it ends."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.backlog import tally
from app.backlog.query import BacklogQuery
from app.kit import Kit
from app.paths import KitPaths
from app.store import steps
from app.store.keys import KeyFile, NoKeyring
from app.store.migrations import MIGRATIONS
from app.store.migrations.m020_backlog_days import DAY_TRIGGER_NAMES
from app.store.store import Store
from tests.backlog.test_day_counts import COUNTED
from tests.backlog.test_pages import varied_rows
from tests.conftest import PASSPHRASE
from tests.store.test_migration_pages import listed
from tests.store.test_migration_tally import drop_after_18, imported, migrate_killed_at

AFTER_19 = [m.version for m in MIGRATIONS if m.version > 19]


def as_left_by_19(store: Store) -> None:
    for name in DAY_TRIGGER_NAMES:
        store.conn.execute(f"DROP TRIGGER {name}")
    store.conn.execute("DROP TABLE backlog_day_tally")
    drop_after_18(store)  # the later migrations' own tables
    store.conn.execute("PRAGMA user_version = 19")


def schema(store: Store) -> set[tuple[str, str]]:
    rows = store.conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE name = 'backlog_day_tally' "
        "OR (type = 'trigger' AND tbl_name = 'backlog_records')"
    )
    return {(str(r[0]), str(r[1])) for r in rows}


def exact(query: BacklogQuery) -> list[int]:
    counts = [query.count(c) for c in COUNTED]
    assert counts == [len(query.ids(c)) for c in COUNTED]
    return counts


@pytest.fixture
def old_store(kit: Kit, tmp_path: Path) -> Store:
    as_left_by_19(imported(kit, tmp_path, varied_rows(1200)))
    return kit.store


def test_the_counters_count_what_the_records_hold_after_the_migration(
    old_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    query = BacklogQuery(conn=old_store.conn)
    before = listed(query)
    counts = exact(query)  # from the records: no counters yet
    assert not tally.days_live(old_store.conn)

    steps.enabled = True  # as the command line does in text mode
    try:
        assert old_store.migrate() == AFTER_19
    finally:
        steps.enabled = False
    said = capsys.readouterr().err
    assert "counting the backlog's records by date and service prefix… done" in said
    assert tally.days_live(old_store.conn)
    assert exact(query) == counts
    assert listed(query) == before

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
    counts = exact(BacklogQuery(conn=old_store.conn))
    raw_key = KeyFile.load(paths.key_file).unwrap(passphrase).hex()
    old_store.close()
    migrate_killed_at(paths, raw_key, "counting the backlog's records by date")

    store = Store(
        paths=paths, raw_key=bytes.fromhex(raw_key), key_file=KeyFile.load(paths.key_file)
    )
    try:
        assert store.schema_version == 19
        assert schema(store) == before  # no counters, no triggers: nothing half-made
        assert store.migrate() == AFTER_19
        assert tally.days_live(store.conn)
        assert exact(BacklogQuery(conn=store.conn)) == counts
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
    assert not tally.days_live(conn)  # meanwhile counts read the records
    assert exact(BacklogQuery(conn=conn))
