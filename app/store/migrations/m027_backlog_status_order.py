"""A status's records in Quarantine-ID order, and a tariff key's decided records by status
(issue 18, point 3: count + first page of every search, alone and with a status, ≤ 50 ms at
a million records, on a cold disk cache too).

- The status index becomes (status, quarantine_id). Sorted by Quarantine ID, a search with
  a status found its first page by walking the Quarantine-ID index over every record (the
  200 × N / M entries before 200 of its M matches: 165,000 for a day's releases with
  "pending", ~900 pages) keeping the ids it had collected, or reading each record passed
  over. Walking that status's entries alone passes over 200 × S / M (S the status's
  records: 18,000 entries, ~110 pages, for the same search), and checks the status without
  reading a record. A status alone, and a rare status read through its index, use it as
  they used (status).
- A tariff key's records not quarantined: (tariff_key, status, call_date) where the status is
  not "quarantined". Migration 19 took the status out of the tariff key's index (each status
  change rewrote it); a tariff key with "pending" then sought each match's status in the
  status index (~1,800 matches passed over, in random places of that status's ~530 pages:
  ~575 pages for a first page). The decided records (pending, write-off, cleansed …) are
  the few a search with such a status looks for: their first page is 200 entries of this
  index, in call-date order. A quarantined record, where every record starts, is not in it:
  importing adds nothing to it, and a tariff key with "quarantined" (most of its records)
  reads its records in call-date order as before. A decision on a quarantined record adds
  its entry here, one on a decided record moves it.

The price, on copies of the million-record store: the backlog benchmark's bare write-off
(`bare_write_off` of carrier 1, 88,867 records, committed, the store's file out of the
operating system's cache first) read 539,000 → 565,000 pages (+5 %) and wrote 348,000 →
369,000 (+6 %); keeping (status) beside the new index instead wrote 383,000 (+10 %).
Building the two: ~9 s at a million records on a loaded machine (the status index 6-7 s,
the one it replaces took 2-3 s; the tariff key's ~2 s).

A large import that a crash cut short (its indexes dropped until it finishes) builds the new
ones when it ends; otherwise they are built here, in the migration's one transaction (killed
half-way, the store is as it was and the next start does it again)."""

from __future__ import annotations

from typing import Any

from app.i18n import Msg
from app.store.migrations.base import Migration
from app.store.migrations.m015_backlog_tally import replace_indexes
from app.store.migrations.m026_backlog_call_dates import BACKLOG_INDEXES as BEFORE

# a status's records in Quarantine-ID order (a search names it in INDEXED BY)
STATUS_INDEX = "backlog_status_quarantine_ids"
# the decided records of a tariff key, by status and call date
TARIFF_DECIDED_INDEX = "backlog_tariff_decided"
# the term a search on a tariff key with a status other than "quarantined" adds, so that
# SQLite may use the partial index
DECIDED_TERM = "status <> 'quarantined'"
STATUS_ORDER = (
    f"CREATE INDEX {STATUS_INDEX} ON backlog_records (status, quarantine_id)",
    f"CREATE INDEX {TARIFF_DECIDED_INDEX} ON backlog_records (tariff_key, status, call_date) "
    f"WHERE {DECIDED_TERM}",
)
REPLACED = ("backlog_by_status",)
# every index of backlog_records but the Quarantine ID's, as they stand after this migration
BACKLOG_INDEXES = (*(s for s in BEFORE if s.split()[2] not in REPLACED), *STATUS_ORDER)


def _run(conn: Any) -> None:
    said = Msg.tr("Updating the store ({size}): ordering the backlog's statuses")
    replace_indexes(conn, drop=REPLACED, build=STATUS_ORDER, final=BACKLOG_INDEXES, said=said)


MIGRATION = Migration(version=27, name="backlog_status_order", run=_run)
