"""Count + first page of a search read few pages (issue 18, point 3: ≤ 50 ms at a million
records, on a cold disk cache too): the statements the kit really runs, as the window runs
them on a filter change, and their query plans.

- A broad service identifier prefix sorted by call date walks the call-date index alone
  (migration 26: it holds the identifier), no record read per row passed over.
- A tariff key with a status other than "quarantined" reads its first page from the index of
  the decided records' tariff keys (migration 27), in call-date order: no record read to
  check the status, none sought in the status index.
- Sorted by Quarantine ID, a search with a status holding under half the records walks that
  status's entries of the status index, (status, quarantine_id) (migration 27), not the
  Quarantine ID's own index over every record.
- The tariff keys' spellings come from the key counters, not a walk of the key's index.

Whichever way is planned, every search lists what sorting all its matches lists
(test_pages.py checks the searches there; here the new ways forced on and off)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.backlog import query as query_module
from app.backlog.importer import BacklogImporter
from app.backlog.model import Criteria
from app.backlog.query import COUNT_CAP, PAGE, SORTS, BacklogQuery
from app.kit import Kit
from app.paths import KitPaths
from app.store.store import Store
from tests.backlog.conftest import HEADER, open_backlog
from tests.backlog.test_counts import plan, statements
from tests.backlog.test_pages import ROWS, SEARCHES, paged, varied_rows


@pytest.fixture
def loaded(kit: Kit, write_csv: Callable[..., Path]) -> Kit:
    BacklogImporter(conn=kit.store.conn, audit=kit.audit).run(
        write_csv([HEADER, *varied_rows(ROWS)])
    )
    return kit


def first_page_plan(kit: Kit, query: BacklogQuery, criteria: Criteria, sort: str) -> str:
    """The query plan of the statement listing the first page's records, as a filter change
    in the window runs it (the count capped, then the page)."""
    with statements(kit) as seen:
        query.count(criteria, cap=COUNT_CAP)
        query.page(criteria, sort=sort)
    (first,) = [s for s in seen if s.startswith("SELECT id FROM backlog_records")]
    return plan(kit, first)


def test_a_broad_service_prefix_by_call_date_reads_the_call_date_index_alone(
    loaded: Kit, query: BacklogQuery
) -> None:
    for status in ("", "pending", "quarantined"):
        criteria = Criteria(service_id="4670", status=status)  # every record starts so
        steps = first_page_plan(loaded, query, criteria, "call_date")
        assert "SCAN backlog_records USING COVERING INDEX backlog_call_dates" in steps, steps
        newest = query.ids(criteria)[:PAGE]
        assert [r.id for r in query.page(criteria)] == newest


def test_a_tariff_key_with_a_decided_status_reads_the_decided_records_index_alone(
    loaded: Kit, query: BacklogQuery, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(query_module, "BROAD", 1)  # no status is rare at 1,500 records
    for status in ("pending", "write-off"):
        criteria = Criteria(tariff_key="tk3", status=status)
        steps = first_page_plan(loaded, query, criteria, "call_date")
        # its entries in call-date order: no record read, no status sought, nothing sorted
        decided = "SEARCH backlog_records USING COVERING INDEX backlog_tariff_decided"
        assert steps == f"{decided} (tariff_key=? AND status=?)", steps
        for sort in ("call_date", "quarantine_id"):
            for descending in (True, False):
                expected = query.ids(criteria, sort=sort, descending=descending)
                assert expected and all(
                    r.status == status and r.tariff_key == "TK3" for r in query.by_ids(expected)
                )
                assert paged(query, criteria, sort, descending, 9) == expected
    # most records are quarantined (every record starts so): read in call-date order
    quarantined = Criteria(tariff_key="tk3", status="quarantined")
    steps = first_page_plan(loaded, query, quarantined, "call_date")
    assert "backlog_tariff_decided" not in steps and "backlog_tariff_dates" in steps, steps
    assert paged(query, quarantined, "call_date", True, 9) == query.ids(quarantined)


@pytest.mark.parametrize(
    ("few", "members"),
    [(0, 10**9), (1, 0)],
    ids=["keeping the ids", "reading the records"],
)
def test_by_quarantine_id_a_search_with_a_minority_status_walks_that_status_alone(
    loaded: Kit, query: BacklogQuery, monkeypatch: pytest.MonkeyPatch, few: int, members: int
) -> None:
    """A status holding under half the records (here "pending" and "write-off", a fifth
    each): its entries of the status index in Quarantine-ID order; "quarantined" (three
    fifths) walks the Quarantine ID's own index, whose entries are shorter."""
    monkeypatch.setattr(query_module, "BROAD", 1)  # no status is rare at 1,500 records
    monkeypatch.setattr(query_module, "FEW", few)
    monkeypatch.setattr(query_module, "MEMBERS", members)
    for criteria in (
        Criteria(released_from="2026-11-02", released_to="2026-11-02", status="pending"),
        Criteria(carrier="carrier 1", status="write-off"),
        Criteria(batch="104", status="pending"),  # its index holds no status
        Criteria(status="pending"),
    ):
        steps = first_page_plan(loaded, query, criteria, "quarantine_id")
        walked = "backlog_records USING COVERING INDEX backlog_status_quarantine_ids (status=?)"
        if criteria == Criteria(status="pending") or members:
            assert f"SEARCH {walked}" in steps, (criteria, steps)
        else:  # each record passed over read to check the other filters
            assert "INDEX backlog_status_quarantine_ids (status=?)" in steps, (criteria, steps)
        assert "sqlite_autoindex" not in steps and "TEMP B-TREE" not in steps, steps
        for descending in (True, False):
            expected = query.ids(criteria, sort="quarantine_id", descending=descending)
            assert expected and paged(query, criteria, "quarantine_id", descending, 9) == expected
    most = Criteria(carrier="carrier 1", status="quarantined")
    steps = first_page_plan(loaded, query, most, "quarantine_id")
    assert "sqlite_autoindex" in steps and "backlog_status_quarantine_ids" not in steps, steps


