"""The initial-notice button of an incident opened on the command line without a notice
says why it is there when the officer rests the mouse on it: its tooltip "Opened without a
notice (from the command line): partners are not told yet" was set once and then wiped to ""
by every refresh of the page (the button's reasons for being disabled took its place, and an
enabled button has none). Planned work says "announcement"; in Polish too."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from app.contacts.demo import load_demo
from app.incidents.service import IncidentService
from app.kit import Kit
from app.paths import KitPaths
from app.store.store import Store
from app.ui.incidents.section import IncidentsSection
from app.ui.language import install_language
from tests.support.unlocked import section_on

SAID = {
    ("disaster", "en"): "Opened without a notice (from the command line): partners are not told",
    ("downtime", "en"): "Opened without an announcement (from the command line): partners are "
    "not told",
    ("disaster", "pl"): "Otwarty bez powiadomienia (z wiersza poleceń): partnerzy nie zostali "
    "jeszcze powiadomieni",
    ("downtime", "pl"): "Otwarty bez zapowiedzi (z wiersza poleceń): partnerzy nie zostali "
    "jeszcze powiadomieni",
}


def _opened_on_the_command_line(store: Store, kind: str) -> str:
    kit = Kit.open(store)
    load_demo(kit)
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    if kind == "downtime":
        start = datetime.now(UTC).replace(second=0, microsecond=0) + timedelta(days=3)
        window = (start, start + timedelta(hours=2))
        return service.create(kind, "Router swap", ["subscriptions"], window=window).reference
    return service.create(kind, "Rating engine stalled", ["sms"]).reference


@pytest.mark.parametrize("language", ["en", "pl"])
@pytest.mark.parametrize("kind", ["disaster", "downtime"])
def test_the_initial_notice_button_says_why_it_is_there(
    qtbot: QtBot, paths: KitPaths, store: Store, kind: str, language: str
) -> None:
    reference = _opened_on_the_command_line(store, kind)
    install_language(language)
    section = section_on(qtbot, paths, store, IncidentsSection)
    section.reload(select=reference)
    section.tick()  # the timers refresh the page as they would at 3 a.m.
    button = section.page.initial_button
    qtbot.waitUntil(button.isVisible)
    assert button.isEnabled()
    expected = SAID[(kind, language)]
    assert button.toolTip().startswith(expected), button.toolTip()

    # the mouse rests on it: Qt shows the tooltip
    middle = button.rect().center()
    QApplication.sendEvent(
        button, QHelpEvent(QEvent.Type.ToolTip, middle, button.mapToGlobal(middle))
    )
    qtbot.waitUntil(QToolTip.isVisible, timeout=3000)
    assert QToolTip.text().startswith(expected), QToolTip.text()
    QToolTip.hideText()
