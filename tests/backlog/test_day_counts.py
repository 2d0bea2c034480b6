"""Counts of a date range or a service prefix from the day counters (migration 20): exact —
the same number as the records a search lists — after every import (row by row and bulk),
decision, undo, another writer's insert, change and delete, whatever the dates hold; read
from the counters, not the records; and a search they cannot answer (a date-time bound, a
longer prefix, another field) still counted exactly from the records."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

import pytest

from app.backlog import tally
from app.backlog.actions import BacklogActions
from app.backlog.importer import BacklogImporter
from app.backlog.model import Criteria
from app.backlog.query import COUNT_CAP, BacklogQuery
from app.kit import Kit
from tests.backlog.conftest import HEADER
from tests.backlog.test_counts import counting_plans
from tests.backlog.test_pages import varied_rows

Writer = Callable[..., Path]
#: what the counters answer: one date range of whole days or one short service prefix
COUNTED = (
    Criteria(date_from="2026-02-01", date_to="2026-02-28"),
    Criteria(date_from="2026-02-02", status="quarantined"),
    Criteria(date_to="2026-01-01", status="pending"),
    Criteria(updated_from="2026-11-03", updated_to="2026-11-03"),
    Criteria(updated_from="2026-11-02", status="write-off"),
    Criteria(updated_to="2026-11-02"),
    Criteria(released_from="2026-11-02", released_to="2026-11-02", status="quarantined"),
    Criteria(released_from="2026-11-01", released_to="2026-11-30"),
    Criteria(released_to="2026-11-02", status="pending"),
    Criteria(service_id="4670"),
    Criteria(service_id="46701", status="pending"),
    Criteria(service_id="zz", status="quarantined"),  # no such prefix
    Criteria(status="Write off", date_from="2026-03-01"),
)
#: what they do not: counted from the records as before
NOT_COUNTED = (
    Criteria(date_from="2026-02-01T12:00", date_to="2026-02-28"),
    Criteria(service_id="467010", status="pending"),
    Criteria(service_id="46701", reason="No Tariff Found"),
    Criteria(updated_from="2026-11-02", released_to="2026-11-30"),
    Criteria(released_from=" ", status="pending"),  # blank: no range at all
)


def assert_exact(query: BacklogQuery) -> None:
    for criteria in (*COUNTED, *NOT_COUNTED):
        listed = len(query.ids(criteria))
        assert query.count(criteria) == listed, criteria
        assert query.count(criteria, cap=5) == min(listed, 6), criteria


@pytest.fixture
def loaded(kit: Kit, write_csv: Writer) -> BacklogImporter:
    importer = BacklogImporter(conn=kit.store.conn, audit=kit.audit)
    importer.run(write_csv([HEADER, *varied_rows(400)]))
    return importer


def test_counts_stay_exact_through_imports_decisions_undo_and_other_writers(
    kit: Kit, write_csv: Writer, query: BacklogQuery, loaded: BacklogImporter
) -> None:
    conn = kit.store.conn
    assert tally.days_live(conn)
    assert query.count(Criteria(service_id="46701", status="pending")) > 0
    assert_exact(query)
    actions = BacklogActions(conn=conn, audit=kit.audit)
    actions.set_status(to="write-off", note="claim 7", criteria=Criteria(carrier="Carrier 1"))
    actions.set_status(to="pending", quarantine_ids=["Q000002", "Q000005"])
    assert_exact(query)
    actions.undo_last()
    assert_exact(query)
    # another writer: dates that are not date-times (a bare date, text billing wrote, none)
    conn.execute(
        "INSERT INTO backlog_records (quarantine_id, kind, status, service_id, call_date, "
        "date_updated, date_released, imported_at) VALUES "
        "('X1', 'rating', 'pending', '46701', '2026-02-02', '2026-11-02', '2026-11-02', 'now'), "
        "('X2', 'rating', 'quarantined', '4', 'soon', '2026-11-02T23:59:59.5', '', 'now'), "
        "('X3', 'rating', 'pending', '', '', '', '2026-11-30T00:00', 'now')"
    )
    assert_exact(query)
    conn.execute(
        "UPDATE backlog_records SET call_date = '2026-02-28T23:59:59', date_released = '', "
        "service_id = '4670999' WHERE quarantine_id = 'X1'"
    )
    conn.execute("DELETE FROM backlog_records WHERE quarantine_id IN ('X2', 'Q000010')")
    assert_exact(query)
    # billing's next export changes dates and statuses of records already there
    again = [row.replace("2026-11-0", "2026-10-1") for row in varied_rows(300)]
    loaded.run(write_csv([HEADER, *again], name="telephony-2.csv"))
    assert_exact(query)


def test_a_large_import_counts_them_afresh(
    kit: Kit, write_csv: Writer, query: BacklogQuery, monkeypatch: pytest.MonkeyPatch
) -> None:
    import app.backlog.importer as importer_module

    monkeypatch.setattr(importer_module, "BULK_ROWS", 10)
    monkeypatch.setattr(importer_module, "STAGED_ROWS", 10)
    BacklogImporter(conn=kit.store.conn, audit=kit.audit).run(
        write_csv([HEADER, *varied_rows(3000)])
    )
    assert tally.days_live(kit.store.conn)
    assert_exact(query)


def test_the_counters_answer_without_reading_the_records(
    kit: Kit, query: BacklogQuery, loaded: BacklogImporter
) -> None:
    for criteria in COUNTED:
        for cap in (None, COUNT_CAP):
            plans = counting_plans(kit, partial(query.count, criteria, cap=cap))
            assert plans and all("backlog_day_tally" in p for p in plans), (criteria, plans)
    for criteria in NOT_COUNTED:
        plans = counting_plans(kit, partial(query.count, criteria))
        assert not any("backlog_day_tally" in p for p in plans), (criteria, plans)
