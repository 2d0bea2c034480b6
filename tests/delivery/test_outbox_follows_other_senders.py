"""The Outbox follows what another process did with the same store while the window is open
(a walk's "stale counts / red good news"). The command line (`outbox retry`, `outbox send`,
each a process of its own) tried the copies the office relay had refused: the line kept
saying 'it now holds 2 queued' after they had gone out — it said the first change after a
send and never the next — and a send that failed them again was said in the calm colour of
news; the relay's light stayed red ('DOWN — it refused every recipient') after it had
delivered, and stayed green while it refused the command line's copies. Now the line
follows every change, in red when the change brought a failure, and the light follows the
attempts of whoever sent. Retry in the window is said as the officer's retry ('Messages
queued again: 1 sent'), not as 'Newly queued messages'. A real relay in a process of its
own, refusing (550 5.7.1 Relaying denied), then mended on the same port."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.kit import Kit
from app.paths import KitPaths
from app.store.store import Store
from app.ui.outbox.lights import GREEN, RED
from app.ui.outbox.section import OutboxSection
from tests.delivery.conftest import queue, set_delivery_doc
from tests.delivery.servers import delivery_toml, relay_process
from tests.support.cli import CliRunner
from tests.support.unlocked import close_kit, unlocked_section

PARTNERS = ["noc@alpha.example.com", "ops@beta.example.net", "duty@gamma.example.org"]
RELAYING_DENIED = "550 5.7.1 Relaying denied"
ALARM = "b00020"


def _light(section: OutboxSection) -> str:
    return dict(section.lights._lights)["office-relay"]


def _click_row(qtbot: QtBot, section: OutboxSection, message: int) -> None:
    """The officer clicks the row of `message` in the table."""
    table = section.table
    row = next(r for r in range(section.model.rowCount()) if section.model.row_at(r).id == message)
    table.scrollTo(section.model.index(row, 0))
    where = table.visualRect(section.model.index(row, 1)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)


def test_the_outbox_follows_the_command_line_and_says_its_failures_in_red(
    qtbot: QtBot, store: Store, paths: KitPaths, tmp_path: Path, cli: CliRunner
) -> None:
    kit = Kit.open(store)
    refusing = relay_process(tmp_path / "office", refuse_all=RELAYING_DENIED)
    with refusing as office:
        port = office.port
        set_delivery_doc(kit, delivery_toml(("office-relay", port, "none")))
        kit.close()
        window, section = unlocked_section(qtbot, paths, OutboxSection)
        qtbot.waitUntil(lambda: bool(section.runner.last_probes), timeout=15000)
        assert window.kit is not None
        first, second, third = queue(window.kit, PARTNERS)
        # the window sends what was just queued: all refused, said in red, the light red
        qtbot.waitUntil(lambda: "3 failed" in section.message.text(), timeout=20000)
        assert ALARM in section.message.styleSheet()
        qtbot.waitUntil(lambda: _light(section) == RED, timeout=15000)

        # the command line tries one again while the relay still refuses it
        assert cli.subprocess("outbox", "retry", str(first.id)).code == 0
        qtbot.waitUntil(lambda: "1 queued" in section.counts_label.text(), timeout=12000)
        said = section.message.text()
        assert said == "The outbox changed since the last send; it now holds 1 queued · 2 failed."
        assert ALARM not in section.message.styleSheet()  # nothing failed anew
        failed_again = cli.subprocess("outbox", "send")
        assert "0 sent, 1 failed" in failed_again.out, failed_again.out + failed_again.err
        qtbot.waitUntil(lambda: section.counts_label.text() == "3 failed", timeout=12000)
        said = section.message.text()
        assert said == "The outbox changed since the last send; it now holds 3 failed.", said
        assert ALARM in section.message.styleSheet()  # a failure: not calm news
        assert _light(section) == RED

    with relay_process(tmp_path / "mended", port=port) as mended:  # IT lets the desk relay
        assert cli.subprocess("outbox", "retry", str(first.id)).code == 0
        sent = cli.subprocess("outbox", "send")
        assert "1 sent (office-relay: 1)" in sent.out, sent.out + sent.err
        qtbot.waitUntil(lambda: "1 sent" in section.counts_label.text(), timeout=12000)
        said = section.message.text()
        assert said == "The outbox changed since the last send; it now holds 1 sent · 2 failed."
        assert ALARM not in section.message.styleSheet()  # good news, in calm colours
        # the relay delivered: its light is no longer red, its tooltip no longer 'DOWN'
        qtbot.waitUntil(lambda: _light(section) == GREEN, timeout=15000)
        assert "DOWN" not in section.lights.toolTip(), section.lights.toolTip()

        # the officer retries another in the window: said as their retry, in calm colours
        _click_row(qtbot, section, second.id)
        assert section.retry_button.isEnabled(), section.retry_button.toolTip()
        qtbot.mouseClick(section.retry_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "2 sent" in section.counts_label.text(), timeout=20000)
        qtbot.waitUntil(lambda: section.runner.sending is None, timeout=10000)
        said = section.message.text()
        assert said == "Messages queued again: 1 sent (office-relay: 1).", said
        assert ALARM not in section.message.styleSheet()
        assert len(mended.received()) == 2
        qtbot.waitUntil(lambda: section.runner.probing is None, timeout=15000)  # the look after
        assert _light(section) == GREEN

    # the relay's rule comes back; the command line meets it: the window's light turns red
    with relay_process(tmp_path / "again", port=port, refuse_all=RELAYING_DENIED):
        assert cli.subprocess("outbox", "retry", str(third.id)).code == 0
        refused = cli.subprocess("outbox", "send")
        assert "0 sent, 1 failed" in refused.out, refused.out + refused.err
        qtbot.waitUntil(lambda: _light(section) == RED, timeout=15000)
        tip = section.lights.toolTip()
        assert (
            f"office-relay (SMTP server): DOWN — it refused every recipient ({RELAYING_DENIED})"
            in tip
        ), tip
        close_kit(window)
