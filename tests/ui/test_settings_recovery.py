"""Settings ▸ Recovery passphrase in the window, after its rules moved to app/recovery.py
(shared with `outage-kit passphrase change` and `rekey`): typed and clicked as an officer
does, checked on the real encrypted store."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.paths import KitPaths
from app.store.keys import KeyFile, NoKeyring
from app.store.store import Store
from app.store.unlock import unlock_with_passphrase
from app.ui.main_window import MainWindow
from app.ui.sections.settings import SettingsSection
from tests.conftest import PASSPHRASE
from tests.support.unlocked import unlocked_window

NEW = "Another-Strong-Pass-77"


@pytest.fixture
def settings(qtbot: QtBot, store: Store, paths: KitPaths) -> tuple[MainWindow, SettingsSection]:
    store.close()
    window = unlocked_window(qtbot, paths)
    section = window.show_section("Settings")
    assert isinstance(section, SettingsSection)
    return window, section


def _type(qtbot: QtBot, section: SettingsSection, old: str, new: str, repeated: str) -> None:
    for field, text in (
        (section.old_pass, old),
        (section.new_pass, new),
        (section.new_pass2, repeated),
    ):
        field.clear()
        qtbot.keyClicks(field, text)


def test_change_passphrase_refuses_then_changes_and_audits_once(
    qtbot: QtBot, settings: tuple[MainWindow, SettingsSection], paths: KitPaths
) -> None:
    window, section = settings
    assert window.kit is not None
    _type(qtbot, section, PASSPHRASE, NEW, NEW + "x")
    qtbot.mouseClick(section.change_button, Qt.MouseButton.LeftButton)
    assert "The two new passphrases differ." in section.message.text()
    _type(qtbot, section, PASSPHRASE, "short", "short")
    qtbot.mouseClick(section.change_button, Qt.MouseButton.LeftButton)
    assert "shorter than 12" in section.message.text()
    assert window.kit.audit.entries(action_prefix="store.passphrase") == []

    _type(qtbot, section, PASSPHRASE, NEW, NEW)
    qtbot.mouseClick(section.change_button, Qt.MouseButton.LeftButton)
    assert section.message.text().startswith("Recovery passphrase changed.")
    assert section.old_pass.text() == ""
    KeyFile.load(paths.key_file).unwrap(NEW)  # the key file opens with the new one
    entries = window.kit.audit.entries(action_prefix="store.passphrase")
    assert [e.action for e in entries] == ["store.passphrase_changed"]


def test_rotate_key_after_confirmation_audits_once(
    qtbot: QtBot,
    settings: tuple[MainWindow, SettingsSection],
    paths: KitPaths,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, section = settings
    assert window.kit is not None
    before = window.kit.store.key_file.wrapped
    asked: list[str] = []

    def answer_yes(_parent: object, _title: str, text: str, *_a: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    # the confirmation box is modal: answered Yes as the officer would
    monkeypatch.setattr(QMessageBox, "question", answer_yes)
    _type(qtbot, section, PASSPHRASE, "", "")
    qtbot.mouseClick(section.rekey_button, Qt.MouseButton.LeftButton)
    assert "keep the OLD key and will no longer restore" in asked[0]
    assert section.message.text().startswith("The store key was rotated.")
    assert "still have the OLD key and no longer restore" in section.message.text()
    assert "Make a new off-site copy now" in section.message.text()
    assert window.kit.store.key_file.wrapped != before
    assert [e.action for e in window.kit.audit.entries(action_prefix="store.rekeyed")] == [
        "store.rekeyed"
    ]
    # Sound for the window's own check and for another process (e.g. 'outage-kit check'),
    # opening with the same passphrase, while the window stays open.
    assert window.kit.store.problems() == []
    fresh = unlock_with_passphrase(paths, PASSPHRASE, NoKeyring())
    try:
        assert fresh.problems() == []
    finally:
        fresh.close()
