"""The backlog's amounts, and tariff key and batch number counts, from counters (migration
23): the dashboard's records and amounts per status, reason, carrier and age, and the counts
of a tariff key or a batch with a status, equal a fresh COUNT/SUM over the records after
every import (row by row, bulk, staged), decision, undo, another writer's insert, change and
delete, and an import killed (SIGKILL) half-way then finished by the next start; the
dashboard and those counts read them, not the records."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path

import pytest

from app.backlog import dashboard, staging, tally
from app.backlog.actions import BacklogActions
from app.backlog.importer import BacklogImporter
from app.backlog.model import Criteria
from app.backlog.query import BacklogQuery
from app.kit import Kit
from app.paths import KitPaths
from app.store import db
from app.store.keys import KeyFile
from app.store.migrations.m020_backlog_days import day_of
from app.store.store import Store
from tests.backlog.conftest import HEADER, sample_rows
from tests.backlog.test_counts import counting_plans, plan, statements
from tests.backlog.test_pages import varied_rows
from tests.support.killed import run_killed

Writer = Callable[..., Path]
TODAY = date(2026, 3, 1)  # the ages spread over every bucket of the sample rows


def assert_counters_true(conn: db.Connection) -> None:
    """The counters hold what a fresh COUNT/SUM of the records gives, the dashboard's
    summary from them equals the one from a pass over the records, and a tariff key's or a
    batch number's count (with or without a status) the records a search lists."""
    assert tally.money_live(conn) and tally.keys_live(conn)
    keys = set(conn.execute("SELECT * FROM backlog_key_tally WHERE n <> 0"))
    assert keys == set(
        conn.execute(
            "SELECT 'tariff', tariff_key, status, count(*) FROM backlog_records GROUP BY 2, 3 "
            "UNION ALL "
            "SELECT 'batch', batch_number, status, count(*) FROM backlog_records GROUP BY 2, 3"
        )
    )
    query = BacklogQuery(conn=conn)
    for status in ("", "quarantined", "pending", "write-off"):
        for criteria in (
            Criteria(tariff_key="tk3", status=status),
            Criteria(tariff_key="TK0", status=status),
            Criteria(tariff_key="none such", status=status),
            Criteria(batch="104", status=status),
            Criteria(batch="  101 ", status=status),
        ):
            assert query.count(criteria) == len(query.ids(criteria)), criteria
    kept = set(conn.execute("SELECT * FROM backlog_money WHERE n <> 0 OR amount <> 0"))
    assert kept == set(
        conn.execute(
            "SELECT status, reason, carrier, coalesce(currency, ''), count(*), "
            "coalesce(sum(amount_minor), 0) FROM backlog_records GROUP BY 1, 2, 3, 4"
        )
    )
    days = set(conn.execute("SELECT * FROM backlog_day_money WHERE n <> 0 OR amount <> 0"))
    assert days == set(
        conn.execute(
            f"SELECT {day_of('call_date')}, status, coalesce(currency, ''), count(*), "
            "coalesce(sum(amount_minor), 0) FROM backlog_records GROUP BY 1, 2, 3"
        )
    )
    for open_only in (False, True):
        counted = dashboard.summarise(conn, today=TODAY, open_only=open_only)
        assert counted == scanned(conn, open_only=open_only)


def scanned(conn: db.Connection, *, open_only: bool) -> dashboard.Summary:
    """The dashboard as the pass over every record gives it (the counters' triggers away, as
    in the middle of a bulk load), nothing changed."""
    conn.execute("BEGIN")
    try:
        tally.suspend(conn)
        assert not tally.money_live(conn)
        return dashboard.summarise(conn, today=TODAY, open_only=open_only)
    finally:
        conn.execute("ROLLBACK")


@pytest.fixture
def importer(kit: Kit) -> BacklogImporter:
    return BacklogImporter(conn=kit.store.conn, audit=kit.audit)


def test_amounts_stay_true_through_imports_decisions_undo_and_other_writers(
    kit: Kit, write_csv: Writer, importer: BacklogImporter
) -> None:
    conn = kit.store.conn
    importer.run(write_csv([HEADER, *varied_rows(400), *sample_rows(100, start=500)]))
    assert_counters_true(conn)
    summary = dashboard.summarise(conn, today=TODAY)
    assert summary.amounts and summary.currencies() == [
        (
            "EUR",
            sum(n * 100 for n in range(1, 401)) + sum(n * 100 + n % 100 for n in range(500, 600)),
        )
    ]
    assert len([b for b in summary.by["age"] if b.count]) >= 3

    actions = BacklogActions(conn=conn, audit=kit.audit)
    actions.set_status(to="write-off", note="claim 7", criteria=Criteria(carrier="Carrier 1"))
    actions.set_status(to="pending", quarantine_ids=["Q000002", "Q000005"])
    assert_counters_true(conn)
    actions.undo_last()
    assert_counters_true(conn)
    # another writer: no amount, another currency, a call date that is no date, a change of
    # amount, currency and call date, a delete
    conn.execute(
        "INSERT INTO backlog_records (quarantine_id, kind, status, reason, carrier, call_date, "
        "amount_minor, currency, imported_at) VALUES "
        "('X1', 'rating', 'pending', 'No Tariff Found', 'Carrier 9', '2026-02-20', NULL, "
        "'SEK', 'now'), "
        "('X2', 'rating', 'quarantined', '', '', 'soon', 1250, 'SEK', 'now'), "
        "('X3', 'rating', 'pending', 'Odd', 'Carrier 9', '2026-02-28T23:59:59', -300, '', 'now')"
    )
    assert_counters_true(conn)
    conn.execute(
        "UPDATE backlog_records SET amount_minor = 99, currency = 'NOK', "
        "call_date = '2025-01-01T00:00:00' WHERE quarantine_id IN ('X1', 'Q000007')"
    )
    conn.execute("DELETE FROM backlog_records WHERE quarantine_id IN ('X2', 'Q000010')")
    assert_counters_true(conn)
    # billing's next export changes statuses, reasons and amounts of records already there
    again = [
        row.replace(",EUR,", ",SEK,").replace("No Tariff Found", "Carrier Says No")
        for row in varied_rows(300)
    ]
    importer.run(write_csv([HEADER, *again], name="telephony-2.csv"))
    assert_counters_true(conn)
    assert {c for c, _ in dashboard.summarise(conn, today=TODAY).currencies()} == {
        "EUR", "SEK", "NOK", ""
    }  # fmt: skip


