"""`outbox_unaudited`: sending outcomes committed before their audit entry.

The sender commits each round of outcomes (a disk flush and some fifteen encrypted pages
each) before the next message's content leaves; the audit entries for those outcomes are
written every few dozen outcomes, in bulk. Until then each outcome has a row here, committed
with the outcome itself: a crash in between loses no audit entry, the next start writes it
(`Outbox.audit_pending`), and the row goes once its entry is written.
"""

from app.store.migrations.base import Migration

MIGRATION = Migration(
    version=16,
    name="outbox_unaudited",
    sql="""
CREATE TABLE outbox_unaudited (
    id      INTEGER PRIMARY KEY,
    message INTEGER NOT NULL,
    state   TEXT NOT NULL,
    path    TEXT NOT NULL,
    reply   TEXT NOT NULL DEFAULT ''
)
""",
)
