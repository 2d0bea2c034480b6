"""The backlog's amounts from counters (issue 18: "the dashboard from SQL aggregates, or counters
kept on import and change, never a Python scan of every row").

The dashboard showed its counts from the tally (migration 15) at once, then summed the amounts in
one GROUP BY over every record on a worker thread: 3-25 s at a million records on the loaded
machine, the chart's "Amount in …" measures unavailable meanwhile. Two small tables now hold the
records and the sum of their amounts (minor units) for each currency, kept by triggers on every
insert, change and delete, as the tally and the day counters are:

- `backlog_money`: per (status, reason, carrier, currency) — the status, reason and carrier
  bars (~1,000 rows at a million records);
- `backlog_day_money`: per (call day, status, currency) — the age bars, the day as migration 20
  buckets it (midnight of a date-time's day: a bound of whole days compares the same way the
  record's own call date does; ~1,000 rows).

And `backlog_key_tally`: records per (tariff key or batch number, status), so that a count of
a tariff key or a batch number with a status reads a few rows, not every match's record.

The price, measured on a copy of a million-record store on the loaded 2-core machine (load
~7, alternating runs): a status change of 10,923 records (the UPDATE alone, rolled back) took
15.1 s against 13.4 s without the amounts' triggers (medians of 5; the key counters' two
small writes a changed record were not measured apart); counting afresh after a
bulk load (the kit's import and the bare baseline alike) took 94 s against 38 s for the tally
and day counters alone (medians of 3): the amounts ~30 s, the key counters ~27 s, each a pass
over the records. This migration took 13.8 min of wall time (3 min of CPU, most of it the
backup before it) at a million records, and the key counters' pass 49 s more. In return the
dashboard's counts and amounts took 16 ms against 13.3 s (medians of 5), and a tariff key's
count with a status ~2 ms against 27-32 ms.

A record without an amount adds 0; one without a currency counts under '' (the dashboard's
"—"). A bulk load drops these triggers with the tally's and counts afresh at the end
(app.backlog.tally). Counted in the migration's one transaction: killed half-way, the store is
as it was and the next start does it again; a large import a crash cut short counts them when it
ends."""

from __future__ import annotations

from typing import Any

from app.i18n import Msg
from app.store.migrations.base import Migration
from app.store.migrations.m015_backlog_tally import counted_in_one_step, pending_rebuild
from app.store.migrations.m020_backlog_days import day_of

MONEY_TABLES = (
    "CREATE TABLE IF NOT EXISTS backlog_money ("
    "status TEXT NOT NULL, reason TEXT NOT NULL, carrier TEXT NOT NULL, "
    "currency TEXT NOT NULL, n INTEGER NOT NULL, amount INTEGER NOT NULL, "
    "PRIMARY KEY (status, reason, carrier, currency)) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS backlog_day_money ("
    "day TEXT NOT NULL, status TEXT NOT NULL, currency TEXT NOT NULL, "
    "n INTEGER NOT NULL, amount INTEGER NOT NULL, "
    "PRIMARY KEY (day, status, currency)) WITHOUT ROWID",
)
# table → (its key columns, each key column's value for a record named {r})
_KEYS = {
    "backlog_money": (
        ("status", "reason", "carrier", "currency"),
        ("{r}.status", "{r}.reason", "{r}.carrier", "coalesce({r}.currency, '')"),
    ),
    "backlog_day_money": (
        ("day", "status", "currency"),
        (day_of("{r}.call_date"), "{r}.status", "coalesce({r}.currency, '')"),
    ),
}
_AMOUNT = "coalesce({r}.amount_minor, 0)"


def _change(r: str, step: str) -> list[str]:
    out = []
    amount = _AMOUNT.format(r=r)
    for table, (columns, values) in _KEYS.items():
        keyed = [v.format(r=r) for v in values]
        if step == "+":
            out.append(
                f"INSERT INTO {table} ({', '.join(columns)}, n, amount) "
                f"VALUES ({', '.join(keyed)}, 1, {amount}) "
                f"ON CONFLICT DO UPDATE SET n = n + 1, amount = amount + {amount}"
            )
        else:
            match = " AND ".join(f"{c} = {v}" for c, v in zip(columns, keyed, strict=True))
            out.append(f"UPDATE {table} SET n = n - 1, amount = amount - {amount} WHERE {match}")
    return out


def _body(*parts: list[str]) -> str:
    return " ".join(f"{s};" for part in parts for s in part)


