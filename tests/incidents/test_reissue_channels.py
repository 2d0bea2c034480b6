"""A re-issue never changes the channels of later notices. A new user's planned work: partners
with e-mail and SMS, and partners with e-mail only; no modem, so the announcement's SMS copies
are held; the officer brings the modem back and re-issues them (by SMS only). Every later
notice — work started, the window extended, the completion — still goes to every partner on
every channel they have: e-mail to every e-mail partner, from the command line (a real second
process) and from the window's Completion dialog. The re-issue is refused while no modem is
set up, and the timer, the incident page and `incident reissue` agree about it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from email import message_from_bytes, policy
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.incidents.plan import PlanConfig
from app.incidents.reissue import held_copies, reissue
from app.incidents.schedule import Schedule
from app.incidents.service import IncidentService
from app.kit import Kit
from app.paths import KitPaths
from app.timefmt import now as real_now
from app.ui.incidents.notice_dialog import FollowUpDialog
from tests.delivery.conftest import make_delivery, set_delivery_doc
from tests.delivery.modem_sim import ModemSim
from tests.delivery.servers import delivery_toml, free_port
from tests.incidents.test_schedule import FIELDS
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


def no_modem(kit: Kit, sink: MailSink) -> None:
    set_delivery_doc(kit, delivery_toml(("office-relay", sink.port, "none")))


def relay_down(kit: Kit) -> None:
    """Nothing answers at the office relay's port: e-mails wait, queued."""
    set_delivery_doc(kit, delivery_toml(("office-relay", free_port(), "none")))


def with_modem(kit: Kit, sink: MailSink, sim: ModemSim) -> None:
    doc = delivery_toml(("office-relay", sink.port, "none"))
    set_delivery_doc(kit, f'{doc}\n[modem]\nport = "{sim.port}"\nbaud = 115200\n')


def reissued_work(
    kit: Kit, clock: Clock, sink: MailSink, sim: ModemSim, start_in: timedelta
) -> tuple[IncidentService, str, set[str]]:
    """Planned work starting `start_in` after T0, announced at once with no modem; at the
    1 h reminder the announcement's SMS copies are held; refused while there is no modem,
    re-issued once there is one, then the modem is gone again (as on the tester's desk).
    Returns the e-mail addresses of the partners who have e-mail."""
    from app.contacts.demo import load_demo

    load_demo(kit)
    no_modem(kit, sink)
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    schedule = Schedule(service=service)
    clock.at(T0)
    start = T0 + start_in
    incident = service.create(
        "downtime", "Router swap", ["subscriptions"], window=(start, start + timedelta(hours=2))
    )
    schedule.make_plan(incident, PlanConfig(announce_days=None, reminders=(60,), start_notice=True))
    service.notify(incident, "initial", FIELDS)
    make_delivery(kit).send()
    clock.at(start - timedelta(minutes=59))
    relay_down(kit)  # the reminder waits too: nothing later than the announcement reached them
    assert [f.planned.purpose for f in schedule.run().fired] == ["reminder"]
    assert make_delivery(kit).send().held > 0
    reference = incident.reference
    emails = {r.email for r in service.audience(incident) if "email" in r.channels}
    phones = {r.phone for r in service.audience(incident) if "sms" in r.channels}
    assert emails and phones and len(emails) > len(phones)  # both kinds of partner

    # no modem: refused, with what to do — not queued to be held again
    with pytest.raises(Exception, match="paths probe") as refused:
        reissue(service, service.get(reference))
    assert "No SMS modem is set up" in str(refused.value)
    assert held_copies(service, service.get(reference)) != []

    with_modem(kit, sink, sim)
    queued = reissue(service, service.get(reference))
    assert {r.channels for r in queued.composition.recipients} == {("sms",)}
    make_delivery(kit).send()
    no_modem(kit, sink)
    # every partner keeps every channel for what follows
    after = service.audience(service.get(reference))
    assert {r.email for r in after if "email" in r.channels} == emails
    return service, reference, emails


def outbox_emails(kit: Kit, notice_id: int) -> set[str]:
    return {
        str(r[0])
        for r in kit.store.conn.execute(
            "SELECT recipient FROM outbox WHERE notice_id = ? AND channel = 'email'",
            (notice_id,),
        )
    }


def received_by(sink: MailSink, already: int, marker: str) -> set[str]:
    """The addressees of the e-mails the relay received since `already` whose subject
    carries `marker`."""
    found: set[str] = set()
    for raw in sink.messages()[already:]:
        mail = message_from_bytes(raw, policy=policy.default)
        if marker in str(mail["Subject"]):
            found |= {a.addr_spec for a in mail["To"].addresses}
    return found


def test_after_a_re_issue_the_timer_and_page_agree_with_reissue(
    kit: Kit, clock: Clock, sink: MailSink, sim: ModemSim, cli: CliRunner
) -> None:
    service, reference, _emails = reissued_work(kit, clock, sink, sim, timedelta(days=5))
    again = cli("incident", "reissue", reference)
    assert again.code != 0 and "no held copies" in again.err
    for shown in (cli("incident", "show", reference).out, cli("incident", "list").out):
        assert "re-issue it" not in shown, shown
    incident = service.get(reference)
    delivery = service.delivery(incident)
    [first, *_rest, last] = [n for n in service.notices(incident) if n.stage == "initial"]
    # told on any channel is told: the e-mail of the first, the SMS of the re-issue
    assert delivery[first.id].told == delivery[first.id].recipients
    assert delivery[last.id].reissue_of == first.id and delivery[last.id].delivered


