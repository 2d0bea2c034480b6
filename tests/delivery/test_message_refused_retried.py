"""A relay with a fault of its own refused every copy once it had the whole message ("554
5.3.0 Local error", a walk's relay answered "500 Error: (FileNotFoundError) …"): the copies
were held as refused for good like an unknown address — Retry off, `outbox retry` refused
with "Ask IT to fix the address in the contact bundle" — so once the relay was mended nothing
could send that notice to those partners again. Such a copy is the officer's to retry: the
Retry button is on, clicked it queues the copy, and the mended relay takes it. An unknown
address (550 at RCPT) stays refused for good (tests/delivery/test_refused_not_retried.py).
A real SMTP server in its own process."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.delivery.outbox import Outbox
from app.kit import Kit
from app.ui.outbox.section import OutboxSection
from tests.delivery.conftest import make_delivery, queue, set_delivery_doc
from tests.delivery.servers import delivery_toml, relay_process
from tests.delivery.test_outbox_banner_follows import sections  # noqa: F401 (the fixture)
from tests.delivery.test_refused_not_retried import outbox_selecting
from tests.support.cli import CliRunner


def test_a_message_the_relay_could_not_take_is_retried_once_it_is_mended(
    qtbot: QtBot,
    kit: Kit,
    tmp_path: Path,
    cli: CliRunner,
    sections: list[OutboxSection],  # noqa: F811
) -> None:
    outbox = Outbox(conn=kit.store.conn, audit=kit.audit)
    broken = tmp_path / "relay-is-broken"
    broken.touch()
    with relay_process(tmp_path / "relay", refuse_while=broken) as relay:
        set_delivery_doc(kit, delivery_toml(("relay", relay.port, "none")))
        [first, second] = queue(kit, ["noc@alpha.example.com", "ops@beta.example.net"])
        make_delivery(kit).send()
        for copy in (first, second):
            got = outbox.get(copy.id)
            assert got.state == "failed", got
            assert got.last_reply.startswith("message refused: 554"), got.last_reply
        broken.unlink()  # the relay's owner mends it

        # the command line queues one again
        again = cli("outbox", "retry", str(first.id))
        assert again.code == 0, again.err
        assert outbox.get(first.id).state == "queued"

        # the window: the other one selected, Retry is on and clicked
        section = outbox_selecting(
            qtbot, kit, sections, second.id, lambda: outbox.get(first.id).state == "sent"
        )
        assert section.retry_button.isEnabled(), section.retry_button.toolTip()
        assert "for good" not in section.details.toPlainText()
        assert outbox.get(second.id).state == "failed"  # nothing sends it but the officer
        qtbot.mouseClick(section.retry_button, Qt.MouseButton.LeftButton)
        # queued again, the window sends it by itself over the path that works (a send of
        # the test's own here raced the window's and met "another window is sending")
        qtbot.waitUntil(lambda: outbox.get(second.id).state == "sent", timeout=20000)
        qtbot.waitUntil(lambda: section.runner.sending is None, timeout=10000)
        assert len(relay.received()) == 2
