"""How a path that is down is written where the officer reads it (a walk): the Outbox's
"Paths down: office-relay (nothing answers on …: the connection was refused (the relay is not
running, or the port is wrong))" closed with a double bracket, the summary wrapping in brackets
a reason that ends in one; and a relay on IPv6 was named "::1:2525", which reads as one
address, where people (and mail programs) write "[::1]:2525". The Outbox's message, what
`outbox send` prints, `paths probe` and the log name it so."""

from __future__ import annotations

import logging
import socket
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from app import i18n
from app.delivery.dispatch import DispatchReport
from app.errors import UserError
from app.kit import Kit
from tests.delivery.conftest import make_delivery, queue, set_delivery_doc

PARTNERS = ["noc@alpha.example.com", "ops@beta.example.net"]


@contextmanager
def _refused_on(family: socket.AddressFamily, host: str) -> Iterator[int]:
    """A port of `host` bound for the test and never listened on: connecting is refused."""
    with socket.socket(family) as held:
        held.bind((host, 0))
        yield int(held.getsockname()[1])


def _relay(host: str, port: int) -> str:
    return (
        f'[[smtp]]\nname = "office-relay"\nhost = "{host}"\nport = {port}\nsecurity = "none"\n'
        'from = "duty@example.com"\n'
    )


def _sent_with(kit: Kit, host: str, port: int) -> DispatchReport:
    set_delivery_doc(kit, _relay(host, port))
    queue(kit, PARTNERS)
    return make_delivery(kit, timeout=1.0).send()


@pytest.mark.parametrize("language", ["en", "pl"])
def test_paths_down_close_their_brackets_once(kit: Kit, language: str) -> None:
    i18n.install(language)  # (the autouse fixture puts English back)
    with _refused_on(socket.AF_INET, "127.0.0.1") as port:
        summary = _sent_with(kit, "127.0.0.1", port).summary()
    assert "))" not in summary, summary
    assert summary.count("(") == summary.count(")"), summary
    assert "office-relay" in summary and f"127.0.0.1:{port}" in summary, summary
    assert summary.endswith("."), summary  # the paths-down sentence ends as the others do


def test_host_port_brackets_ipv6_only() -> None:
    from app.delivery.unreachable import host_port

    assert host_port("::1", 2526) == "[::1]:2526"
    assert host_port("fe80::1%eth0", 25) == "[fe80::1%eth0]:25"
    assert host_port("[::1]", 25) == "[::1]:25"
    assert host_port("127.0.0.1", 2526) == "127.0.0.1:2526"
    assert host_port("relay.example.com", 587) == "relay.example.com:587"


def test_an_ipv6_relay_is_named_with_brackets(kit: Kit, caplog: pytest.LogCaptureFixture) -> None:
    with _refused_on(socket.AF_INET6, "::1") as port, caplog.at_level(logging.INFO):
        report = _sent_with(kit, "::1", port)
        probes = make_delivery(kit, timeout=1.0).probe()
    shown = f"[::1]:{port}"
    [why] = report.paths_down.values()
    assert shown in why and f" ::1:{port}" not in why, why
    assert shown in report.summary(), report.summary()
    [probe] = [p for p in probes if p.name == "office-relay"]
    assert shown in probe.summary, probe.summary
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert f"connecting to {shown}" in logged, logged
    assert f" ::1:{port}" not in logged, logged
    assert not any(p in logged for p in PARTNERS), logged


def test_a_relay_may_be_an_ipv6_address_bare_or_in_brackets() -> None:
    """delivery.toml's host "::1" or "[::1]" was refused as "not a host name or IP address"
    (and such a profile left the e-mail copies with "no SMTP profile is set up")."""
    from app.delivery.config import smtp_profile

    for written in ("::1", "[::1]"):
        entry = {"name": "v6", "host": written, "port": 2526, "from": "duty@example.com"}
        assert smtp_profile(entry).host == "::1"
    with pytest.raises(UserError, match="not a host name or IP address"):
        smtp_profile({"name": "v6", "host": "[relay]", "from": "duty@example.com"})