def test_later_notices_reach_every_email_partner_from_the_command_line(
    kit: Kit, clock: Clock, sink: MailSink, sim: ModemSim, cli: CliRunner, tmp_path: Path
) -> None:
    """The window lies in the past of the real clock the second process reads: its work
    window overran (extended), its work started was missed (sent now), then completed."""
    service, reference, emails = reissued_work(kit, clock, sink, sim, timedelta(days=1))
    missed = cli.subprocess("--json", "incident", "schedule", "--missed")
    assert missed.code == 0, missed.err
    [started] = [p["id"] for p in missed.json() if p["purpose"] == "started"]
    new_end = (real_now() + timedelta(hours=2)).isoformat()
    for args in (
        ("incident", "extend", reference, "--end", new_end),  # (it overran: the window first)
        ("incident", "schedule", "--send", str(started)),
    ):
        done = cli.subprocess(*args)
        assert done.code == 0, done.err
    fields = tmp_path / "done.json"
    fields.write_text(json.dumps({"completed_at": "now", "summary": "Router swapped."}), "utf-8")
    done = cli.subprocess(
        "incident", "notify", reference, "--stage", "completed", "--fields", str(fields)
    )
    assert done.code == 0, done.err
    notices = service.notices(service.get(reference))
    reissued = max(n.id for n in notices if n.stage == "initial")
    later = [n for n in notices if n.id > reissued]
    assert len(later) == 3 and later[-1].stage == "completed", [n.stage for n in later]
    for notice in later:
        assert outbox_emails(kit, notice.id) == emails, notice.stage
    seen = len(sink.messages())
    sent = cli.subprocess("outbox", "send")
    assert "no SMS path" in sent.out, sent.out  # the SMS copies wait for a modem
    assert received_by(sink, seen, reference) == emails  # real mail, every e-mail partner


def test_the_completion_dialog_reaches_every_email_partner(
    qtbot: QtBot, kit: Kit, paths: KitPaths, clock: Clock, sink: MailSink, sim: ModemSim
) -> None:
    _service, reference, emails = reissued_work(kit, clock, sink, sim, timedelta(days=1))
    clock.at(T0 + timedelta(days=1, hours=2, minutes=5))  # the window has ended
    _window, section = _open(qtbot, paths, kit.store)
    section.reload(select=reference)
    page = section.page
    assert "re-issue it" not in page.timer.text()
    qtbot.mouseClick(page.complete_button, Qt.MouseButton.LeftButton)
    dialog = section.dialog
    assert isinstance(dialog, FollowUpDialog)
    tabs = dialog.preview.tabs
    names = [tabs.tabText(i) for i in range(tabs.count())]
    assert any("e-mail" in name for name in names if name.startswith("English")), names
    assert any(name.startswith("Portuguese (Brazil) e-mail") for name in names), names
    qtbot.keyClicks(dialog.form.editors["summary"], "Router swapped.")
    dialog.refresh()
    qtbot.mouseClick(dialog.queue, Qt.MouseButton.LeftButton)
    assert dialog.queued is not None, dialog.error.text()
    assert outbox_emails(kit, dialog.queued.notice_id) == emails


def test_the_page_counts_partners_told_on_any_channel_and_offers_sms_ways(
    qtbot: QtBot, kit: Kit, paths: KitPaths, clock: Clock, sink: MailSink, sim: ModemSim
) -> None:
    """Re-issued copies queued while the modem is gone again: the page counts the partners
    who had the e-mail as told, and offers what carries SMS — not webmail or .eml."""
    from app.contacts.demo import load_demo

    load_demo(kit)
    no_modem(kit, sink)
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    schedule = Schedule(service=service)
    clock.at(T0)
    start = T0 + timedelta(days=5)
    incident = service.create(
        "downtime", "Gateway swap", ["sms"], window=(start, start + timedelta(hours=2))
    )
    schedule.make_plan(incident, PlanConfig(announce_days=None, reminders=(60,)))
    service.notify(incident, "initial", FIELDS)
    make_delivery(kit).send()
    clock.at(start - timedelta(minutes=59))
    relay_down(kit)  # the reminder waits too: nothing later than the announcement reached them
    schedule.run()
    make_delivery(kit).send()
    [held] = held_copies(service, service.get(incident.reference))
    assert held.untold == 1  # the SMS-only partner has nothing yet
    with_modem(kit, sink, sim)
    queued = reissue(service, service.get(incident.reference))
    no_modem(kit, sink)  # gone again before it was sent

    _window, section = _open(qtbot, paths, kit.store)
    section.reload(select=incident.reference)
    page = section.page
    found = service.delivery(service.get(incident.reference))[queued.notice_id]
    assert found.told == found.recipients - 1  # they have the e-mail: told
    said = page.delivery.text()
    assert "no partner has it" not in said, said
    assert (
        f"Re-issued copies of the announcement not delivered yet: {found.told} of "
        f"{found.recipients} partners told" in said
    ), said
    assert "re-issued, 1 partner not told yet" in page.timer.text(), page.timer.text()
    # the untold partner's SMS copy is blamed on the missing modem (no send needed to know
    # it); the others' SMS owe nothing: they have the e-mail
    assert "No delivery path took 1 SMS copy: no SMS path (no modem" in said, said
    assert "3 more copies wait for partners who have it already by another path" in said
    assert "Use another way below: webmail" not in said, said
    assert "webmail and .eml cannot carry them" in said, said
    assert "another phone" in said and "Probe now" in said and "outage-kit" not in said, said
    assert not page.webmail_button.isVisibleTo(page) and not page.eml_button.isVisibleTo(page)
    assert page.told_button.isVisibleTo(page)
