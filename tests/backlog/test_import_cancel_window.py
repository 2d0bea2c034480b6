"""Cancel import is offered only while cancelling is possible: once the rows are read and
the import is merged into the backlog (kept whole even after a crash), the button is off
and closing the dialog says why nothing is cancelled; the import finishes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.backlog import importer
from app.backlog.model import Criteria
from app.backlog.query import BacklogQuery
from app.store.store import Store
from app.ui.backlog.section import BacklogSection
from tests.backlog.conftest import HEADER, sample_rows

Writer = Callable[..., Path]


def test_cancel_is_off_once_the_import_is_merging(
    qtbot: QtBot,
    section: BacklogSection,
    store: Store,
    write_csv: Writer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # staged and merged in short transactions, as a large export is (this one is small)
    monkeypatch.setattr(importer, "STAGED_ROWS", 1)
    panel = section.records
    dialog = panel.open_import()
    dialog.set_file(write_csv([HEADER, *sample_rows(30, start=700)], name="rating-export.csv"))
    other = store.connect()  # another process's write, holding the merge back a moment
    other.execute("BEGIN IMMEDIATE")
    try:
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
        assert dialog.cancel_button.isEnabled()  # reading the rows: cancelling is possible
        qtbot.waitUntil(lambda: not dialog.cancel_button.isEnabled(), timeout=8000)
        assert dialog.task is not None  # still merging (waiting for the other write)
        assert "can no longer be cancelled" in dialog.message.text()
        assert "no longer" in dialog.cancel_button.toolTip()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # closing while it merges
        assert dialog.isVisible()
        assert "can no longer be cancelled" in dialog.message.text()
    finally:
        other.execute("ROLLBACK")
        other.close()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=15000)
    assert "30 new" in dialog.message.text()
    assert BacklogQuery(conn=store.conn).count(Criteria()) == 120 + 30
    assert not dialog.cancel_button.isEnabled()
