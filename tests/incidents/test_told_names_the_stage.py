"""Told another way names the notice the partners were told (a new user's walk: the dialog
and the status line said "1 partner recorded as told another way (phoned)" — of which
notice, the initial one or the resolution, nowhere). The dialog says it at its top and in
its title, the window's confirmation, `incident told` and the audit entry name it too."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.paths import KitPaths
from app.store.store import Store
from app.ui.incidents.section import IncidentsSection
from app.ui.incidents.told_dialog import ToldDialog
from tests.support.cli import CliRunner
from tests.support.unlocked import close_kit, unlocked_section
from tests.ui.test_told_per_partner import _resolution_refused_for_one


def test_the_dialog_and_the_confirmation_name_the_resolution(
    qtbot: QtBot, store: Store, paths: KitPaths, tmp_path: Path, cli: CliRunner
) -> None:
    reference = _resolution_refused_for_one(store, tmp_path)  # Gamma's resolution refused
    window, section = unlocked_section(qtbot, paths, IncidentsSection)
    section.reload(select=reference)
    page = section.page
    qtbot.mouseClick(page.told_button, Qt.MouseButton.LeftButton)
    ask = section.asking
    assert isinstance(ask, ToldDialog) and ask.isVisible()
    assert ask.stage.isVisible() and ask.stage.text() == "Notice: Resolution"
    assert "Resolution" in ask.windowTitle(), ask.windowTitle()
    qtbot.keyClicks(ask.how, "phoned Gamma's Betrieb")
    qtbot.mouseClick(ask.ok_button, Qt.MouseButton.LeftButton)
    status = window.statusBar().currentMessage()
    assert "1 partner recorded as told another way (phoned Gamma's Betrieb)" in status, status
    assert "Notice told: Resolution." in status, status
    close_kit(window)
    [entry] = cli("--json", "audit", "list", "--action", "incident.told", "--limit", "1").json()
    assert entry["details"]["stage"] == "resolved", entry


def test_incident_told_names_the_stage(store: Store, tmp_path: Path, cli: CliRunner) -> None:
    reference = _resolution_refused_for_one(store, tmp_path)
    told = cli("incident", "told", reference, "--how", "phoned")
    assert told.code == 0, told.err
    said = f"Recorded 1 partner of {reference} as told another way (phoned). Notice told: "
    assert said + "Resolution." in told.out, told.out
    shown = cli("--json", "incident", "told", reference, "--how", "phoned").json()
    assert shown["stage"] == "resolved" and shown["partners"] == 0, shown
