"""Fewer index entries for a status change to rewrite (issue 18: a bulk write-off of ~89,000
of a million records took 140-163 s after migration 17, 71-77 s before).

A status change rewrites the record's entry in every index that holds the status. At a
million records those indexes are most of the store, larger than the write-off's cache, so
a write-off spread over the whole table rewrites (and re-reads) nearly every page of each.
Three of migration 17's indexes hold the status for little gain:

- the tariff key's and the batch number's: a value matches a few thousand records at most
  (a batch a few hundred), so a search with a status reads those records to check it and
  still answers in milliseconds. They become (column, call_date): a status change leaves
  them alone.
- the release date's: two records in three (those not released) have none, and no search
  ever matches the empty date. It now holds only released records (a partial index: the
  search says `date_released <> ''`, which every release-date range implies; not `> ''`,
  which SQLite would take as the range's lower bound and read every release before the
  range's end: 0.3-0.5 s for a day at a million records).

The other filters keep the status in their index: their values match tens of thousands of
records or more, and the status decides which of them are read.

Measured on a copy of one million-record store with migration 17's indexes and with these
(the same records; a loaded 2-core machine, load 6.7-7.1): the bare write-off of ~89,000
records 83.8 s → 77.2 s, the kit's audited one 94.6 s → 62.6 s. The price: a tariff key with
a status reads its ~2,500 records to check the status; in alternating runs of the filters
benchmark its cells' p95 were 6-177 ms before and 14-100 ms after (the machine's noise is
larger than the difference).

A large import that a crash cut short (its indexes dropped until it finishes) builds the new
ones when it ends; otherwise they are built here, in the migration's one transaction (killed
half-way, the store is as it was and the next start does it again)."""

from __future__ import annotations

from typing import Any

from app.i18n import Msg
from app.store.migrations.base import Migration
from app.store.migrations.m015_backlog_tally import replace_indexes
from app.store.migrations.m017_backlog_pages import BACKLOG_INDEXES as BEFORE

NARROW_INDEXES = (
    "CREATE INDEX backlog_tariff_dates ON backlog_records (tariff_key, call_date)",
    "CREATE INDEX backlog_batch_dates ON backlog_records (batch_number, call_date)",
    "CREATE INDEX backlog_released_dates ON backlog_records (date_released, call_date, status) "
    "WHERE date_released <> ''",
)
# the term a search on the release date adds, so that SQLite may use the partial index
RELEASED_TERM = "date_released <> ''"
REPLACED = ("backlog_tariff_pages", "backlog_batch_pages", "backlog_released_pages")
# every index of backlog_records but the Quarantine ID's, as they stand after this migration
BACKLOG_INDEXES = (*(s for s in BEFORE if s.split()[2] not in REPLACED), *NARROW_INDEXES)


def _run(conn: Any) -> None:
    said = Msg.tr("Updating the store ({size}): narrowing the backlog's indexes")
    replace_indexes(conn, drop=REPLACED, build=NARROW_INDEXES, final=BACKLOG_INDEXES, said=said)


MIGRATION = Migration(version=19, name="backlog_narrow", run=_run)
