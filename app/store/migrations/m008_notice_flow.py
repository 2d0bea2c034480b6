"""The notice flow: incidents withdrawn as opened by mistake (closed, with the reason, left
out of the KPIs) and half-written notices kept in the encrypted store."""

from app.store.migrations.base import Migration

MIGRATION = Migration(
    version=8,
    name="notice_flow",
    sql="""
ALTER TABLE incidents ADD COLUMN withdrawn_reason TEXT;
CREATE TABLE notice_drafts (
    scope      TEXT PRIMARY KEY,
    payload    TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
""",
)
