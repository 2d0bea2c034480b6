"""Backlog first pages from the indexes alone (issue 18: count + first page of every search,
alone and with a status, ≤ 50 ms at a million records).

Before, a filter's (column, call_date) index gave its matches in call-date order but not
their status, and its (column, status) index gave the status but not the call date: a
search with a status, or over a prefix or a date range, read a record per match or per row
passed over (0.1-1.4 s at a million records, mostly pages that SQLCipher decrypts from
disk). Now every filter has one index (column, call_date, status): the status and the call
date of each match are in the index, so a first page sorted by call date reads index entries
only. Equality filters walk their index in call-date order checking the status on the way;
prefixes and date ranges read their range from the index and keep the newest 200.

Status is last: a bulk change rewrites each changed record's entry where it is (the same
call date, the next status), it does not move it across the index. The (column, call_date)
indexes of migration 6 and 11 and the (column, status) ones of migration 12 are replaced
(19 indexes become 13); counts with a status read the same entries as before, or the tally.

The price, measured at a million records on a loaded 2-core machine: the same bare write-off
of ~89,000 records took 140-163 s instead of 71-77 s (12 indexes now hold the status, 10
before, and each entry is ~19 bytes longer, so about twice the pages are rewritten); the kit's
write-off pays the same, so its ratio to the bare statements is unchanged (0.99). Dropping
the status from the tariff and batch-number indexes (narrow filters) would save some of it.

A large import that a crash cut short (its indexes dropped until it finishes) builds the new
ones when it ends; otherwise they are built here, in the migration's one transaction."""

from __future__ import annotations

from typing import Any

from app.i18n import Msg
from app.store.migrations.base import Migration
from app.store.migrations.m015_backlog_tally import BACKLOG_INDEXES as BEFORE
from app.store.migrations.m015_backlog_tally import replace_indexes

PAGE_INDEXES = (
    "CREATE INDEX backlog_reason_pages ON backlog_records (reason, call_date, status)",
    "CREATE INDEX backlog_carrier_pages ON backlog_records (carrier, call_date, status)",
    "CREATE INDEX backlog_file_type_pages "
    "ON backlog_records (carrier_file_type, call_date, status)",
    "CREATE INDEX backlog_kind_pages ON backlog_records (kind, call_date, status)",
    "CREATE INDEX backlog_tariff_pages ON backlog_records (tariff_key, call_date, status)",
    "CREATE INDEX backlog_batch_pages ON backlog_records (batch_number, call_date, status)",
    "CREATE INDEX backlog_service_pages ON backlog_records (service_id, call_date, status)",
    "CREATE INDEX backlog_batch_file_pages ON backlog_records (batch_file, call_date, status)",
    "CREATE INDEX backlog_updated_pages ON backlog_records (date_updated, call_date, status)",
    "CREATE INDEX backlog_released_pages ON backlog_records (date_released, call_date, status)",
    # partial: only the few records whose reason is not in the guide
    "CREATE INDEX backlog_unknown_pages ON backlog_records (call_date, status) "
    "WHERE reason_known = 0",
)
#: kept from before: (status) finds a rare status; (call_date, status) is the call-date order
KEPT = ("backlog_by_status", "backlog_call_date_status")
#: every index of backlog_records but the Quarantine ID's, as they stand after this migration
BACKLOG_INDEXES = (*(s for s in BEFORE if s.split()[2] in KEPT), *PAGE_INDEXES)
DROPPED = tuple(s.split()[2] for s in BEFORE if s.split()[2] not in KEPT)


def _run(conn: Any) -> None:
    said = Msg.tr("Updating the store ({size}): indexing the backlog for fast first pages")
    replace_indexes(conn, drop=DROPPED, build=PAGE_INDEXES, final=BACKLOG_INDEXES, said=said)


MIGRATION = Migration(version=17, name="backlog_pages", run=_run)
