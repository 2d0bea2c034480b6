"""Migration 28 (a reason's and a tariff key's records in Quarantine-ID order) on a store
migration 27 left: it says what it does, the store then has exactly the indexes a new store
has, every search lists and counts the same records in the same order as before, and a kill
half-way leaves the store as it was for the next start to finish."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.kit import Kit
from app.paths import KitPaths
from app.store.migrations.m027_backlog_status_order import BACKLOG_INDEXES as BEFORE
from app.store.migrations.m028_backlog_quarantine_order import BACKLOG_INDEXES
from app.store.store import Store
from tests.backlog.test_pages import varied_rows
from tests.store.test_migration_narrow import (
    indexes_left_by,
    killed_and_finished,
    migrated_as_new,
    migrated_mid_import,
)
from tests.store.test_migration_tally import imported, index_names

STEP = "ordering the backlog's reasons and tariffs"


@pytest.fixture
def old_store(kit: Kit, tmp_path: Path) -> Store:
    indexes_left_by(imported(kit, tmp_path, varied_rows(1200)), BEFORE, 27)
    return kit.store


def test_the_searches_list_the_same_records_after_the_migration(
    old_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert migrated_as_new(old_store, tmp_path, capsys, step=STEP, replaced=()) == [28]


def test_killed_half_way_the_store_is_as_it_was_and_the_next_start_finishes(
    old_store: Store, paths: KitPaths, passphrase: str
) -> None:
    killed_and_finished(old_store, paths, passphrase, STEP).close()


def test_an_interrupted_large_import_builds_the_new_indexes_when_it_ends(
    old_store: Store,
) -> None:
    """A merge a crash cut short has its indexes dropped until it ends: migration 28 leaves
    the new indexes to it."""
    assert migrated_mid_import(old_store, BEFORE) == list(BACKLOG_INDEXES)
    assert not index_names(old_store)  # none built twice: the merge builds them
