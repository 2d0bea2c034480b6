"""Counting a backlog search combined with a status (issue 18): every filter gets an index that
ends in status, so `status = ? AND reason = ?` is counted in the index alone (~1 ms at a
million records, not ~0.4–1.6 s reading every matching row). Status is the last column: a
bulk change rewrites each changed record's entry in place, it does not move it (but
it rewrites it in each of these: a bulk write-off costs more, the same for the kit as for the
bare statement). The prefix and date filters' own indexes of migrations 6 and 11 are replaced
(same first column, so the same searches use them). A bulk import
drops and rebuilds these with migrations 6 and 11's."""

from typing import Any

from app.store.migrations.base import Migration

COUNT_INDEXES = (
    "CREATE INDEX backlog_reason_status ON backlog_records (reason, status)",
    "CREATE INDEX backlog_carrier_status ON backlog_records (carrier, status)",
    "CREATE INDEX backlog_file_type_status ON backlog_records (carrier_file_type, status)",
    "CREATE INDEX backlog_kind_status ON backlog_records (kind, status)",
    "CREATE INDEX backlog_unknown_status ON backlog_records (status) WHERE reason_known = 0",
    "CREATE INDEX backlog_service_status ON backlog_records (service_id, status)",
    "CREATE INDEX backlog_batch_file_status ON backlog_records (batch_file, status)",
    "CREATE INDEX backlog_updated_status ON backlog_records (date_updated, status)",
    "CREATE INDEX backlog_released_status ON backlog_records (date_released, status)",
    # beside (call_date), which keyset paging walks in (call_date, id) order
    "CREATE INDEX backlog_call_date_status ON backlog_records (call_date, status)",
)
#: indexes of migrations 6 and 11 that one above replaces (the same first column)
REPLACED = ("backlog_by_batch_file", "backlog_by_updated", "backlog_by_released")

#: building an index sorts every record's key: with the store's usual 64 MiB cache a
#: million-record backlog spills and takes minutes, so the builds get a larger one
BUILD_CACHE_KIB = 262144


def _build(conn: Any) -> None:
    (kib,) = conn.execute("PRAGMA cache_size").fetchone()
    conn.execute(f"PRAGMA cache_size = -{BUILD_CACHE_KIB}")
    try:
        for name in REPLACED:
            conn.execute(f"DROP INDEX IF EXISTS {name}")
        for statement in COUNT_INDEXES:
            conn.execute(statement)
    finally:
        conn.execute(f"PRAGMA cache_size = {int(kib)}")


MIGRATION = Migration(version=12, name="backlog_counts", run=_build)
