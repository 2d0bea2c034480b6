"""Closing an incident names every copy the officer still owes a decision (a walk's finding):
the refusal named only the most pressing kind of copy of the closing notice, and `incident
close`'s "still not sent" counted queued and failed copies — which closing itself holds, so
an uncertain or handed-off copy was never mentioned. Real SMTP: a FaultProxy cuts the link
once after DATA (an uncertain copy); one copy is handed off as webmail."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.contacts.directory import DirectoryStore
from app.contacts.source import parse_source, read_folder
from app.incidents.service import IncidentService
from app.kit import Kit
from app.paths import KitPaths
from app.store.store import Store
from app.ui.incidents.section import IncidentsSection
from app.ui.language import install_language
from tests.delivery.conftest import make_delivery, send_cut_once_after_data, set_delivery_doc
from tests.delivery.servers import delivery_toml, smtp_server
from tests.support.cli import CliRunner
from tests.support.lang_bundle import CONTACTS, write_source
from tests.support.unlocked import unlocked_section

INITIAL = {
    "customer_impact": "No MT.",
    "start_time": "2026-11-30 21:40 UTC",
    "next_update": "23:59",
}
BY_EMAIL = CONTACTS.replace(",email;sms\n", ",email\n")  # every partner by e-mail only


def _send_cut_once(kit: Kit) -> None:
    """One webmail hand-off, then the rest sent through a link that drops once after DATA."""
    delivery = make_delivery(kit)
    first = delivery.outbox.queued_ids(channel="email")[0]
    delivery.outbox.hand_off([first], path="webmail")
    send_cut_once_after_data(kit)


def _send_all(kit: Kit) -> None:
    with smtp_server("none") as server:
        set_delivery_doc(kit, delivery_toml(("office-relay", server, "none")))
        make_delivery(kit).send()


def _outage(store: Store, tmp_path: Path, *, cut: str) -> str:
    """An outage with its initial notice and resolution out; `cut`: which of the two had one
    copy handed off and one uncertain."""
    kit = Kit.open(store)
    source = write_source(tmp_path / "src", extra={"contacts.csv": BY_EMAIL})
    DirectoryStore(conn=kit.store.conn, audit=kit.audit).replace(
        parse_source(read_folder(source)), origin="bundle", reason="test"
    )
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    incident = service.create("disaster", "SMS down", ["sms"])
    service.notify(incident, "initial", INITIAL)
    (_send_cut_once if cut == "initial" else _send_all)(kit)
    service.notify(
        service.get(incident.reference), "resolved", {"end_time": "2026-11-30 23:10 UTC"}
    )
    (_send_cut_once if cut == "resolved" else _send_all)(kit)
    kit.close()
    return incident.reference


def test_closing_refused_names_the_uncertain_and_the_handed_off_copy(
    qtbot: QtBot, store: Store, paths: KitPaths, tmp_path: Path, cli: CliRunner
) -> None:
    reference = _outage(store, tmp_path, cut="resolved")
    uncertain = "1 copy uncertain: the server may or may not have it"
    handed = "1 copy handed off as webmail or .eml: once sent, confirm it"
    closing = cli("incident", "close", reference)
    assert closing.code != 0
    assert uncertain in closing.err and handed in closing.err, closing.err
    assert "'outage-kit outbox settle ID --as sent'" in closing.err, closing.err  # its command
    assert "Send now" not in closing.err, closing.err  # nothing of it moves by itself
    # the first sentence once, not once per kind of copy
    assert closing.err.count("has not reached every partner yet") == 1, closing.err

    _window, section = unlocked_section(qtbot, paths, IncidentsSection)
    section.reload(select=reference)
    page = section.page
    assert not page.close_button.isEnabled()
    said = page.why.text()
    assert uncertain in said and handed in said and "Then it can be closed." in said, said
    assert "in the Outbox (Mark sent)" in said and "outage-kit" not in said, said  # its buttons
    install_language("pl")
    section.reload(select=reference)
    said = section.page.why.text()
    assert "1 kopia niepewna" in said and "1 kopia przekazana" in said, said
    install_language("en")


def test_closing_asks_nothing_of_older_copies_whose_partners_have_the_end(
    qtbot: QtBot, store: Store, paths: KitPaths, tmp_path: Path, cli: CliRunner
) -> None:
    """The initial notice's uncertain and handed-off copies: every partner has the
    resolution, so the close holds both and asks nothing (before, it asked to confirm the
    handed-off one)."""
    reference = _outage(store, tmp_path, cut="initial")
    _window, section = unlocked_section(qtbot, paths, IncidentsSection)
    install_language("pl")  # the officer's window speaks Polish
    section.reload(select=reference)
    page = section.page
    assert page.close_button.isEnabled()
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    ask = section.confirm
    assert isinstance(ask, QMessageBox)
    qtbot.mouseClick(ask.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    install_language("en")
    shown = [
        w.informativeText()
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.isVisible()
    ]
    assert not any("nadal czeka" in text for text in shown), shown
    assert "handed off" not in cli("incident", "show", reference).out


def test_incident_close_asks_nothing_of_older_copies_whose_partners_have_the_end(
    store: Store, tmp_path: Path, cli: CliRunner
) -> None:
    reference = _outage(store, tmp_path, cut="initial")
    closed = cli("incident", "close", reference).out
    assert closed == f"Closed {reference}.\n", closed
