"""What the window says of each partner's copy is true (a new user's walk): a copy cut off
after the server had it ('uncertain') is never "waiting in the outbox, sent by itself"; a
resolution refused for one partner leaves no "next update due" behind it; the Calendar words
a notice's copies as the incident page does; the timeline fits a 1024×600 screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel
from pytestqt.qtbot import QtBot

from app.contacts.directory import DirectoryStore
from app.contacts.source import parse_source, read_folder
from app.incidents.model import Incident
from app.incidents.service import IncidentService
from app.kit import Kit
from app.paths import KitPaths
from app.store.store import Store
from app.ui.incidents.calendar_view import CalendarSection
from app.ui.incidents.section import IncidentsSection
from app.ui.incidents.told_dialog import ToldDialog
from app.ui.language import install_language
from app.ui.outbox.section import OutboxSection
from tests.delivery.conftest import make_delivery, send_cut_once_after_data, set_delivery_doc
from tests.delivery.servers import delivery_toml, relay_process, smtp_server
from tests.support.cli import CliRunner
from tests.support.lang_bundle import CONTACTS, write_source
from tests.support.unlocked import unlocked_section

INITIAL = {"customer_impact": "No MT.", "start_time": "2026-11-30 21:40 UTC"}
#: every partner by e-mail only (no modem here)
BY_EMAIL = CONTACTS.replace(",email;sms\n", ",email\n")
REFUSED = "noc@delta.example.com"


def _service(store: Store, tmp_path: Path) -> tuple[Kit, IncidentService]:
    kit = Kit.open(store)
    source = write_source(tmp_path / "src", extra={"contacts.csv": BY_EMAIL})
    DirectoryStore(conn=kit.store.conn, audit=kit.audit).replace(
        parse_source(read_folder(source)), origin="bundle", reason="test"
    )
    return kit, IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)


def _outage(store: Store, tmp_path: Path) -> tuple[Kit, Incident]:
    """An outage whose initial notice (a next update promised) is queued for 4 partners."""
    kit, service = _service(store, tmp_path)
    incident = service.create("disaster", "SMS down", ["sms"])
    service.notify(incident, "initial", {**INITIAL, "next_update": "23:59"})
    return kit, service.get(incident.reference)


def test_an_uncertain_copy_is_said_uncertain_and_settled_in_the_outbox(
    qtbot: QtBot, store: Store, paths: KitPaths, tmp_path: Path, cli: CliRunner
) -> None:
    kit, incident = _outage(store, tmp_path)
    send_cut_once_after_data(kit)  # the server may have that message
    kit.close()
    window, section = unlocked_section(qtbot, paths, IncidentsSection)
    section.reload(select=incident.reference)
    page = section.page
    said = page.delivery.text()
    assert "1 copy UNCERTAIN" in said and "may or may not have it" in said, said
    assert "Mark sent" in said and "Send again" in said, said
    assert "wait in the outbox" not in said and "by itself when" not in said, said
    assert page.send_button.isHidden()  # nothing queued for it to send
    section.tick()
    top = section.urgent.text()
    assert "1 copy uncertain, maybe not received: settle in the Outbox" in top, top
    shown = cli("incident", "show", incident.reference).out
    assert "1 copy uncertain, maybe not received" in shown, shown
    install_language("pl")
    page.show_incident(section.service.get(incident.reference))
    assert "1 kopia NIEPEWNA" in page.delivery.text(), page.delivery.text()
    section.reload(select=incident.reference)
    section.tick()
    assert "1 kopia niepewna, mogła nie dotrzeć" in section.urgent.text()
    install_language("en")

    # the partner says it arrived: the officer marks it sent in the Outbox
    box = window.show_section("Outbox")
    assert isinstance(box, OutboxSection)
    box.reload()
    [row] = [r for r in range(box.model.rowCount()) if box.model.row_at(r).state == "uncertain"]
    box.table.selectRow(row)
    qtbot.mouseClick(box.mark_sent_button, Qt.MouseButton.LeftButton)
    window.show_section("Incidents")
    section.reload(select=incident.reference)
    assert not page.delivery.isVisible()  # every partner has it
    assert "uncertain" not in section.urgent.text()


def test_a_resolution_refused_for_one_partner_owes_no_next_update(
    qtbot: QtBot, store: Store, paths: KitPaths, tmp_path: Path, cli: CliRunner
) -> None:
    kit, incident = _outage(store, tmp_path)
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    with smtp_server("none") as server:
        set_delivery_doc(kit, delivery_toml(("office-relay", server, "none")))
        make_delivery(kit).send()  # every partner has the initial notice
    service.notify(
        service.get(incident.reference), "resolved", {"end_time": "2026-11-30 23:10 UTC"}
    )
    with relay_process(tmp_path / "relay", unknown=[REFUSED]) as relay:
        set_delivery_doc(kit, delivery_toml(("office-relay", relay.port, "none")))
        make_delivery(kit).send()  # the resolution: refused for one partner (550)
    kit.close()
    _window, section = unlocked_section(qtbot, paths, IncidentsSection)
    section.reload(select=incident.reference)
    section.tick()
    top = section.urgent.text()
    assert "next update" not in top, top
    said = "resolution: 1 partner not told, copy refused: phone them, then Told another way"
    assert said in top, top
    assert "refused" in section.timer_text(section.service.get(incident.reference))
    assert said in cli("incident", "show", incident.reference).out
    install_language("pl")
    section.reload(select=incident.reference)
    section.tick()
    assert "1 partner nie wie, kopia odrzucona" in section.urgent.text()
    install_language("en")
    # closing says what closing waits for: not "Send it" (no sending reaches that partner)
    closing = cli("incident", "close", incident.reference)
    assert closing.code != 0
    assert "sending it again will not help" in closing.err, closing.err
    assert "'outage-kit incident told'" in closing.err
    assert "outage-kit outbox send" not in closing.err, closing.err

    # the officer phones that partner and records it: nothing is owed any more
    page = section.page
    qtbot.mouseClick(page.told_button, Qt.MouseButton.LeftButton)
    ask = section.asking
    assert isinstance(ask, ToldDialog)
    qtbot.keyClicks(ask.how, "phoned the NOC")
    qtbot.mouseClick(ask.ok_button, Qt.MouseButton.LeftButton)
    section.tick()
    assert section.urgent.text() == "no timer running", section.urgent.text()


def test_the_plan_and_calendar_say_a_handed_off_notice_as_the_page_does(
    qtbot: QtBot,
    store: Store,
    paths: KitPaths,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    cli: CliRunner,
) -> None:
    from datetime import timedelta

    from app.incidents.plan import PlanConfig
    from app.incidents.schedule import Schedule
    from app.timefmt import now

    kit, service = _service(store, tmp_path)
    start = now() + timedelta(hours=3)
    work = service.create(
        "downtime", "Switch swap", ["sms"], window=(start, start + timedelta(hours=2))
    )
    schedule = Schedule(service=service)
    fields = {"customer_impact": "No MT.", "start_time": start.isoformat(timespec="minutes")}
    schedule.make_plan(work, PlanConfig(announce_days=None, reminders=(), fields=fields))
    service.notify(work, "initial", fields)  # announced now: the officer's initial notice
    kit.close()
    window, section = unlocked_section(qtbot, paths, IncidentsSection)
    section.reload(select=work.reference)
    page = section.page
    stick = tmp_path / "USB"
    stick.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(stick))
    qtbot.mouseClick(page.eml_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "handed off" in page.delivery.text(), timeout=20000)
    plan = page.plan.text()
    assert "handed off, 0 of 4 told: Mark sent in the Outbox" in plan, plan
    shown = cli("incident", "show", work.reference).out
    assert "Announcement: handed off, 0 of 4 told: Mark sent in the Outbox" in shown, shown
    plan_json = cli("--json", "incident", "show", work.reference).json()["plan"]
    [planned] = [p for p in plan_json if p["purpose"] == "announcement"]
    assert planned["state"] == "handed-off", planned
    calendar = window.show_section("Calendar")
    assert isinstance(calendar, CalendarSection)
    calendar.refresh()
    cells = _cells(calendar)
    assert "handed off, 0 of 4 told: Mark sent in the Outbox" in cells, cells
    assert "announcement not delivered" in cells and "— queued" not in cells, cells
    install_language("pl")
    calendar.refresh()
    cells = _cells(calendar)
    assert "przekazane, powiadomiono 0 z 4" in cells and "w kolejce" not in cells, cells
    install_language("en")


def _cells(calendar: CalendarSection) -> str:
    """The text of every day the Calendar shows."""
    grid = calendar.grid
    found = (grid.cellWidget(r, c) for r in range(grid.rowCount()) for c in range(7))
    return "".join(cell.text() for cell in found if isinstance(cell, QLabel))


def test_the_timeline_fits_a_1024_by_600_window(
    qtbot: QtBot, store: Store, paths: KitPaths, tmp_path: Path
) -> None:
    kit, service = _service(store, tmp_path)
    incident = service.create("disaster", "SMS down in every region", ["sms", "billing"])
    service.notify(incident, "initial", {**INITIAL, "next_update": "23:59"})
    for progress in ("Vendor on site.", "Card replaced, traffic coming back."):
        fields = {"customer_impact": "No MT.", "progress": progress, "next_update": "23:59"}
        service.notify(service.get(incident.reference), "update", fields)
    kit.close()
    window, section = unlocked_section(qtbot, paths, IncidentsSection)
    window.resize(1024, 600)
    section.reload(select=incident.reference)
    timeline = section.page.timeline
    timeline.expandAll()
    section.page_area.ensureWidgetVisible(timeline)
    qtbot.waitUntil(lambda: timeline.isVisible())
    qtbot.wait(50)  # its columns follow the width it was laid out with
    for language in ("en", "pl"):
        install_language(language)
        section.reload(select=incident.reference)
        timeline.expandAll()
        qtbot.wait(50)
        right = max(
            timeline.header().sectionPosition(c) + timeline.columnWidth(c)
            for c in range(timeline.columnCount())
        )
        assert right <= timeline.viewport().width(), (language, right)
        assert timeline.horizontalScrollBar().maximum() == 0, language
    install_language("en")
