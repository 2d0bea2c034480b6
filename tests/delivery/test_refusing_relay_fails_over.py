"""A relay that answers, greets and then refuses every recipient (it no longer relays for this
desk: "550 5.7.1 Relaying denied", or "451" for everyone while its queue is full) is not a
path that works: the copies go on to the next relay, which delivers them, and the first
relay is named among the paths down with its reply, its light not green. Before, every copy
stayed on the first relay — failed "for good" with "ask IT to fix the address" (550) or
queued for a retry of the same relay (451) — while the backup relay sat idle and the light
stayed green. An address one relay refuses and the next takes is sent; refused by both, it
is refused for good with the last reply. Real SMTP servers, each in a process of its own."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.delivery.outbox import Outbox
from app.kit import Kit
from app.ui.outbox.lights import GREEN, RED
from app.ui.outbox.section import OutboxSection
from tests.delivery.conftest import queue, set_delivery_doc
from tests.delivery.servers import delivery_toml, relay_process
from tests.delivery.test_outbox_banner_follows import sections  # noqa: F401 (the fixture)
from tests.delivery.test_refused_not_retried import outbox_selecting
from tests.support.cli import CliRunner

PARTNERS = ["noc@alpha.example.com", "ops@beta.example.net", "duty@gamma.example.org"]


@pytest.mark.parametrize("refusal", ["550 5.7.1 Relaying denied", "451 4.3.2 Try again later"])
def test_the_command_line_sends_over_the_backup_when_the_first_relay_refuses_everyone(
    kit: Kit, tmp_path: Path, cli: CliRunner, refusal: str
) -> None:
    outbox = Outbox(conn=kit.store.conn, audit=kit.audit)
    with (
        relay_process(tmp_path / "office", refuse_all=refusal) as office,
        relay_process(tmp_path / "backup", unknown=["gone@delta.example.com"]) as backup,
    ):
        set_delivery_doc(
            kit,
            delivery_toml(("office-relay", office.port, "none"), ("backup", backup.port, "none")),
        )
        copies = queue(kit, [*PARTNERS, "gone@delta.example.com"])
        result = cli("outbox", "send")
        assert result.code == 1, result.err  # one copy failed: the officer looks
        said = result.out
        assert "3 sent (backup: 3)" in said, said
        assert "1 failed" in said, said
        assert f"office-relay — it refused every recipient ({refusal})" in said, said
        assert office.received() == []
        assert sorted(m["To"] for m in backup.received()) == sorted(PARTNERS)
        states = {c.recipient: outbox.get(c.id).state for c in copies}
        assert states == {**dict.fromkeys(PARTNERS, "sent"), "gone@delta.example.com": "failed"}
        # refused by both: the last relay's own reply is the copy's
        gone = outbox.get(copies[-1].id)
        assert gone.last_reply == "recipient refused: 550 5.1.1 No such user here", gone
        # the first relay's refusal is kept among the attempts, beside the backup's 250
        listed = cli("--json", "outbox", "list").json()["messages"]
        attempts = next(m for m in listed if m["id"] == copies[0].id)["attempt_log"]
        assert [(a["path"], a["outcome"]) for a in attempts] == [
            ("office-relay", "queued"),
            ("backup", "sent"),
        ], attempts
        assert attempts[0]["reply"] == f"recipient refused: {refusal}"


def test_the_window_sends_over_the_backup_and_the_refusing_relay_is_not_green(
    qtbot: QtBot,
    kit: Kit,
    tmp_path: Path,
    sections: list[OutboxSection],  # noqa: F811
) -> None:
    outbox = Outbox(conn=kit.store.conn, audit=kit.audit)
    with (
        relay_process(tmp_path / "office", refuse_all="550 5.7.1 Relaying denied") as office,
        relay_process(tmp_path / "backup") as backup,
    ):
        set_delivery_doc(
            kit,
            delivery_toml(("office-relay", office.port, "none"), ("backup", backup.port, "none")),
        )
        section = OutboxSection(kit)
        sections.append(section)
        qtbot.addWidget(section)
        section.resize(1024, 600)
        section.show()
        qtbot.waitUntil(lambda: bool(section.runner.last_probes), timeout=15000)
        assert dict(section.lights._lights)["office-relay"] == GREEN  # it answers, greets
        copies = queue(kit, PARTNERS)
        # the section's regular look sends what was just queued, by itself
        qtbot.waitUntil(lambda: "3 sent" in section.message.text(), timeout=20000)
        said = section.message.text()
        assert "(backup: 3)" in said and "office-relay — it refused every recipient" in said
        assert "b00020" not in section.message.styleSheet()  # all went out: not an alarm
        assert {outbox.get(c.id).state for c in copies} == {"sent"}
        assert len(backup.received()) == 3 and office.received() == []
        # the look after the send: the relay still greets, and its light says it refused
        qtbot.waitUntil(
            lambda: (
                section.runner.probing is None
                and dict(section.lights._lights).get("office-relay") == RED
            ),
            timeout=15000,
        )
        assert dict(section.lights._lights)["backup"] == GREEN
        assert "office-relay (SMTP server): DOWN — it refused every recipient" in (
            section.lights.toolTip()
        )
        # the model's Path column names the relay that delivered
        paths = {section.model.row_at(r).path for r in range(section.model.rowCount())}
        assert paths == {"backup"}, paths


def test_copies_a_lone_relay_refused_by_its_own_rule_are_retried_once_it_is_mended(
    qtbot: QtBot,
    kit: Kit,
    tmp_path: Path,
    cli: CliRunner,
    sections: list[OutboxSection],  # noqa: F811
) -> None:
    """With no other relay, "550 5.7.1 Relaying denied" fails the copies; it is the relay's
    rule about this desk, not the partners' addresses, so they were held as refused for good
    ('ask IT to fix the address', Retry off, 'outbox retry' refused) and nothing could send
    them once IT let the desk relay again. Retry is the officer's, in the window and the
    command line; an unknown address (5.1.1) stays refused for good."""
    outbox = Outbox(conn=kit.store.conn, audit=kit.audit)
    with relay_process(tmp_path / "office", refuse_all="550 5.7.1 Relaying denied") as office:
        set_delivery_doc(kit, delivery_toml(("office-relay", office.port, "none")))
        first, second = queue(kit, PARTNERS[:2])
        result = cli("outbox", "send")
        assert "0 sent, 2 failed" in result.out, result.out
        assert "office-relay — it refused every recipient (550 5.7.1 Relaying denied)" in (
            result.out
        )
        assert {outbox.get(c.id).state for c in (first, second)} == {"failed"}
        again = cli("outbox", "retry", str(first.id))
        assert again.code == 0, again.out + again.err
        assert outbox.get(first.id).state == "queued"
    with relay_process(tmp_path / "mended") as mended:  # IT lets the desk relay again
        set_delivery_doc(kit, delivery_toml(("office-relay", mended.port, "none")))
        section = outbox_selecting(
            qtbot, kit, sections, second.id, lambda: outbox.get(first.id).state == "sent"
        )
        assert section.retry_button.isEnabled(), section.retry_button.toolTip()
        assert "fix the address" not in section.details.toPlainText()
        qtbot.mouseClick(section.retry_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: outbox.get(second.id).state == "sent", timeout=20000)
        qtbot.waitUntil(lambda: section.runner.sending is None, timeout=10000)
        assert sorted(m["To"] for m in mended.received()) == sorted(PARTNERS[:2])
