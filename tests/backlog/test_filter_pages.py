"""Count + first page of a search read few pages (issue 18, point 3: ≤ 50 ms at a million
records, on a cold disk cache too): the statements the kit really runs, as the window runs
them on a filter change, and their query plans.

- A broad service identifier prefix sorted by call date walks the call-date index alone
  (migration 26: it holds the identifier), no record read per row passed over.
- A tariff key with a status seeks each match's status in the status index, where that
  status's entries lie side by side, rather than reading every record of the key.
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
from app.backlog.query import COUNT_CAP, SORTS, BacklogQuery
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
        newest = query.ids(criteria)[:200]
        assert [r.id for r in query.page(criteria)] == newest


def test_a_tariff_key_with_a_status_seeks_the_status_in_its_index(
    loaded: Kit, query: BacklogQuery, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(query_module, "BROAD", 1)  # no status is rare at 1,500 records
    criteria = Criteria(tariff_key="tk3", status="pending")
    for sort in ("call_date", "quarantine_id"):
        steps = first_page_plan(loaded, query, criteria, sort)
        assert "COVERING INDEX backlog_tariff_dates" in steps, steps
        assert "EXISTS USING COVERING INDEX backlog_by_status (status=? AND rowid=?)" in steps
        for descending in (True, False):
            expected = query.ids(criteria, sort=sort, descending=descending)
            assert expected and all(
                r.status == "pending" and r.tariff_key == "TK3" for r in query.by_ids(expected)
            )
            assert paged(query, criteria, sort, descending, 9) == expected


def test_a_tariff_key_is_matched_whatever_its_case_from_the_key_counters(
    loaded: Kit, query: BacklogQuery
) -> None:
    with statements(loaded) as seen:
        lower = query.page(Criteria(tariff_key="tk3"))
    assert any("FROM backlog_key_tally" in s for s in seen), seen
    assert not any("WITH RECURSIVE" in s for s in seen), seen  # no walk of the key's index
    upper = query.page(Criteria(tariff_key=" TK3 "))
    assert [r.id for r in lower] == [r.id for r in upper] and len(lower) == 200
    assert {r.tariff_key for r in lower} == {"TK3"}
    assert query.page(Criteria(tariff_key="tk")) == []  # a whole key, not a start of one


@pytest.mark.parametrize("entries", [0, 10**9], ids=["records read", "status sought"])
@pytest.mark.parametrize(("few", "members"), [(1, 0), (0, 10**9), (10**9, 10**9)])
def test_every_search_lists_what_sorting_its_matches_does_whichever_way_is_planned(
    loaded: Kit,
    query: BacklogQuery,
    monkeypatch: pytest.MonkeyPatch,
    entries: int,
    few: int,
    members: int,
) -> None:
    """The status read from the records or sought in its index; the sort index walked
    reading records, walked keeping collected ids, or the matches sorted."""
    monkeypatch.setattr(query_module, "_STATUS_ENTRIES", entries)
    monkeypatch.setattr(query_module, "BROAD", 1)  # no status is rare at 1,500 records
    monkeypatch.setattr(query_module, "FEW", few)
    monkeypatch.setattr(query_module, "MEMBERS", members)
    for criteria in (
        *SEARCHES,
        Criteria(tariff_key="TK5", status="quarantined"),
        Criteria(batch="103", tariff_key="tk1", status="write-off"),
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
    assert [r.id for r in shown if r is not None] == expected[: len(shown)] and len(shown) >= 200
    pages = [s for s in seen if s.startswith("SELECT id FROM backlog_records")]
    assert pages and "COVERING INDEX backlog_call_dates" in plan(section.kit, pages[0])
