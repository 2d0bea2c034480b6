"""A new user's planned work without an SMS modem: the announcement's SMS copies wait in the
outbox until their promise (the plan's next notice) passes, and are held. The officer is told
what that means and what to do; once the modem works, the held copies are re-issued — written
then, with the plan's next notice as the promise — to exactly those partners by SMS, from the
command line and from the window, and nothing is re-issued twice."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app.incidents.calendar import planned_work
from app.incidents.model import Incident
from app.incidents.plan import PlanConfig
from app.incidents.reissue import held_copies, reissue
from app.incidents.schedule import Schedule
from app.incidents.service import IncidentService
from app.kit import Kit
from app.notices.localtime import local_text, zone
from app.paths import KitPaths
from app.ui.incidents.reissue_dialog import ReissueDialog
from tests.delivery.conftest import make_delivery, set_delivery_doc
from tests.delivery.modem_sim import ModemSim
from tests.delivery.servers import delivery_toml, free_port
from tests.incidents.test_schedule import END, FIELDS, START
from tests.incidents.test_schedule_window import _open
from tests.reports import conftest as scripted_night
from tests.reports.conftest import T0, Clock
from tests.support.cli import CliRunner
from tests.support.mail_sink import MailSink

clock = scripted_night.clock


@pytest.fixture
def sim() -> Iterator[ModemSim]:
    modem = ModemSim()
    yield modem
    modem.close()


def announced_without_modem(
    kit: Kit, clock: Clock, sink: MailSink, services: tuple[str, ...] = ("subscriptions",)
) -> tuple[Schedule, Incident]:
    """The demo directory; planned work with a reminder a day before, announced at once
    and sent with no modem: the e-mails go, the SMS copies wait."""
    from app.contacts.demo import load_demo

    load_demo(kit)
    set_delivery_doc(kit, delivery_toml(("office-relay", sink.port, "none")))
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    schedule = Schedule(service=service)
    clock.at(T0)
    incident = service.create("downtime", "Router swap", list(services), window=(START, END))
    schedule.make_plan(incident, PlanConfig(announce_days=None, reminders=(24 * 60,)))
    service.notify(incident, "initial", FIELDS)
    make_delivery(kit).send()
    return schedule, incident


def held_announcement(
    kit: Kit, clock: Clock, sink: MailSink, services: tuple[str, ...] = ("subscriptions",)
) -> tuple[IncidentService, str]:
    """Planned work announced at once with no modem; a day before, the reminder fires and
    the announcement's SMS copies are held (their promise, the reminder, has come). The
    office relay is down by then too, so the reminder waits as well: nothing later than the
    announcement has reached its partners, and its held SMS copies are theirs to re-issue
    (once the reminder's e-mail reaches them, they are past it: nothing to re-issue)."""
    schedule, incident = announced_without_modem(kit, clock, sink, services)
    service = schedule.service
    clock.at(START - timedelta(hours=24) + timedelta(minutes=1))
    set_delivery_doc(kit, delivery_toml(("office-relay", free_port(), "none")))
    assert [f.planned.purpose for f in schedule.run().fired] == ["reminder"]
    report = make_delivery(kit).send()
    assert report.held > 0 and report.sent == 0
    return service, incident.reference


def emailed(kit: Kit, notice_id: int) -> int:
    """E-mail copies of a notice in the outbox."""
    row = kit.store.conn.execute(
        "SELECT count(*) FROM outbox WHERE notice_id = ? AND channel = 'email'", (notice_id,)
    ).fetchone()
    return int(row[0])


def use_modem(kit: Kit, sink: MailSink, sim: ModemSim, *, relay: int | None = None) -> None:
    """The modem set up; the office relay back (or still down at port `relay`)."""
    doc = delivery_toml(("office-relay", sink.port if relay is None else relay, "none"))
    set_delivery_doc(kit, f'{doc}\n[modem]\nport = "{sim.port}"\nbaud = 115200\n')


def test_held_sms_of_the_announcement_re_issued_once_the_modem_works(
    kit: Kit, clock: Clock, sink: MailSink, sim: ModemSim
) -> None:
    service, reference = held_announcement(kit, clock, sink)
    incident = service.get(reference)
    [held] = held_copies(service, incident)
    assert held.notice.stage == "initial"
    assert set(held.channels()) == {"sms"} and held.untold == 0  # they have the e-mail
    phones = sorted(p.phone for p in held.partners)

    use_modem(kit, sink, sim)
    queued = reissue(service, incident)
    assert queued.messages == len(phones)
    assert held_copies(service, service.get(reference)) == []  # re-issued: nothing twice
    with pytest.raises(Exception, match="no held copies"):
        reissue(service, service.get(reference))
    make_delivery(kit).send()
    impact = FIELDS["impact"]
    announcements = [s for s in sim.sent if impact in s.text]  # the reminder goes too
    assert sorted(s.number for s in announcements) == phones  # exactly the held copies
    assert emailed(kit, queued.notice_id) == 0  # by SMS only: nobody gets the e-mail twice
    texts = {s.number: s.text for s in announcements}
    for partner in held.partners:
        text = texts[partner.phone]
        # written now: the promise is the plan's next notice (the completion at the end)
        assert local_text(END, zone(partner.timezone)) in text
        assert local_text(START - timedelta(hours=24), zone(partner.timezone)) not in text
    found = service.delivery(service.get(reference))[queued.notice_id]
    assert found.delivered


def test_held_copies_said_and_re_issued_from_the_command_line(
    kit: Kit, clock: Clock, sink: MailSink, sim: ModemSim, cli: CliRunner
) -> None:
    service, reference = held_announcement(kit, clock, sink)
    [held] = held_copies(service, service.get(reference))
    shown = cli("incident", "show", reference)
    assert shown.code == 0, shown.err
    # every partner has the e-mail: said, but not as owed (no "HELD" alarm)
    assert f"held: {held.messages} SMS of notice {held.notice.id} (Announcement)" in shown.out
    assert "nothing is owed" in shown.out
    assert f"'outage-kit incident reissue {reference} --notice {held.notice.id}'" in shown.out
    listed = cli("--json", "incident", "schedule", "--from", "2026-03-10", "--to", "2026-03-20")
    [work] = listed.json()["work"]
    assert work["held_copies"] == [
        {
            "notice": held.notice.id,
            "stage": "initial",
            "copies": {"sms": held.messages},
            "partners": held.messages,
            "untold": 0,
        }
    ]

    use_modem(kit, sink, sim)
    done = cli("--json", "incident", "reissue", reference)
    assert done.code == 0, done.err
    assert done.json()["queued"] == held.messages
    again = cli("incident", "reissue", reference)
    assert again.code != 0 and "no held copies" in again.err
    assert "HELD" not in cli("incident", "show", reference).out
    assert cli("outbox", "send").code == 0
    again_id = max(n.id for n in service.notices(service.get(reference)) if n.stage == "initial")
    assert again_id != held.notice.id and emailed(kit, again_id) == 0  # SMS only: no e-mail twice
    announced = sorted(s.number for s in sim.sent if FIELDS["impact"] in s.text)
    assert announced == sorted(p.phone for p in held.partners)


def test_held_copies_said_and_re_issued_in_the_window(
    qtbot: QtBot, kit: Kit, paths: KitPaths, clock: Clock, sink: MailSink, sim: ModemSim
) -> None:
    service, reference = held_announcement(kit, clock, sink)
    [held] = held_copies(service, service.get(reference))
    _window, section = _open(qtbot, paths, kit.store)
    section.reload(select=reference)
    page = section.page
    said = page.delivery.text()
    assert f"{held.messages} SMS copies of the announcement held, NOT SENT" in said, said
    assert "Those partners have it by e-mail." in said and "plan's next notice" in said
    assert page.reissue_button.isVisibleTo(page)

    use_modem(kit, sink, sim)
    qtbot.mouseClick(page.reissue_button, Qt.MouseButton.LeftButton)
    dialog = section.dialog
    assert isinstance(dialog, ReissueDialog)
    assert f"to the {len(held.partners)} partners whose copies were held" in (
        dialog.findChild(QLabel).text()
    )
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.queued is not None and dialog.queued.messages == held.messages
    assert not page.reissue_button.isVisibleTo(page)  # said once, re-issued once

    def announced() -> list[str]:
        return sorted(s.number for s in sim.sent if FIELDS["impact"] in s.text)

    qtbot.waitUntil(lambda: len(announced()) == held.messages, timeout=20000)
    assert announced() == sorted(p.phone for p in held.partners)


def test_the_plan_follows_held_copies_to_their_re_issue_in_the_window(
    qtbot: QtBot, kit: Kit, paths: KitPaths, clock: Clock, sink: MailSink, sim: ModemSim
) -> None:
    """An SMS-only partner's copy held: the plan row says so and what to do (re-issue, as
    the Calendar says it); once re-issued it follows the re-issue until it is delivered."""
    _service, reference = held_announcement(kit, clock, sink, ("sms",))
    _window, section = _open(qtbot, paths, kit.store)
    section.reload(select=reference)
    page = section.page
    assert "6 of 7 told, 4 messages held: re-issue" in page.plan.text()

    use_modem(kit, sink, sim)
    qtbot.mouseClick(page.reissue_button, Qt.MouseButton.LeftButton)
    dialog = section.dialog
    assert isinstance(dialog, ReissueDialog)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert "held: re-issue" not in page.plan.text()
    assert "held copies re-issued: " in page.plan.text()

    def announcement() -> str:
        page.refresh_delivery()
        return next(r for r in page.plan.text().split("<tr>") if "Announcement" in r)

    # the re-issued SMS reach the partner: the announcement is delivered, said as such
    qtbot.waitUntil(lambda: "<td>delivered</td>" in announcement(), timeout=30000)


def test_re_issue_warns_when_the_modem_failed_its_last_check(
    qtbot: QtBot, kit: Kit, paths: KitPaths, clock: Clock, sink: MailSink
) -> None:
    """The modem is set up again but cannot send (no network): the Outbox's light is red,
    and the re-issue dialog says the SMS copies would only wait, and what to do instead."""
    _service, reference = held_announcement(kit, clock, sink)
    offline = ModemSim(registration="0")  # answers, but no network to send through
    try:
        # the relay still down: a send round would bring partners the reminder, and the
        # announcement's held copies with it would be past (nothing to re-issue)
        use_modem(kit, sink, offline, relay=free_port())
        window, section = _open(qtbot, paths, kit.store)
        outbox = window.section("Outbox")
        outbox.runner.probe()
        qtbot.waitUntil(
            lambda: any(p.kind == "modem" and not p.ok for p in outbox.lights.probes),
            timeout=30000,
        )
        section.reload(select=reference)
        qtbot.mouseClick(section.page.reissue_button, Qt.MouseButton.LeftButton)
        dialog = section.dialog
        assert isinstance(dialog, ReissueDialog)
        assert dialog.modem_warning.isVisibleTo(dialog)
        said = dialog.modem_warning.text()
        assert "failed its last check" in said and "Told another way" in said
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)  # the officer's choice
        assert dialog.queued is not None
    finally:
        offline.close()


