"""Settings ▸ Language in the window (issue 15): the officer picks Polski with the real
control, the window speaks Polish at once and again after the next start; the command line
follows the same choice."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from app import i18n
from app.paths import KitPaths
from app.store.store import Store
from app.ui.main_window import MainWindow
from app.ui.sections.settings import SettingsSection
from tests.support.cli import CliRunner
from tests.support.unlocked import unlocked_window


def _choose(qtbot: QtBot, combo: QComboBox, label: str) -> None:
    """Open the list and pick `label` with the keyboard, as an officer does."""
    combo.setFocus()
    start = combo.currentIndex()
    target = combo.findText(label)
    assert target >= 0, label
    key = Qt.Key.Key_Down if target > start else Qt.Key.Key_Up
    for _ in range(abs(target - start)):
        qtbot.keyClick(combo, key)
    assert combo.currentText() == label


def _texts(window: MainWindow) -> list[str]:
    widgets = [*window.findChildren(QLabel), *window.findChildren(QPushButton)]
    return [w.text() for w in widgets if w.isVisible() and w.text()]


def test_choosing_polski_in_settings_makes_the_window_polish(
    qtbot: QtBot, store: Store, paths: KitPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(i18n.ENV_NAME)
    monkeypatch.setenv("LANG", "C.UTF-8")  # the system's language: English
    store.close()
    window = unlocked_window(qtbot, paths)
    section = window.show_section("Settings")
    assert isinstance(section, SettingsSection)
    assert window.nav.item(0).text() == "Incidents"

    _choose(qtbot, section.language, "Polski")
    qtbot.mouseClick(section.language_button, Qt.MouseButton.LeftButton)

    polish = window.show_section("Settings")
    assert isinstance(polish, SettingsSection)
    assert polish is not section  # built again, in Polish
    qtbot.waitUntil(lambda: polish.isVisible())
    navigation = [window.nav.item(row).text() for row in range(window.nav.count())]
    assert navigation[:4] == ["Incydenty", "Kalendarz", "Skrzynka nadawcza", "Kontakty"]
    assert navigation[-1] == "Ustawienia"
    assert polish.save_button.text() == "Zapisz ustawienia"
    assert polish.language.currentText() == "Polski"
    assert window.kit_menu.title() == "&Zestaw"
    assert "Odblokowany" in _texts(window)
    assert QLocale().language() == QLocale.Language.Polish  # dates and numbers follow
    assert i18n.stored_choice(paths.home) == "pl"

    # the next start (lock, unlock) stays Polish; the command line follows the choice
    window.lock()
    assert window.lock_label.text() == "ZABLOKOWANY"
    result = CliRunner(home=paths.home, passphrase_file=None)("incident", "show", "XX-0000")
    assert result.code == 2
    assert "outage-kit:" in result.err


def test_every_section_in_polish_leaves_no_english(
    qtbot: QtBot, store: Store, paths: KitPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every section, opened in Polish: no visible label, button, group or tab still shows an
    English text that the Polish catalog translates."""
    from app.ui.sections import SECTIONS
    from tests.support.screens_pl import english_sources, visible_texts

    monkeypatch.delenv(i18n.ENV_NAME)
    store.close()
    window = unlocked_window(qtbot, paths)
    window.change_language("pl")
    english = english_sources()
    left = []
    for entry in SECTIONS:
        section = window.show_section(entry.title)
        qtbot.waitUntil(section.isVisible)
        left += [
            (entry.title, text)
            for text, _kind in visible_texts(window)
            if text.replace("&", "") in english
        ]
    assert left == []
    assert window.nav.currentItem().text() == "Ustawienia"


def test_back_to_english(
    qtbot: QtBot, store: Store, paths: KitPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(i18n.ENV_NAME)
    i18n.store_choice(paths.home, "pl")
    store.close()
    window = unlocked_window(qtbot, paths)
    window.change_language("pl")
    section = window.show_section("Settings")
    assert isinstance(section, SettingsSection)
    assert section.language_button.text() == "Użyj tego języka"
    _choose(qtbot, section.language, "English")
    qtbot.mouseClick(section.language_button, Qt.MouseButton.LeftButton)
    assert window.nav.item(0).text() == "Incidents"
    assert window.show_section("Settings").findChild(QPushButton).text() != ""
    assert i18n.stored_choice(paths.home) == "en"


def test_a_backups_reason_reads_in_polish(
    qtbot: QtBot, store: Store, paths: KitPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The reason a backup was made (stored as an English key: manual, daily, rekey…) is
    said in the officer's language in Backups, as a new user found it was not."""
    from app.ui.sections.backups import BackupsSection

    monkeypatch.delenv(i18n.ENV_NAME)
    store.close()
    window = unlocked_window(qtbot, paths)
    window.change_language("pl")
    section = window.show_section("Backups")
    assert isinstance(section, BackupsSection)
    qtbot.mouseClick(section.make_button, Qt.MouseButton.LeftButton)
    why = section.model.headerData(1, Qt.Orientation.Horizontal)
    reasons = {
        section.model.data(section.model.index(r, 1)) for r in range(section.model.rowCount())
    }
    assert why != "Why" and "ręczna" in reasons and "manual" not in reasons
