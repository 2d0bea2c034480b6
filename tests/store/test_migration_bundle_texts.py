"""Migration 22 (the bundle's own text of a locally edited template is kept) on a store an
older kit left: its table is exactly a new store's, a local edit that had replaced a bundle
template is marked as having lost the bundle's text (its reset says so), a kill half-way
leaves the store as it was and the next start finishes it."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.kit import Kit
from app.notices.catalog import TemplateCatalog
from app.paths import KitPaths
from app.store import steps
from app.store.keys import KeyFile, NoKeyring
from app.store.migrations import MIGRATIONS
from app.store.store import Store
from tests.conftest import PASSPHRASE
from tests.store.test_migration_tally import migrate_killed_at

BEFORE_22 = max(m.version for m in MIGRATIONS if m.version < 22)
FROM_22 = [m.version for m in MIGRATIONS if m.version >= 22]
STEP = "noting the locally edited templates"
ROWS = [
    # a bundle stage where an older kit saved the sv edit over the bundle's sv template
    ("disaster", "update", "en", "email", "Subject: Update\n\n{{ progress }}\n", "bundle"),
    ("disaster", "update", "sv", "email", "Subject: Läget\n\n{{ progress }}\n", "local"),
    # a stage without bundle templates: its edit replaced a shipped text, nothing was lost
    ("downtime", "initial", "fi", "email", "Subject: Huolto\n\n{{ impact }}\n", "local"),
]


def table_sql(store: Store) -> str:
    row = store.conn.execute(
        "SELECT sql FROM sqlite_master WHERE name = 'template_bundle_texts'"
    ).fetchone()
    return str(row[0]) if row else ""


def kept(store: Store) -> list[tuple[object, ...]]:
    return [tuple(r) for r in store.conn.execute("SELECT * FROM template_bundle_texts ORDER BY 1")]


@pytest.fixture
def old_store(kit: Kit) -> Store:
    """The templates as a kit before migration 22 stored them."""
    store = kit.store
    store.conn.execute("DROP TABLE template_bundle_texts")
    store.conn.executemany(
        "INSERT INTO templates (kind, stage, language, channel, source, origin) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        ROWS,
    )
    store.conn.execute(f"PRAGMA user_version = {BEFORE_22}")
    return store


def test_the_migrated_store_marks_the_lost_bundle_text_and_equals_a_new_one(
    old_store: Store, kit: Kit, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    steps.enabled = True  # as the command line does in text mode
    try:
        assert old_store.migrate() == FROM_22
    finally:
        steps.enabled = False
    assert f"{STEP}… done" in capsys.readouterr().err
    assert kept(old_store) == [("disaster", "update", "sv", "email", None)]

    fresh = Store.create(
        KitPaths(tmp_path / "new"), operator="Night Duty", passphrase=PASSPHRASE, keeper=NoKeyring()
    )
    try:
        assert table_sql(fresh) == table_sql(old_store) != ""
    finally:
        fresh.close()

    # the sv edit's reset says the bundle's text is gone; the fi edit's reset does not
    catalog = TemplateCatalog(conn=old_store.conn, audit=kit.audit)
    assert catalog.bundle_text_lost("disaster", "update", "sv", "email")
    assert not catalog.bundle_text_lost("downtime", "initial", "fi", "email")
    assert catalog.remove_local("disaster", "update", "sv", "email") == "lost"
    assert catalog.remove_local("downtime", "initial", "fi", "email") == "removed"
    assert catalog.get("disaster", "update", "sv").language == "en"
    assert kept(old_store) == []


def test_killed_half_way_the_store_is_as_it_was_and_the_next_start_finishes(
    old_store: Store, paths: KitPaths, passphrase: str
) -> None:
    raw_key = KeyFile.load(paths.key_file).unwrap(passphrase).hex()
    old_store.close()
    # killed after the table was made, in the migration's transaction
    migrate_killed_at(paths, raw_key, STEP)

    store = Store(
        paths=paths, raw_key=bytes.fromhex(raw_key), key_file=KeyFile.load(paths.key_file)
    )
    try:
        assert store.schema_version == BEFORE_22
        assert table_sql(store) == ""
        origins = store.conn.execute("SELECT language, origin FROM templates ORDER BY 1")
        assert [tuple(r) for r in origins] == [("en", "bundle"), ("fi", "local"), ("sv", "local")]
        assert store.migrate() == FROM_22
        assert kept(store) == [("disaster", "update", "sv", "email", None)]
    finally:
        store.close()
