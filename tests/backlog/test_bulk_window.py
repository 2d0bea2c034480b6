"""A large decision in the window: its progress shows while it runs in slices, the window
answers meanwhile, another process queues its write at once, and Undo puts every record
back, with its progress too."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.backlog import bulk
from app.backlog.importer import BacklogImporter
from app.backlog.model import Criteria
from app.backlog.query import BacklogQuery
from app.kit import Kit
from app.paths import KitPaths
from app.store.store import Store
from tests.backlog.conftest import HEADER, open_backlog, sample_rows
from tests.support.cli import CliRunner

# it compares how long another writer waits: run with the machine otherwise idle
pytestmark = pytest.mark.alone

ROWS = 20_000


def timed(cli: CliRunner, *args: str) -> float:
    """How long the command takes in another process (it must succeed)."""
    started = time.monotonic()
    result = cli.subprocess(*args)
    assert result.code == 0, result.err
    return time.monotonic() - started


def test_a_large_write_off_shows_progress_lets_others_in_and_undoes_whole(
    qtbot: QtBot,
    kit: Kit,
    store: Store,
    paths: KitPaths,
    cli: CliRunner,
    write_csv: Callable[..., Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # small slices: 20,000 records take many of them here, as 150,000 do at full size
    monkeypatch.setattr(bulk, "SLICE_ROWS", 300)
    monkeypatch.setattr(bulk, "SLICE_ROWS_RANGE", (300, 300))
    BacklogImporter(conn=kit.store.conn, audit=kit.audit).run(
        write_csv([HEADER, *sample_rows(ROWS)])
    )
    section = open_backlog(qtbot, store, paths)
    panel = section.records
    panel.show_search(Criteria(status="quarantined"))
    qtbot.waitUntil(lambda: panel.matches > 0)
    assert panel.scope.currentText().startswith("all matching")
    shown: list[tuple[int, int]] = []
    panel.progress.valueChanged.connect(
        lambda value: shown.append((value, panel.progress.maximum()))
    )

    qtbot.mouseClick(panel.decision_buttons["write-off"], Qt.MouseButton.LeftButton)
    dialog = panel.decision_dialog
    assert dialog is not None and f"{ROWS:,}" in dialog.question.text()
    qtbot.keyClicks(dialog.note, "claim raised")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.progress.isVisible() and 0 < panel.progress.value() < ROWS)
    assert "Setting records to Write off" in panel.result_label.text()
    assert not panel.decision_buttons["cleansed"].isEnabled()  # one decision at a time
    # another process writes while the decision runs: in within a second or two (beside
    # its start, timed by a command that only reads), not after the decision
    reading = timed(cli, "settings", "get", "backup_keep")
    writing = timed(cli, "settings", "set", "backup_keep", "12")  # an audited write
    assert panel.busy is not None, "the decision ended before the other write: too small"
    assert writing - reading < 4, (writing, reading)
    qtbot.waitUntil(lambda: panel.busy is None, timeout=300_000)
    assert f"{ROWS:,} records set to Write off." in panel.result_label.text()
    assert not panel.progress.isVisible()
    assert len(shown) > 5 and shown[-1] == (ROWS, ROWS)
    assert [v for v, _ in shown] == sorted(v for v, _ in shown)  # it only goes forward
    query = BacklogQuery(conn=kit.store.conn)
    assert query.count(Criteria(status="write-off")) == ROWS
    [entry] = kit.audit.entries(action_prefix="backlog.status_changed")
    assert entry.details["changed"] == ROWS

    shown.clear()
    qtbot.mouseClick(panel.undo_button, Qt.MouseButton.LeftButton)
    question = panel.undo_question
    assert question is not None
    undo = next(b for b in question.buttons() if b.text() == "Undo it")
    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.progress.isVisible() and 0 < panel.progress.value() < ROWS)
    qtbot.waitUntil(lambda: panel.busy is None, timeout=300_000)
    assert f"{ROWS:,} records put back." in panel.result_label.text()
    assert query.count(Criteria(status="quarantined")) == ROWS
    assert shown[-1] == (ROWS, ROWS)
