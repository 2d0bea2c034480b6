"""A backup on a USB stick (made on another day, copied out of the backups folder) restores
from the window: Backups > Restore from a file…, a confirmation naming the file, the whole
check, then the window shows the restored store. A file that is not a backup of this store
(empty, cut short) is refused with the reason and changes nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from app.kit import Kit
from app.paths import KitPaths
from app.store.store import Store
from app.ui.main_window import MainWindow
from app.ui.sections.audit import AuditSection
from app.ui.sections.backups import BackupsSection
from tests.support.lock_holder import held_elsewhere
from tests.support.unlocked import close_kit, unlocked_section


def restore_picked(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, section: BackupsSection, path: Path
) -> list[str]:
    """Backups ▸ Restore from a file…, `path` picked, Yes to the question; the warnings the
    window shows (their texts), as they come."""
    warned: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(
        QMessageBox,
        "warning",
        lambda *args: warned.append(str(args[2])),  # type: ignore[func-returns-value]
    )
    qtbot.mouseClick(section.file_button, Qt.MouseButton.LeftButton)
    return warned


def _audit_actions(window: MainWindow) -> list[str]:
    audit = window.show_section("Audit log")
    assert isinstance(audit, AuditSection)
    return [audit.model.row_at(i).action for i in range(audit.model.rowCount())]


def test_a_backup_on_a_stick_restores_from_the_window(
    qtbot: QtBot,
    kit: Kit,
    store: Store,
    paths: KitPaths,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    kit.audit.append("test.on-the-stick")
    made = store.backup("manual")
    stick = tmp_path / "USB STICK" / "kopia zapasowa"
    stick.mkdir(parents=True)
    copy = stick / made.path.name
    shutil.copy2(made.path, copy)
    made.path.unlink()  # only the stick has it now
    kit.audit.append("test.after-the-copy")
    store.close()

    window, section = unlocked_section(qtbot, paths, BackupsSection)
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(copy), ""))

    def yes(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    qtbot.mouseClick(section.file_button, Qt.MouseButton.LeftButton)
    assert asked and str(copy) in asked[0] and "checked completely" in asked[0]
    qtbot.waitUntil(lambda: bool(window.sections) and window.kit is not None, timeout=60000)
    shown = _audit_actions(window)
    assert shown[0] == "store.restored"
    assert "test.on-the-stick" in shown and "test.after-the-copy" not in shown
    assert copy.exists()  # the stick's copy is only read
    close_kit(window)


@pytest.mark.parametrize("damage", ["empty", "cut"])
def test_a_file_that_is_no_backup_changes_nothing(
    qtbot: QtBot,
    kit: Kit,
    store: Store,
    paths: KitPaths,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    damage: str,
) -> None:
    made = store.backup("manual")
    bad = tmp_path / f"{damage}.okbak"
    data = made.path.read_bytes()
    bad.write_bytes(b"" if damage == "empty" else data[: len(data) // 2 + 123])
    kit.audit.append("test.kept")
    store.close()

    window, section = unlocked_section(qtbot, paths, BackupsSection)
    warned = restore_picked(qtbot, monkeypatch, section, bad)
    qtbot.waitUntil(lambda: bool(warned), timeout=60000)
    assert "was not restored" in warned[0] and "Nothing was changed" in warned[0]
    qtbot.waitUntil(lambda: bool(window.sections), timeout=30000)
    shown = _audit_actions(window)
    assert "test.kept" in shown and "store.restored" not in shown
    close_kit(window)


def test_restore_waits_while_another_process_imports(
    qtbot: QtBot,
    kit: Kit,
    store: Store,
    paths: KitPaths,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A script's `backlog import` holds the import lock: the window's restore is refused
    with the reason (the import's rows would be lost into the replaced file), nothing
    changes, and the window goes on working."""
    made = store.backup("manual")
    kit.audit.append("test.kept")
    store.close()
    importing = (
        "from app.fsutil import OwnerLock\nassert OwnerLock(home / 'backlog-import.lock').acquire()"
    )
    with held_elsewhere(paths.home, importing):
        window, section = unlocked_section(qtbot, paths, BackupsSection)
        warned = restore_picked(qtbot, monkeypatch, section, made.path)
        qtbot.waitUntil(lambda: bool(warned), timeout=30000)
    assert "A backlog import is running" in warned[0] and "nothing was changed" in warned[0]
    shown = _audit_actions(window)
    assert "test.kept" in shown and "store.restored" not in shown
    close_kit(window)
