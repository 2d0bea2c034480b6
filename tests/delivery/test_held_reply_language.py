"""The kit's own "held" reply, written at the last moment of a send (the promise passed
while the message before it was slow), is stored as its English key whatever language the
officer sending works in, and each reader sees it in theirs: the command line in Polish and
in English (issue 15, point 4)."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from app import i18n
from app.delivery.outbox import OutboxMessage
from app.delivery.paths import DeliveryPath
from app.delivery.replies import HELD_REPLY
from app.delivery.service import Delivery
from app.delivery.transport import Outcome, Transport
from app.kit import Kit
from app.timefmt import iso, now
from tests.delivery.conftest import set_delivery_doc
from tests.delivery.servers import RelayProcess, delivery_toml, relay_process
from tests.delivery.test_promise import notice
from tests.support.cli import CliRunner

POLISH = "wstrzymana: obiecany termin aktualizacji minął, zanim mogła wyjść; wystaw powiadomienie"
ENGLISH = "held: its promised update time passed before it could leave; re-issue the notice"


@pytest.fixture
def relay(kit: Kit, tmp_path: Path) -> Iterator[RelayProcess]:
    with relay_process(tmp_path / "relay") as server:
        set_delivery_doc(kit, delivery_toml(("relay", server.port, "none")))
        yield server


def test_the_reply_held_during_a_polish_send_is_read_in_each_language(
    kit: Kit,
    delivery: Delivery,
    relay: RelayProcess,
    cli: CliRunner,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    i18n.install("pl")  # the officer sending works in Polish
    soon = iso(now() + timedelta(seconds=1))
    ids = notice(kit, {"first@example.com": None, "second@example.com": soon})
    make_transport = delivery.transport_for

    def transport_for(path: DeliveryPath) -> Transport:
        transport = make_transport(path)
        send = transport.send

        def slow_first(message: OutboxMessage, ready: Callable[[], None]) -> Outcome:
            if message.recipient == "first@example.com":
                time.sleep(1.5)  # a slow relay: meanwhile the second one's promise passes
            return send(message, ready)

        transport.send = slow_first  # type: ignore[method-assign]
        return transport

    delivery.transport_for = transport_for  # type: ignore[method-assign]
    report = delivery.send()
    assert (report.sent, report.held) == (1, 1)
    held = delivery.outbox.get(ids["second@example.com"])
    assert held.state == "held"
    assert held.last_reply == HELD_REPLY  # the key, not the Polish of whoever sent
    kit.store.close()

    monkeypatch.setenv(i18n.ENV_NAME, "pl")
    polish = cli("outbox", "list")
    assert polish.code == 0, polish.err
    line = next(x for x in polish.out.splitlines() if "second@example.com" in x)
    assert "wstrzymana" in line and POLISH in line, line
    assert ENGLISH not in polish.out

    monkeypatch.setenv(i18n.ENV_NAME, "en")
    english = cli("outbox", "list")
    assert english.code == 0, english.err
    line = next(x for x in english.out.splitlines() if "second@example.com" in x)
    assert line.endswith(f"  — {ENGLISH}"), line
    assert "wstrzymana" not in english.out

    as_json = cli("--json", "outbox", "list")
    assert as_json.code == 0, as_json.err
    assert HELD_REPLY in as_json.out  # a program reads the key
