"""Backlog counts from a tally (issue 18): how many records there are for each (status, kind,
reason, reason_known, carrier, carrier_file_type), a few thousand rows at most, kept by
triggers on every insert, change and delete (so every writer keeps it true, another process
too). A count of any mix of those filters, with or without a status, sums a few tally rows
(well under a millisecond, exact: the command line's count too), and so do the dashboard's
status/reason/carrier breakdown and the search form's lists of reasons and carriers (which
read a million index entries before: 0.6-1.3 s at a million records).

Migration 12's indexes all stay: measured at a million records, dropping its five of tally
columns made a write-off of ~89,000 records ~11 % faster, but a first page of such a filter
with a common status, sorted by Quarantine ID, went from milliseconds to 2-3.6 s; its other
five (prefixes and date ranges with a status) cost ~2-3 s each in that write-off and are what
count those filters (without them 1.4-6 s for a capped count with "pending").

The tally is filled in one pass, in the migration's one transaction: killed half-way, the
store is as it was and the next start does it again. A large import that a crash left
half-merged (its indexes and so the triggers dropped, see app/backlog/staging.py) counts the
tally itself when it finishes."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from app.i18n import Msg
from app.store import steps
from app.store.migrations.base import Migration
from app.store.migrations.m006_backlog import RECORD_INDEXES
from app.store.migrations.m011_backlog_search import SEARCH_INDEXES
from app.store.migrations.m012_backlog_counts import COUNT_INDEXES, REPLACED

# the tally's key: every equality filter of the search with few distinct values
TALLY_COLUMNS = ("status", "kind", "reason", "reason_known", "carrier", "carrier_file_type")
TALLY_TABLE = (
    "CREATE TABLE IF NOT EXISTS backlog_tally ("
    "status TEXT NOT NULL, kind TEXT NOT NULL, reason TEXT NOT NULL, "
    "reason_known INTEGER NOT NULL, carrier TEXT NOT NULL, carrier_file_type TEXT NOT NULL, "
    "n INTEGER NOT NULL, "
    f"PRIMARY KEY ({', '.join(TALLY_COLUMNS)})) WITHOUT ROWID"
)
_KEY = ", ".join(TALLY_COLUMNS)
_MATCH_OLD = " AND ".join(f"{c} = OLD.{c}" for c in TALLY_COLUMNS)
_NEW = ", ".join(f"NEW.{c}" for c in TALLY_COLUMNS)
_CHANGED = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in TALLY_COLUMNS)
# the tally kept true by every writer (CREATE TRIGGER statements; names are the 3rd word)
TRIGGERS = (
    "CREATE TRIGGER IF NOT EXISTS backlog_tally_insert AFTER INSERT ON backlog_records BEGIN "
    f"INSERT INTO backlog_tally ({_KEY}, n) VALUES ({_NEW}, 1) "
    "ON CONFLICT DO UPDATE SET n = n + 1; END",
    "CREATE TRIGGER IF NOT EXISTS backlog_tally_update "
    f"AFTER UPDATE OF {_KEY} ON backlog_records WHEN {_CHANGED} BEGIN "
    f"UPDATE backlog_tally SET n = n - 1 WHERE {_MATCH_OLD}; "
    f"INSERT INTO backlog_tally ({_KEY}, n) VALUES ({_NEW}, 1) "
    "ON CONFLICT DO UPDATE SET n = n + 1; END",
    "CREATE TRIGGER IF NOT EXISTS backlog_tally_delete AFTER DELETE ON backlog_records BEGIN "
    f"UPDATE backlog_tally SET n = n - 1 WHERE {_MATCH_OLD}; END",
)
TRIGGER_NAMES = tuple(statement.split()[5] for statement in TRIGGERS)
# the tally counted afresh (after a bulk load that ran without the triggers)
FILL = (
    "DELETE FROM backlog_tally",
    f"INSERT INTO backlog_tally ({_KEY}, n) SELECT {_KEY}, count(*) FROM backlog_records "
    f"GROUP BY {_KEY}",
)

# every index of backlog_records but the Quarantine ID's, as they stand after this migration
BACKLOG_INDEXES = tuple(
    s for s in (*RECORD_INDEXES, *SEARCH_INDEXES, *COUNT_INDEXES) if s.split()[2] not in REPLACED
)
_PENDING_KEY = "backlog_import_pending"  # app.backlog.staging.PENDING_KEY
BUILD_CACHE_KIB = 262144


def _run(conn: Any) -> None:
    conn.execute(TALLY_TABLE)
    if _pending_merge_takes_over(conn):
        return  # the interrupted import counts the tally when it ends
    counted_in_one_step(
        conn,
        Msg.tr(
            "Updating the store ({size}): counting the backlog's records by status, "
            "reason and carrier"
        ),
        (*FILL, *TRIGGERS),
    )


def counted_in_one_step(conn: Any, said: str, statements: Sequence[str]) -> None:
    """Run `statements` (counters filled, triggers put in) as one step saying `said` (with
    {size}), with a large cache, in the caller's transaction."""
    size = steps.size_text(_database_path(conn))
    (kib,) = conn.execute("PRAGMA cache_size").fetchone()
    conn.execute(f"PRAGMA cache_size = -{BUILD_CACHE_KIB}")
    try:
        with steps.step(said.format(size=size)):
            for statement in statements:
                conn.execute(statement)
    finally:
        conn.execute(f"PRAGMA cache_size = {int(kib)}")


def _pending_merge_takes_over(conn: Any) -> bool:
    """A large import a crash cut short, with its indexes dropped until it finishes: it
    counts the tally (and puts the triggers in) after building them."""
    return pending_rebuild(conn, tally=True)


def pending_rebuild(conn: Any, **changes: Any) -> bool:
    """Whether a large import a crash cut short has the indexes dropped until it finishes;
    if so, `changes` are made to what it does when it ends."""
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (_PENDING_KEY,)).fetchone()
    if row is None:
        return False
    job = json.loads(row[0])
    if not job.get("rebuild"):
        return False
    job.update(changes)
    conn.execute("UPDATE meta SET value = ? WHERE key = ?", (json.dumps(job), _PENDING_KEY))
    return True


def replace_indexes(
    conn: Any, *, drop: Sequence[str], build: Sequence[str], final: Sequence[str], said: str
) -> None:
    """Drop the indexes named in `drop` and build `build` (CREATE INDEX statements), the
    step saying `said` (with {size}); `final`: every backlog index once done. Idempotent,
    in the caller's transaction. A large import a crash cut short (its indexes dropped until
    it finishes) is told to build `final` when it ends, and nothing is built here."""
    for name in drop:
        conn.execute(f"DROP INDEX IF EXISTS {name}")
    if pending_rebuild(conn, rebuild=list(final)):
        return
    size = steps.size_text(_database_path(conn))
    (kib,) = conn.execute("PRAGMA cache_size").fetchone()
    conn.execute(f"PRAGMA cache_size = -{BUILD_CACHE_KIB}")
    try:
        with steps.step(said.format(size=size)):
            for statement in build:
                conn.execute(statement.replace("CREATE INDEX ", "CREATE INDEX IF NOT EXISTS ", 1))
    finally:
        conn.execute(f"PRAGMA cache_size = {int(kib)}")


def _database_path(conn: Any) -> Path:
    for _, name, file in conn.execute("PRAGMA database_list"):
        if name == "main" and file:
            return Path(file)
    return Path()


MIGRATION = Migration(version=15, name="backlog_tally", run=_run)
