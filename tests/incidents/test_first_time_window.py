"""The window's side of tester F5: partners who joined an incident's group (a bundle import)
after its initial notice. The page says they have had no notice; the Post update wizard's
preview says how many get the incident for the first time, and from which group."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.contacts.directory import DirectoryStore
from app.contacts.source import parse_source, read_folder
from app.incidents.service import IncidentService
from app.kit import Kit
from app.paths import KitPaths
from app.store.keys import NoKeyring
from app.store.store import Store
from app.ui.incidents.notice_dialog import FollowUpDialog
from app.ui.incidents.section import IncidentsSection
from app.ui.main_window import MainWindow
from tests.support.lang_bundle import CONTACTS, write_source

JOINED = (
    "Epsilon Media,NOC,noc@epsilon.example.com,,en,Europe/London,all,email\n"
    "Zeta Mobile,Ops,ops@zeta.example.com,,en,Europe/London,all,email\n"
    "Eta Pay,Desk,desk@eta.example.com,,en,Europe/London,all,email\n"
)


def test_the_update_wizard_names_partners_new_to_the_incident(
    qtbot: QtBot, store: Store, paths: KitPaths, tmp_path: Path
) -> None:
    kit = Kit.open(store)
    directory = DirectoryStore(conn=kit.store.conn, audit=kit.audit)
    directory.replace(
        parse_source(read_folder(write_source(tmp_path / "v1"))), origin="bundle", reason="v1"
    )
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    incident = service.create("disaster", "SMS down", ["sms"])
    service.notify(
        incident,
        "initial",
        {
            "customer_impact": "No MT.",
            "start_time": "2026-11-30 21:40 UTC",
            "next_update": "23:59",
        },
    )
    service.told_another_way(incident, "phoned every NOC")
    # IT's next bundle: three more partners in the incident's group
    source = write_source(tmp_path / "v2", extra={"contacts.csv": CONTACTS + JOINED})
    directory.replace(parse_source(read_folder(source)), origin="bundle", reason="v2")

    window = MainWindow(paths=paths, keeper=NoKeyring())
    qtbot.addWidget(window)
    window.open_store(store)
    window.show()
    qtbot.waitUntil(lambda: window.health_label.text() == "store OK", timeout=10000)
    section = window.show_section("Incidents")
    assert isinstance(section, IncidentsSection)
    section.reload(select=incident.reference)
    page = section.page
    told = page.details.text()
    assert "4 of 7 partners of its audience told of it" in told
    assert "3 joined its groups after its last notice and have had no notice yet" in told

    qtbot.mouseClick(page.update_button, Qt.MouseButton.LeftButton)
    dialog = section.dialog
    assert isinstance(dialog, FollowUpDialog)
    qtbot.keyClicks(dialog.form.editors["customer_impact"], "Still no MT.")
    qtbot.keyClicks(dialog.form.editors["progress"], "Vendor on site.")
    dialog.refresh()
    summary = dialog.preview.summary.text()
    assert "3 of them get this incident for the first time" in summary
    # each count in its own plural: "7 recipients, 7 messages", never "recipient(s)"
    assert re.search(r"<b>\d+</b> recipients, <b>\d+</b> messages, one per", summary), summary
    said = dialog.preview.problems.text()
    assert "3 recipients get this incident for the first time" in said, said
    assert "Everyone (all) 3" in said
    assert dialog.queue.isEnabled(), said
    qtbot.mouseClick(dialog.queue, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    # queued is not told: in the audience now, told once it reaches them
    told = page.details.text()
    assert "4 of 7 partners of its audience told of it" in told
    assert "joined its groups" not in told
    window.lock()
    qtbot.wait(10)
