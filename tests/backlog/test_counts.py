"""Counts from the tally (migration 15): true after every import, decision, undo and
re-import, equal to the records a search lists, and read without touching the records
(EXPLAIN QUERY PLAN of the statements the kit really runs)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path

from app.backlog import dashboard, tally
from app.backlog.actions import BacklogActions
from app.backlog.importer import BacklogImporter
from app.backlog.model import Criteria
from app.backlog.query import COUNT_CAP, BacklogQuery
from app.kit import Kit
from app.store.migrations.m015_backlog_tally import TALLY_COLUMNS
from tests.backlog.conftest import HEADER, sample_rows

Writer = Callable[..., Path]
_KEY = ", ".join(TALLY_COLUMNS)
SEARCHES = (
    Criteria(status="quarantined"),
    Criteria(status="write-off"),
    Criteria(reason="No Tariff Found"),
    Criteria(reason="No Tariff Found", status="write-off"),
    Criteria(carrier="carrier north", status="quarantined"),
    Criteria(carrier="CARRIER SOUTH", reason="Obsolete Usage Fault", status="write-off"),
    Criteria(carrier_file_type="cdr", status="pending"),
    Criteria(kind="bms-telephony", status="write-off"),
    Criteria(unknown_reason=True),
    Criteria(unknown_reason=True, status="quarantined"),
    Criteria(status="cleansed"),
)


def assert_true_counts(kit: Kit, query: BacklogQuery) -> None:
    conn = kit.store.conn
    assert tally.live(conn)
    kept = set(conn.execute(f"SELECT {_KEY}, n FROM backlog_tally WHERE n > 0"))
    assert kept == set(
        conn.execute(f"SELECT {_KEY}, count(*) FROM backlog_records GROUP BY {_KEY}")
    )
    for criteria in SEARCHES:
        assert query.count(criteria) == len(query.ids(criteria)), criteria


def test_the_tally_stays_true_through_imports_decisions_undo_and_reimports(
    kit: Kit, write_csv: Writer, query: BacklogQuery
) -> None:
    importer = BacklogImporter(conn=kit.store.conn, audit=kit.audit)
    importer.run(write_csv([HEADER, *sample_rows(400)]))
    assert_true_counts(kit, query)
    actions = BacklogActions(conn=kit.store.conn, audit=kit.audit)
    actions.set_status(to="write-off", note="claim 7", criteria=Criteria(carrier="Carrier North"))
    actions.set_status(to="pending", quarantine_ids=["Q000002", "Q000005"])
    assert_true_counts(kit, query)
    actions.undo_last()
    assert_true_counts(kit, query)
    # billing's next export: other reasons, one not in the guide, some completed, new rows
    again = [
        row.replace("No Tariff Found", "Carrier Says No").replace(",Quarantine,", ",Completed,")
        for row in sample_rows(200, start=301)
    ]
    importer.run(write_csv([HEADER, *again], name="telephony-2.csv"))
    assert_true_counts(kit, query)
    assert query.count(Criteria(unknown_reason=True)) > 0


def test_a_large_import_counts_the_tally_afresh(
    kit: Kit, write_csv: Writer, query: BacklogQuery, monkeypatch: object
) -> None:
    import app.backlog.importer as importer_module

    monkeypatch.setattr(importer_module, "BULK_ROWS", 10)  # type: ignore[attr-defined]
    monkeypatch.setattr(importer_module, "STAGED_ROWS", 10)  # type: ignore[attr-defined]
    BacklogImporter(conn=kit.store.conn, audit=kit.audit).run(
        write_csv([HEADER, *sample_rows(3000)])
    )
    assert_true_counts(kit, query)


@contextmanager
def statements(kit: Kit) -> Iterator[list[str]]:
    """Every statement the kit's connection runs meanwhile."""
    seen: list[str] = []
    kit.store.conn.set_trace_callback(seen.append)
    try:
        yield seen
    finally:
        kit.store.conn.set_trace_callback(None)


def plan(kit: Kit, sql: str) -> str:
    rows = kit.store.conn.execute(f"EXPLAIN QUERY PLAN {sql}")
    return " | ".join(str(r[3]) for r in rows)


