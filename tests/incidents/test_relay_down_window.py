"""Tester F9: the incident page blamed only the missing SMS modem, while sending and after
the relay broke. Now each kind of copy gets its own reason: the e-mail copies name the relay
that refused and when, the SMS copies the missing modem; a send under way says so. And the
status bar's long "Send finished …" is cut with "…" before the paths' lights, whole in its
tooltip, at 1024×600."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.delivery.outbox import Outbox
from app.incidents.service import IncidentService
from app.kit import Kit
from app.paths import KitPaths
from app.store.store import Store
from app.ui.incidents.notice_dialog import FollowUpDialog
from app.ui.status_bar import message_room
from tests.delivery.conftest import set_delivery_doc
from tests.delivery.servers import delivery_toml, free_port
from tests.support.lang_bundle import load_into
from tests.support.unlocked import incidents_on

FIELDS = {"customer_impact": "No MT.", "start_time": "2026-11-30 21:40 UTC", "next_update": "23:59"}


def test_each_copy_is_blamed_on_its_own_path_and_the_status_bar_fits(
    qtbot: QtBot, store: Store, paths: KitPaths, tmp_path: Path
) -> None:
    kit = Kit.open(store)
    load_into(kit, tmp_path / "src")  # partners on e-mail and SMS; no modem is set up
    set_delivery_doc(kit, delivery_toml(("office-relay", free_port(), "none")))  # refuses
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    incident = service.create("disaster", "SMS down", ["sms"])
    service.notify(incident, "initial", FIELDS)

    window, section = incidents_on(qtbot, store, paths, incident.reference)
    page = section.page

    # the kit tries the relay by itself: it refuses; the page names it, with the time
    qtbot.waitUntil(lambda: "office-relay:" in page.delivery.text(), timeout=30000)
    said = page.delivery.text()
    email, sms = (line for line in said.split("\n")[1].split(". ") if "copies:" in line)
    assert email.startswith("No delivery path took 4 e-mail copies: office-relay: TCP:"), said
    assert " at " in email and "modem" not in email, said
    assert sms.startswith("No delivery path took 3 SMS copies: no SMS path (no modem"), said
    assert "Use another way below: webmail" in said

    # another sender (the command line) has one message under way: the page says sending
    queued = [m for m in Outbox(conn=kit.store.conn, audit=kit.audit).messages()]
    Outbox(conn=kit.store.conn, audit=kit.audit).claim(queued[0].id, path="office-relay")
    page.refresh_delivery()
    said = page.delivery.text()
    assert said.startswith("Initial notice being sent now: 0 of 4 partners told"), said
    assert "office-relay:" not in said, said  # not blamed while it sends
    assert "No delivery path took 3 SMS copies: no SMS path" in said, said  # still true
    assert "No delivery path took 4 e-mail" not in said

    # the officer posts an update from the window: the long "Send finished" fits the bar
    qtbot.mouseClick(page.update_button, Qt.MouseButton.LeftButton)
    dialog = section.dialog
    assert isinstance(dialog, FollowUpDialog)
    qtbot.keyClicks(dialog.form.editors["customer_impact"], "Still no MT.")
    qtbot.keyClicks(dialog.form.editors["progress"], "Vendor on site.")
    dialog.refresh()
    qtbot.mouseClick(dialog.queue, Qt.MouseButton.LeftButton)
    bar = window.statusBar()
    qtbot.waitUntil(lambda: bar.currentMessage().startswith("Send finished"), timeout=30000)
    shown = bar.currentMessage()
    assert shown.endswith("…"), shown
    assert bar.fontMetrics().horizontalAdvance(shown) <= message_room(bar)
    assert bar.toolTip().startswith(shown[:-1]) and "office-relay" in bar.toolTip()
    window.lock()
    qtbot.wait(10)
