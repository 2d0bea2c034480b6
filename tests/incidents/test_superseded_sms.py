"""Planned work announced while no modem works: the announcement's SMS copies wait in the
outbox. The work moves; the move's update reaches partners by e-mail. Those waiting SMS say
the old window: once a later notice reached their partners they are held as superseded (the
outbox and the incident page say so), and when the modem comes back only the move's SMS go
out — never the old window after the new one (a tester's finding)."""

from __future__ import annotations

from datetime import timedelta

from pytestqt.qtbot import QtBot

from app.delivery.outbox import Outbox
from app.incidents.window_change import WindowChanges
from app.kit import Kit
from app.paths import KitPaths
from tests.delivery.modem_sim import ModemSim
from tests.incidents.test_plan_reissue import announced_without_modem, sim, use_modem
from tests.incidents.test_schedule import END, START
from tests.incidents.test_schedule_window import _open
from tests.reports import conftest as scripted_night
from tests.reports.conftest import Clock
from tests.support.cli import CliRunner
from tests.support.mail_sink import MailSink

clock = scripted_night.clock
__all__ = ["clock", "sim"]  # fixtures


def test_after_a_move_the_announcement_sms_waiting_for_the_modem_never_goes_out(
    qtbot: QtBot,
    kit: Kit,
    paths: KitPaths,
    clock: Clock,
    sink: MailSink,
    sim: ModemSim,
    cli: CliRunner,
) -> None:
    schedule, incident = announced_without_modem(kit, clock, sink)
    service = schedule.service
    outbox = Outbox(conn=kit.store.conn, audit=kit.audit)
    announced = [m for m in outbox.messages(state="queued") if m.channel == "sms"]
    assert announced

    later = START + timedelta(days=1)
    moved = WindowChanges(schedule).move(
        service.get(incident.reference), later, later + (END - START), "The vendor is late."
    )
    assert moved is not None
    sent = cli("outbox", "send")  # the move's e-mails reach every partner
    said = " ".join(sent.out.split())
    assert f"{len(announced)} older copies not sent: a later notice already reached" in said
    for message in outbox.get_many([m.id for m in announced]):
        assert message.state == "held", message
        assert "a later notice of" in message.last_reply, message.last_reply
    listed = cli("outbox", "list", "--state", "held").out
    assert "this older copy is not sent" in listed, listed
    shown = cli("incident", "show", incident.reference).out
    assert f"superseded: {len(announced)}" in shown, shown
    assert "HELD" not in shown and "reissue" not in shown  # nothing to re-issue
    moves = [m for m in outbox.messages(state="queued") if m.channel == "sms"]
    assert moves and {m.notice_id for m in moves} == {moved.notice_id}

    # the modem comes back: only the move's SMS leave, never the old window
    use_modem(kit, sink, sim)
    assert cli("outbox", "send").code == 0
    qtbot.waitUntil(lambda: len(sim.sent) >= len(moves), timeout=30000)
    old = {m.body for m in announced}
    assert not [s for s in sim.sent if s.text in old]
    assert sorted(s.number.replace(" ", "") for s in sim.sent) == sorted(
        m.recipient.replace(" ", "") for m in moves
    )

    # the incident page: counted as superseded, no re-issue asked for, nothing waiting
    _window, section = _open(qtbot, paths, kit.store)
    section.reload(select=incident.reference)
    page = section.page
    assert not page.reissue_button.isVisibleTo(page) and not page.delivery.isVisibleTo(page)
    first = page.timeline.topLevelItem(0)
    assert f"{len(announced)} superseded" in first.text(3), first.text(3)
