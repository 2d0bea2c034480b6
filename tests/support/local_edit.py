"""A local template edit stored as a kit before the stage check (issue: local edits pass the
check `bundle build` makes) could store it: its fields may differ from its stage's other
languages. Tests of how notices treat such a set use this; a new edit goes through
TemplateCatalog.save_local, which refuses it."""

from __future__ import annotations

from app.notices.catalog import TemplateCatalog
from app.paths import KitPaths
from app.store import db
from app.store.keys import KeyFile
from app.store.store import Store


def store_unchecked_edit(
    catalog: TemplateCatalog, kind: str, stage: str, language: str, channel: str, source: str
) -> None:
    catalog._conn.execute(
        "INSERT INTO templates (kind, stage, language, channel, source, origin) "
        "VALUES (?, ?, ?, ?, ?, 'local') ON CONFLICT (kind, stage, language, channel) "
        "DO UPDATE SET source = excluded.source, origin = 'local'",
        (kind, stage, language, channel, source),
    )


def store_unchecked_edit_at(
    paths: KitPaths, passphrase: str, key: tuple[str, str, str, str], source: str
) -> None:
    """The same in the store at `paths`, as the command line leaves it (closed)."""
    key_file = KeyFile.load(paths.key_file)
    store = Store(paths=paths, raw_key=key_file.unwrap(passphrase), key_file=key_file)
    try:
        with db.transaction(store.conn):
            store_unchecked_edit(TemplateCatalog(conn=store.conn), *key, source)
    finally:
        store.close()
