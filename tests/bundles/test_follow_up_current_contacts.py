"""A newer bundle reaches an incident already under way. IT fixes a partner mid-incident: in
bundle v2 a partner who got the initial notice by e-mail only has a phone and takes SMS, and
has moved to another time zone; another partner left the directory. The officer's update goes
to the first partner by e-mail and SMS, with times in the new zone (as the other partner in
that zone reads them), through a real SMTP server in its own process; the partner who left
still hears it (a removal needs a reason), and the preview, in the kit and in the command
line's dry run, names them as no longer in the directory."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import pytest

from app.bundles.importer import BundleImporter
from app.incidents.service import IncidentService
from app.kit import Kit
from tests.delivery.conftest import make_delivery
from tests.delivery.servers import free_port
from tests.support.cli import CliRunner
from tests.support.mail_sink import MailSink

BETA_V1 = "Beta Games,Support,support@beta.example.com,,en,Europe/Oslo,all;subscriptions,email"
BETA_V2 = (
    "Beta Games,Support,support@beta.example.com,+55 21 0000 0001,en,America/Sao_Paulo,"
    "all;subscriptions,email;sms"
)
GONE = "Epsilon Apps — Alerts"
EPSILON = "Epsilon Apps,Alerts,alerts@epsilon.example.net,,en,UTC,all;sms;subscriptions,email"
INITIAL = {"impact": "MT billing", "start_time": "2026-11-30 02:00 UTC", "actions": "Restart"}


@pytest.fixture
def sink(tmp_path: Path) -> Iterator[MailSink]:
    server = MailSink(free_port(), tmp_path / "received")
    yield server
    server.stop()


def _delivery(source: Path, sink: MailSink, modem: str | None) -> None:
    text = (
        '[[smtp]]\nname = "office-relay"\nhost = "127.0.0.1"\n'
        f'port = {sink.port}\nsecurity = "none"\nfrom = "duty@example.com"\n'
    )
    if modem:
        text += f'\n[modem]\nport = "{modem}"\nbaud = 115200\n'
    (source / "delivery.toml").write_text(text, encoding="utf-8")


def _import(importer: BundleImporter, build: Callable[..., Path], version: int) -> None:
    importer.apply(importer.inspect(build(version)))


def _received(sink: MailSink) -> dict[str, list[EmailMessage]]:
    found: dict[str, list[EmailMessage]] = {}
    for raw in sink.messages():
        message = message_from_bytes(raw, policy=policy.default)
        assert isinstance(message, EmailMessage)
        found.setdefault(str(message["X-Envelope-To"]), []).append(message)
    return found


def _line(message: EmailMessage, starts: str) -> str:
    body = message.get_body(("plain",))
    assert body is not None
    lines = [line for line in body.get_content().splitlines() if line.startswith(starts)]
    assert len(lines) == 1, lines
    return str(lines[0])


def _update_to_v2(
    kit: Kit,
    source: Path,
    importer: BundleImporter,
    build: Callable[..., Path],
    sink: MailSink,
    modem: str | None,
    cli: CliRunner,
) -> IncidentService:
    """v1 imported, the initial notice sent; v2 imported; the update sent."""
    contacts = source / "contacts.csv"
    text = contacts.read_text(encoding="utf-8")
    assert BETA_V1 in text and EPSILON in text
    _delivery(source, sink, None)
    _import(importer, build, 1)
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    incident = service.create("disaster", "Billing down", ["subscriptions", "brazil"])
    later = (datetime.now(UTC) + timedelta(hours=1)).isoformat()
    service.notify(incident, "initial", {**INITIAL, "next_update": later})
    make_delivery(kit).send()
    first = _received(sink)
    assert "support@beta.example.com" in first and "alerts@epsilon.example.net" in first
    contacts.write_text(text.replace(BETA_V1, BETA_V2).replace(EPSILON + "\n", ""), "utf-8")
    _delivery(source, sink, modem)
    _import(importer, build, 2)
    preview = service.compose(
        incident, "update", {"progress": "Gateways back", "next_update": later}
    )
    assert preview.problems == []
    gone = [w for w in preview.warnings if "No longer in the contact directory" in w]
    assert len(gone) == 1 and GONE in gone[0] and "Beta" not in gone[0]
    fields = source.parent / "update.json"
    fields.write_text(json.dumps({"progress": "Gateways back", "next_update": later}), "utf-8")
    args = ("incident", "notify", incident.reference, "--stage", "update", "--fields", str(fields))
    dry = cli("--json", *args, "--dry-run")
    assert dry.code == 0, dry.err
    assert [w for w in dry.json()["warnings"] if GONE in w] == gone
    later = (datetime.now(UTC) + timedelta(hours=2)).isoformat()
    service.notify(incident, "update", {"progress": "Gateways back", "next_update": later})
    make_delivery(kit).send()
    return service


@pytest.mark.usefixtures("trusted")
def test_the_update_reaches_a_partner_as_the_newer_bundle_has_them(
    kit: Kit,
    source: Path,
    importer: BundleImporter,
    build: Callable[..., Path],
    sink: MailSink,
    cli: CliRunner,
) -> None:
    _update_to_v2(kit, source, importer, build, sink, None, cli)
    got = _received(sink)
    beta, delta = got["support@beta.example.com"][-1], got["noc@delta.example.com"][-1]
    assert "Update: Billing down" in str(beta["Subject"])
    promise = "We will send the next update"
    # Beta now reads times as São Paulo does (Delta is there), not as Oslo did
    assert _line(beta, promise) == _line(delta, promise)
    # the partner v2 dropped still hears the update
    subjects = [str(m["Subject"]) for m in got["alerts@epsilon.example.net"]]
    assert len(subjects) == 2 and "Update: Billing down" in subjects[1]


@pytest.mark.usefixtures("trusted")
def test_the_update_goes_by_sms_to_a_partner_who_gained_it(
    kit: Kit,
    source: Path,
    importer: BundleImporter,
    build: Callable[..., Path],
    sink: MailSink,
    cli: CliRunner,
) -> None:
    from tests.delivery.modem_sim import ModemSim

    sim = ModemSim()
    try:
        _update_to_v2(kit, source, importer, build, sink, sim.port, cli)
        numbers = [sent.number.replace(" ", "") for sent in sim.sent]
        assert numbers.count("+552100000001") == 1, numbers
    finally:
        sim.close()
