"""Planned work whose partners read no Polish (Swedish, German, English): the kit writes its
own sentences (a reminder, the work started, a longer or moved window) in every language it
ships, and refused its own Polish one as "a language nobody reads", so a new user's
reminders were never sent and showed as missed. They go, each partner in their language."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from app.incidents.plan import PlanConfig
from app.incidents.schedule import Schedule
from app.incidents.service import IncidentService
from app.incidents.window_change import WindowChanges
from app.kit import Kit
from app.timefmt import iso
from tests.reports import conftest as scripted_night
from tests.reports.conftest import T0, Clock
from tests.support.lang_bundle import load_into

clock = scripted_night.clock
__all__ = ["clock"]  # the fixture

START = T0 + timedelta(days=5)
END = START + timedelta(hours=2)
IMPACT = {"customer_impact": "No new subscriptions.", "customer_impact.sv": "Inga nya."}


def _queued(kit: Kit, reference: str) -> list[str]:
    rows = kit.store.conn.execute(
        "SELECT body FROM outbox WHERE incident_ref = ? AND channel = 'email' ORDER BY id",
        (reference,),
    )
    return [str(r[0]) for r in rows]


def test_reminders_start_and_window_changes_go_without_a_polish_reader(
    kit: Kit, clock: Clock, tmp_path: Path
) -> None:
    load_into(kit, tmp_path / "src")  # en, sv, de, pt-BR: nobody reads Polish
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    schedule = Schedule(service=service)
    clock.at(T0)
    incident = service.create("downtime", "Billing upgrade", ["billing"], window=(START, END))
    config = PlanConfig(announce_days=None, fields=dict(IMPACT), start_notice=True)
    schedule.make_plan(incident, config)
    service.notify(incident, "initial", {**IMPACT, "start_time": iso(START)})
    announced = len(_queued(kit, incident.reference))

    clock.at(START - timedelta(hours=1))
    ran = schedule.run()
    assert not ran.failed, ran.failed
    assert [f.planned.label for f in ran.fired] == ["Reminder 1 h before"]  # (24 h: already past)
    reminders = _queued(kit, incident.reference)[announced:]
    assert reminders and all("Reminder: the planned maintenance starts in" in b for b in reminders)

    clock.at(START + timedelta(minutes=1))
    started = schedule.run()
    assert not started.failed and [f.planned.label for f in started.fired] == ["Work started"]

    clock.at(END - timedelta(minutes=10))  # no words of the officer's: the kit's sentence alone
    longer = WindowChanges(schedule).extend(
        service.get(incident.reference), END + timedelta(hours=1)
    )
    assert longer.messages > 0
    assert "takes longer than planned" in _queued(kit, incident.reference)[-1]
