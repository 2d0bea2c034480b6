"""What a bulk decision (app/backlog/bulk.py) leaves while it runs: the lock file in the data
folder that restore and rekey wait for, and its state in the store's `meta`, which a start
finds when a process was killed mid-way. Apart from the bulk machinery, so that every start
can look for them without importing it (issue 18, point 7: ~8 M instructions)."""

from __future__ import annotations

from app.store import db

LOCK_NAME = "backlog-decision.lock"
PENDING_KEY = "backlog_decision_pending"


def decision_cut_short(conn: db.Connection) -> bool:
    """A bulk decision or undo is running (in another process) or was cut short."""
    found = conn.execute("SELECT 1 FROM meta WHERE key = ?", (PENDING_KEY,)).fetchone()
    return found is not None
