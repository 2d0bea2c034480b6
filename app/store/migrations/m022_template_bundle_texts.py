"""`template_bundle_texts`: the bundle's own text of a template edited on this workstation.

Before this migration a local edit overwrote the bundle's row in `templates` (one row per
kind, stage, language and channel), so removing the edit removed the bundle's template too:
partners of that language silently got the fallback language's notice. Now the bundle's text
waits here while the local edit is in force, an import keeps it up to date (the newer
bundle's text), and removing the edit puts it back.

`source` is NULL for the local edits this migration finds in a stage whose templates come
from a bundle: their bundle text (if the bundle had one) was already lost by the older kit.
Removing such an edit says so and tells how to get it back (import the bundle again)."""

from typing import Any

from app.i18n import Msg
from app.store import steps
from app.store.migrations.base import Migration

# the local edits whose bundle text an older kit may have lost: those of a stage whose
# templates come from a bundle
_MARK_LOST = """
INSERT INTO template_bundle_texts (kind, stage, language, channel, source)
SELECT t.kind, t.stage, t.language, t.channel, NULL FROM templates AS t
WHERE t.origin = 'local' AND EXISTS (
    SELECT 1 FROM templates AS b
    WHERE b.kind = t.kind AND b.stage = t.stage AND b.origin = 'bundle'
)
"""


def _run(conn: Any) -> None:
    with steps.step(Msg.tr("Updating the store: noting the locally edited templates")):
        conn.execute(_MARK_LOST)


MIGRATION = Migration(
    version=22,
    name="template_bundle_texts",
    sql="""
CREATE TABLE template_bundle_texts (
    kind     TEXT NOT NULL,
    stage    TEXT NOT NULL,
    language TEXT NOT NULL,
    channel  TEXT NOT NULL,
    source   TEXT,
    PRIMARY KEY (kind, stage, language, channel)
)
""",
    run=_run,
)