def test_the_calendar_tells_queued_and_held_from_announced(
    kit: Kit, clock: Clock, sink: MailSink, sim: ModemSim
) -> None:
    """Told means delivered: a queued announcement is not 'announced'; one whose copies to
    an SMS-only partner were held says so until they are re-issued and delivered."""
    from app.contacts.demo import load_demo

    load_demo(kit)
    set_delivery_doc(kit, delivery_toml(("office-relay", sink.port, "none")))
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    schedule = Schedule(service=service)
    clock.at(T0)
    incident = service.create("downtime", "Gateway swap", ["sms"], window=(START, END))
    schedule.make_plan(incident, PlanConfig(announce_days=None, reminders=(24 * 60,)))
    service.notify(incident, "initial", FIELDS)

    def state() -> tuple[str, str]:
        [work] = planned_work(schedule, START.date(), START.date())
        return work.state, work.detail

    said, detail = state()
    assert said == "announcement queued" and detail.startswith("0 of "), detail
    make_delivery(kit).send()  # e-mail leaves; the SMS-only partner waits for a modem
    said, detail = state()
    assert said == "announcement queued" and "queued" in detail, detail
    clock.at(START - timedelta(hours=24) + timedelta(minutes=1))
    schedule.run()
    make_delivery(kit).send()
    said, detail = state()
    assert said == "announcement held" and "held" in detail, detail
    [held] = held_copies(service, service.get(incident.reference))
    assert held.untold == 1  # Norrsken SMS takes SMS only

    use_modem(kit, sink, sim)
    reissue(service, service.get(incident.reference))
    make_delivery(kit).send()
    assert state() == ("announced", "")


