"""Migration 19 (the tariff key's and batch number's indexes without the status, the release
date's only over released records) on a store migration 18 left: it says what it does, a
kill half-way leaves the store as it was and the next start finishes it, the store then has
exactly the indexes a new store has, and every search lists and counts the same records in
the same order as before."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import pytest

from app.backlog import tally
from app.backlog.query import BacklogQuery
from app.kit import Kit
from app.paths import KitPaths
from app.store import steps
from app.store.keys import KeyFile, NoKeyring
from app.store.migrations import MIGRATIONS
from app.store.migrations.m017_backlog_pages import BACKLOG_INDEXES as BEFORE
from app.store.migrations.m019_backlog_narrow import REPLACED
from app.store.migrations.m028_backlog_quarantine_order import BACKLOG_INDEXES as INDEXES_NOW
from app.store.store import Store
from tests.backlog.test_pages import varied_rows
from tests.conftest import PASSPHRASE
from tests.store.test_migration_pages import listed
from tests.store.test_migration_tally import (
    drop_after_18,
    imported,
    index_names,
    migrate_killed_at,
)

AFTER_18 = [m.version for m in MIGRATIONS if m.version > 18]


def indexes_left_by(store: Store, indexes: Sequence[str], version: int) -> None:
    """The backlog's indexes `indexes` (CREATE INDEX statements) alone, the store at
    `version`."""
    for name in index_names(store):
        store.conn.execute(f"DROP INDEX {name}")
    for statement in indexes:
        store.conn.execute(statement)
    store.conn.execute(f"PRAGMA user_version = {int(version)}")


def as_left_by_18(store: Store) -> None:
    """The backlog's indexes as migration 17 made them (18 did not touch them)."""
    indexes_left_by(store, BEFORE, 18)
    drop_after_18(store)  # the later migrations' own tables


def index_sql(store: Store) -> set[tuple[str, str]]:
    rows = store.conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'backlog_records'"
    )
    return {(str(r[0]), str(r[1])) for r in rows}


@pytest.fixture
def old_store(kit: Kit, tmp_path: Path) -> Store:
    as_left_by_18(imported(kit, tmp_path, varied_rows(1200)))
    return kit.store


def test_the_searches_list_the_same_records_after_the_migration(
    old_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    step = "narrowing the backlog's indexes"
    assert migrated_as_new(old_store, tmp_path, capsys, step=step, replaced=REPLACED) == AFTER_18


def migrated_as_new(
    store: Store,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    *,
    step: str,
    replaced: Sequence[str],
) -> list[int]:
    """Migrate `store` (holding the indexes `replaced`), saying `step`: the versions
    applied. The store then has the indexes of a new store, none of `replaced`, and every
    search lists and counts what it did before."""
    query = BacklogQuery(conn=store.conn)
    before = listed(query)
    assert set(replaced) <= index_names(store)
    done, said = migrated_saying(store, capsys)
    assert f"{step}… done" in said
    assert index_names(store) == {s.split()[2] for s in INDEXES_NOW}
    assert not set(replaced) & index_names(store)
    assert listed(query) == before
    assert indexes_as_new(store, tmp_path)
    return done


def migrated_saying(store: Store, capsys: pytest.CaptureFixture[str]) -> tuple[list[int], str]:
    """Migrate `store` saying each step as the command line does in text mode: the versions
    applied, and what was said."""
    steps.enabled = True
    try:
        done = store.migrate()
    finally:
        steps.enabled = False
    return done, capsys.readouterr().err


def indexes_as_new(store: Store, tmp_path: Path) -> bool:
    """Whether `store` has the indexes, word for word, of a store made new by this version."""
    fresh = Store.create(
        KitPaths(tmp_path / "new"),
        operator="Night Duty",
        passphrase=PASSPHRASE,
        keeper=NoKeyring(),
    )
    try:
        return index_sql(fresh) == index_sql(store)
    finally:
        fresh.close()


def test_killed_half_way_the_store_is_as_it_was_and_the_next_start_finishes(
    old_store: Store, paths: KitPaths, passphrase: str
) -> None:
    # killed after the old indexes were dropped (in the migration's transaction)
    store = killed_and_finished(old_store, paths, passphrase, "narrowing the backlog's indexes")
    try:
        assert tally.live(store.conn)
    finally:
        store.close()


def killed_and_finished(old_store: Store, paths: KitPaths, passphrase: str, step: str) -> Store:
    """Migrate `old_store` in a second process killed when the step saying `step` begins:
    nothing half-changed (the version and every index as they were); the next start (the
    store returned, open) finishes, with the indexes of now and the same searches' lists."""
    version, before = old_store.schema_version, index_sql(old_store)
    listing = listed(BacklogQuery(conn=old_store.conn))
    raw_key = KeyFile.load(paths.key_file).unwrap(passphrase).hex()
    old_store.close()
    migrate_killed_at(paths, raw_key, step)
    store = Store(
        paths=paths, raw_key=bytes.fromhex(raw_key), key_file=KeyFile.load(paths.key_file)
    )
    assert store.schema_version == version
    assert index_sql(store) == before
    assert store.migrate() == [m.version for m in MIGRATIONS if m.version > version]
    assert index_names(store) == {s.split()[2] for s in INDEXES_NOW}
    assert listed(BacklogQuery(conn=store.conn)) == listing
    return store


def test_an_interrupted_large_import_builds_the_narrow_indexes_when_it_ends(
    old_store: Store,
) -> None:
    """A merge a crash cut short has its indexes dropped until it ends: migration 19 leaves
    the new indexes to it, and drops the ones it replaces."""
    assert migrated_mid_import(old_store, BEFORE) == list(INDEXES_NOW)
    assert not index_names(old_store)  # none built twice: the merge builds them


def migrated_mid_import(store: Store, indexes: tuple[str, ...]) -> list[str]:
    """Migrate `store` as a large import a crash cut short left it (its indexes dropped,
    `indexes` to be built when it ends): the indexes the import is then told to build."""
    conn = store.conn
    for name in index_names(store):
        conn.execute(f"DROP INDEX {name}")
    job = {"staging": "x.staging", "upsert": "", "audit": {}, "rebuild": list(indexes)}
    conn.execute("INSERT INTO meta (key, value) VALUES ('backlog_import_pending', ?)",
                 (json.dumps(job),))  # fmt: skip
    store.migrate()
    saved = conn.execute("SELECT value FROM meta WHERE key = 'backlog_import_pending'")
    return list(json.loads(saved.fetchone()[0])["rebuild"])
