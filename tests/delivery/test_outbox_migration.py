"""Migration 10 rebuilds the outbox (a new state, the promise, the claims): every message and
every attempt of an older store is kept, and attempts still belong to their messages."""

from __future__ import annotations

import sqlcipher3

from app.store.migrations import MIGRATIONS


def test_an_older_outbox_keeps_its_messages_and_attempts() -> None:
    conn = sqlcipher3.connect(":memory:", isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    for migration in [m for m in MIGRATIONS if m.version < 10]:
        conn.execute("BEGIN IMMEDIATE")
        migration.apply(conn)
        conn.execute("COMMIT")
    conn.execute(
        "INSERT INTO outbox (id, message_id, channel, recipient, subject, body, state, "
        "created_at, updated_at) VALUES (5, '<a@x.invalid>', 'email', 'ops@example.com', "
        "'S', 'B', 'uncertain', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"
    )
    conn.execute(
        "INSERT INTO outbox_attempts (message, at, path, outcome, reply, code) "
        "VALUES (5, '2026-01-01T00:00:00Z', 'relay', 'uncertain', 'cut off', NULL)"
    )
    [ten] = [m for m in MIGRATIONS if m.version == 10]
    conn.execute("BEGIN IMMEDIATE")
    ten.apply(conn)
    conn.execute("COMMIT")
    row = conn.execute(
        "SELECT message_id, state, promise_at, claim_session FROM outbox WHERE id = 5"
    ).fetchone()
    assert row == ("<a@x.invalid>", "uncertain", None, None)
    assert conn.execute("SELECT message, reply FROM outbox_attempts").fetchall() == [(5, "cut off")]
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.execute("UPDATE outbox SET state = 'held' WHERE id = 5")  # the new state is allowed
    conn.execute("DELETE FROM outbox WHERE id = 5")  # attempts still follow their message
    assert conn.execute("SELECT count(*) FROM outbox_attempts").fetchone() == (0,)
    [(sql,)] = conn.execute(
        "SELECT sql FROM sqlite_master WHERE name = 'outbox_attempts'"
    ).fetchall()
    assert 'REFERENCES "outbox"' in sql or "REFERENCES outbox" in sql


def test_migration_18_marks_the_outcomes_an_older_kit_left_as_already_stored() -> None:
    """Rows migration 16's sender left in its log had reached their messages already (only
    their audit entry waited): they must not be applied to the messages a second time."""
    conn = sqlcipher3.connect(":memory:", isolation_level=None)
    [sixteen] = [m for m in MIGRATIONS if m.version == 16]  # the log's own migration
    sixteen.apply(conn)
    conn.execute(
        "INSERT INTO outbox_unaudited (message, state, path, reply) VALUES (7, 'sent', 'relay', '')"
    )
    [eighteen] = [m for m in MIGRATIONS if m.version == 18]
    eighteen.apply(conn)
    conn.execute(
        "INSERT INTO outbox_unaudited (message, state, path, reply, at, code) "
        "VALUES (8, 'sent', 'relay', '250 accepted', '2026-12-01T05:00:00Z', 250)"
    )
    rows = conn.execute("SELECT message, stored, code FROM outbox_unaudited ORDER BY id")
    assert rows.fetchall() == [(7, 1, None), (8, 0, 250)]
