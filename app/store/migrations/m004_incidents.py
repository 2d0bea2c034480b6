"""Incidents and their notices: what was promised, to whom, in which words."""

from app.store.migrations.base import Migration

MIGRATION = Migration(
    version=4,
    name="incidents",
    sql="""
CREATE TABLE incidents (
    id             INTEGER PRIMARY KEY,
    reference      TEXT NOT NULL UNIQUE,
    kind           TEXT NOT NULL CHECK (kind IN ('disaster', 'downtime')),
    title          TEXT NOT NULL,
    services       TEXT NOT NULL DEFAULT '',
    groups         TEXT NOT NULL DEFAULT '',
    detected_at    TEXT NOT NULL,
    window_start   TEXT,
    window_end     TEXT,
    notify_minutes INTEGER NOT NULL,
    state          TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'closed')),
    created_at     TEXT NOT NULL,
    closed_at      TEXT
);
CREATE INDEX incidents_state ON incidents (state, id);
CREATE TABLE notices (
    id          INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents (id),
    stage       TEXT NOT NULL
                CHECK (stage IN ('initial', 'update', 'resolved', 'completed', 'cancelled')),
    fields      TEXT NOT NULL,
    next_update TEXT,
    created_at  TEXT NOT NULL,
    recipients  INTEGER NOT NULL
);
CREATE INDEX notices_incident ON notices (incident_id, id);
CREATE TABLE notice_texts (
    notice_id         INTEGER NOT NULL REFERENCES notices (id),
    language          TEXT NOT NULL,
    channel           TEXT NOT NULL CHECK (channel IN ('email', 'sms')),
    subject           TEXT NOT NULL,
    body              TEXT NOT NULL,
    template_language TEXT NOT NULL,
    template_origin   TEXT NOT NULL,
    PRIMARY KEY (notice_id, language, channel)
);
CREATE TABLE notice_audience (
    notice_id    INTEGER NOT NULL REFERENCES notices (id),
    contact_key  TEXT NOT NULL,
    organisation TEXT NOT NULL,
    name         TEXT NOT NULL,
    email        TEXT NOT NULL,
    phone        TEXT NOT NULL,
    language     TEXT NOT NULL,
    channels     TEXT NOT NULL,
    PRIMARY KEY (notice_id, contact_key)
);
CREATE TABLE incident_removals (
    incident_id INTEGER NOT NULL REFERENCES incidents (id),
    contact_key TEXT NOT NULL,
    reason      TEXT NOT NULL,
    removed_at  TEXT NOT NULL,
    PRIMARY KEY (incident_id, contact_key)
);
""",
)
