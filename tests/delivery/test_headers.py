"""What partners' mail programs read: subjects in every shipped language with every space
kept after folding, one header line whatever line breaks a title holds, parsed strictly."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from email import message_from_bytes, policy
from pathlib import Path

import pytest

from app.delivery.outbox import NewMessage, Outbox
from app.delivery.service import Delivery
from app.kit import Kit
from tests.delivery.conftest import set_delivery_doc
from tests.delivery.servers import RelayProcess, delivery_toml, free_port, relay_process
from tests.support.mail_sink import MailSink

SUBJECTS = {
    "en": "[OK-2026-0042] Update: SMS gateway and billing platform down — Łódź & São Paulo",
    "pl": "[OK-2026-0042] Aktualizacja: awaria bramki SMS i platformy rozliczeń — Łódź i "
    "São Paulo, następna informacja do 19:40",
    "pt-BR": "[OK-2026-0042] Atualização: gateway de SMS e plataforma de cobrança fora do ar — "
    "São Paulo e Łódź, próxima atualização às 19:40",
    "sv": "[OK-2026-0042] Uppdatering: SMS-gatewayen och debiteringsplattformen är nere — "
    "Göteborg, Malmö och Łódź påverkas",
    "ascii": "[OK-2026-0042] Update: the SMS gateway and the subscription billing platform "
    "are down for all operators, next update by 19:40",
    "spaces": "[OK-2026-0042]  two  spaces —  ó  kept",
}


@pytest.fixture
def relay(kit: Kit, tmp_path: Path) -> Iterator[RelayProcess]:
    with relay_process(tmp_path / "relay") as server:
        set_delivery_doc(kit, delivery_toml(("relay", server.port, "none")))
        yield server


def enqueue(kit: Kit, subject: str, *, name: str = "", body: str = "Body.\n") -> None:
    Outbox(conn=kit.store.conn, audit=kit.audit).enqueue(
        [
            NewMessage(
                channel="email",
                recipient="ops@example.com",
                subject=subject,
                body=body,
                recipient_name=name,
                incident_ref="OK-2026-0042",
            )
        ]
    )


def test_folded_subjects_keep_every_space_in_every_language(
    kit: Kit, delivery: Delivery, relay: RelayProcess
) -> None:
    for subject in SUBJECTS.values():
        enqueue(kit, subject, name="Łukasz Żółć, nocna zmiana")
    assert delivery.send().sent == len(SUBJECTS)
    received = relay.received()  # parsed with email.policy.strict
    assert sorted(str(m["Subject"]) for m in received) == sorted(SUBJECTS.values())
    for message in received:
        assert str(message["To"]) == '"Łukasz Żółć, nocna zmiana" <ops@example.com>'
        raw = message.as_bytes()
        head = raw.split(b"\n\n", 1)[0]
        assert max(len(line.rstrip(b"\r")) for line in head.split(b"\n")) <= 78


LONG_POLISH = (
    "[OK-2026-0001] Prace planowane: wymiana bazy rozliczeń i bramki SMS — Łódź, Kraków, "
    "Gdańsk; przerwa do 45 minut, następna informacja o 19:40 czasu CET"
)
LONG_ASCII = (
    "[OK-2026-0001] Planned maintenance: billing database and SMS gateway replacement, "
    "Lodz and Krakow; outage up to 120 minutes, next update at 19:40 CET."
)


def test_long_subjects_read_back_exactly_without_a_leading_space(
    kit: Kit, delivery: Delivery, tmp_path: Path
) -> None:
    """A subject that fits on a line of its own (69-77 characters) once went onto the
    continuation line whole, "Subject:\r\n [OK-…", and read back with a leading space."""
    assert len(LONG_POLISH) == len(LONG_ASCII) == 150
    fits_alone = "[OK-2026-0001] Prace planowane: Billing database upgrade (po angielsku)"
    subjects = [LONG_POLISH, LONG_ASCII, fits_alone, "[OK-2026-0001] " + "x" * 100, "=?x?= ok"]
    subjects += [LONG_ASCII[:n].rstrip() for n in range(60, 84)]
    for subject in subjects:
        enqueue(kit, subject)
    sink = MailSink(free_port(), tmp_path / "received")  # keeps the bytes as they came
    try:
        set_delivery_doc(kit, delivery_toml(("relay", sink.port, "none")))
        assert delivery.send().sent == len(subjects)
        raws = sink.messages()
    finally:
        sink.stop()
    read = [message_from_bytes(raw, policy=policy.default)["Subject"] for raw in raws]
    assert sorted(read) == sorted(subjects)  # exactly: no space before, none lost inside
    for raw in raws:
        assert max(len(line) for line in raw.split(b"\r\n")) <= 998
        head = raw.split(b"\r\n\r\n", 1)[0]
        assert b"Subject:\r\n" not in head
        assert max(len(line) for line in head.split(b"\r\n")) <= 78


def test_line_breaks_in_a_title_stay_in_one_header_line(
    kit: Kit, delivery: Delivery, relay: RelayProcess
) -> None:
    enqueue(
        kit,
        "[OK-2026-0042] Billing down\r\nBcc: everyone@example.net\u2028and\x85more — Łódź",
        name="Ops\r\nX-Injected: yes",
        body="The real body.\n",
    )
    assert delivery.send().sent == 1
    [message] = relay.received()
    assert str(message["Subject"]) == (
        "[OK-2026-0042] Billing down Bcc: everyone@example.net and more — Łódź"
    )
    assert message["Bcc"] is None and message["X-Injected"] is None
    assert message["X-Envelope-To"] == "ops@example.com"
    assert message.get_content() == "The real body.\n"


def test_the_probe_leaves_switched_off_paths_alone(kit: Kit, delivery: Delivery) -> None:
    """An SMTP and a webmail path, both switched off, on listeners that count connections."""
    listeners = [socket.create_server(("127.0.0.1", 0)) for _ in range(2)]
    accepted: list[int] = []

    def count(listener: socket.socket) -> None:
        listener.settimeout(0.2)
        while True:
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            accepted.append(1)
            conn.close()

    for listener in listeners:
        threading.Thread(target=count, args=(listener,), daemon=True).start()
    smtp_port, web_port = (listener.getsockname()[1] for listener in listeners)
    set_delivery_doc(
        kit,
        delivery_toml(("office", smtp_port, "none"))
        + f'\n[[webmail]]\nname = "web"\ncompose_url = "https://127.0.0.1:{web_port}/c'
        '?bcc={bcc}&su={subject}&body={body}"\n',
    )
    delivery.paths.set_enabled("office", False)
    delivery.paths.set_enabled("web", False)
    try:
        probes = {p.name: p for p in delivery.probe(timeout=2)}
        assert not probes["office"].enabled and "not probed" in probes["office"].summary
        assert not probes["web"].enabled and "not probed" in probes["web"].summary
        assert accepted == []
        delivery.paths.set_enabled("web", True)  # switched on: probed again
        assert {p.name: p for p in delivery.probe(timeout=2)}["web"].ok
        # the probe's connection is in the listener's queue; its thread accepts it when it runs
        waited = time.monotonic() + 30
        while not accepted and time.monotonic() < waited:
            time.sleep(0.05)
        assert accepted == [1]
    finally:
        for listener in listeners:
            listener.close()
