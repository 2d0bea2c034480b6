"""The write-off PDF from the Backlog window: the real button, a progress dialog that moves
while the window stays usable, Cancel that leaves no file (and no temporary) behind, then a
report written whole and owner-only."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QPushButton

from app.kit import Kit
from app.paths import KitPaths
from tests.backlog.conftest import open_backlog
from tests.reports.conftest import pdf_text
from tests.support.private import assert_owner_only
from tests.support.write_offs import write_off_many

RECORDS = 6000


def _cancel_button(dialog: QProgressDialog) -> QPushButton:
    return next(b for b in dialog.findChildren(QPushButton) if b.text() == "Cancel")


def test_cancel_leaves_no_file_then_the_report_is_written(
    qtbot: Any, kit: Kit, paths: KitPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_off_many(kit, tmp_path, RECORDS)
    section = open_backlog(qtbot, kit.store, paths)
    panel = section.records
    folder = tmp_path / "out"
    folder.mkdir()
    chosen = folder / "write-offs.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(chosen), ""))

    qtbot.mouseClick(panel.report_button, Qt.MouseButton.LeftButton)
    export = panel.pdf_export
    assert export is not None
    dialog = export.dialog
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.value() > 0, timeout=60_000)
    assert dialog.value() < dialog.maximum()  # progress seen part of the way
    assert panel.busy is not None and not panel.decisions_button.isEnabled()
    qtbot.mouseClick(_cancel_button(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.busy is None, timeout=60_000)
    assert not dialog.isVisible()
    assert panel.result_label.text() == "Write-off report cancelled: no file was written."
    assert list(folder.iterdir()) == []  # neither the report nor a temporary

    qtbot.mouseClick(panel.report_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.busy is None, timeout=120_000)
    assert panel.result_label.text() == f"✔ Write-off report written to {chosen}."
    assert list(folder.iterdir()) == [chosen]
    assert_owner_only(chosen)
    text = pdf_text(chosen)
    assert "W000001" in text and f"W{RECORDS:06d}" in text  # every record, not the first 3,000
    assert "Page 1 of " in text