def counting_plans(kit: Kit, work: Callable[[], object]) -> list[str]:
    with statements(kit) as seen:
        work()
    counting = [
        s
        for s in seen
        if ("count(" in s or "sum(n)" in s or s.startswith("SELECT n FROM"))
        and "sqlite_master" not in s
    ]
    return [plan(kit, s) for s in counting]


def test_counts_of_status_reason_carrier_read_the_tally_not_the_records(
    kit: Kit, write_csv: Writer, query: BacklogQuery
) -> None:
    BacklogImporter(conn=kit.store.conn, audit=kit.audit).run(
        write_csv([HEADER, *sample_rows(300)])
    )
    for criteria in SEARCHES:
        for cap in (None, COUNT_CAP):
            plans = counting_plans(kit, partial(query.count, criteria, cap=cap))
            assert plans and all("backlog_tally" in p for p in plans), (criteria, plans)
            assert not any("backlog_records" in p for p in plans), (criteria, plans)
    plans = counting_plans(kit, lambda: dashboard.counts(kit.store.conn))
    by_dimension = [p for p in plans if "backlog_tally" in p]
    assert len(by_dimension) == 3  # status, reason, carrier
    # the ages: call-date ranges counted in an index, no record read
    assert all("COVERING INDEX" in p for p in plans if "backlog_tally" not in p)


def test_a_capped_count_from_the_tally_is_exact_up_to_the_cap_and_cap_plus_one_above(
    kit: Kit, write_csv: Writer, query: BacklogQuery
) -> None:
    """The window's capped count reads the tally's rows until the cap is passed."""
    BacklogImporter(conn=kit.store.conn, audit=kit.audit).run(
        write_csv([HEADER, *sample_rows(300)])
    )
    for criteria in (Criteria(), *SEARCHES):
        exact = query.count(criteria)
        assert exact == len(query.ids(criteria)), criteria
        for cap in sorted({0, 1, 7, max(exact - 1, 0), exact, exact + 1, 10_000}):
            assert query.count(criteria, cap=cap) == min(exact, cap + 1), (criteria, cap)
    assert query.count(Criteria(), cap=COUNT_CAP) == 300


def test_a_call_date_range_with_a_status_is_counted_in_its_index(
    kit: Kit, write_csv: Writer, query: BacklogQuery
) -> None:
    """(Whole days are counted from the day counters: see test_day_counts.py.)"""
    BacklogImporter(conn=kit.store.conn, audit=kit.audit).run(
        write_csv([HEADER, *sample_rows(300)])
    )
    criteria = Criteria(status="quarantined", date_from="2026-03-01T08:00", date_to="2026-03-31")
    plans = counting_plans(kit, lambda: query.count(criteria, cap=COUNT_CAP))
    assert any("COVERING INDEX backlog_call_dates" in p for p in plans), plans


def test_few_matches_sorted_by_quarantine_id_are_read_and_sorted_not_walked_for(
    kit: Kit, write_csv: Writer, query: BacklogQuery
) -> None:
    """A search with no or few matches, in a sort of its own index (Quarantine ID): its
    matches are read through their filter's index and sorted, instead of walking the whole
    Quarantine ID index to find them (3.6 s at a million records for none)."""
    BacklogImporter(conn=kit.store.conn, audit=kit.audit).run(
        write_csv([HEADER, *sample_rows(300)])
    )
    for criteria in (Criteria(unknown_reason=True), Criteria(kind="rating")):
        with statements(kit) as seen:
            assert query.page(criteria, sort="quarantine_id") == []
        pages = [plan(kit, s) for s in seen if s.startswith("SELECT id FROM backlog_records")]
        assert pages and "sqlite_autoindex" not in pages[-1], pages
        assert "TEMP B-TREE FOR ORDER BY" in pages[-1], pages
    page = query.page(
        Criteria(reason="No Tariff Found"), sort="quarantine_id", descending=False, limit=100
    )
    ids = [r.quarantine_id for r in page]
    assert ids == sorted(ids) and len(ids) == 75