def test_an_outages_held_sms_copies_need_a_new_promise(
    kit: Kit, clock: Clock, sink: MailSink, sim: ModemSim
) -> None:
    """An outage has no plan: its held copies are re-issued only with a new promised time,
    which they then carry (never the lapsed one)."""
    from app.contacts.demo import load_demo

    load_demo(kit)
    set_delivery_doc(kit, delivery_toml(("office-relay", sink.port, "none")))
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    clock.at(T0 + timedelta(minutes=5))
    incident = service.create("disaster", "Billing down", ["subscriptions"], detected=T0)
    lapsed = T0 + timedelta(minutes=30)
    fields = {"impact": "No renewals.", "started": "01:00 UTC", "actions": "Restarting."}
    service.notify(incident, "initial", {**fields, "next_update": lapsed.isoformat()})
    make_delivery(kit).send()  # e-mail goes; SMS waits (no modem)
    clock.at(T0 + timedelta(minutes=31))
    assert make_delivery(kit).send().held > 0
    [held] = held_copies(service, service.get(incident.reference))
    assert set(held.channels()) == {"sms"}

    use_modem(kit, sink, sim)
    with pytest.raises(Exception, match="next_update"):
        reissue(service, service.get(incident.reference))  # no promise: nothing queued
    assert held_copies(service, service.get(incident.reference)) != []
    promise = T0 + timedelta(minutes=90)
    queued = reissue(service, service.get(incident.reference), next_update=promise.isoformat())
    assert queued.messages == held.messages
    make_delivery(kit).send()
    assert len(sim.sent) == held.messages
    for sent in sim.sent:
        partner = next(p for p in held.partners if p.phone == sent.number)
        assert local_text(promise, zone(partner.timezone)) in sent.text
        assert local_text(lapsed, zone(partner.timezone)) not in sent.text


