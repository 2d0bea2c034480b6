"""A bulk decision commits between its slices, so that another writer (a notice being queued)
gets in; each commit writes again every page the slices since the last one changed, and a
record's status is in a dozen indexes. A write-off of 88,877 of a million records took 1.3×
the time of the same statements in one transaction (issue 18, point 6), its commits writing
the indexes' pages over and over. Taken by call date, a slice's entries lie together in those
indexes: the decision in slices writes not much more than in one transaction. So does its
undo."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

import pytest

from app.backlog import bulk
from app.backlog.actions import ActionResult, BacklogActions
from app.backlog.importer import BacklogImporter
from app.backlog.model import Criteria
from app.kit import Kit
from app.store import db
from tests.backlog.conftest import HEADER, REASONS

ROWS = 30_000
CARRIERS = 10
SLICE = 300  # a carrier's 3,000 records: ten slices


def export(count: int) -> list[str]:
    """Records as billing exports them: in no order of call date, a service each, a few in
    each batch file, ten carriers in turn."""
    rnd = random.Random(18)
    rows = []
    for n in range(count):
        batch = rnd.randrange(count // 6)
        called = f"{rnd.randrange(1, 13):02d}-{rnd.randrange(1, 29):02d} {rnd.randrange(24):02d}"
        rows.append(
            f"Q{n:07d},{batch},CDR_{batch:06d}.csv,Carrier {n % CARRIERS},CDR,"
            f"4670{rnd.randrange(10**7):07d},TK{rnd.randrange(400)},Quarantine,"
            f"{rnd.choice(REASONS)},2026-{called}:{rnd.randrange(60):02d}:00,"
            f"2026-{rnd.randrange(10, 12):02d}-{rnd.randrange(1, 31):02d},,"
            f"{rnd.randrange(1000)}.{rnd.randrange(100):02d},EUR,{rnd.randrange(3600)}"
        )
    return rows


def pages_written(kit: Kit, act: Callable[[], ActionResult]) -> int:
    """The store's pages `act` (a decision or an undo of ROWS // CARRIERS records) wrote: the
    -wal's frames (no checkpoint starts it afresh meanwhile)."""
    busy = kit.store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    assert busy == 0
    assert act().changed == ROWS // CARRIERS
    database = kit.store.paths.database
    wal = database.with_name(database.name + "-wal")
    return wal.stat().st_size // (db.PAGE_SIZE + 24)  # a frame: its header, the page


@pytest.fixture
def actions(
    kit: Kit, write_csv: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> BacklogActions:
    BacklogImporter(conn=kit.store.conn, audit=kit.audit).run(write_csv([HEADER, *export(ROWS)]))
    monkeypatch.setattr(bulk, "SLICE_ROWS_RANGE", (SLICE, SLICE))
    monkeypatch.setattr(bulk, "SLICE_ROWS", SLICE)
    monkeypatch.setattr(bulk, "CHECKPOINT_PAGES", 10**6)
    return BacklogActions(conn=kit.store.conn, audit=kit.audit)


def write_off(actions: BacklogActions, carrier: str) -> Callable[[], ActionResult]:
    return lambda: actions.set_status(
        to="write-off", note="claim", criteria=Criteria(carrier=carrier)
    )


def test_a_write_off_in_slices_writes_not_much_more_than_one_transaction_of_it(
    kit: Kit, actions: BacklogActions, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bulk, "HOLD_SECONDS", 3600.0)  # one transaction: nobody waits
    whole = pages_written(kit, write_off(actions, "Carrier 1"))
    monkeypatch.setattr(bulk, "HOLD_SECONDS", 0.0)  # a commit a slice: ten
    sliced = pages_written(kit, write_off(actions, "Carrier 2"))
    # 3.7× when the slices went by record id, 2.5× by call date
    assert sliced < 3 * whole, (sliced, whole)


def test_its_undo_in_slices_writes_not_much_more_than_one_transaction_of_it(
    kit: Kit, actions: BacklogActions, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bulk, "HOLD_SECONDS", 3600.0)
    write_off(actions, "Carrier 1")()
    whole = pages_written(kit, actions.undo_last)
    write_off(actions, "Carrier 2")()
    monkeypatch.setattr(bulk, "HOLD_SECONDS", 0.0)
    sliced = pages_written(kit, actions.undo_last)
    # 3.7× by record id, 2.5× by call date
    assert sliced < 3 * whole, (sliced, whole)
