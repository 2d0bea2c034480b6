"""Restoring a backup an older Outage Kit wrote: the restored store is updated to this
version on a worker thread under the busy dialog (minutes on a large store), like the check
before it; the window keeps answering meanwhile, then shows the restored store."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.kit import Kit
from app.paths import KitPaths
from app.store.migrations import LATEST_VERSION
from app.store.store import Store
from app.ui.migrating import MigrationDialog
from app.ui.sections.audit import AuditSection
from app.ui.sections.backups import BackupsSection
from tests.store.test_migration_tally import as_left_by_14
from tests.support.unlocked import unlocked_section

UPDATING = "Backing up the store before updating it"


def test_an_older_backup_is_updated_off_the_gui_thread(
    qtbot: QtBot, kit: Kit, store: Store, paths: KitPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    kit.audit.append("test.in-the-old-backup")
    as_left_by_14(store)  # the schema an older Outage Kit wrote
    store.backup("manual")
    store.migrate()  # this version opened it since (its pre-migration backup is old too)
    kit.audit.append("test.after-backup")
    store.close()

    window, section = unlocked_section(qtbot, paths, BackupsSection)
    section.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    # The update's first step waits until a GUI-thread timer fires while its dialog shows:
    # run on the GUI thread, the timer could not fire and the step would wait in vain.
    gate, turned, busy = threading.Event(), list[bool](), list[bool]()
    heard = MigrationDialog.heard

    def worker_heard(dialog: MigrationDialog, text: str) -> None:
        if text.startswith(UPDATING) and not turned:
            turned.append(gate.wait(30))
        heard(dialog, text)

    def tick() -> None:
        dialog = window.migration_dialog
        if window.updating_restore and dialog is not None and dialog.isVisible():
            busy.append(True)
            gate.set()

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(20)
    monkeypatch.setattr(MigrationDialog, "heard", worker_heard)
    qtbot.mouseClick(section.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: not window.updating_restore and bool(turned) and bool(window.sections),
        timeout=60000,
    )
    timer.stop()
    assert turned == [True] and busy
    dialog = window.migration_dialog
    assert dialog is not None and not dialog.isVisible()
    assert dialog.steps[0].startswith(UPDATING)
    assert window.kit is not None and window.kit.store.schema_version == LATEST_VERSION
    audit = window.show_section("Audit log")  # the restored store is what the window shows
    assert isinstance(audit, AuditSection)
    shown = [audit.model.row_at(i).action for i in range(audit.model.rowCount())]
    assert shown[0] == "store.restored" and "test.in-the-old-backup" in shown
    assert "test.after-backup" not in shown
