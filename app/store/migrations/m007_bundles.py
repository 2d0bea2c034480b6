"""Signed contact bundles: the pinned signer keys and the history of applied bundles (the
newest row is what the kit holds now; versions only ever go up)."""

from app.store.migrations.base import Migration

MIGRATION = Migration(
    version=7,
    name="bundles",
    sql="""
CREATE TABLE bundle_signers (
    role        TEXT PRIMARY KEY CHECK (role IN ('primary', 'backup')),
    key_id      TEXT NOT NULL,
    public_key  TEXT NOT NULL UNIQUE,
    fingerprint TEXT NOT NULL,
    added_at    TEXT NOT NULL
);
CREATE TABLE bundle_history (
    id               INTEGER PRIMARY KEY,
    name             TEXT NOT NULL,
    version          INTEGER NOT NULL,
    signer_key_id    TEXT NOT NULL,
    signer_role      TEXT NOT NULL,
    fingerprint      TEXT NOT NULL,
    issued           TEXT NOT NULL,
    expires          TEXT,
    manifest_sha256  TEXT NOT NULL,
    content_sha256   TEXT NOT NULL,
    applied_at       TEXT NOT NULL,
    expired_on_apply INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX bundle_history_version ON bundle_history (version);
CREATE TABLE bundle_watch (
    id     INTEGER PRIMARY KEY CHECK (id = 1),
    folder TEXT NOT NULL
);
""",
)
