"""The outbox learns three things:

- `promise_at`: the "next update no later than" time a message promises (ISO 8601 UTC), and
  the state `held` for a message whose promise passed before it could leave;
- `claim_session` / `claim_seq`: which sending session claimed a message and in which order,
  so after a crash only the one message per session that may have been on the wire is
  `uncertain`, and those claimed behind it go back to the queue;
- `network_refs` and the state `delivered`: an SMS's message references (one per part) and
  the network's status reports for them (sent → delivered, or failed);
- `outbox_exports`: each .eml export, committed (with its messages handed off) before the
  first file is written and marked finished after the last, so the next start finds an
  export a crash cut short and removes its files or leaves the decision to the officer.

SQLite cannot change a CHECK constraint in place: both tables are rebuilt. The attempts table
goes first (it references the outbox, and dropping the outbox with foreign keys on would
otherwise cascade into it); the renames then point its reference at the new outbox.
"""

from app.store.migrations.base import Migration

MIGRATION = Migration(
    version=10,
    name="outbox_promise",
    sql="""
CREATE TABLE outbox_v10 (
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
                                    'handed-off', 'held', 'delivered')),
    path           TEXT,
    attempts       INTEGER NOT NULL DEFAULT 0,
    last_reply     TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    promise_at     TEXT,
    claim_session  TEXT,
    claim_seq      INTEGER,
    network_refs   TEXT
);
INSERT INTO outbox_v10 (id, message_id, incident_ref, notice_id, channel, recipient,
    recipient_name, subject, body, in_reply_to, refs, state, path, attempts, last_reply,
    created_at, updated_at)
SELECT id, message_id, incident_ref, notice_id, channel, recipient, recipient_name, subject,
    body, in_reply_to, refs, state, path, attempts, last_reply, created_at, updated_at
FROM outbox;
CREATE TABLE outbox_attempts_v10 (
    id         INTEGER PRIMARY KEY,
    message    INTEGER NOT NULL REFERENCES outbox_v10 (id) ON DELETE CASCADE,
    at         TEXT NOT NULL,
    path       TEXT NOT NULL,
    outcome    TEXT NOT NULL,
    reply      TEXT NOT NULL DEFAULT '',
    code       INTEGER
);
INSERT INTO outbox_attempts_v10 (id, message, at, path, outcome, reply, code)
SELECT id, message, at, path, outcome, reply, code FROM outbox_attempts;
DROP TABLE outbox_attempts;
DROP TABLE outbox;
ALTER TABLE outbox_v10 RENAME TO outbox;
ALTER TABLE outbox_attempts_v10 RENAME TO outbox_attempts;
CREATE INDEX outbox_state ON outbox (state, id);
CREATE INDEX outbox_incident ON outbox (incident_ref, recipient, id);
CREATE INDEX outbox_notice ON outbox (notice_id, state);
CREATE INDEX outbox_attempts_message ON outbox_attempts (message, id);
CREATE TABLE outbox_exports (
    id          INTEGER PRIMARY KEY,
    folder      TEXT NOT NULL,
    files       TEXT NOT NULL,
    started_at  TEXT NOT NULL,
    finished_at TEXT,
    outcome     TEXT NOT NULL DEFAULT ''
)
""",
)
