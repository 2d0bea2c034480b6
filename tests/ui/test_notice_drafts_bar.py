"""A notice typed and not queued when the kit went down: the window says so as soon as it
opens — before the officer thinks of pressing "New disaster notice" — and offers to open
it or to discard it (asked first). English and Polish."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from app import i18n
from app.incidents.drafts import Drafts
from app.incidents.service import IncidentService
from app.kit import Kit
from app.paths import KitPaths
from app.store.keys import NoKeyring
from app.store.store import Store
from app.ui.incidents.section import IncidentsSection
from app.ui.incidents.wizard import NewIncidentDialog
from app.ui.language import install_language
from app.ui.main_window import MainWindow
from tests.support.forms_bundle import load_forms_bundle


@pytest.fixture
def service(kit: Kit, tmp_path: Path) -> IncidentService:
    load_forms_bundle(kit, tmp_path / "src")
    return IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)


def _crash_with_a_draft(qtbot: QtBot, service: IncidentService) -> datetime:
    """The officer types a disaster notice; the kit dies before Queue (the dialog is gone
    without Cancel): what stays is what the draft keeper saved while they typed."""
    dialog = NewIncidentDialog(service, "disaster")  # (not closed at the end: it dies)
    dialog.show()
    dialog.services.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.title.setFocus()
    qtbot.keyClicks(dialog.title, "Rating engine stuck")
    qtbot.keyClick(dialog.detected, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    detected = datetime.now(UTC).replace(second=0, microsecond=0) - timedelta(minutes=7)
    qtbot.keyClicks(dialog.detected, detected.astimezone().strftime("%Y-%m-%d %H:%M"))
    qtbot.waitUntil(lambda: Drafts(service.conn).load("new:disaster") is not None, timeout=3000)
    qtbot.waitUntil(
        lambda: (
            (Drafts(service.conn).load("new:disaster") or {}).get("title") == "Rating engine stuck"
        ),
        timeout=3000,
    )
    dialog.timer.stop()
    dialog.keeper.stop()
    dialog.hide()
    dialog.deleteLater()
    return detected


@pytest.fixture
def start_window(qtbot: QtBot, store: Store, paths: KitPaths) -> Callable[[], MainWindow]:
    """The kit's window as it opens after the crash (unlocked on the same store)."""

    def opened() -> MainWindow:
        window = MainWindow(paths=paths, keeper=NoKeyring())
        qtbot.addWidget(window)
        window.open_store(store)
        window.show()
        # pytest-qt closes the window before the store goes: the start-up check ends first
        ok = QCoreApplication.translate("MainWindow", "store OK")
        qtbot.waitUntil(lambda: window.health_label.text() == ok, timeout=10000)
        return window

    return opened


def _section(window: MainWindow) -> IncidentsSection:
    section = window.section("Incidents")
    assert isinstance(section, IncidentsSection)
    return section


def test_the_window_says_a_draft_is_waiting_and_opens_it(
    qtbot: QtBot, service: IncidentService, start_window: Callable[[], MainWindow]
) -> None:
    detected = _crash_with_a_draft(qtbot, service)
    window = start_window()
    section = _section(window)
    bar = section.drafts_bar
    assert bar.isVisible()
    text = bar.text.text()
    assert "disaster notice is not queued yet" in text and "Rating engine stuck" in text
    assert detected.astimezone().strftime("%H:%M") in text
    qtbot.mouseClick(bar.open_button, Qt.MouseButton.LeftButton)
    dialog = section.dialog
    assert isinstance(dialog, NewIncidentDialog)
    assert dialog.title.text() == "Rating engine stuck"
    assert dialog.flow.detected == detected  # the notify-by clock goes on from it
    assert dialog.resumed.isVisible()
    dialog.keeper.stop()
    dialog.done(0)


def test_discard_asks_first_then_the_draft_is_gone(
    qtbot: QtBot, service: IncidentService, start_window: Callable[[], MainWindow]
) -> None:
    _crash_with_a_draft(qtbot, service)
    section = _section(start_window())
    bar = section.drafts_bar
    qtbot.mouseClick(bar.discard_button, Qt.MouseButton.LeftButton)
    box = section.confirm
    assert isinstance(box, QMessageBox) and box.isVisible()
    keep = next(b for b in box.findChildren(QPushButton) if b.text() == "&Keep it")
    qtbot.mouseClick(keep, Qt.MouseButton.LeftButton)
    assert bar.isVisible() and Drafts(service.conn).waiting()
    qtbot.mouseClick(bar.discard_button, Qt.MouseButton.LeftButton)
    box = section.confirm
    assert isinstance(box, QMessageBox)
    discard = next(b for b in box.findChildren(QPushButton) if b.text() == "&Discard it")
    qtbot.mouseClick(discard, Qt.MouseButton.LeftButton)
    assert not bar.isVisible()
    assert Drafts(service.conn).waiting() == []


def test_the_draft_bar_speaks_polish(
    qtbot: QtBot, service: IncidentService, start_window: Callable[[], MainWindow]
) -> None:
    _crash_with_a_draft(qtbot, service)
    install_language("pl")
    i18n.install("pl")
    section = _section(start_window())
    bar = section.drafts_bar
    assert "nie jest jeszcze w kolejce" in bar.text.text(), bar.text.text()
    assert bar.open_button.text() == "&Otwórz szkic"
