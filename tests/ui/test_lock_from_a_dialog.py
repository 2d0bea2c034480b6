"""Ctrl+L locks at once (README), also while the officer writes in the New disaster notice
wizard or a follow-up dialog: a new user pressed it in the wizard and nothing happened. The
draft comes back after the unlock (the kit keeps it as it is typed)."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.ui.incidents.wizard import NewIncidentDialog
from app.ui.main_window import MainWindow
from tests.incidents.test_night_window import TypingOfficer, _incidents, cut_off

__all__ = ["cut_off"]  # the fixture: the demo kit, its relay unreachable


def test_ctrl_l_in_the_wizard_locks_and_the_draft_comes_back(
    qtbot: QtBot, cut_off: MainWindow, passphrase: str
) -> None:
    section = _incidents(cut_off)
    officer = TypingOfficer(qtbot)
    officer.click(section.disaster_button)
    wizard = section.dialog
    assert isinstance(wizard, NewIncidentDialog)
    officer.tick(wizard.services, "Subscriptions")
    officer.click(wizard.next)
    impact = wizard.form.editors["impact"]
    officer.type(impact, "No renewals are charged.")
    qtbot.waitUntil(lambda: wizard.keeper.kept() is not None, timeout=5000)
    qtbot.keyClick(impact, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: cut_off.kit is None, timeout=5000)
    assert cut_off.lock_label.text() == "LOCKED"
    # the draft leaves the screen with the sections (nothing of it shows over the lock)
    qtbot.waitUntil(lambda: not shiboken6.isValid(wizard) or not wizard.isVisible())
    qtbot.keyClicks(cut_off.lock_panel.passphrase, passphrase)
    qtbot.keyClick(cut_off.lock_panel.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: cut_off.kit is not None, timeout=10000)
    section = _incidents(cut_off)
    qtbot.waitUntil(lambda: section.drafts_bar.open_button.isVisible())
    officer.click(section.drafts_bar.open_button)
    again = section.dialog
    assert isinstance(again, NewIncidentDialog), "the draft came back"
    if "impact" not in again.form.editors:  # back on the services page, ticked as left
        officer.click(again.next)
    assert again.form.editors["impact"].toPlainText() == "No renewals are charged."
    again.keeper.stop()
    again.done(0)
