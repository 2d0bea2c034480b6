"""First pages from the indexes alone (migration 17): every search, in every sort, lists the
same records in the same order as sorting all its matches, page after page, whichever way
the kit plans it (reading a range from its index, or walking the call-date order); and a
first page sorted by call date reads index entries, not the records (EXPLAIN QUERY PLAN of
the statement the kit really runs)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import FrozenInstanceError, replace
from pathlib import Path

import pytest

from app.backlog import query as query_module
from app.backlog.importer import BacklogImporter
from app.backlog.model import BacklogRecord, Criteria
from app.backlog.query import SORTS, BacklogQuery, page_key
from app.kit import Kit
from tests.backlog.conftest import HEADER
from tests.backlog.test_counts import plan, statements

ROWS = 1500
_STATUSES = ("Quarantine", "Pending", "Write off", "Quarantine", "Quarantine")
_REASONS = ("No Tariff Found", "Obsolete Usage Fault", "Duplicate Usage Fault")


def varied_rows(count: int) -> list[str]:
    """Few distinct call dates (so many records share one: the order then falls to the
    ID), service identifiers sharing prefixes, dates updated and released over days."""
    rows = []
    for n in range(1, count + 1):
        released = f"2026-11-{1 + n % 3:02d} 06:00:00" if n % 4 == 0 else ""
        rows.append(
            f"Q{n:06d},{100 + n % 9},CDR_{100 + n % 9}.csv,Carrier {n % 4},"
            f"{'TAP' if n % 5 == 0 else 'CDR'},4670{n % 50:02d}{n:05d},TK{n % 7},"
            f"{_STATUSES[n * 7 % 5]},{_REASONS[n % 3]},"
            f"2026-{1 + n % 3:02d}-{1 + n % 2:02d} 10:00:00,2026-11-{1 + n % 5:02d},"
            f"{released},{n}.00,EUR,{n % 300}"
        )
    return rows


SEARCHES = (
    Criteria(status="pending"),
    Criteria(status="quarantined", date_from="2026-02-01", date_to="2026-02-28"),
    Criteria(reason="No Tariff Found", status="write-off"),
    Criteria(carrier="carrier 2"),
    Criteria(carrier="Carrier 1", status="pending"),
    Criteria(carrier_file_type="tap", status="quarantined"),
    Criteria(kind="bms-telephony", status="write-off"),
    Criteria(tariff_key="tk3", status="pending"),
    Criteria(batch="104", status="quarantined"),
    Criteria(service_id="46700"),  # narrow: read from its index and sorted
    Criteria(service_id="4670", status="pending"),  # every record: walked
    Criteria(batch_file="cdr_10", status="write-off"),
    Criteria(updated_from="2026-11-03", updated_to="2026-11-03"),
    Criteria(updated_from="2026-11-02", status="quarantined"),
    Criteria(released_from="2026-11-02", released_to="2026-11-02", status="pending"),
    Criteria(released_to="2026-11-30"),
    Criteria(service_id="46701", updated_from="2026-11-04", status="quarantined"),
    Criteria(text="46700"),
    Criteria(text="Q000010", status="pending"),
    Criteria(tariff_key="TK3"),  # migration 19: no status in these two indexes
    Criteria(batch="105", status="write-off"),
    Criteria(released_from="2026-11-01", status="quarantined"),  # released ones only
)


#: ranges holding most records: walking the call-date order finds a page soonest
WIDE = (
    Criteria(service_id="4670", status="pending"),
    Criteria(updated_from="2026-11-02", status="quarantined"),
    Criteria(batch_file="cdr_10", status="write-off"),  # every batch file starts so
)


@pytest.fixture
def loaded(kit: Kit, write_csv: Callable[..., Path]) -> Kit:
    BacklogImporter(conn=kit.store.conn, audit=kit.audit).run(
        write_csv([HEADER, *varied_rows(ROWS)])
    )
    return kit


def paged(
    query: BacklogQuery, criteria: Criteria, sort: str, descending: bool, size: int
) -> list[int]:
    found: list[int] = []
    after = None
    while True:
        page = query.page(criteria, sort=sort, descending=descending, after=after, limit=size)
        found += [r.id for r in page]
        if len(page) < size:
            return found
        after = page_key(page[-1], sort)


@pytest.mark.parametrize("size", [200, 9])  # 9: a wide range walks the call-date order
def test_every_search_pages_in_the_order_of_sorting_all_its_matches(
    loaded: Kit, query: BacklogQuery, size: int
) -> None:
    for criteria in SEARCHES:
        for sort in SORTS:
            for descending in (True, False):
                expected = query.ids(criteria, sort=sort, descending=descending)
                assert expected or criteria.text, criteria  # the searches do match
                got = paged(query, criteria, sort, descending, size)
                assert got == expected, (criteria, sort, descending)


def test_a_first_page_by_call_date_reads_index_entries_not_records(
    loaded: Kit, query: BacklogQuery
) -> None:
    for criteria in SEARCHES:
        if criteria.text or (criteria.service_id and criteria.updated_from):
            continue  # an OR of four columns, or two ranges: records read for the second
        for descending in (True, False):
            with statements(loaded) as seen:
                query.page(criteria, sort="call_date", descending=descending)
            (first,) = [s for s in seen if s.startswith("SELECT id FROM backlog_records")]
            steps = plan(loaded, first)
            if criteria in WIDE and criteria.service_id:  # the index holds the identifier
                assert "SCAN backlog_records USING COVERING INDEX backlog_call_dates" in steps
            elif criteria in WIDE:  # walked in call-date order: a record read per row passed
                assert "SCAN backlog_records USING INDEX backlog_call_dates" in steps
            elif criteria.tariff_key or criteria.batch:  # narrow (migration 19): no status
                # in the index, so the record is read to check it, but in call-date order
                assert "INDEX backlog_" in steps and "TEMP B-TREE" not in steps, steps
            else:
                assert "COVERING INDEX" in steps, (criteria, steps)


PLANNED = (
    Criteria(carrier="Carrier 1", status="pending"),  # the tally counts it
    Criteria(service_id="46700"),  # it does not
    Criteria(status="pending"),  # read along the status's own index
)


@pytest.mark.parametrize(
    ("few", "members", "way"),
    [
        (0, 10**9, "keeping the ids"),  # every search: the sort index's entries, kept by id
        (1, 0, "reading the records"),  # every search: the sort index, a record read a row
    ],
)
def test_sorted_by_id_or_service_every_way_lists_what_sorting_all_matches_does(
    loaded: Kit,
    query: BacklogQuery,
    monkeypatch: pytest.MonkeyPatch,
    few: int,
    members: int,
    way: str,
) -> None:
    """The two ways of walking a sort index (at a million records, for 2,000-50,000 matches
    and for more) give every search's pages in the order of sorting all its matches; the
    first keeps ids it collected from the filters' indexes, reading no record but the
    page's."""
    monkeypatch.setattr(query_module, "BROAD", 1)  # no status is rare at 1,500 records
    monkeypatch.setattr(query_module, "FEW", few)
    monkeypatch.setattr(query_module, "MEMBERS", members)
    monkeypatch.setattr(query_module, "COUNT_CAP", members)  # the probe's first count
    for criteria in SEARCHES:
        for sort in ("quarantine_id", "service_id"):
            for descending in (True, False):
                expected = query.ids(criteria, sort=sort, descending=descending)
                for size in (200, 9):
                    got = paged(query, criteria, sort, descending, size)
                    assert got == expected, (way, criteria, sort, descending, size)
        if criteria in PLANNED:
            with statements(loaded) as seen:
                query.page(criteria, sort="quarantine_id")
            (first,) = [s for s in seen if s.startswith("SELECT id FROM backlog_records")]
            steps = plan(loaded, first)
            # "pending" (a fifth of the records) along its entries of the status index,
            # (status, quarantine_id) (migration 27); no status along the Quarantine ID's
            index = "backlog_status_quarantine_ids" if criteria.status else "sqlite_autoindex"
            walked = f"backlog_records USING COVERING INDEX {index}"
            if way == "keeping the ids" or criteria == Criteria(status="pending"):
                # no record read to walk, none sorted; the matches' ids collected first
                assert walked in steps, steps
                assert "LIST SUBQUERY" in steps or criteria == Criteria(status="pending")
            else:
                assert walked not in steps and f"USING INDEX {index}" in steps, steps
            assert "TEMP B-TREE" not in steps, steps


def test_a_page_holds_what_the_record_class_makes_of_each_row(
    loaded: Kit, query: BacklogQuery
) -> None:
    """The records of a page are built with their fields set at once (`query._record`): each
    equals the record class's own construction from the same row, and is as frozen."""
    page = query.page(Criteria(), limit=50)
    shown = BacklogQuery(conn=loaded.store.conn, decisions=False).page(Criteria(), limit=50)
    assert [r.id for r in shown] == [r.id for r in page] and len(page) == 50
    marks = ", ".join("?" * len(page))
    for select, records in ((query_module._SELECT, page), (query_module._SELECT_SHOWN, shown)):
        rows = {
            row[0]: row
            for row in loaded.store.conn.execute(
                f"{select} WHERE r.id IN ({marks})", [r.id for r in records]
            )
        }
        for record in records:
            row = rows[record.id]
            made = BacklogRecord(*row[:5], bool(row[5]), *row[6:])
            assert record == made and hash(record) == hash(made)
            assert vars(record) == vars(made)
            assert type(record.reason_known) is bool
    with pytest.raises(FrozenInstanceError):
        page[0].status = "write-off"  # type: ignore[misc]
    assert replace(page[0], status="write-off").status == "write-off"