_COLUMNS = "status, reason, carrier, currency, amount_minor, call_date"
_CHANGED = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in _COLUMNS.split(", "))
MONEY_TRIGGERS = (
    "CREATE TRIGGER IF NOT EXISTS backlog_money_insert AFTER INSERT ON backlog_records BEGIN "
    f"{_body(_change('NEW', '+'))} END",
    "CREATE TRIGGER IF NOT EXISTS backlog_money_update "
    f"AFTER UPDATE OF {_COLUMNS} ON backlog_records WHEN {_CHANGED} BEGIN "
    f"{_body(_change('OLD', '-'), _change('NEW', '+'))} END",
    "CREATE TRIGGER IF NOT EXISTS backlog_money_delete AFTER DELETE ON backlog_records BEGIN "
    f"{_body(_change('OLD', '-'))} END",
)
MONEY_TRIGGER_NAMES = tuple(statement.split()[5] for statement in MONEY_TRIGGERS)


def _fill(table: str) -> str:
    columns, values = _KEYS[table]
    keyed = [v.format(r="r") for v in values]
    named = ", ".join(f"{v} AS k{i}" for i, v in enumerate(keyed))
    groups = ", ".join(f"k{i}" for i in range(len(keyed)))
    return (
        f"INSERT INTO {table} ({', '.join(columns)}, n, amount) "
        f"SELECT {named}, count(*), coalesce(sum(r.amount_minor), 0) FROM backlog_records r "
        f"GROUP BY {groups}"
    )


# counted afresh (after a bulk load that ran without the triggers)
MONEY_FILL = (
    "DELETE FROM backlog_money",
    "DELETE FROM backlog_day_money",
    _fill("backlog_money"),
    _fill("backlog_day_money"),
)

# the tariff key's and the batch number's counts by status: their indexes hold no status
# (migration 19), so such a count with a status read every match's record (~2,500 for a
# tariff key at a million records: 20-28 ms on the loaded machine)
KEY_TABLE = (
    "CREATE TABLE IF NOT EXISTS backlog_key_tally ("
    "field TEXT NOT NULL, value TEXT NOT NULL, status TEXT NOT NULL, n INTEGER NOT NULL, "
    "PRIMARY KEY (field, value, status)) WITHOUT ROWID"
)
KEY_FIELDS = {"tariff": "tariff_key", "batch": "batch_number"}


def _key_change(r: str, step: str) -> list[str]:
    if step == "+":
        return [
            "INSERT INTO backlog_key_tally (field, value, status, n) "
            f"VALUES ('{field}', {r}.{column}, {r}.status, 1) ON CONFLICT DO UPDATE SET n = n + 1"
            for field, column in KEY_FIELDS.items()
        ]
    return [
        f"UPDATE backlog_key_tally SET n = n - 1 WHERE field = '{field}' "
        f"AND value = {r}.{column} AND status = {r}.status"
        for field, column in KEY_FIELDS.items()
    ]


_KEY_COLUMNS = "status, tariff_key, batch_number"
_KEY_CHANGED = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in _KEY_COLUMNS.split(", "))
KEY_TRIGGERS = (
    "CREATE TRIGGER IF NOT EXISTS backlog_keys_insert AFTER INSERT ON backlog_records BEGIN "
    f"{_body(_key_change('NEW', '+'))} END",
    "CREATE TRIGGER IF NOT EXISTS backlog_keys_update "
    f"AFTER UPDATE OF {_KEY_COLUMNS} ON backlog_records WHEN {_KEY_CHANGED} BEGIN "
    f"{_body(_key_change('OLD', '-'), _key_change('NEW', '+'))} END",
    "CREATE TRIGGER IF NOT EXISTS backlog_keys_delete AFTER DELETE ON backlog_records BEGIN "
    f"{_body(_key_change('OLD', '-'))} END",
)
KEY_TRIGGER_NAMES = tuple(statement.split()[5] for statement in KEY_TRIGGERS)
KEY_FILL = (
    "DELETE FROM backlog_key_tally",
    *(
        "INSERT INTO backlog_key_tally (field, value, status, n) "
        f"SELECT '{field}', {column}, status, count(*) FROM backlog_records GROUP BY 2, 3"
        for field, column in KEY_FIELDS.items()
    ),
)


def _run(conn: Any) -> None:
    for statement in (*MONEY_TABLES, KEY_TABLE):
        conn.execute(statement)
    if pending_rebuild(conn, tally=True):
        return  # the interrupted import counts them when it ends (app.backlog.tally.refill)
    counted_in_one_step(
        conn,
        Msg.tr(
            "Updating the store ({size}): summing the backlog's amounts by status, reason, "
            "carrier and call day"
        ),
        (*MONEY_FILL, *MONEY_TRIGGERS, *KEY_FILL, *KEY_TRIGGERS),
    )


MIGRATION = Migration(version=23, name="backlog_money", run=_run)
