"""The window on a store whose file is damaged: the right passphrase offers the newest good
backup, which restores with one click and a confirmation (issue 13)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.paths import KitPaths
from app.store.keys import NoKeyring
from app.store.store import Store
from app.ui.main_window import MainWindow
from tests.conftest import OPERATOR, PASSPHRASE
from tests.store.damage import flip


def test_a_store_that_does_not_open_is_restored_from_the_lock_panel(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = KitPaths(tmp_path / "kit")
    store = Store.create(paths, operator=OPERATOR, passphrase=PASSPHRASE, keeper=NoKeyring())
    store.backup("manual")
    store.close()
    flip(paths.database, 30)  # the first page: the store does not open at all
    asked: list[str] = []

    def answer(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    window = MainWindow(paths=paths, keeper=NoKeyring())
    qtbot.addWidget(window)
    window.show()
    panel = window.lock_panel
    qtbot.keyClicks(panel.passphrase, "Wrong-Passphrase-11")
    qtbot.keyClick(panel.passphrase, Qt.Key.Key_Return)
    assert "does not open this store" in panel.message.text()
    assert not panel.restore_button.isVisible()  # a wrong passphrase is not damage

    panel.passphrase.clear()
    qtbot.keyClicks(panel.passphrase, PASSPHRASE)
    qtbot.keyClick(panel.passphrase, Qt.Key.Key_Return)
    assert "damaged" in panel.message.text() and window.kit is None
    assert panel.restore_button.isVisible()
    qtbot.mouseClick(panel.restore_button, Qt.MouseButton.LeftButton)
    assert asked and "kept aside" in asked[0]
    assert window.kit is not None
    assert [e.action for e in window.kit.audit.entries()][:2] == ["kit.unlocked", "store.restored"]
    kept = [p.name for p in (paths.backups / "unsound").iterdir()]
    assert any(name.endswith("before-restore-NOT-SOUND.db") for name in kept)
    qtbot.waitUntil(lambda: window.health_label.text() == "store OK", timeout=10000)
    window.kit.close()
    window.kit = None
