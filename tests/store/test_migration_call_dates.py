"""Migration 26 (the call-date order's index holds the service identifier) on a store
migration 25 left: it says what it does, the store then has exactly the indexes a new store
has, every search lists and counts the same records in the same order as before, and a
kill half-way leaves the store as it was for the next start to finish."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.backlog.query import BacklogQuery
from app.kit import Kit
from app.paths import KitPaths
from app.store.migrations.m019_backlog_narrow import BACKLOG_INDEXES as BEFORE
from app.store.migrations.m026_backlog_call_dates import REPLACED
from app.store.migrations.m028_backlog_quarantine_order import BACKLOG_INDEXES
from app.store.store import Store
from tests.backlog.test_pages import varied_rows
from tests.store.test_migration_narrow import (
    indexes_as_new,
    killed_and_finished,
    migrated_mid_import,
    migrated_saying,
)
from tests.store.test_migration_pages import listed
from tests.store.test_migration_tally import imported, index_names


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

    done, said = migrated_saying(old_store, capsys)
    assert done == [26, 27, 28]  # and the later ones' indexes, as a new store has them
    assert "indexing the backlog's call dates… done" in said
    assert index_names(old_store) == {s.split()[2] for s in BACKLOG_INDEXES}
    assert "backlog_call_dates" in index_names(old_store)
    assert listed(query) == before

    assert indexes_as_new(old_store, tmp_path)


def test_killed_half_way_the_store_is_as_it_was_and_the_next_start_finishes(
    old_store: Store, paths: KitPaths, passphrase: str
) -> None:
    # killed after the old index was dropped (in the migration's transaction)
    killed_and_finished(old_store, paths, passphrase, "indexing the backlog's call dates").close()


def test_an_interrupted_large_import_builds_the_new_index_when_it_ends(
    old_store: Store,
) -> None:
    """A merge a crash cut short has its indexes dropped until it ends: migration 26 leaves
    the new index to it, and drops the one it replaces (27 then does the same with its own)."""
    assert migrated_mid_import(old_store, BEFORE) == list(BACKLOG_INDEXES)
    assert not index_names(old_store)  # none built twice: the merge builds them
