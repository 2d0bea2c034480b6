"""The incident page as a new user read it: "Told: 4 of 7 partners … told of it" said "told"
twice (in Polish too), and a bundle's Resolution field was one line where people write a
paragraph; .eml hand-offs were called "queued". Driven through the page's own buttons."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QPlainTextEdit
from pytestqt.qtbot import QtBot

from app.contacts.directory import DirectoryStore
from app.contacts.source import parse_source, read_folder
from app.incidents.service import IncidentService
from app.kit import Kit
from app.paths import KitPaths
from app.store.keys import NoKeyring
from app.store.store import Store
from app.ui.incidents.notice_dialog import FollowUpDialog
from app.ui.incidents.page import IncidentPage
from app.ui.incidents.section import IncidentsSection
from app.ui.language import install_language
from app.ui.main_window import MainWindow
from tests.support.lang_bundle import CONTACTS, write_source

RESOLVED = (
    "Subject: Resolved: {{ incident.title }}\n\nDear partner,\n\n"
    "What was done:\n{{ resolution }}\n\nEnded: {{ end_time }}\n"
)


def _section(
    qtbot: QtBot, store: Store, paths: KitPaths, tmp_path: Path, *, emails_wait: bool = False
) -> IncidentsSection:
    """An outage's initial notice, told another way to every partner; or, `emails_wait`,
    waiting in the outbox, to partners who all take e-mail only."""
    kit = Kit.open(store)
    extra = {"templates/disaster/resolved.en.j2": RESOLVED}
    if emails_wait:
        extra["contacts.csv"] = CONTACTS.replace(",email;sms\n", ",email\n")
    source = write_source(tmp_path / "src", extra=extra)
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
    if not emails_wait:
        service.told_another_way(incident, "phoned every NOC")
    window = MainWindow(paths=paths, keeper=NoKeyring())
    qtbot.addWidget(window)
    window.open_store(store)
    window.show()
    qtbot.waitUntil(lambda: window.health_label.text() == "store OK", timeout=10000)
    section = window.show_section("Incidents")
    assert isinstance(section, IncidentsSection)
    section.reload(select=incident.reference)
    return section


def _told_line(page: IncidentPage) -> str:
    return page.details.text().split("<br>")[-1]


def test_the_page_says_told_once(
    qtbot: QtBot, store: Store, paths: KitPaths, tmp_path: Path
) -> None:
    page = _section(qtbot, store, paths, tmp_path).page
    line = _told_line(page)
    assert line == "4 of 4 partners of its audience told of it", page.details.text()
    install_language("pl")
    assert page.incident is not None
    page.show_incident(page.incident)
    line = _told_line(page)
    # one term for told, as elsewhere; said as Polish says it: not "partnerów jego odbiorców"
    assert line == "Powiadomiono 4 z 4 partnerów", line
    assert line.lower().count("powiadomion") == 1, line


def test_the_resolution_is_a_paragraph(
    qtbot: QtBot, store: Store, paths: KitPaths, tmp_path: Path
) -> None:
    section = _section(qtbot, store, paths, tmp_path)
    qtbot.mouseClick(section.page.resolve_button, Qt.MouseButton.LeftButton)
    dialog = section.dialog
    assert isinstance(dialog, FollowUpDialog)
    editor = dialog.form.editors["resolution"]
    assert isinstance(editor, QPlainTextEdit)
    qtbot.keyClicks(editor, "The vendor replaced the card.")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "Traffic is back since 23:10.")
    dialog.refresh()
    shown = dialog.preview.text_of("en", "email")
    assert "The vendor replaced the card.\nTraffic is back since 23:10." in shown, shown
    dialog.done(0)


def test_an_eml_hand_off_is_not_called_queued(
    qtbot: QtBot,
    store: Store,
    paths: KitPaths,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The officer writes the notice's e-mails to a USB stick from the incident page: the
    page says they are handed off and wait for Mark sent in the Outbox — not "queued", which
    reads as if the kit still sends them by itself (in Polish too)."""
    section = _section(qtbot, store, paths, tmp_path, emails_wait=True)
    page = section.page
    assert "queued" in page.delivery.text()  # before the hand-off: the kit holds them
    assert "queued, not delivered yet" in section.urgent.text()
    stick = tmp_path / "USB"
    stick.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(stick))
    qtbot.mouseClick(page.eml_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(list(stick.iterdir())) == 4, timeout=20000)
    qtbot.waitUntil(lambda: "handed off" in page.delivery.text(), timeout=20000)
    said = page.delivery.text()
    assert said.startswith("⚠ Initial notice NOT DELIVERED YET"), said
    assert "4 e-mails handed off as .eml" in said and "Outbox" in said, said
    assert "Mark sent" in said and "queued" not in said, said
    assert page.incident is not None
    section.reload(select=page.incident.reference)  # as its timer does
    section.tick()
    timer = section.urgent.text()  # the top bar
    assert "initial notice handed off as .eml, not confirmed sent" in timer, timer
    install_language("pl")
    assert page.incident is not None
    page.show_incident(page.incident)
    said = page.delivery.text()
    assert "JESZCZE NIE DORĘCZONO" in said and "w kolejce" not in said, said
    assert "4 e-maile przekazane jako .eml" in said and "Oznacz jako wysłane" in said, said
    section.reload(select=page.incident.reference)
    section.tick()
    assert "przekazane jako .eml, wysłania nie potwierdzono" in section.urgent.text()
