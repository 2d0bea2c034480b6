"""The durable outbox: one row per message and recipient, and every delivery attempt."""

from app.store.migrations.base import Migration

MIGRATION = Migration(
    version=2,
    name="outbox",
    sql="""
CREATE TABLE outbox (
    id             INTEGER PRIMARY KEY,
    message_id     TEXT NOT NULL UNIQUE,
    incident_ref   TEXT,
    notice_id      INTEGER,
    channel        TEXT NOT NULL CHECK (channel IN ('email', 'sms')),
    recipient      TEXT NOT NULL,
    recipient_name TEXT NOT NULL DEFAULT '',
    subject        TEXT NOT NULL,
    body           TEXT NOT NULL,
    in_reply_to    TEXT,
    refs           TEXT NOT NULL DEFAULT '',
    state          TEXT NOT NULL DEFAULT 'queued'
                   CHECK (state IN ('queued', 'sending', 'sent', 'failed', 'uncertain',
                                    'handed-off')),
    path           TEXT,
    attempts       INTEGER NOT NULL DEFAULT 0,
    last_reply     TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX outbox_state ON outbox (state, id);
CREATE INDEX outbox_incident ON outbox (incident_ref, recipient, id);
CREATE TABLE outbox_attempts (
    id         INTEGER PRIMARY KEY,
    message    INTEGER NOT NULL REFERENCES outbox (id) ON DELETE CASCADE,
    at         TEXT NOT NULL,
    path       TEXT NOT NULL,
    outcome    TEXT NOT NULL,
    reply      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX outbox_attempts_message ON outbox_attempts (message, id);
""",
)