def past_the_announcement(kit: Kit, clock: Clock, sink: MailSink, sim: ModemSim) -> str:
    """Planned work whose announcement's SMS copies were held at the reminder, whose e-mail
    reached every partner with an e-mail address; the modem then came back and the
    reminder's SMS reached the SMS-only one: every partner is past the announcement. Its
    reference."""
    schedule, incident = announced_without_modem(kit, clock, sink, ("sms",))
    clock.at(START - timedelta(hours=24) + timedelta(minutes=1))
    assert [f.planned.purpose for f in schedule.run().fired] == ["reminder"]
    assert make_delivery(kit).send().held > 0  # the announcement's SMS: held
    use_modem(kit, sink, sim)
    make_delivery(kit).send()  # the reminder's SMS reach the partners (the held copies stay)
    assert sim.sent and all(FIELDS["impact"] not in s.text for s in sim.sent)
    return incident.reference


def test_held_copies_a_later_notice_reached_are_not_offered_for_re_issue(
    qtbot: QtBot,
    kit: Kit,
    paths: KitPaths,
    clock: Clock,
    sink: MailSink,
    cli: CliRunner,
    sim: ModemSim,
) -> None:
    """The announcement's SMS copies are held at the reminder, whose e-mail reaches every
    partner with an e-mail address; the modem then comes back and the reminder's SMS reaches
    the SMS-only one. Every partner is past the announcement: re-issuing it would text them
    an outdated notice at 3 a.m. Neither the command line, the incident page nor the top
    bar offers it."""
    reference = past_the_announcement(kit, clock, sink, sim)
    refused = cli("incident", "reissue", reference)
    assert refused.code != 0
    assert "a later notice" in refused.err and "nothing to re-issue" in refused.err, refused.err
    assert "re-issue it" not in cli("incident", "list").out
    assert not any(FIELDS["impact"] in s.text for s in sim.sent)  # nothing queued

    _window, section = _open(qtbot, paths, kit.store)
    section.reload(select=reference)
    section.tick()
    page = section.page
    assert not page.reissue_button.isVisibleTo(page)
    plan = page.plan.text()
    assert "held: re-issue" not in plan and "the others had a later notice (1 older" in plan
    assert "re-issue" not in page.timer.text(), page.timer.text()
    assert "re-issue" not in section.urgent.text(), section.urgent.text()
