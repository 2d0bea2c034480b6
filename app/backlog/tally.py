"""The backlog's tally (migration 15): records per (status, kind, reason, reason_known,
carrier, carrier_file_type), kept by triggers. A count of any mix of those filters reads a
few tally rows instead of the records or an index of a million entries.

A bulk load drops the triggers with the secondary indexes (`suspend`) and counts the tally
afresh at the end (`refill`, one pass in C). Meanwhile the tally is not `live` and counts
read the records, as they did before. The same goes for migration 20's day counters (dates
and service prefixes by status: `days_live`) and migration 23's amounts (`money_live`) and
tariff key and batch number counts (`keys_live`)."""

from __future__ import annotations

from app.backlog.model import Criteria
from app.store import db
from app.store.migrations.m015_backlog_tally import FILL, TRIGGER_NAMES, TRIGGERS
from app.store.migrations.m020_backlog_days import DAY_FILL, DAY_TRIGGER_NAMES, DAY_TRIGGERS
from app.store.migrations.m023_backlog_money import (
    KEY_FILL,
    KEY_TRIGGER_NAMES,
    KEY_TRIGGERS,
    MONEY_FILL,
    MONEY_TRIGGER_NAMES,
    MONEY_TRIGGERS,
)

#: the search fields whose terms are all on tally columns
FIELDS = frozenset({"status", "kind", "reason", "unknown_reason", "carrier", "carrier_file_type"})


def answers(criteria: Criteria) -> bool:
    """Whether the tally can count `criteria` (every field it uses is a tally column)."""
    return set(criteria.as_dict()) <= FIELDS


def live(conn: db.Connection, names: tuple[str, ...] = TRIGGER_NAMES) -> bool:
    """The triggers are in place: the tally is true (not in the middle of a bulk load)."""
    marks = ", ".join("?" * len(names))
    found = conn.execute(
        f"SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name IN ({marks})",
        names,
    ).fetchone()[0]
    return int(found) == len(names)


def days_live(conn: db.Connection) -> bool:
    """The day counters' triggers (migration 20) are in place: their counts are true."""
    return live(conn, DAY_TRIGGER_NAMES)


def money_live(conn: db.Connection) -> bool:
    """The amounts' triggers (migration 23) are in place: their sums are true."""
    return live(conn, MONEY_TRIGGER_NAMES)


def keys_live(conn: db.Connection) -> bool:
    """The tariff key and batch number counters' triggers (migration 23) are in place."""
    return live(conn, KEY_TRIGGER_NAMES)


def suspend(conn: db.Connection) -> None:
    """Before a bulk load (in its transaction): no per-row upkeep of the tally nor of the day
    counters and amounts; `refill` after it."""
    for name in (*TRIGGER_NAMES, *DAY_TRIGGER_NAMES, *MONEY_TRIGGER_NAMES, *KEY_TRIGGER_NAMES):
        conn.execute(f"DROP TRIGGER IF EXISTS {name}")


def refill(conn: db.Connection) -> None:
    """Count every record afresh and put the triggers back (in the caller's transaction)."""
    for statement in (
        *FILL, *TRIGGERS, *DAY_FILL, *DAY_TRIGGERS, *MONEY_FILL, *MONEY_TRIGGERS, *KEY_FILL,
        *KEY_TRIGGERS,
    ):  # fmt: skip
        conn.execute(statement)
