"""The backlog's tally (migration 15): records per (status, kind, reason, reason_known,
carrier, carrier_file_type), kept by triggers. A count of any mix of those filters reads a
few tally rows instead of the records or an index of a million entries.

A bulk load drops the triggers with the secondary indexes (`suspend`) and counts the tally
afresh at the end (`refill`, one pass in C). Meanwhile the tally is not `live` and counts
read the records, as they did before."""

from __future__ import annotations

from app.backlog.model import Criteria
from app.store import db
from app.store.migrations.m015_backlog_tally import FILL, TRIGGER_NAMES, TRIGGERS

#: the search fields whose terms are all on tally columns
FIELDS = frozenset({"status", "kind", "reason", "unknown_reason", "carrier", "carrier_file_type"})


def answers(criteria: Criteria) -> bool:
    """Whether the tally can count `criteria` (every field it uses is a tally column)."""
    return set(criteria.as_dict()) <= FIELDS


def live(conn: db.Connection) -> bool:
    """The triggers are in place: the tally is true (not in the middle of a bulk load)."""
    marks = ", ".join("?" * len(TRIGGER_NAMES))
    found = conn.execute(
        f"SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name IN ({marks})",
        TRIGGER_NAMES,
    ).fetchone()[0]
    return int(found) == len(TRIGGER_NAMES)


def suspend(conn: db.Connection) -> None:
    """Before a bulk load (in its transaction): no per-row upkeep; `refill` after it."""
    for name in TRIGGER_NAMES:
        conn.execute(f"DROP TRIGGER IF EXISTS {name}")


def refill(conn: db.Connection) -> None:
    """Count every record afresh and put the triggers back (in the caller's transaction)."""
    for statement in (*FILL, *TRIGGERS):
        conn.execute(statement)
