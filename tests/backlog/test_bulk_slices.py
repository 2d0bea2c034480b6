"""A bulk decision cut short between its slices (here: stopped from its progress callback,
as a kill or Ctrl+C stops it) never stands half-done: nothing of it can be undone or handed
to billing meanwhile, the next start rolls it back and says so; a slice that fails rolls it
back at once."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from app.backlog import bulk
from app.backlog.actions import BacklogActions, settle_interrupted
from app.backlog.decisions import DecisionExporter
from app.backlog.importer import BacklogImporter
from app.backlog.model import Criteria
from app.backlog.query import BacklogQuery
from app.kit import Kit
from tests.backlog.conftest import HEADER, sample_rows

ROWS = 3_000


@pytest.fixture
def sliced(
    kit: Kit, write_csv: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> BacklogActions:
    """ROWS quarantined records; decisions in slices of 500, each committed."""
    BacklogImporter(conn=kit.store.conn, audit=kit.audit).run(
        write_csv([HEADER, *sample_rows(ROWS)])
    )
    monkeypatch.setattr(bulk, "SLICE_ROWS_RANGE", (500, 500))
    monkeypatch.setattr(bulk, "SLICE_ROWS", 500)
    monkeypatch.setattr(bulk, "HOLD_SECONDS", 0.0)
    return BacklogActions(conn=kit.store.conn, audit=kit.audit)


def stop_after(slices: int, error: BaseException) -> Callable[[int, int], None]:
    def progress(done: int, total: int) -> None:
        if done >= slices * 500:
            raise error

    return progress


def test_a_decision_cut_short_is_hidden_then_rolled_back_at_the_next_start(
    kit: Kit, sliced: BacklogActions
) -> None:
    query = BacklogQuery(conn=kit.store.conn)
    with pytest.raises(KeyboardInterrupt):
        sliced.set_status(
            to="write-off",
            note="claim",
            criteria=Criteria(status="quarantined"),
            progress=stop_after(3, KeyboardInterrupt()),
        )
    # two slices committed stand; the third went with its transaction
    assert query.count(Criteria(status="write-off")) == 1_000
    assert sliced.last_undoable() is None  # not a whole action: nothing to undo yet
    assert DecisionExporter(conn=kit.store.conn, audit=kit.audit).pending() == 0
    assert kit.audit.entries(action_prefix="backlog.status_changed") == []

    notes: list[str] = []
    settle_interrupted(kit.store.conn, kit.audit, notes)  # what the next start does
    assert query.count(Criteria(status="quarantined")) == ROWS
    assert bulk.pending(kit.store.conn) is None
    [said] = notes
    assert "records to Write off) was cut short before it finished" in said
    assert "the 1,000 records it had changed are as they were" in said
    [entry] = kit.audit.entries(action_prefix="backlog.decision_rolled_back")
    assert entry.details["restored"] == 1_000 and entry.details["note"] == "claim"
    assert DecisionExporter(conn=kit.store.conn, audit=kit.audit).pending() == 0
    assert sliced.last_undoable() is None  # the roll-back is no decision to undo

    done = sliced.set_status(to="write-off", note="claim", criteria=Criteria(status="quarantined"))
    assert (done.matched, done.changed) == (ROWS, ROWS)


def test_a_slice_that_fails_rolls_the_decision_back_at_once(
    kit: Kit, sliced: BacklogActions
) -> None:
    with pytest.raises(RuntimeError):
        sliced.set_status(
            to="cleansed",
            criteria=Criteria(status="quarantined"),
            progress=stop_after(2, RuntimeError("disk")),
        )
    assert BacklogQuery(conn=kit.store.conn).count(Criteria(status="quarantined")) == ROWS
    assert bulk.pending(kit.store.conn) is None


def test_an_undo_in_slices_puts_back_every_record(kit: Kit, sliced: BacklogActions) -> None:
    seen: list[tuple[int, int]] = []
    sliced.set_status(to="pending", criteria=Criteria(status="quarantined"))
    undone = sliced.undo_last(progress=lambda done, total: seen.append((done, total)))
    assert undone.changed == ROWS
    assert seen == [(n, ROWS) for n in range(500, ROWS + 1, 500)]
    assert BacklogQuery(conn=kit.store.conn).count(Criteria(status="quarantined")) == ROWS
