"""Backlog counters moved by a bulk decision in one statement per counter, not record by record
(issue 18 item 6: an audited write-off of 100,000 records).

The counters of migrations 15, 20 and 23 are kept by triggers on every insert, change and
delete: a status change of 100,000 records ran the update triggers 100,000 times, 18 small-
table writes a record, the kit's write-off and the bare statements alike. Measured on a
300,000-record store (load ~11, alternating, medians of 3, ~26,700 records written off each):
4.1 s of CPU (31 s wall) moving the counters in one statement each against 4.6 s (36 s) by
the triggers; the rest is the UPDATE itself, its indexes and the commit. A bulk decision or
its undo now moves the counters itself, from the
records its action changes, one grouped statement per counter (app.backlog.tally.moved), and
asks the update triggers to stand aside for its own UPDATE: they fire only while
`backlog_counts_paused` is empty. The decision writes its row there and deletes it in its one
transaction, so no other writer ever sees it (another process's change, a single record's
edit, an import: the triggers keep the counters as before), and a crash rolls it back with
the rest of the decision.

Nothing is counted here: the update triggers are put back with that condition (the insert and
delete triggers stay as they were). A large import a crash cut short has them dropped until it
finishes: it puts them in, as they are now, when it counts the counters afresh."""

from __future__ import annotations

from typing import Any

from app.store.migrations.base import Migration
from app.store.migrations.m015_backlog_tally import TRIGGERS
from app.store.migrations.m020_backlog_days import DAY_TRIGGERS
from app.store.migrations.m023_backlog_money import KEY_TRIGGERS, MONEY_TRIGGERS

PAUSE_TABLE = (
    "CREATE TABLE IF NOT EXISTS backlog_counts_paused (action INTEGER PRIMARY KEY NOT NULL)"
)
_STANDS_ASIDE = "NOT EXISTS (SELECT 1 FROM backlog_counts_paused)"


def _guarded(statement: str) -> str:
    """An update trigger (`… WHEN changed BEGIN …`) that fires only while nothing paused it."""
    if " AFTER UPDATE " not in statement:
        return statement
    head, _, rest = statement.partition(" WHEN ")
    changed, _, body = rest.partition(" BEGIN ")
    return f"{head} WHEN ({changed}) AND {_STANDS_ASIDE} BEGIN {body}"


#: every counter trigger of backlog_records as a store of this version has it
COUNTER_TRIGGERS = tuple(
    _guarded(statement) for statement in (*TRIGGERS, *DAY_TRIGGERS, *MONEY_TRIGGERS, *KEY_TRIGGERS)
)
COUNTER_TRIGGER_NAMES = tuple(statement.split()[5] for statement in COUNTER_TRIGGERS)
UPDATE_TRIGGER_NAMES = tuple(
    statement.split()[5] for statement in COUNTER_TRIGGERS if " AFTER UPDATE " in statement
)


def _run(conn: Any) -> None:
    conn.execute(PAUSE_TABLE)
    for statement in COUNTER_TRIGGERS:
        name = statement.split()[5]
        if name not in UPDATE_TRIGGER_NAMES:
            continue
        present = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = ?", (name,)
        ).fetchone()
        if present is not None:  # absent: a cut-short import puts it in when it ends
            conn.execute(f"DROP TRIGGER {name}")
            conn.execute(statement)


MIGRATION = Migration(version=24, name="backlog_bulk_counts", run=_run)
