"""The partner directory: groups, services, routing, contacts, templates, runbooks, and the
documents (delivery.toml, bundle.toml) that arrive in signed bundles."""

from app.store.migrations.base import Migration

MIGRATION = Migration(
    version=3,
    name="directory",
    sql="""
CREATE TABLE groups (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT ''
);
CREATE TABLE services (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT ''
);
CREATE TABLE routing (
    service  TEXT NOT NULL REFERENCES services (id) ON DELETE CASCADE,
    group_id TEXT NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    PRIMARY KEY (service, group_id)
);
CREATE TABLE contacts (
    id             INTEGER PRIMARY KEY,
    organisation   TEXT NOT NULL,
    name           TEXT NOT NULL,
    email          TEXT NOT NULL DEFAULT '',
    phone          TEXT NOT NULL DEFAULT '',
    language       TEXT NOT NULL DEFAULT 'en',
    timezone       TEXT NOT NULL DEFAULT 'UTC',
    channels       TEXT NOT NULL DEFAULT 'email',
    origin         TEXT NOT NULL DEFAULT 'bundle' CHECK (origin IN ('bundle', 'local', 'demo')),
    edited_locally INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX contacts_org ON contacts (organisation, name);
CREATE TABLE contact_groups (
    contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    group_id   TEXT NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    PRIMARY KEY (contact_id, group_id)
);
CREATE INDEX contact_groups_group ON contact_groups (group_id, contact_id);
CREATE TABLE templates (
    kind     TEXT NOT NULL,
    stage    TEXT NOT NULL,
    language TEXT NOT NULL,
    channel  TEXT NOT NULL CHECK (channel IN ('email', 'sms')),
    source   TEXT NOT NULL,
    origin   TEXT NOT NULL DEFAULT 'bundle' CHECK (origin IN ('bundle', 'local')),
    PRIMARY KEY (kind, stage, language, channel)
);
CREATE TABLE runbooks (
    name  TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    body  TEXT NOT NULL
);
CREATE TABLE directory_docs (
    name TEXT PRIMARY KEY,
    body TEXT NOT NULL
);
""",
)
