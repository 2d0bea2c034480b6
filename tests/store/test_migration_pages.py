"""Migration 17 (every backlog filter indexed as (column, call_date, status)) on a store
migration 16 left: it says what it does, leaves exactly its indexes, and every search then
lists and counts the same records in the same order as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.backlog.importer import BacklogImporter
from app.backlog.query import SORTS, BacklogQuery
from app.kit import Kit
from app.store import steps
from app.store.migrations import MIGRATIONS, m016_outbox_unaudited
from app.store.migrations.m028_backlog_quarantine_order import BACKLOG_INDEXES
from tests.backlog.conftest import HEADER
from tests.backlog.test_pages import SEARCHES, varied_rows
from tests.store.test_migration_tally import as_left_by_16, drop_after_18, index_names


def listed(query: BacklogQuery) -> list[object]:
    return [
        (query.count(c), [r.id for r in query.page(c, sort=s, descending=d)])
        for c in SEARCHES
        for s in SORTS
        for d in (True, False)
    ]


def test_the_searches_list_the_same_records_after_the_migration(
    kit: Kit, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export = tmp_path / "telephony.csv"
    export.write_text("\n".join([HEADER, *varied_rows(1200)]) + "\n", encoding="utf-8")
    BacklogImporter(conn=kit.store.conn, audit=kit.audit).run(export)
    store = kit.store
    as_left_by_16(store)
    store.conn.execute("DROP TABLE outbox_unaudited")  # as migration 16 made it
    m016_outbox_unaudited.MIGRATION.apply(store.conn)
    drop_after_18(store)  # the later migrations' own tables
    store.conn.execute("PRAGMA user_version = 16")
    query = BacklogQuery(conn=store.conn)
    before = listed(query)

    steps.enabled = True  # as the command line does in text mode
    try:
        assert store.migrate() == [m.version for m in MIGRATIONS if m.version > 16]
    finally:
        steps.enabled = False
    said = capsys.readouterr().err
    assert "indexing the backlog for fast first pages… done" in said
    assert index_names(store) == {s.split()[2] for s in BACKLOG_INDEXES}
    assert listed(query) == before
