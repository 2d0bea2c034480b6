"""The top bar's timer in the kit's language (issue 15: dates follow the locale): planned
work that starts on another day names the day as Poland writes it — "wt. 17.03.2026 01:00",
not "Tue 2026-03-17 01:00" — in the real window on the kit's clock; English keeps the
kit's ISO look."""

from __future__ import annotations

from datetime import timedelta

from pytestqt.qtbot import QtBot

from app.incidents.plan import PlanConfig
from app.incidents.schedule import Schedule
from app.incidents.service import IncidentService
from app.kit import Kit
from app.paths import KitPaths
from app.store.store import Store
from app.ui.incidents.section import IncidentsSection
from app.ui.language import install_language
from tests.incidents.test_schedule import FIELDS
from tests.reports import conftest as scripted_night
from tests.reports.conftest import T0, Clock
from tests.support.unlocked import section_on

clock = scripted_night.clock

START = T0 + timedelta(days=7)  # Tuesday 17 March 2026, 01:00 (the test's zone is UTC)
END = START + timedelta(hours=2)


def _planned_work(store: Store) -> str:
    from app.contacts.demo import load_demo

    kit = Kit.open(store)
    load_demo(kit)
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    incident = service.create("downtime", "Router swap", ["subscriptions"], window=(START, END))
    Schedule(service=service).make_plan(incident, PlanConfig(announce_days=None, fields=FIELDS))
    return incident.reference


def _top_bar(qtbot: QtBot, paths: KitPaths, store: Store) -> str:
    section = section_on(qtbot, paths, store, IncidentsSection)
    section.tick()
    return section.urgent.text()


def test_the_top_bar_names_the_day_in_polish(
    qtbot: QtBot, paths: KitPaths, store: Store, clock: Clock
) -> None:
    clock.at(T0)
    reference = _planned_work(store)
    install_language("pl")
    text = _top_bar(qtbot, paths, store)
    assert text == f"{reference}  początek za 7 dni 00:00:00 (wt. 17.03.2026 01:00)", text


def test_the_top_bar_keeps_the_iso_day_in_english(
    qtbot: QtBot, paths: KitPaths, store: Store, clock: Clock
) -> None:
    clock.at(T0)
    _planned_work(store)
    text = _top_bar(qtbot, paths, store)
    assert text.endswith("starts in 7 d 00:00:00 (Tue 2026-03-17 01:00)"), text
