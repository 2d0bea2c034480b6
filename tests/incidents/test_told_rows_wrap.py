"""Told another way keeps a long partner row whole on a 1024×600 screen, in Polish: a partner
whose name and e-mail address run longer than the screen is wide ran past the list's right
edge, behind a sideways scroll bar ("DEMO … (Network Operations Centre, Night Shift and
Weekend Escalat"). Its lines wrap inside the list now (an address after its "@" or a dot),
and the list scrolls only down."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from app.contacts.demo import demo_directory
from app.contacts.directory import DirectoryStore
from app.incidents.service import IncidentService
from app.kit import Kit
from app.paths import KitPaths
from app.store.store import Store
from app.ui.incidents.section import IncidentsSection
from app.ui.incidents.told_dialog import ToldDialog
from tests.support.unlocked import close_kit, small_window
from tests.support.wall_clock import gone

ORGANISATION = "DEMO Partner Organisation With A Name Longer Than Any Screen Is Wide International"
NAME = "Network Operations Centre, Night Shift and Weekend Escalations"
# no space nor hyphen: as long as an address may be (64 before the "@"), wider than the list
EMAIL = (
    "escalations.night.shift.operations.centre.weekend.cover.team@"
    "subscriptions.billing.payments.partner.organisation.international.telecommunications."
    "example.com"
)
FIELDS = {"impact": "No MT", "started": gone("02:00 UTC"), "actions": "Restarting"}


def test_a_long_partner_row_wraps_inside_the_list(
    qtbot: QtBot, store: Store, paths: KitPaths
) -> None:
    kit = Kit.open(store)
    directory = demo_directory()
    first = next(c for c in directory.contacts if "subscriptions" in c.groups and c.phone)
    directory.contacts[directory.contacts.index(first)] = replace(
        first, organisation=ORGANISATION, name=NAME, email=EMAIL
    )
    DirectoryStore(conn=kit.store.conn, audit=kit.audit).replace(
        directory, origin="demo", reason="a partner with a long name"
    )
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    incident = service.create("disaster", "Subscriptions", ["subscriptions"])
    service.notify(incident, "initial", {**FIELDS, "next_update": "23:59"})  # no path: queued
    window = small_window(qtbot, store, paths, "pl")
    section = window.show_section(IncidentsSection.title)
    assert isinstance(section, IncidentsSection)
    section.reload(select=incident.reference)
    page = section.page
    qtbot.waitUntil(page.told_button.isVisible)
    qtbot.mouseClick(page.told_button, Qt.MouseButton.LeftButton)
    ask = section.asking
    assert isinstance(ask, ToldDialog)
    qtbot.waitUntil(ask.isVisible)
    qtbot.wait(50)  # laid out

    listed = ask.partners
    assert ask.frameGeometry().width() <= 1024  # on the screen
    assert listed.horizontalScrollBar().maximum() == 0  # nothing behind a sideways scroll
    rows = [listed.item(i) for i in range(listed.count())]
    long_row = next(row for row in rows if ORGANISATION in row.text())
    width = listed.viewport().width()
    metrics = listed.fontMetrics()
    for row in rows:
        shown = listed.visualItemRect(row)
        assert shown.right() < width, (row.text(), shown)
        # its text, wrapped to the row (less the tick box), needs no more lines than it has
        room = QRect(0, 0, shown.width() - 30, 10_000)
        # lines, no wider than the row (an address with no break chance is cut with "…")
        drawn = QStyleOptionViewItem()  # the text as the list draws it
        listed.itemDelegate().initStyleOption(drawn, listed.indexFromItem(row))
        needed = metrics.boundingRect(room, Qt.TextFlag.TextWordWrap, drawn.text)
        assert needed.width() <= room.width(), (row.text(), needed, shown)
        assert needed.height() <= shown.height(), (row.text(), needed, shown)
    assert listed.visualItemRect(long_row).height() > 3 * metrics.height()  # it wrapped
    ask.reject()
    close_kit(window)
