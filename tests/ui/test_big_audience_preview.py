"""The update dialog for an incident heard by ~300 partners, on a 1024×600 screen: the local
times name a few partners per zone ("and 71 more", all in the tooltip) and scroll past a few
lines, so the texts partners get and the Queue button stay in view (the list of every name
pushed the texts to a sliver)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.contacts.directory import DirectoryStore
from app.contacts.source import parse_source, read_folder
from app.incidents.service import IncidentService
from app.kit import Kit
from app.ui.incidents.notice_dialog import FollowUpDialog
from tests.support.lang_bundle import CONTACTS, many_partners, write_source


def test_the_texts_keep_their_room_with_300_partners(
    qtbot: QtBot, kit: Kit, tmp_path: Path
) -> None:
    source = write_source(tmp_path, extra={"contacts.csv": CONTACTS + many_partners(300)})
    DirectoryStore(conn=kit.store.conn, audit=kit.audit).replace(
        parse_source(read_folder(source)), origin="bundle", reason="test"
    )
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    incident = service.create("disaster", "SMS down", ["sms"])
    service.notify(
        incident,
        "initial",
        {"customer_impact": "No MT.", "start_time": "2026-11-30 21:40 UTC", "next_update": "23:59"},
    )
    dialog = FollowUpDialog(service, service.get(incident.reference), "update")
    qtbot.addWidget(dialog)
    dialog.resize(1008, 552)  # a 1024×600 screen less its frame and task bar
    dialog.show()
    qtbot.keyClicks(dialog.form.editors["customer_impact"], "Still no MT.")
    qtbot.keyClicks(dialog.form.editors["progress"], "Vendor on site.")
    dialog.refresh()
    qtbot.waitUntil(lambda: dialog.queue.isEnabled())

    preview = dialog.preview
    said = preview.local_times.text()
    assert "Partner 000 Media" in said and "Partner 296 Media" not in said
    assert "and 69 more (point here for all)" in said, said
    assert "Partner 296 Media" in preview.local_times.toolTip()
    assert preview.tabs.currentWidget().height() >= 150  # the text partners read (72 before)
    queue = dialog.queue.mapTo(dialog, dialog.queue.rect().bottomRight())
    assert dialog.rect().contains(queue)
    qtbot.mouseClick(dialog.queue, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
