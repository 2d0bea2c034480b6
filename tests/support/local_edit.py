"""A local template edit stored as a kit before the stage check (issue: local edits pass the
check `bundle build` makes) could store it: its fields may differ from its stage's other
languages. Tests of how notices treat such a set use this; a new edit goes through
TemplateCatalog.save_local, which refuses it."""

from __future__ import annotations

from app.notices.catalog import TemplateCatalog


def store_unchecked_edit(
    catalog: TemplateCatalog, kind: str, stage: str, language: str, channel: str, source: str
) -> None:
    catalog._conn.execute(
        "INSERT INTO templates (kind, stage, language, channel, source, origin) "
        "VALUES (?, ?, ?, ?, ?, 'local') ON CONFLICT (kind, stage, language, channel) "
        "DO UPDATE SET source = excluded.source, origin = 'local'",
        (kind, stage, language, channel, source),
    )
