"""The call-date order with the service identifier in it (issue 18, point 3: count + first
page of every search, alone and with a status, ≤ 50 ms at a million records, on a cold disk
cache too).

A service identifier prefix matching many records (46701: one in ten) finds its first page
sorted by call date by walking the call-date order until 200 match: narrower ones read their
range from the (service_id, call_date, status) index and sort it, but a range of 100,000
entries costs more to sort than to walk (query.py: `_scan_limit`). The (call_date, status)
index held no service identifier, so the walk read the record of every row passed over to
check it: ~2,000 records in random places of the table for a page, 2,100-2,400 pages read
(40-45 ms from the operating system's cache, 0.1-0.4 s from disk). With the service
identifier in the index the walk reads index entries only: ~30 pages for the prefix alone,
~250 with a status (a page of the index holds ~80 entries), then the page's 200 records.

The index replaces (call_date, status): a status alone, a call-date range and every other
walk of the call-date order use it as they did. Its entries are ~30 % longer (12,900 pages
instead of 9,900 at a million records). The price, measured on a copy of a million-record
store (the same ~89,000 records' status changed by one UPDATE, 512 MiB cache, rolled back):
read 212,000 → 220,500 pages, written (spilled) 83,200 → 89,100, CPU within the machine's
noise (15.1-17.5 s before, 16.3-17.8 s after); building it costs what building the one it
replaces did (3.2-3.5 s).

A large import that a crash cut short (its indexes dropped until it finishes) builds the new
one when it ends; otherwise it is built here, in the migration's one transaction (killed
half-way, the store is as it was and the next start does it again)."""

from __future__ import annotations

from typing import Any

from app.i18n import Msg
from app.store.migrations.base import Migration
from app.store.migrations.m015_backlog_tally import replace_indexes
from app.store.migrations.m019_backlog_narrow import BACKLOG_INDEXES as BEFORE

# the call-date order's index (a search names it in INDEXED BY)
CALL_DATES_INDEX = "backlog_call_dates"
CALL_DATES = f"CREATE INDEX {CALL_DATES_INDEX} ON backlog_records (call_date, status, service_id)"
REPLACED = ("backlog_call_date_status",)
# every index of backlog_records but the Quarantine ID's, as they stand after this migration
BACKLOG_INDEXES = (*(s for s in BEFORE if s.split()[2] not in REPLACED), CALL_DATES)


def _run(conn: Any) -> None:
    said = Msg.tr("Updating the store ({size}): indexing the backlog's call dates")
    replace_indexes(conn, drop=REPLACED, build=(CALL_DATES,), final=BACKLOG_INDEXES, said=said)


MIGRATION = Migration(version=26, name="backlog_call_dates", run=_run)
