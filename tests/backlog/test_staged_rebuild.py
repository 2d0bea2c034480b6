"""A large import into a small backlog drops the secondary indexes for its merge and builds
them after (issue 18): searches keep answering meanwhile, and a crash during the builds is
finished at the next start with every index back."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

import app.backlog.importer as importer_module
from app.backlog import staging
from app.backlog.importer import SECONDARY_INDEXES, BacklogImporter
from app.backlog.model import Criteria
from app.backlog.query import BacklogQuery, spellings
from app.kit import Kit
from tests.backlog.conftest import HEADER, sample_rows
from tests.support.private import assert_owner_only

Writer = Callable[..., Path]
SECONDARY = {staging.index_name(s) for s in SECONDARY_INDEXES}


def index_names(kit: Kit) -> set[str]:
    rows = kit.store.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'backlog_records'"
    )
    return {str(r[0]) for r in rows}


class Crash(Exception):
    pass


@pytest.fixture
def staged(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(importer_module, "STAGED_ROWS", 0)
    monkeypatch.setattr(importer_module, "BULK_ROWS", 10)
    monkeypatch.setattr(staging, "MERGE_ROWS", 50)


def test_a_crash_while_indexes_are_built_is_finished_at_the_next_start(
    kit: Kit, write_csv: Writer, staged: None
) -> None:
    export = write_csv([HEADER, *sample_rows(400)])
    seen: list[int] = []

    def crash_in_builds(done: int, total: int) -> None:
        seen.append(done)
        if done > 950:  # the first index is built, the others are not
            raise Crash

    with pytest.raises(Crash):
        BacklogImporter(conn=kit.store.conn, audit=kit.audit).run(export, progress=crash_in_builds)
    missing = SECONDARY - index_names(kit)
    assert missing and missing != SECONDARY
    query = BacklogQuery(conn=kit.store.conn)
    # meanwhile every search still answers, right, without the dropped indexes
    assert query.count(Criteria()) == 400
    assert query.count(Criteria(reason="No Tariff Found")) == 100
    assert spellings(kit.store.conn, "carrier", "carrier north") == ["Carrier North"]
    page = query.page(Criteria(status="quarantined", carrier="CARRIER NORTH"), limit=5)
    assert len(page) == 5 and {r.carrier for r in page} == {"Carrier North"}
    dates = [r.call_date for r in page]
    assert dates == sorted(dates, reverse=True)
    assert (
        len(query.page(Criteria(carrier="carrier south"), sort="quarantine_id", limit=200)) == 134
    )
    assert not kit.audit.entries(action_prefix="backlog.imported")

    # the staged rows wait beside the store: readable by the officer alone
    [staged_file] = kit.store.paths.home.glob("backlog-import-*.staging")
    assert_owner_only(staged_file)
    assert staging.resume_pending(kit.store.conn, kit.audit)  # what the next start does
    assert index_names(kit) >= SECONDARY
    [entry] = kit.audit.entries(action_prefix="backlog.imported")
    assert (entry.details["inserted"], entry.details["updated"]) == (400, 0)
    assert query.count(Criteria(carrier="Carrier West")) == 133
    assert not list(kit.store.paths.home.glob("*.staging"))


def test_a_large_import_into_a_full_backlog_keeps_its_indexes(
    kit: Kit, write_csv: Writer, staged: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    importer = BacklogImporter(conn=kit.store.conn, audit=kit.audit)
    importer.run(write_csv([HEADER, *sample_rows(400)]))
    dropped: list[str] = []
    kit.store.conn.set_trace_callback(
        lambda sql: dropped.append(sql) if sql.startswith("DROP INDEX") else None
    )
    result = importer.run(write_csv([HEADER, *sample_rows(100, start=390)], name="telephony-2.csv"))
    kit.store.conn.set_trace_callback(None)
    assert dropped == []  # 100 rows into 400: kept and updated row by row
    assert (result.inserted, result.updated) == (89, 11)
    assert index_names(kit) >= SECONDARY
