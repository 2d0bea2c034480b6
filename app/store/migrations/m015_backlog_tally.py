"""Backlog counts from a tally, not from ten indexes (issue 18).

Migration 12 gave every search filter an index ending in status, so a count of "filter +
status" read no record. But a bulk change rewrites every changed record's entry in each of
them: measured on a million records, writing off 88,877 took 9–18 s with them and 3.1 s
without (the same statements run bare), and a million-row import built ten more indexes.

What the counts really need is a tally: how many records there are for each (status, kind,
reason, reason_known, carrier, carrier_file_type), a few thousand rows at most, kept by
triggers on every insert, change and delete (so every writer keeps it true, another process
too). A count of any mix of those filters, with or without a status, sums a few tally rows
(well under a millisecond), and so does the dashboard's status/reason/carrier breakdown.

This migration drops migration 12's indexes but `KEPT` (counting a call-date range with a
status, which no tally answers), builds again the three of migrations 6 and 11 that
migration 12 had replaced, adds a (kind, call_date) index (a first page of a rare kind), and
fills the tally in one pass. All in the migration's one transaction: killed half-way, the
store is as it was and the next start does it again. A large import that a crash left
half-merged (its indexes dropped, see app/backlog/staging.py) gets the new index list and
builds the tally itself when it finishes."""

from __future__ import annotations

import json
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

# migration 12's indexes that stay: a call-date range with a status is counted in the index
KEPT = ("backlog_call_date_status",)
DROPPED = tuple(name for name in (s.split()[2] for s in COUNT_INDEXES) if name not in KEPT)
KIND_INDEX = "CREATE INDEX backlog_by_kind ON backlog_records (kind, call_date)"
# built here: the three migration 12 had replaced, and the kind's
ADDED = (
    *(s for s in (*RECORD_INDEXES, *SEARCH_INDEXES) if s.split()[2] in REPLACED),
    KIND_INDEX,
)
# every index of backlog_records but the Quarantine ID's, as they stand after this migration
BACKLOG_INDEXES = (
    *RECORD_INDEXES,
    *SEARCH_INDEXES,
    *(s for s in COUNT_INDEXES if s.split()[2] in KEPT),
    KIND_INDEX,
)
_PENDING_KEY = "backlog_import_pending"  # app.backlog.staging.PENDING_KEY
BUILD_CACHE_KIB = 262144


def _run(conn: Any) -> None:
    size = steps.size_text(_database_path(conn))
    (kib,) = conn.execute("PRAGMA cache_size").fetchone()
    conn.execute(f"PRAGMA cache_size = -{BUILD_CACHE_KIB}")
    try:
        with steps.step(
            Msg.tr(
                "Updating the store ({size}): removing %n backlog index(es) no search needs",
                "",
                len(DROPPED),
            ).format(size=size)
        ):
            for name in DROPPED:
                conn.execute(f"DROP INDEX IF EXISTS {name}")
        conn.execute(TALLY_TABLE)
        if _pending_merge_takes_over(conn):
            return  # the interrupted import builds the indexes and the tally when it ends
        for number, statement in enumerate(ADDED, 1):
            with steps.step(
                Msg.tr("Building backlog index {number} of {count}").format(
                    number=number, count=len(ADDED)
                )
            ):
                conn.execute(statement.replace("CREATE INDEX ", "CREATE INDEX IF NOT EXISTS ", 1))
        with steps.step(Msg.tr("Counting the backlog's records by status, reason and carrier")):
            for statement in FILL:
                conn.execute(statement)
            for statement in TRIGGERS:
                conn.execute(statement)
    finally:
        conn.execute(f"PRAGMA cache_size = {int(kib)}")


def _pending_merge_takes_over(conn: Any) -> bool:
    """A large import a crash cut short, with its indexes dropped until it finishes: it
    builds this migration's indexes instead of migration 12's, and then the tally."""
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (_PENDING_KEY,)).fetchone()
    if row is None:
        return False
    job = json.loads(row[0])
    if not job.get("rebuild"):
        return False
    job["rebuild"] = [s for s in job["rebuild"] if s.split()[2] not in DROPPED] + [
        s for s in ADDED if s not in job["rebuild"]
    ]
    job["tally"] = True
    conn.execute("UPDATE meta SET value = ? WHERE key = ?", (json.dumps(job), _PENDING_KEY))
    return True


def _database_path(conn: Any) -> Path:
    for _, name, file in conn.execute("PRAGMA database_list"):
        if name == "main" and file:
            return Path(file)
    return Path()


MIGRATION = Migration(version=15, name="backlog_tally", run=_run)
