"""The window's automatic retry with SMS queued and no modem that works: it backs off, it
writes one audit entry for the wait (not one per look), and e-mail still goes at once."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from app.delivery.outbox import Outbox
from app.kit import Kit
from app.ui.outbox import section as section_module
from app.ui.outbox.section import OutboxSection
from tests.delivery.conftest import queue, set_delivery_doc
from tests.delivery.servers import delivery_toml, free_port
from tests.support.mail_sink import MailSink


@pytest.fixture
def sink(tmp_path: Path) -> Iterator[MailSink]:
    server = MailSink(free_port(), tmp_path / "received")
    yield server
    server.stop()


def actions(kit: Kit, action: str) -> list[dict[str, object]]:
    return [e.details for e in kit.audit.entries(action_prefix=action) if e.action == action]


def test_sms_without_a_modem_backs_off_quietly_while_email_goes_at_once(
    qtbot: QtBot, kit: Kit, sink: MailSink, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the queue is looked at every 0.2 s instead of 5 s: a loop would show in the audit
    monkeypatch.setattr(section_module, "REFRESH_MS", 200)
    set_delivery_doc(
        kit,
        delivery_toml(("office", sink.port, "none"))
        + '\n[modem]\nport = "/dev/ttyUSB-not-there"\n',
    )
    sms = queue(kit, ["+46700000001", "+46700000002"], channel="sms", body="Gateway down.")
    section = OutboxSection(kit)
    qtbot.addWidget(section)
    runner = section.runner
    try:
        qtbot.waitUntil(lambda: runner.probing is None and bool(section.lights.probes))
        delays = [runner.timer.interval()]
        # a simulated quarter of an hour: each retry comes now instead of after its pause,
        # and the window runs its event loop (with the queue looked at) in between
        for _ in range(7):
            qtbot.wait(500)
            assert runner.sending is None
            with qtbot.waitSignal(runner.probed, timeout=15_000):
                runner.timer.start(0)
            assert runner.probing is None and runner.timer.isActive()
            delays.append(runner.timer.interval())
        assert delays == [s * 1000 for s in (30, 60, 120, 240, 480, 600, 600, 600)]
        # nothing could be tried: no send round in the audit, one entry saying why
        assert not actions(kit, "outbox.send_started")
        [waiting] = actions(kit, "outbox.path_unavailable")
        assert waiting["channel"] == "sms" and waiting["count"] == 2
        assert waiting["paths"] == ["modem"]
        outbox = Outbox(conn=kit.store.conn, audit=kit.audit)
        assert {outbox.get(m.id).state for m in sms} == {"queued"}

        # an e-mail queued meanwhile (as Incidents does) is not held by the SMS back-off
        [mail] = queue(kit, ["alpha@example.com"])
        qtbot.waitUntil(lambda: len(sink.messages()) == 1, timeout=15_000)
        qtbot.waitUntil(lambda: outbox.get(mail.id).state == "sent", timeout=10_000)
        qtbot.waitUntil(lambda: runner.sending is None and runner.probing is None)
        assert b"alpha@example.com" in sink.messages()[0]
        assert runner.timer.interval() == 600_000  # the SMS keep their pause
        rounds = actions(kit, "outbox.send_started")
        assert [r["channel"] for r in rounds] == ["email"]
        assert len(actions(kit, "outbox.path_unavailable")) == 1
        assert {outbox.get(m.id).state for m in sms} == {"queued"}
        # the round left the SMS out, and says they wait and why
        assert "1 sent (office: 1), 2 still queued" in section.message.text()
        assert "modem" in section.message.text()
    finally:
        section.shutdown()
        QThreadPool.globalInstance().waitForDone()


def test_email_comes_back_on_its_own_pause_whatever_the_sms_waited(
    qtbot: QtBot, kit: Kit, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SMS without a modem have waited long (their pause at 8 minutes); then the relay goes
    down and e-mail waits too. Its first retry comes after e-mail's own first pause (30 s),
    not the SMS's 10 minutes: the officer's relay is back within a minute, the notices too."""
    monkeypatch.setattr(section_module, "REFRESH_MS", 200)
    port = free_port()
    set_delivery_doc(
        kit,
        delivery_toml(("office", port, "none")) + '\n[modem]\nport = "/dev/ttyUSB-not-there"\n',
    )
    queue(kit, ["+46700000001"], channel="sms", body="Gateway down.")
    section = OutboxSection(kit)
    qtbot.addWidget(section)
    runner = section.runner
    sink: MailSink | None = None
    try:
        qtbot.waitUntil(lambda: runner.probing is None and bool(section.lights.probes))
        for _ in range(4):  # the SMS pause grows: 30, 60, 120, 240 → next 480 s
            with qtbot.waitSignal(runner.probed, timeout=15_000):
                runner.timer.start(0)
        assert runner.timer.interval() == 480_000
        [mail] = queue(kit, ["alpha@example.com"])  # the relay is down (nothing listens)
        with qtbot.waitSignal(runner.probed, timeout=15_000):
            runner.timer.start(0)
        outbox = Outbox(conn=kit.store.conn, audit=kit.audit)
        assert outbox.get(mail.id).state == "queued"
        assert runner.timer.interval() == 30_000  # e-mail's own first pause
        sink = MailSink(port, tmp_path / "received")  # the relay is back
        with qtbot.waitSignal(runner.probed, timeout=15_000):
            runner.timer.start(0)  # … and those 30 s have passed
        qtbot.waitUntil(lambda: outbox.get(mail.id).state == "sent", timeout=15_000)
        assert len(sink.messages()) == 1
    finally:
        section.shutdown()
        QThreadPool.globalInstance().waitForDone()
        if sink is not None:
            sink.stop()
