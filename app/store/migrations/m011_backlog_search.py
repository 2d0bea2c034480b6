"""Searching the backlog on the guide's last three fields: Carrier File Type, Date Updated and
Date Released (issue 17). File type, like the other equality filters, ends in call_date so a
filtered first page sorted by call date reads only its own rows; the two dates are ranges, so
their indexes hold the date alone (a broad range walks the call-date index instead: see
BacklogQuery._plan). A bulk import drops and rebuilds these with migration 6's."""

from app.store.migrations.base import Migration

SEARCH_INDEXES = (
    "CREATE INDEX backlog_by_file_type ON backlog_records (carrier_file_type, call_date)",
    "CREATE INDEX backlog_by_updated ON backlog_records (date_updated)",
    "CREATE INDEX backlog_by_released ON backlog_records (date_released)",
)

MIGRATION = Migration(
    version=11,
    name="backlog_search",
    sql=";\n".join(SEARCH_INDEXES) + ";\n",
)
