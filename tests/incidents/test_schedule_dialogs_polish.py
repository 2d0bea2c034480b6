"""Extend and Move share one dialog body (WindowChangeDialog): in Polish every word of it is
still Polish — the shared ones (Cancel, what partners read) found through the subclasses —
and the preview shows the kit's own sentence in the officer's language."""

from __future__ import annotations

from datetime import timedelta

from pytestqt.qtbot import QtBot

from app import i18n
from app.incidents.plan import PlanConfig
from app.incidents.schedule import Schedule
from app.incidents.service import IncidentService
from app.kit import Kit
from app.ui.incidents.schedule_dialogs import ExtendWindowDialog, MoveWindowDialog
from app.ui.language import install_language
from tests.incidents.test_schedule import END, FIELDS, START
from tests.incidents.test_window import Officer
from tests.reports import conftest as scripted_night
from tests.reports.conftest import T0, Clock

clock = scripted_night.clock


def test_extend_and_move_speak_polish(qtbot: QtBot, kit: Kit, clock: Clock) -> None:
    from app.contacts.demo import load_demo

    load_demo(kit)
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    schedule = Schedule(service=service)
    clock.at(T0)
    incident = service.create("downtime", "Router swap", ["subscriptions"], window=(START, END))
    schedule.make_plan(incident, PlanConfig(announce_days=None, fields=FIELDS))
    service.notify(incident, "initial", FIELDS)
    install_language("pl")
    i18n.install("pl")
    officer = Officer(qtbot)

    move = MoveWindowDialog(schedule, service.get(incident.reference))
    qtbot.addWidget(move)
    assert move.cancel.text() == "Anuluj"
    assert move.ok.text() == "&Przesuń okno"
    # the window as it stands, written as Polish writes a date (the test's zone is UTC)
    start, end = START.astimezone(), END.astimezone()
    assert move.start.text() == f"{start.day}.{start.month:02}.{start.year} {start:%H:%M}"
    assert move.end.text() == f"{end.day}.{end.month:02}.{end.year} {end:%H:%M}"
    move.start.clear()
    officer.type(move.start, "2026-03-17 01:00")
    move.end.clear()
    officer.type(move.end, "2026-03-17 03:00")
    officer.type(move.reason, "vendor failure")
    move.words_form.tabs.setCurrentIndex(move.words_form.languages.index("pl") + 1)
    officer.type(move.words_form.translations["words.pl"], "awaria dostawcy")
    preview = move.preview.text()
    expected = "Partnerzy przeczytają: Prace planowane zostały przeniesione."
    assert preview.startswith(expected), preview
    assert "od 2026-03-17 01:00 UTC do 2026-03-17 03:00 UTC" in preview  # the test's zone
    assert preview.splitlines()[0].endswith("Powód: awaria dostawcy")
    assert preview.splitlines()[1].startswith(
        "Bez własnego tekstu partnerzy czytający (portugalski (Brazylia), szwedzki) "
    )

    clock.at(END + timedelta(minutes=5))
    extend = ExtendWindowDialog(schedule, service.get(incident.reference))
    qtbot.addWidget(extend)
    assert extend.cancel.text() == "Anuluj"
    assert extend.windowTitle().startswith("Przedłużenie okna")
    extend.new_end.clear()
    officer.type(extend.new_end, "2026-03-15 04:00")
    assert "kończy się teraz 2026-03-15 04:00 UTC" in extend.preview.text()
    assert extend.preview.text().startswith("Partnerzy przeczytają:")
