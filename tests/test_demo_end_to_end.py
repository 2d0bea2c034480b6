"""The demo a newcomer tries first, end to end on the command line: demo data, a disaster
notice, delivery through the demo's relay (a real aiosmtpd on 127.0.0.1), the manager's
report. Each engineer's part is tested on its own; this proves they fit together."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from datetime import datetime, timedelta
from email import message_from_bytes
from pathlib import Path
from typing import Any

import pytest

from app.contacts.source import read_folder
from app.delivery.config import parse_delivery_toml
from app.resources import resources_dir
from tests.support.cli import CliRunner
from tests.support.smtp_controller import ClosingController as Controller
from tests.support.wall_clock import gone


def test_demo_delivery_paths_are_valid() -> None:
    text = read_folder(resources_dir() / "demo")["delivery.toml"].decode()
    names = [p.name for p in parse_delivery_toml(text)]
    assert "demo-local-relay" in names


class _Inbox:
    """An aiosmtpd handler that keeps every envelope it accepts."""

    def __init__(self) -> None:
        self.mails: list[tuple[str, list[str], bytes]] = []
        self.port = 0

    async def handle_DATA(self, server: object, session: object, envelope: Any) -> str:
        self.mails.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.content))
        return "250 OK"


@pytest.fixture
def demo_relay() -> Iterator[_Inbox]:
    """A relay on a port of its own (the demo's 2525 may be another run's: its mails would
    land here); the test points the demo's path at it, as an officer would."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    inbox = _Inbox()
    inbox.port = port
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    yield inbox
    controller.stop()


def test_demo_night_from_notice_to_report(
    cli: CliRunner, demo_relay: _Inbox, tmp_path: Path
) -> None:
    assert cli("init", "--operator", "Night Duty", "--demo").code == 0
    moved = cli("paths", "edit", "demo-local-relay", f"port={demo_relay.port}")
    assert moved.code == 0, moved.err
    new = cli(
        "--json",
        "incident",
        "new",
        "--kind",
        "disaster",
        "--title",
        "SMS gateways down",
        "--services",
        "sms",
    )
    assert new.code == 0, new.err
    reference = new.json()["reference"]
    fields = tmp_path / "fields.json"
    next_update = (datetime.now() + timedelta(minutes=40)).strftime("%Y-%m-%dT%H:%M")
    fields.write_text(
        json.dumps(
            {
                "impact": "SMS MT traffic is not delivered",
                "started": gone("03:10 UTC"),
                "actions": "Gateway team restarting the SMSC links",
                "next_update": next_update,
            }
        )
    )
    queued = cli("incident", "notify", reference, "--stage", "initial", "--fields", str(fields))
    assert queued.code == 0, queued.err

    sent = cli("outbox", "send")
    listing = cli("--json", "outbox", "list").json()["messages"]
    emails = [m for m in listing if m["channel"] == "email"]
    assert emails and all(m["state"] == "sent" for m in emails), sent.out + sent.err
    # One message per partner, each to exactly its own address, the reference in the subject.
    assert len(demo_relay.mails) == len(emails)
    for mail_from, rcpt_tos, content in demo_relay.mails:
        assert mail_from == "noc-duty@example.com"
        assert len(rcpt_tos) == 1
        message = message_from_bytes(content)
        assert reference in message["Subject"]
        others = {m["recipient"] for m in emails} - set(rcpt_tos)
        assert not any(other in content.decode() for other in others)

    report = tmp_path / "report.html"
    written = cli("report", "incident", reference, "--format", "html", "--out", str(report))
    assert written.code == 0, written.err
    html = report.read_text()
    assert reference in html and "SMS gateways down" in html
