"""The kit's shell driven as a duty officer uses it: first start, unlock, lock, settings,
audit log and backups — a real window under qtbot, a real encrypted store."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from app.commands.context import CliContext
from app.kit import Kit
from app.paths import KitPaths
from app.store.keys import NoKeyring, OsKeyring
from app.store.store import Store
from app.ui.first_run import FirstRunDialog
from app.ui.main_window import MainWindow
from app.ui.restoring import RestoreDialog
from app.ui.sections.audit import AuditSection
from app.ui.sections.backups import BackupsSection
from app.ui.sections.settings import SettingsSection
from tests.support.first_run import created_store, first_run_dialog

PASSPHRASE = "Correct-Horse-42-battery"


@pytest.fixture
def locked_window(qtbot: QtBot, store: Store, paths: KitPaths) -> MainWindow:
    store.close()
    window = MainWindow(paths=paths, keeper=NoKeyring())
    qtbot.addWidget(window)
    window.show()
    return window


def unlock(qtbot: QtBot, window: MainWindow, passphrase: str = PASSPHRASE) -> None:
    panel = window.lock_panel
    panel.passphrase.clear()
    qtbot.keyClicks(panel.passphrase, passphrase)
    qtbot.keyClick(panel.passphrase, Qt.Key.Key_Return)


def test_first_run_refuses_weak_passphrase_then_creates_the_store(
    qtbot: QtBot, tmp_path: Path
) -> None:
    home = tmp_path / "kit"
    dialog = first_run_dialog(qtbot, home)
    qtbot.keyClicks(dialog.passphrase, "password")
    qtbot.keyClicks(dialog.repeat, "password")
    dialog.buttons.accepted.emit()
    assert dialog.result() != FirstRunDialog.DialogCode.Accepted
    assert "shorter than 12" in dialog.problems.text()

    dialog.passphrase.setText(PASSPHRASE)
    dialog.repeat.setText(PASSPHRASE + "x")
    dialog.buttons.accepted.emit()
    assert "differ" in dialog.problems.text()

    dialog.repeat.setText(PASSPHRASE)
    dialog.buttons.accepted.emit()
    store, window = created_store(qtbot, dialog, home)
    window.open_store(store)
    assert window.kit is not None and window.kit.operator == "Night Duty"
    assert KitPaths(home).exists()


def test_wrong_passphrase_then_back_off_then_unlock(
    qtbot: QtBot, locked_window: MainWindow
) -> None:
    window = locked_window
    assert window.pages.currentWidget() is window.lock_panel
    for _ in range(3):
        unlock(qtbot, window, "Wrong-Passphrase-11")
    assert window.kit is None
    assert "does not open this store" in window.lock_panel.message.text()
    assert not window.lock_panel.button.isEnabled()
    assert window.lock_panel.button.text().startswith("Wait")
    qtbot.waitUntil(lambda: window.lock_panel.button.isEnabled(), timeout=5000)
    unlock(qtbot, window)
    assert window.kit is not None
    assert window.pages.currentWidget() is window.work
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert {"Audit log", "Backups", "Settings"} <= set(titles)
    qtbot.waitUntil(lambda: window.health_label.text() == "store OK", timeout=10000)


def test_window_opens_on_incidents_then_outbox_and_bundles_join(
    qtbot: QtBot, locked_window: MainWindow
) -> None:
    """The window shows unlocked on Incidents at once; the Outbox path lights, the bundle
    status and the bundle menu actions arrive in the next turn of the event loop."""
    window = locked_window
    with qtbot.waitSignal(window.sections_ready, timeout=5000):
        unlock(qtbot, window)
        assert [s.title for s in window.sections] == ["Incidents"]
        assert window.pages.currentWidget() is window.work
    titles = [s.title for s in window.sections]
    assert {"Incidents", "Outbox", "Runbooks"} <= set(titles)
    status = [w for w in window._section_status if w.isVisible()]
    assert len(status) >= 2  # path lights and bundle status in the status bar
    menu = [a.text() for a in window.kit_menu.actions()]
    assert any("bundle" in text.lower() for text in menu), menu


def test_locking_before_the_outbox_joins_builds_nothing_on_a_closed_store(
    qtbot: QtBot, locked_window: MainWindow
) -> None:
    window = locked_window
    unlock(qtbot, window)
    window.lock()  # before the event loop came round to the deferred sections
    qtbot.wait(50)
    assert window.kit is None and window.sections == []


def test_silently_unlocked_window_locks_and_unlocks_again(
    qtbot: QtBot, store: Store, paths: KitPaths
) -> None:
    """A keyring start opens the window unlocked (no lock panel built); Ctrl+L still brings
    the panel up, and the passphrase opens the kit again."""
    window = MainWindow(paths=paths, keeper=NoKeyring(), locked=False)
    qtbot.addWidget(window)
    window.open_store(store)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # a desktop activates a new window itself
    assert window.lock_label.text() == "Unlocked"
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.kit is None
    assert window.pages.currentWidget() is window.lock_panel
    unlock(qtbot, window)
    assert window.kit is not None and window.pages.currentWidget() is window.work


def test_ctrl_l_locks_and_forgets_the_sections(qtbot: QtBot, locked_window: MainWindow) -> None:
    window = locked_window
    unlock(qtbot, window)
    assert window.sections
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.kit is None
    assert window.sections == [] and window.nav.count() == 0
    assert window.lock_label.text() == "LOCKED"


def test_idle_lock(qtbot: QtBot, locked_window: MainWindow) -> None:
    window = locked_window
    unlock(qtbot, window)
    assert window.kit is not None
    assert window.idle.limit_seconds == 15 * 60  # the default setting
    window.idle.limit_seconds = 1.0  # as if the setting were one second
    qtbot.waitUntil(lambda: window.kit is None, timeout=5000)
    assert window.pages.currentWidget() is window.lock_panel


def test_input_in_the_window_or_a_dialog_keeps_the_kit_unlocked(
    qtbot: QtBot, locked_window: MainWindow
) -> None:
    """Real input (through the window system, as a mouse and keyboard deliver it) in the
    main window or in a dialog resets the idle clock; once it stops, the kit locks."""
    window = locked_window
    unlock(qtbot, window)
    assert window.kit is not None
    window.idle.limit_seconds = 2.0
    for step in range(16):  # four seconds of moving the mouse over the window
        QTest.mouseMove(window.windowHandle(), QPoint(100 + step % 2 * 50, 200))
        qtbot.wait(250)
    assert window.kit is not None
    ask = QInputDialog(window)
    ask.setLabelText("Why?")
    ask.show()
    ask.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is ask.windowHandle())
    for _ in range(16):  # four seconds of typing in the dialog
        QTest.keyClick(ask.windowHandle(), Qt.Key.Key_A)
        qtbot.wait(250)
    assert window.kit is not None
    assert "aaaa" in ask.textValue()  # the keys did reach the dialog
    ask.reject()
    qtbot.waitUntil(lambda: window.kit is None, timeout=6000)


def test_keyring_unlocks_silently(
    tmp_path: Path, paths: KitPaths, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.support.keyrings.FileTestKeyring")
    monkeypatch.setenv("OUTAGE_KIT_TEST_KEYRING", str(tmp_path / "keyring.json"))
    keeper = OsKeyring.detect()
    assert not isinstance(keeper, NoKeyring)
    keeper.put(store.store_id, store._key)
    store.close()
    ctx = CliContext(home=paths.home, passphrase_file=None, as_json=False, keeper=keeper)
    opened = ctx.silent_unlock()
    assert opened is not None
    opened.close()
    # Without the keyring and without a passphrase file, the lock panel must ask.
    ctx = CliContext(home=paths.home, passphrase_file=None, as_json=False, keeper=NoKeyring())
    assert ctx.silent_unlock() is None


def test_settings_are_saved_and_audited(qtbot: QtBot, locked_window: MainWindow) -> None:
    window = locked_window
    unlock(qtbot, window)
    section = window.show_section("Settings")
    assert isinstance(section, SettingsSection)
    section.spins["idle_lock_minutes"].setValue(5)
    qtbot.mouseClick(section.save_button, Qt.MouseButton.LeftButton)
    assert window.kit is not None
    assert window.kit.settings.get("idle_lock_minutes") == 5
    assert window.idle.limit_seconds == 300
    entry = window.kit.audit.entries(action_prefix="settings.")[0]
    assert entry.details == {"key": "idle_lock_minutes", "old": 15, "new": 5}


def test_audit_log_section_filters_and_verifies(qtbot: QtBot, locked_window: MainWindow) -> None:
    window = locked_window
    unlock(qtbot, window)
    assert window.kit is not None
    window.kit.audit.append("test.alpha", note="first")
    window.kit.audit.append("test.beta", note="second")
    section = window.show_section("Audit log")
    assert isinstance(section, AuditSection)
    assert section.model.rowCount() >= 3
    qtbot.keyClicks(section.action_filter, "test.b")
    qtbot.keyClick(section.action_filter, Qt.Key.Key_Return)
    assert section.model.rowCount() == 1
    assert section.model.row_at(0).details == {"note": "second"}
    qtbot.mouseClick(section.verify_button, Qt.MouseButton.LeftButton)
    assert "intact" in section.verdict.text()


def test_backups_make_and_restore_with_confirmation(
    qtbot: QtBot, locked_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = locked_window
    unlock(qtbot, window)
    section = window.show_section("Backups")
    assert isinstance(section, BackupsSection)
    qtbot.mouseClick(section.make_button, Qt.MouseButton.LeftButton)
    assert section.model.rowCount() >= 1
    kit: Kit | None = window.kit
    assert kit is not None
    kit.audit.append("test.after-backup")
    section.table.selectRow(0)
    asked: list[str] = []

    def answer(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    # The check of every page runs on a worker: its first step waits for the GUI thread's
    # event loop to turn (a timer firing) while the busy dialog shows. On the GUI thread
    # itself it would wait in vain: the window would be frozen.
    gate, turned, busy = threading.Event(), list[bool](), list[bool]()
    heard = RestoreDialog.heard

    def worker_heard(dialog: RestoreDialog, text: str) -> None:
        if not turned:  # the first step: staging and checking every page
            turned.append(gate.wait(30))
        heard(dialog, text)

    def tick() -> None:
        busy.append(window.restore_dialog is not None and window.restore_dialog.isVisible())
        gate.set()

    monkeypatch.setattr(RestoreDialog, "heard", worker_heard)
    qtbot.mouseClick(section.restore_button, Qt.MouseButton.LeftButton)
    QTimer.singleShot(0, tick)
    qtbot.waitUntil(lambda: window.restore_dialog is None and bool(window.sections), timeout=60000)
    assert asked and "kept as a backup first" in asked[0]
    assert turned == [True] and busy == [True]
    assert window.kit is not None
    actions = [e.action for e in window.kit.audit.entries()]
    assert "test.after-backup" not in actions and actions[0] == "store.restored"
    audit = window.show_section("Audit log")  # the restored store is what the window shows
    assert isinstance(audit, AuditSection)
    shown = [audit.model.row_at(i).action for i in range(audit.model.rowCount())]
    assert shown[0] == "store.restored" and "test.after-backup" not in shown


def test_damaged_store_offers_the_newest_good_backup(
    qtbot: QtBot, store: Store, paths: KitPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.audit import AuditLog

    AuditLog(conn=store.conn, actor="x").append("test.precious", value=7)
    store.backup("manual")
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    data = bytearray(paths.database.read_bytes())
    data[len(data) // 2] ^= 0x01
    paths.database.write_bytes(bytes(data))

    offers: list[str] = []

    def answer(*args: object) -> QMessageBox.StandardButton:
        offers.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    window = MainWindow(paths=paths, keeper=NoKeyring())
    qtbot.addWidget(window)
    window.show()
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: bool(offers), timeout=10000)
    assert "Restore the newest good backup" in offers[0]
    assert window.kit is not None
    qtbot.waitUntil(lambda: window.health_label.text() == "store OK", timeout=10000)
    kept = window.kit.audit.entries(action_prefix="test.")
    assert [e.details for e in kept] == [{"value": 7}]
    # The damaged file is kept aside, not overwritten.
    kept_aside = (paths.backups / "unsound").iterdir()
    assert any(p.name.endswith("before-restore-NOT-SOUND.db") for p in kept_aside)