def test_by_quarantine_id_a_reason_or_a_tariff_key_walks_its_own_index(
    loaded: Kit, query: BacklogQuery, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Alone, or with a status most records hold: that field's entries of its
    (column, quarantine_id) index, in order (migration 28) — no id collected, no record
    sorted, not the Quarantine ID's own index over every record."""
    monkeypatch.setattr(query_module, "BROAD", 1)  # no status is rare at 1,500 records
    for criteria, index in (
        (Criteria(reason="Obsolete Usage Fault"), "backlog_reason_quarantine_ids"),
        (Criteria(reason="obsolete usage fault"), "backlog_reason_quarantine_ids"),
        (Criteria(tariff_key="tk3"), "backlog_tariff_quarantine_ids"),
        (Criteria(tariff_key="TK3", status="quarantined"), "backlog_tariff_quarantine_ids"),
        (Criteria(reason="No Tariff Found", status="quarantined"), "backlog_reason_quarantine_ids"),
    ):
        steps = first_page_plan(loaded, query, criteria, "quarantine_id")
        assert f"INDEX {index}" in steps, (criteria, steps)
        assert "sqlite_autoindex" not in steps, (criteria, steps)
        for descending in (True, False):
            expected = query.ids(criteria, sort="quarantine_id", descending=descending)
            assert len(expected) > 90, criteria  # ten pages of nine and more
            assert paged(query, criteria, "quarantine_id", descending, 9) == expected


def test_a_tariff_key_is_matched_whatever_its_case_from_the_key_counters(
    loaded: Kit, query: BacklogQuery
) -> None:
    with statements(loaded) as seen:
        lower = query.page(Criteria(tariff_key="tk3"))
    assert any("FROM backlog_key_tally" in s for s in seen), seen
    assert not any("WITH RECURSIVE" in s for s in seen), seen  # no walk of the key's index
    upper = query.page(Criteria(tariff_key=" TK3 "))
    assert [r.id for r in lower] == [r.id for r in upper] and len(lower) == PAGE
    assert {r.tariff_key for r in lower} == {"TK3"}
    assert query.page(Criteria(tariff_key="tk")) == []  # a whole key, not a start of one


@pytest.mark.parametrize(("few", "members"), [(1, 0), (0, 10**9), (10**9, 10**9)])
def test_every_search_lists_what_sorting_its_matches_does_whichever_way_is_planned(
    loaded: Kit,
    query: BacklogQuery,
    monkeypatch: pytest.MonkeyPatch,
    few: int,
    members: int,
) -> None:
    """The sort index walked reading records, walked keeping collected ids, or the
    matches sorted."""
    monkeypatch.setattr(query_module, "BROAD", 1)  # no status is rare at 1,500 records
    monkeypatch.setattr(query_module, "FEW", few)
    monkeypatch.setattr(query_module, "MEMBERS", members)
    for criteria in (
        *SEARCHES,
        Criteria(tariff_key="TK5", status="quarantined"),
        Criteria(tariff_key="TK5", status="write-off"),
        Criteria(batch="103", tariff_key="tk1", status="write-off"),
        Criteria(batch="103", status="pending"),
    ):
        for sort in SORTS:
            for descending in (True, False):
                expected = query.ids(criteria, sort=sort, descending=descending)
                assert paged(query, criteria, sort, descending, 9) == expected, (
                    criteria,
                    sort,
                    descending,
                )


def test_the_window_lists_a_broad_service_prefix_with_a_status_newest_first(
    qtbot: QtBot, loaded: Kit, store: Store, paths: KitPaths
) -> None:
    """Typed into the Backlog section's search: the records a sort of all matches gives,
    found along the call-date index alone."""
    expected = BacklogQuery(conn=loaded.store.conn).ids(
        Criteria(service_id="4670", status="pending")
    )
    section = open_backlog(qtbot, store, paths)
    panel = section.records
    bar = panel.search_bar
    qtbot.mouseClick(bar.more, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(bar.service.isVisible)
    qtbot.keyClicks(bar.status, "Action")
    assert bar.status.currentData() == "pending"
    qtbot.keyClicks(bar.service, "4670")
    with statements(section.kit) as seen:
        qtbot.keyClick(bar.service, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: panel.count_label.text() == f"{len(expected)} matching records")
    shown = [panel.model.record_at(row) for row in range(panel.model.rowCount())]
    assert [r.id for r in shown if r is not None] == expected[: len(shown)] and len(shown) >= PAGE
    pages = [s for s in seen if s.startswith("SELECT id FROM backlog_records")]
    assert pages and "COVERING INDEX backlog_call_dates" in plan(section.kit, pages[0])
