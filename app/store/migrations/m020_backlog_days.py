"""Backlog counts of dates and service prefixes from counters (issue 18: count + first page of
every search, alone and with a status, ≤ 50 ms at a million records).

A search on a date range (call date, date updated, date released) or a service identifier
prefix, alone or with a status, was counted in its index: a month of releases with "pending"
read ~90,000 index entries to find the window's 10,001 (15-19 ms on a loaded machine), "updated
since the 1st" counted exactly (the command line) read 450,000 (0.16 s); and choosing a first
page's plan counted the range again. `backlog_day_tally` holds how many records there are for
each (field, day or prefix, status), kept by triggers on every insert, change and delete, like
the tally of migration 15: such a count sums a few hundred rows, exact.

- `call`, `updated`, `released`: the day of the date (a record whose date is a full date-time
  counts under that day's midnight, so a range of whole days compares the same way the
  records' own values do; any other text counts under itself). Released: only records
  released (a search never matches the empty release date).
- `service`: the first SERVICE_PREFIX characters of the service identifier (a prefix that
  long or shorter is summed over the prefixes starting with it).

The price, measured on a copy of a million-record store on the loaded 2-core machine (load
9-13, so wall times are several times a quiet machine's): a status change of ~89,000 records
(the UPDATE alone, rolled back) took 97-102 s with the triggers and 73-82 s without them (each
changed record moves its count in four counters: 8 small-table writes); the kit's audited
write-off and the bare statements both pay it (`bench_backlog 1`: ratio 1.10). Counting them
after a bulk load (four GROUP BYs over covering indexes) took 40-48 s where the tally's took
53-59 s, in the kit's import and in the bare baseline alike (ratio 1.21). This migration took
14 min of wall time (2 min of CPU, most of it the backup before it) at a million records.

A bulk load drops the triggers with the tally's (app.backlog.tally.suspend) and counts afresh
at the end (one GROUP BY a field over its covering index). Counted in the migration's one
transaction: killed half-way, the store is as it was and the next start does it again; a large
import a crash cut short counts them when it ends."""

from __future__ import annotations

from typing import Any

from app.i18n import Msg
from app.store.migrations.base import Migration
from app.store.migrations.m015_backlog_tally import counted_in_one_step, pending_rebuild

SERVICE_PREFIX = 5
DAY_TABLE = (
    "CREATE TABLE IF NOT EXISTS backlog_day_tally ("
    "field TEXT NOT NULL, day TEXT NOT NULL, status TEXT NOT NULL, n INTEGER NOT NULL, "
    "PRIMARY KEY (field, day, status)) WITHOUT ROWID"
)
_FULL = "'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]*'"


def day_of(column: str) -> str:
    """SQL for the bucket of a date column's value: midnight of its day for a date-time."""
    return (
        f"CASE WHEN {column} GLOB {_FULL} THEN substr({column}, 1, 10) || 'T00:00:00' "
        f"ELSE {column} END"
    )


# field → (bucket of the record's value, the records counted), for a record named `r`
FIELDS = {
    "call": (day_of("{r}.call_date"), "1"),
    "updated": (day_of("{r}.date_updated"), "1"),
    "released": (day_of("{r}.date_released"), "{r}.date_released <> ''"),
    "service": (f"substr({{r}}.service_id, 1, {SERVICE_PREFIX})", "1"),
}
_COLUMNS = "status, call_date, date_updated, date_released, service_id"


def _add(r: str, step: str) -> list[str]:
    out = []
    for field, (bucket, counted) in FIELDS.items():
        where = counted.format(r=r)
        if step == "+":
            # an upsert's SELECT needs its WHERE (SQLite's parsing of ON CONFLICT)
            select = f"SELECT '{field}', {bucket.format(r=r)}, {r}.status, 1 WHERE {where}"
            out.append(
                f"INSERT INTO backlog_day_tally (field, day, status, n) {select} "
                "ON CONFLICT DO UPDATE SET n = n + 1"
            )
        else:
            condition = f" AND {where}" if where != "1" else ""
            out.append(
                "UPDATE backlog_day_tally SET n = n - 1 WHERE field = "
                f"'{field}' AND day = {bucket.format(r=r)} AND status = {r}.status{condition}"
            )
    return out


def _body(*parts: list[str]) -> str:
    return " ".join(f"{s};" for part in parts for s in part)


_CHANGED = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in _COLUMNS.split(", "))
DAY_TRIGGERS = (
    "CREATE TRIGGER IF NOT EXISTS backlog_days_insert AFTER INSERT ON backlog_records BEGIN "
    f"{_body(_add('NEW', '+'))} END",
    "CREATE TRIGGER IF NOT EXISTS backlog_days_update "
    f"AFTER UPDATE OF {_COLUMNS} ON backlog_records WHEN {_CHANGED} BEGIN "
    f"{_body(_add('OLD', '-'), _add('NEW', '+'))} END",
    "CREATE TRIGGER IF NOT EXISTS backlog_days_delete AFTER DELETE ON backlog_records BEGIN "
    f"{_body(_add('OLD', '-'))} END",
)
DAY_TRIGGER_NAMES = tuple(statement.split()[5] for statement in DAY_TRIGGERS)
# counted afresh (after a bulk load that ran without the triggers)
DAY_FILL = (
    "DELETE FROM backlog_day_tally",
    *(
        "INSERT INTO backlog_day_tally (field, day, status, n) "
        f"SELECT '{field}', {bucket.format(r='r')} AS d, r.status, count(*) "
        f"FROM backlog_records r WHERE {counted.format(r='r')} GROUP BY d, r.status"
        for field, (bucket, counted) in FIELDS.items()
    ),
)


def _run(conn: Any) -> None:
    conn.execute(DAY_TABLE)
    if pending_rebuild(conn, tally=True):
        return  # the interrupted import counts them when it ends (app.backlog.tally.refill)
    counted_in_one_step(
        conn,
        Msg.tr(
            "Updating the store ({size}): counting the backlog's records by date and service prefix"
        ),
        (*DAY_FILL, *DAY_TRIGGERS),
    )


MIGRATION = Migration(version=20, name="backlog_days", run=_run)