def test_a_large_import_counts_them_afresh(
    kit: Kit, write_csv: Writer, importer: BacklogImporter, monkeypatch: pytest.MonkeyPatch
) -> None:
    import app.backlog.importer as importer_module

    importer.run(write_csv([HEADER, *sample_rows(50, start=5000)]))
    monkeypatch.setattr(importer_module, "BULK_ROWS", 10)
    importer.run(
        write_csv([HEADER, *varied_rows(600)], name="telephony-bulk.csv")
    )  # one transaction
    assert_counters_true(kit.store.conn)
    monkeypatch.setattr(importer_module, "STAGED_ROWS", 10)
    monkeypatch.setattr(staging, "MERGE_ROWS", 50)
    importer.run(
        write_csv([HEADER, *sample_rows(2000)], name="telephony-staged.csv")
    )  # merged in steps
    assert_counters_true(kit.store.conn)


_KILLED_IMPORT = """
import os, signal, sys
from pathlib import Path
import app.backlog.importer as importer_module
from app.kit import Kit
from app.backlog import staging
from app.backlog.importer import BacklogImporter
from app.paths import KitPaths
from app.store.keys import KeyFile
from app.store.store import Store
importer_module.STAGED_ROWS = 10
importer_module.BULK_ROWS = 10
staging.MERGE_ROWS = 50
paths = KitPaths(Path(sys.argv[1]))
store = Store(paths=paths, raw_key=bytes.fromhex(sys.stdin.readline().strip()),
              key_file=KeyFile.load(paths.key_file))
at = int(sys.argv[3])
def progress(done, total):
    if done >= at:  # Windows has no SIGKILL: TerminateProcess
        print(done, flush=True)
        os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))
kit = Kit.open(store)
BacklogImporter(conn=store.conn, audit=kit.audit).run(Path(sys.argv[2]), progress=progress)
print("finished", flush=True)
"""


@pytest.mark.parametrize("at", [850, 960], ids=["merging", "building-indexes"])
def test_an_import_killed_half_way_is_counted_when_the_next_start_finishes_it(
    kit: Kit, write_csv: Writer, importer: BacklogImporter, paths: KitPaths, passphrase: str,
    at: int,
) -> None:  # fmt: skip
    importer.run(write_csv([HEADER, *varied_rows(300)]))
    export = write_csv([HEADER, *sample_rows(1500)], name="telephony-big.csv")
    raw_key = KeyFile.load(paths.key_file).unwrap(passphrase).hex()
    kit.store.close()
    run_killed(_KILLED_IMPORT, [str(paths.home), str(export), str(at)], raw_key)

    store = Store(
        paths=paths, raw_key=bytes.fromhex(raw_key), key_file=KeyFile.load(paths.key_file)
    )
    try:
        assert not tally.money_live(store.conn)  # the merge was cut short: triggers away
        reopened = Kit.open(store)  # the next start finishes the import
        assert tally.money_live(reopened.store.conn)
        assert (
            reopened.store.conn.execute("SELECT count(*) FROM backlog_records").fetchone()[0]
            == 1500
        )
        assert_counters_true(reopened.store.conn)
    finally:
        store.close()


def test_the_dashboard_reads_the_counters_not_the_records(
    kit: Kit, write_csv: Writer, importer: BacklogImporter
) -> None:
    importer.run(write_csv([HEADER, *sample_rows(300)]))
    conn = kit.store.conn
    summary = dashboard.counts_and_amounts(conn, today=TODAY)
    assert summary.amounts  # one step: the amounts with the counts
    with statements(kit) as seen:
        dashboard.counts_and_amounts(conn, today=TODAY)
    plans = [plan(kit, s) for s in seen if "backlog_" in s and "sqlite_master" not in s]
    assert plans and all("backlog_records" not in p for p in plans), plans
    assert [p for p in plans if "backlog_money" in p] and [
        p for p in plans if "backlog_day_money" in p
    ], plans


def test_a_tariff_key_or_batch_with_a_status_is_counted_without_reading_records(
    kit: Kit, write_csv: Writer, importer: BacklogImporter
) -> None:
    importer.run(write_csv([HEADER, *varied_rows(300)]))
    query = BacklogQuery(conn=kit.store.conn)
    for criteria in (
        Criteria(tariff_key="tk3", status="pending"),
        Criteria(tariff_key="TK4"),
        Criteria(batch="104", status="write-off"),
    ):
        assert query.count(criteria) == len(query.ids(criteria)) > 0
        counting = counting_plans(kit, partial(query.count, criteria))
        assert counting and all("backlog_key_tally" in p for p in counting), counting
