"""F21 in the window: the .eml export runs behind a progress dialog; its Cancel button leaves
no file and every message queued, and the window says so."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from app.kit import Kit
from app.ui.outbox.section import OutboxSection
from tests.delivery.conftest import queue
from tests.delivery.test_eml_stream import BODY
from tests.delivery.test_outbox_gui import make_section, sections  # noqa: F401  (fixture)


def test_cancel_in_the_progress_dialog_leaves_nothing_half_written(
    qtbot: QtBot,
    kit: Kit,
    tmp_path: Path,
    sections: list[OutboxSection],  # noqa: F811
) -> None:
    count = 3000
    queue(kit, [f"partner{i:04d}@example.com" for i in range(count)], body=BODY)
    section = make_section(qtbot, kit, sections)
    folder = tmp_path / "usb"
    task = section.export_eml_to(folder)
    dialog = task.dialog
    qtbot.waitUntil(lambda: dialog.value() >= 50, timeout=60000)  # under way, files written
    assert dialog.maximum() == count
    [cancel] = [b for b in dialog.findChildren(QPushButton) if b.text() == "Cancel"]
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: section.eml_export is None, timeout=60000)
    assert list(folder.iterdir()) == []  # no draft, no temporary
    assert section.delivery.outbox.counts()["queued"] == count
    assert "Export cancelled" in section.message.text()
