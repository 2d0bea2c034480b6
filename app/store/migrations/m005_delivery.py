"""Delivery: the officer's paths (order, edits, local profiles), SMTP passwords kept in the
store when no OS keyring exists, and the SMTP reply code of each attempt."""

from app.store.migrations.base import Migration

MIGRATION = Migration(
    version=5,
    name="delivery",
    sql="""
CREATE TABLE delivery_paths (
    name     TEXT PRIMARY KEY,
    kind     TEXT NOT NULL CHECK (kind IN ('smtp', 'webmail', 'modem')),
    priority INTEGER NOT NULL,
    enabled  INTEGER NOT NULL DEFAULT 1,
    profile  TEXT NOT NULL DEFAULT '',
    origin   TEXT NOT NULL DEFAULT 'local' CHECK (origin IN ('bundle', 'local'))
);
CREATE TABLE delivery_secrets (
    profile TEXT PRIMARY KEY,
    secret  TEXT NOT NULL
);
ALTER TABLE outbox_attempts ADD COLUMN code INTEGER
""",
)
