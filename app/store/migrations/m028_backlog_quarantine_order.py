"""A reason's and a tariff key's records in Quarantine-ID order (issue 18, point 3: count +
first page of every search ≤ 50 ms at a million records).

Sorted by Quarantine ID, a search on a reason or a tariff key found its first page by
collecting its matches' ids from the filter's index and walking the Quarantine ID's index
over every record, keeping those ids (a reason holding 26,000 of a million records: 16-29 ms
for the ids alone, ~500 pages from a cold disk cache; a tariff key holding 2,500: ~40 ms,
~440 pages), or by reading and sorting every match. (reason, quarantine_id) and
(tariff_key, quarantine_id) give that first page as 200 entries of one index (0.1-0.5 ms;
with "quarantined", most records, each entry's record is read for its status: 0.5-0.8 ms).
A rarer status keeps its own index, (status, quarantine_id) (migration 27).

The price: neither holds the status, so a decision does not touch them (the bulk write-off
writes the same pages as before); an import builds them with the others after a bulk load
(~11 s for both at a million records on a loaded machine); the store grows by their size.

As migration 27: a large import a crash cut short builds them when it ends; otherwise they
are built here, in the migration's one transaction."""

from __future__ import annotations

from typing import Any

from app.i18n import Msg
from app.store.migrations.base import Migration
from app.store.migrations.m015_backlog_tally import replace_indexes
from app.store.migrations.m027_backlog_status_order import BACKLOG_INDEXES as BEFORE

# each search field's records in Quarantine-ID order (a search names it in INDEXED BY)
QUARANTINE_ORDER_INDEXES = {
    "reason": "backlog_reason_quarantine_ids",
    "tariff_key": "backlog_tariff_quarantine_ids",
}
QUARANTINE_ORDER = tuple(
    f"CREATE INDEX {name} ON backlog_records ({column}, quarantine_id)"
    for column, name in QUARANTINE_ORDER_INDEXES.items()
)
# every index of backlog_records but the Quarantine ID's, as they stand after this migration
BACKLOG_INDEXES = (*BEFORE, *QUARANTINE_ORDER)


def _run(conn: Any) -> None:
    said = Msg.tr("Updating the store ({size}): ordering the backlog's reasons and tariffs")
    replace_indexes(conn, drop=(), build=QUARANTINE_ORDER, final=BACKLOG_INDEXES, said=said)


MIGRATION = Migration(version=28, name="backlog_quarantine_order", run=_run)
