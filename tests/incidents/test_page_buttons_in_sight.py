"""The incident page's buttons stay in sight at 1024×600 however many partners the server
refused: each refusal is said with its reply, and a dozen of them pushed Told another way,
Post update and Resolve below the page's edge (a new user's walk: the officer hunted for
them with the scroll bar). The delivery text scrolls in a few lines of its own now."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.contacts.demo import load_demo
from app.delivery.outbox import Outbox
from app.incidents.service import IncidentService
from app.kit import Kit
from app.paths import KitPaths
from app.store.store import Store
from app.ui.incidents.section import IncidentsSection
from app.ui.incidents.told_dialog import ToldDialog
from app.ui.language import install_language
from tests.delivery.conftest import make_delivery, set_delivery_doc
from tests.delivery.servers import delivery_toml, relay_process
from tests.support.unlocked import close_kit, unlocked_section
from tests.support.wall_clock import gone

FIELDS = {"impact": "No MT", "started": gone("02:00 UTC"), "actions": "Restarting"}
GROUPS = ["sms-gateways", "subscriptions", "oneshot", "brazil"]


def _in_sight(widget: QWidget, area: QWidget) -> bool:
    """`widget` wholly inside `area` (the page's scroll area's viewport) as it is scrolled."""
    corner = widget.mapTo(area, QPoint(0, 0))
    return area.rect().contains(QRect(corner, widget.size()))


@pytest.mark.parametrize("language", ["en", "pl"])
def test_buttons_stay_in_sight_with_a_dozen_refusals(
    qtbot: QtBot, store: Store, paths: KitPaths, tmp_path: Path, language: str
) -> None:
    kit = Kit.open(store)
    load_demo(kit)
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    incident = service.create("disaster", "SMS down", ["sms"], groups=GROUPS)
    service.notify(incident, "initial", {**FIELDS, "next_update": "23:59"})
    outbox = Outbox(conn=kit.store.conn, audit=kit.audit)
    mails = sorted(m.recipient for m in outbox.messages() if m.channel == "email")
    assert len(mails) >= 12
    with relay_process(tmp_path / "relay", unknown=mails[2:]) as relay:
        set_delivery_doc(kit, delivery_toml(("office-relay", relay.port, "none")))
        make_delivery(kit).send()  # two copies go, the rest are refused (550)
    names = {m.recipient_name for m in outbox.messages() if m.recipient in mails[2:]}
    kit.close()
    install_language(language)  # Polish words are longer: Close and Report fell below
    window, section = unlocked_section(qtbot, paths, IncidentsSection)
    window.resize(1024, 600)
    section.reload(select=incident.reference)
    page = section.page
    qtbot.waitUntil(lambda: page.delivery.text().count(":") > 12)  # every reply said
    qtbot.wait(50)  # laid out
    said = page.delivery.text()
    assert all(f"{name}: " in said for name in names), said  # every reply, whole
    viewport = section.page_area.viewport()
    buttons = (page.send_button, page.told_button, page.update_button, page.resolve_button)
    for button in (*buttons, page.close_button, page.report_button):
        assert button.isVisible(), button.text()
        assert _in_sight(button, viewport), (button.text(), button.mapTo(viewport, QPoint()))
    # the replies scroll in their own few lines
    assert page.delivery_area.verticalScrollBar().maximum() > 0
    qtbot.mouseClick(page.told_button, Qt.MouseButton.LeftButton)
    ask = section.asking
    assert isinstance(ask, ToldDialog)
    qtbot.waitUntil(ask.isVisible)
    qtbot.wait(50)  # laid out
    # every partner's row whole, its copies a line each: no line runs past the list's right
    # edge (they did, behind a sideways scroll bar: "e-mail noc@… (refused); SMS +55…")
    lines = [
        line
        for i in range(ask.partners.count())
        for line in ask.partners.item(i).text().split("\n")
    ]
    room = ask.partners.viewport().width() - 30  # the tick box before the text
    metrics = ask.partners.fontMetrics()
    assert all(metrics.horizontalAdvance(line) <= room for line in lines), (room, lines)
    assert ask.partners.horizontalScrollBar().maximum() == 0
    assert all(";" not in line for line in lines), lines
    ask.reject()
    assert window.kit is not None
    close_kit(window)
