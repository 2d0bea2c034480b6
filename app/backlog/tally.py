"""The backlog's counters: the tally (migration 15, records per status, kind, reason,
reason_known, carrier, carrier_file_type), the day counters (migration 20, dates and service
prefixes by status), the amounts and the tariff key and batch number counts (migration 23).
Triggers keep them on every insert, change and delete (migration 24: the update triggers stand
aside while a bulk decision moves the counters itself). A count of any mix of the tally's
filters reads a few tally rows instead of the records or an index of a million entries.

A bulk load drops the triggers with the secondary indexes (`suspend`) and counts every counter
afresh at the end (`refill`). Meanwhile the counters are not `live` and counts read the
records, as they did before.

Counting, afresh or by a bulk decision, adds each counted row to its counters with upserts
(`… ON CONFLICT DO UPDATE SET n = n + excluded.n`): SQLite groups without sorting, the
counters' few thousand rows in the cache. Measured on a copy of a million-record store (the
loaded 2-core machine, load ~7; CPU seconds, what the load swings least; wall in brackets):
the nine GROUP BY statements this replaces took 15.6-17.8 s (44-60 s), mostly sorting a million
keys each; one GROUP BY over the seven groupings at once (a million rows × 7 in one sort) 32 s
(78 s); one pass upserting the seven groupings into one table 10.9 s (62 s); seven upsert
passes, one a grouping, 8.1 s (28 s) — the counters' pages and the records' stay in the cache
from pass to pass, the passes cost little beyond the upserts; a Python loop over one pass 7.3 s
(36-40 s), holding the interpreter meanwhile."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from app.backlog.model import Criteria
from app.store import db
from app.store.migrations.m015_backlog_tally import TALLY_COLUMNS, TRIGGER_NAMES
from app.store.migrations.m020_backlog_days import DAY_TRIGGER_NAMES, SERVICE_PREFIX, day_of
from app.store.migrations.m023_backlog_money import KEY_TRIGGER_NAMES, MONEY_TRIGGER_NAMES
from app.store.migrations.m024_backlog_bulk_counts import (
    COUNTER_TRIGGER_NAMES,
    COUNTER_TRIGGERS,
    UPDATE_TRIGGER_NAMES,
)

#: the search fields whose terms are all on tally columns
FIELDS = frozenset({"status", "kind", "reason", "unknown_reason", "carrier", "carrier_file_type"})
COUNTER_TABLES = (
    "backlog_tally",
    "backlog_day_tally",
    "backlog_money",
    "backlog_day_money",
    "backlog_key_tally",
)
_TALLY = ", ".join(TALLY_COLUMNS)
#: what a counted row holds besides its status and weight `w`, for a record named r
_VALUES = (
    *(f"r.{c} AS {c}" for c in TALLY_COLUMNS if c != "status"),
    "coalesce(r.currency, '') AS currency",
    "coalesce(r.amount_minor, 0) AS amount",
    f"{day_of('r.call_date')} AS call_day",
    f"{day_of('r.date_updated')} AS updated_day",
    f"CASE WHEN r.date_released <> '' THEN {day_of('r.date_released')} END AS released_day",
    f"substr(r.service_id, 1, {SERVICE_PREFIX}) AS service",
    "r.tariff_key AS tariff_key",
    "r.batch_number AS batch_number",
)
#: every record, counted once
_RECORDS = f"SELECT r.status AS status, 1 AS w, {', '.join(_VALUES)} FROM backlog_records r"
_MOVES = "counted_moves"
_GROUPS = "counted_groups"  # (tally key, currency): the tally's and the amounts' rows
_DAYS = "counted_call_days"  # (call day, status, currency): the call days' and their amounts'
_MONEY = "n = n + excluded.n, amount = amount + excluded.amount"
_TEMP_TABLES = (
    f"CREATE TEMP TABLE {_GROUPS} ({_TALLY}, currency, n INTEGER NOT NULL, "
    f"amount INTEGER NOT NULL, PRIMARY KEY ({_TALLY}, currency)) WITHOUT ROWID",
    f"CREATE TEMP TABLE {_DAYS} (day, status, currency, n INTEGER NOT NULL, "
    "amount INTEGER NOT NULL, PRIMARY KEY (day, status, currency)) WITHOUT ROWID",
)


def _passes(source: str) -> tuple[str, ...]:
    """Each row of `source` (status, w, _VALUES) added, weighted by w, to every counter: one
    upsert pass a grouping, then the temporary groupings summed into their counters."""
    # (the WHERE before ON CONFLICT: SQLite's parsing of an upsert's SELECT)
    day_fields = {"updated": "updated_day", "released": "released_day", "service": "service"}
    return (
        f"INSERT INTO temp.{_GROUPS} SELECT {_TALLY}, currency, w, w * amount FROM ({source}) "
        f"WHERE 1 ON CONFLICT DO UPDATE SET {_MONEY}",
        f"INSERT INTO temp.{_DAYS} SELECT call_day, status, currency, w, w * amount "
        f"FROM ({source}) WHERE 1 ON CONFLICT DO UPDATE SET {_MONEY}",
        *(
            "INSERT INTO backlog_day_tally (field, day, status, n) "
            f"SELECT '{field}', {column}, status, w FROM ({source}) WHERE {column} IS NOT NULL "
            "ON CONFLICT DO UPDATE SET n = n + excluded.n"
            for field, column in day_fields.items()
        ),
        *(
            "INSERT INTO backlog_key_tally (field, value, status, n) "
            f"SELECT '{field}', {column}, status, w FROM ({source}) WHERE 1 "
            "ON CONFLICT DO UPDATE SET n = n + excluded.n"
            for field, column in (("tariff", "tariff_key"), ("batch", "batch_number"))
        ),
        f"INSERT INTO backlog_tally ({_TALLY}, n) SELECT {_TALLY}, sum(n) FROM temp.{_GROUPS} "
        f"WHERE 1 GROUP BY {_TALLY} ON CONFLICT DO UPDATE SET n = n + excluded.n",
        "INSERT INTO backlog_money (status, reason, carrier, currency, n, amount) "
        f"SELECT status, reason, carrier, currency, sum(n), sum(amount) FROM temp.{_GROUPS} "
        f"WHERE 1 GROUP BY 1, 2, 3, 4 ON CONFLICT DO UPDATE SET {_MONEY}",
        "INSERT INTO backlog_day_money (day, status, currency, n, amount) "
        f"SELECT day, status, currency, n, amount FROM temp.{_DAYS} WHERE 1 "
        f"ON CONFLICT DO UPDATE SET {_MONEY}",
        "INSERT INTO backlog_day_tally (field, day, status, n) "
        f"SELECT 'call', day, status, sum(n) FROM temp.{_DAYS} WHERE 1 GROUP BY 2, 3 "
        "ON CONFLICT DO UPDATE SET n = n + excluded.n",
    )


#: every counter counted afresh (after a bulk load that ran without the triggers)
FILL = (
    *(f"DELETE FROM {table}" for table in COUNTER_TABLES),
    *_TEMP_TABLES,
    *_passes(_RECORDS),
)
#: the counters of a bulk decision's records (backlog_changes of action ?), in the temporary
#: table `counted_moves`: each record once as it leaves its status (w = -1), once as it comes
#: to the new one (w = 1)
_MOVED = (
    f"CREATE TEMP TABLE {_MOVES} AS SELECT "
    "CASE s.w WHEN 1 THEN c.to_status ELSE c.from_status END AS status, s.w AS w, "
    f"{', '.join(_VALUES)} FROM backlog_changes c JOIN backlog_records r ON r.id = c.record "
    "CROSS JOIN (SELECT 1 AS w UNION ALL SELECT -1) s WHERE c.action = ?"
)
_MOVE = (*_TEMP_TABLES, *_passes(f"SELECT * FROM temp.{_MOVES}"))
#: a bulk decision's counters moved: the first statement takes the action's id; then the
#: update triggers stand aside (PAUSE, the action's id) for its UPDATE, and RESUME after it
MOVE = (_MOVED, *_MOVE)
PAUSE = "INSERT INTO backlog_counts_paused (action) VALUES (?)"
RESUME = "DELETE FROM backlog_counts_paused WHERE action = ?"
#: the temporary tables dropped after counting
DROP_TEMPORARY = tuple(f"DROP TABLE IF EXISTS temp.{t}" for t in (_MOVES, _GROUPS, _DAYS))


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
    for name in COUNTER_TRIGGER_NAMES:
        conn.execute(f"DROP TRIGGER IF EXISTS {name}")


def refill(conn: db.Connection) -> None:
    """Count every record afresh and put the triggers back (in the caller's transaction)."""
    _drop_temporary(conn)
    try:
        for statement in (*FILL, *COUNTER_TRIGGERS):
            conn.execute(statement)
    finally:
        _drop_temporary(conn)


@contextmanager
def moved(
    conn: db.Connection,
    action_id: int,
    records: tuple[str, tuple[object, ...]] | None = None,
) -> Iterator[None]:
    """Around the caller's one UPDATE that gives the records of `action_id`'s changes
    (backlog_changes) their `to_status` (with `records`, those of a slice of a bulk action:
    a condition on `c.record`, the change's record id, and its parameters), in the caller's
    transaction: the counters moved first, one statement a counter, and the update triggers
    standing aside for the UPDATE (migration 24). Its other columns the UPDATE leaves alone.
    Nothing to move in the middle of a bulk load (its triggers away): it counts everything
    afresh when it ends."""
    if not live(conn, UPDATE_TRIGGER_NAMES):
        yield
        return
    _drop_temporary(conn)
    try:
        if records is None:
            conn.execute(_MOVED, (action_id,))
        else:
            conn.execute(f"{_MOVED} AND {records[0]}", (action_id, *records[1]))
        for statement in _MOVE:
            conn.execute(statement)
    finally:
        _drop_temporary(conn)
    conn.execute(PAUSE, (action_id,))
    yield  # an exception: the caller's transaction rolls the pause back with the rest
    conn.execute(RESUME, (action_id,))


def _drop_temporary(conn: db.Connection) -> None:
    for statement in DROP_TEMPORARY:
        conn.execute(statement)
