"""Numbered schema migrations. `PRAGMA user_version` holds the number last applied.

Each migration is a module `mNNN_<what>.py` exporting `MIGRATION`; add it to the tuple
below, and raise app/store/schema_version.py's LATEST_VERSION to its number (a test checks
they agree). Never edit a released migration: add a new one.
"""

from __future__ import annotations

from app.store.migrations import (
    m001_foundation,
    m002_outbox,
    m003_directory,
    m004_incidents,
    m005_delivery,
    m006_backlog,
    m007_bundles,
    m008_notice_flow,
    m010_outbox_promise,
    m011_backlog_search,
    m012_backlog_counts,
    m013_schedule,
    m014_languages,
    m015_backlog_tally,
    m016_outbox_unaudited,
    m017_backlog_pages,
    m018_outbox_outcomes,
    m019_backlog_narrow,
    m020_backlog_days,
    m022_template_bundle_texts,
    m023_backlog_money,
    m024_backlog_bulk_counts,
    m025_group_names,
    m026_backlog_call_dates,
    m027_backlog_status_order,
    m028_backlog_quarantine_order,
)
from app.store.migrations.base import Migration
from app.store.schema_version import LATEST_VERSION

MIGRATIONS: tuple[Migration, ...] = (
    m001_foundation.MIGRATION,
    m002_outbox.MIGRATION,
    m003_directory.MIGRATION,
    m004_incidents.MIGRATION,
    m005_delivery.MIGRATION,
    m006_backlog.MIGRATION,
    m007_bundles.MIGRATION,
    m008_notice_flow.MIGRATION,
    m010_outbox_promise.MIGRATION,
    m011_backlog_search.MIGRATION,
    m012_backlog_counts.MIGRATION,
    m013_schedule.MIGRATION,
    m014_languages.MIGRATION,
    m015_backlog_tally.MIGRATION,
    m016_outbox_unaudited.MIGRATION,
    m017_backlog_pages.MIGRATION,
    m018_outbox_outcomes.MIGRATION,
    m019_backlog_narrow.MIGRATION,
    m020_backlog_days.MIGRATION,
    m022_template_bundle_texts.MIGRATION,
    m023_backlog_money.MIGRATION,
    m024_backlog_bulk_counts.MIGRATION,
    m025_group_names.MIGRATION,
    m026_backlog_call_dates.MIGRATION,
    m027_backlog_status_order.MIGRATION,
    m028_backlog_quarantine_order.MIGRATION,
)

__all__ = ["LATEST_VERSION", "MIGRATIONS", "Migration"]
