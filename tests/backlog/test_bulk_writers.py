"""Every writer of the kit says when it waits for the store, so a bulk decision holding it
lets go within a slice: here the sender's outcome log row, the one write it commits on its
own (no BEGIN), comes in while the decision still runs, not after it."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from app.audit import AuditLog
from app.backlog import bulk
from app.backlog.actions import BacklogActions
from app.backlog.importer import BacklogImporter
from app.backlog.model import Criteria
from app.delivery.outbox import Finished, Outbox
from app.kit import Kit
from app.store import db
from tests.backlog.conftest import HEADER, sample_rows
from tests.delivery.conftest import queue

# it compares how long another writer waits: run with the machine otherwise idle
pytestmark = pytest.mark.alone

ROWS = 4_000
SLICE = 250


def test_the_senders_outcome_gets_in_while_a_long_decision_holds_the_store(
    kit: Kit, write_csv: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    BacklogImporter(conn=kit.store.conn, audit=kit.audit).run(
        write_csv([HEADER, *sample_rows(ROWS)])
    )
    [message] = queue(kit, ["partner01@example.com"])
    with db.transaction(kit.store.conn):
        Outbox(conn=kit.store.conn, audit=kit.audit).claim_many([message.id], path="relay")
    # slices of SLICE records, the store held between them until a writer says it waits
    monkeypatch.setattr(bulk, "SLICE_ROWS_RANGE", (SLICE, SLICE))
    monkeypatch.setattr(bulk, "SLICE_ROWS", SLICE)
    monkeypatch.setattr(bulk, "HOLD_SECONDS", 60.0)
    logged: list[float] = []
    failed: list[BaseException] = []

    def log_outcome() -> None:
        sender = kit.store.connect()  # the sender's own connection (its thread's)
        started = time.monotonic()
        try:
            Outbox(conn=sender, audit=AuditLog(conn=sender, actor="sender")).finish_many(
                [Finished(message.id, "sent", "250 2.0.0 accepted", 250)],
                path="relay",
                later=True,
            )
        except BaseException as err:  # the busy timeout: kept for the assertion below
            failed.append(err)
        logged.append(time.monotonic() - started)
        sender.close()

    writer = threading.Thread(target=log_outcome)
    logged_before_the_end: list[bool] = []

    def progress(done: int, total: int) -> None:
        if done == SLICE:
            writer.start()
        time.sleep(0.1)  # each slice takes a while, as on a large store
        if done == total:
            logged_before_the_end.append(bool(logged))

    BacklogActions(conn=kit.store.conn, audit=kit.audit).set_status(
        to="write-off", note="claim 42", criteria=Criteria(status="quarantined"), progress=progress
    )
    writer.join(timeout=30)
    assert not failed, failed
    assert logged_before_the_end == [True]  # in while the decision ran, not after it
    assert logged[0] < 2.0, logged
    Outbox(conn=kit.store.conn, audit=kit.audit).apply_pending()
    assert Outbox(conn=kit.store.conn, audit=kit.audit).get(message.id).state == "sent"
