"""Defects a new user found in planned work: promises kept by the plan, final notices that
use next_update, the delivery truth instead of "sent", and windows that make no sense."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.contacts.demo import load_demo
from app.incidents.calendar import planned_work
from app.incidents.clock import Deadline, most_urgent
from app.incidents.plan import PlanConfig, parse_reminders
from app.incidents.schedule import Schedule
from app.incidents.service import IncidentService
from app.kit import Kit
from app.reports.incident import KEPT, MISSED, IncidentReader
from tests.delivery.conftest import make_delivery, set_delivery_doc
from tests.delivery.servers import delivery_toml
from tests.reports import conftest as scripted_night
from tests.reports.conftest import T0, Clock
from tests.support.local_edit import store_unchecked_edit
from tests.support.mail_sink import MailSink

clock = scripted_night.clock  # the services' clock, driven by the test

START = T0 + timedelta(days=5)
END = START + timedelta(hours=2)
FIELDS = {"work": "Database engine upgrade", "impact": "No new subscriptions can be made."}


@pytest.fixture
def planned(kit: Kit, clock: Clock, sink: MailSink) -> tuple[IncidentService, Schedule]:
    load_demo(kit)
    set_delivery_doc(kit, delivery_toml(("office-relay", sink.port, "none")))
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    return service, Schedule(service=service)


def test_a_planned_notice_sent_by_the_plan_keeps_its_promise_a_late_one_does_not(
    kit: Kit, clock: Clock, planned: tuple[IncidentService, Schedule]
) -> None:
    service, schedule = planned
    clock.at(T0)
    incident = service.create("downtime", "Core upgrade", ["subscriptions"], window=(START, END))
    schedule.make_plan(
        incident,
        PlanConfig(announce_days=3, reminders=parse_reminders("24h, 1h"), fields=FIELDS),
    )
    delivery = make_delivery(kit)

    def deliver() -> None:
        delivery.send()
        service.told_another_way(service.get(incident.reference), "phoned the SMS partners")

    clock.at(START - timedelta(days=3, seconds=-20))  # the announcement, seconds after its time
    assert len(schedule.run().fired) == 1
    deliver()
    clock.at(START - timedelta(hours=24, seconds=-40))  # the 24 h reminder, by the plan
    assert len(schedule.run().fired) == 1
    deliver()
    clock.at(START - timedelta(minutes=30))  # the kit was closed over the 1 h reminder
    missed = schedule.run().missed
    schedule.send_now(missed[0].id)  # sent 30 minutes late by the officer
    deliver()
    clock.at(END - timedelta(minutes=10))
    service.notify(
        service.get(incident.reference), "completed", {"completed_at": "now", "summary": "Done."}
    )
    deliver()
    figures = IncidentReader(conn=kit.store.conn, actor="test").figures(incident.reference)
    assert [p.verdict for p in figures.promises] == [KEPT, MISSED, KEPT]
    late = figures.promises[1]
    assert late.late_by is not None and late.late_by >= timedelta(minutes=30)


def test_a_lapsed_notify_deadline_outranks_an_old_overrun_in_the_top_bar() -> None:
    now = T0 + timedelta(days=30)
    overrun = Deadline(
        "OK-2026-0001", "window", T0, T0 - timedelta(minutes=10), opens=T0 - timedelta(hours=2)
    )
    notify = Deadline(
        "OK-2026-0002", "notify", now - timedelta(minutes=3), now - timedelta(minutes=8)
    )
    later = Deadline("OK-2026-0003", "update", now + timedelta(hours=3), now + timedelta(hours=2))
    urgent = most_urgent([overrun, later, notify], now)
    assert urgent is notify and "notify partners by" in urgent.label(now)
    # with no partner waiting, the overrun alarm comes before an update hours away
    assert most_urgent([later, overrun], now) is overrun


def test_the_calendar_says_completion_queued_until_partners_have_it(
    kit: Kit, clock: Clock, planned: tuple[IncidentService, Schedule]
) -> None:
    service, schedule = planned
    clock.at(T0)
    incident = service.create("downtime", "Core upgrade", ["subscriptions"], window=(START, END))
    schedule.make_plan(incident, PlanConfig(announce_days=None, fields=FIELDS))
    service.notify(incident, "initial", FIELDS)
    clock.at(END - timedelta(minutes=5))
    service.notify(
        service.get(incident.reference), "completed", {"completed_at": "now", "summary": "Done."}
    )
    work = planned_work(schedule, START.date(), START.date())
    assert [w.state for w in work] == ["completion queued"]
    assert {work[0].state_of(p) for p in work[0].planned if p.state == "sent"} == {"queued"}
    service.told_another_way(service.get(incident.reference), "phoned every partner")
    work = planned_work(schedule, START.date(), START.date())
    assert [w.state for w in work] == ["completed"]
    completion = next(p for p in work[0].planned if p.purpose == "completion")
    assert work[0].state_of(completion) == "delivered"


def test_a_completion_template_naming_next_update_never_dead_ends(
    kit: Kit, clock: Clock, planned: tuple[IncidentService, Schedule]
) -> None:
    service, schedule = planned
    store_unchecked_edit(
        service.catalog,
        "downtime",
        "completed",
        "en",
        "email",
        "Subject: Work done\n\nThe work is done: {{ summary }}. Next update: {{ next_update }}.\n",
    )
    clock.at(T0)
    incident = service.create("downtime", "Core upgrade", ["subscriptions"], window=(START, END))
    schedule.make_plan(incident, PlanConfig(announce_days=None, fields=FIELDS))
    service.notify(incident, "initial", FIELDS)
    clock.at(END - timedelta(minutes=5))
    fields = {"completed_at": "now", "summary": "Upgrade done"}
    current = service.get(incident.reference)
    composition = service.compose(current, "completed", fields)
    assert composition.ok, composition.problems
    english = [t for (lang, channel, _z), t in composition.texts.items() if channel == "email"]
    assert english and any("Next update:" in str(t) for t in english)
    queued = service.notify(current, "completed", fields)
    done = next(n for n in service.notices(current) if n.id == queued.notice_id)
    assert done.next_update is None  # a closing notice promises nothing
    service.told_another_way(service.get(incident.reference), "phoned every partner")
    service.close(service.get(incident.reference))
    assert not service.get(incident.reference).is_open
