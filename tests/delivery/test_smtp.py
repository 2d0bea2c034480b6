"""Sending through real SMTP servers on 127.0.0.1 (aiosmtpd), STARTTLS and implicit TLS."""

from __future__ import annotations

import pytest

from app.delivery.outbox import Outbox
from app.delivery.service import Delivery
from app.kit import Kit
from tests.delivery.conftest import queue, set_delivery_doc
from tests.delivery.servers import PASSWORD, USER, LocalCA, delivery_toml, free_port, smtp_server


def test_primary_down_means_the_backup_delivers_every_message(
    kit: Kit, delivery: Delivery, test_ca: LocalCA
) -> None:
    dead_port = free_port()  # nothing listens there: the office relay is down
    with smtp_server("tls", ca=test_ca) as backup:
        set_delivery_doc(
            kit,
            delivery_toml(
                ("office-relay", dead_port, "starttls"),
                ("modem-smtp", backup, "tls"),
                ca_file=test_ca.ca_file,
            ),
        )
        sent = queue(kit, ["a@example.com", "b@example.net", "c@example.com"])
        report = delivery.send()
    assert report.sent == 3
    assert report.by_path == {"modem-smtp": 3}
    assert "office-relay" in report.paths_down
    assert len(backup.recorder.received) == 3  # counted on the server
    assert sorted(backup.recorder.message_ids()) == sorted(m.message_id for m in sent)
    outbox = Outbox(conn=kit.store.conn, audit=kit.audit)
    assert {m.state for m in outbox.messages()} == {"sent"}
    assert {m.path for m in outbox.messages()} == {"modem-smtp"}
    assert outbox.attempts(sent[0].id)[0].reply.startswith("250")


def test_a_refused_recipient_fails_alone_and_no_one_sees_another_address(
    kit: Kit, delivery: Delivery, test_ca: LocalCA
) -> None:
    with smtp_server("starttls", ca=test_ca) as relay:
        relay.recorder.refuse.add("gone@example.net")
        set_delivery_doc(kit, delivery_toml(("relay", relay, "starttls"), ca_file=test_ca.ca_file))
        messages = queue(
            kit,
            ["alpha@example.com", "gone@example.net", "carrier@example.org"],
            names=["A", "G", "C"],
        )
        report = delivery.send()
    assert (report.sent, report.failed) == (2, 1)
    outbox = Outbox(conn=kit.store.conn, audit=kit.audit)
    gone = outbox.get(messages[1].id)
    assert gone.state == "failed"
    assert "550" in gone.last_reply and "No such user" in gone.last_reply
    assert outbox.attempts(gone.id)[0].code == 550
    for received in relay.recorder.received:
        assert len(received.rcpt_tos) == 1
        others = {"alpha@example.com", "carrier@example.org"} - set(received.rcpt_tos)
        assert not any(o.encode() in received.data for o in others)
        assert received.message["Bcc"] is None


def test_an_untrusted_certificate_is_refused_with_a_clear_message(
    kit: Kit, delivery: Delivery, test_ca: LocalCA, other_ca: LocalCA
) -> None:
    with smtp_server("tls", ca=other_ca) as impostor:
        set_delivery_doc(kit, delivery_toml(("relay", impostor, "tls"), ca_file=test_ca.ca_file))
        queue(kit, ["a@example.com"])
        report = delivery.send()
    assert impostor.recorder.received == []
    assert report.left_queued == 1
    assert "certificate is not trusted" in report.paths_down["relay"]
    assert "nothing was sent" in report.paths_down["relay"]


def test_starttls_verifies_the_certificate_too(
    kit: Kit, delivery: Delivery, test_ca: LocalCA, other_ca: LocalCA
) -> None:
    with smtp_server("starttls", ca=other_ca) as impostor:
        set_delivery_doc(
            kit, delivery_toml(("relay", impostor, "starttls"), ca_file=test_ca.ca_file)
        )
        queue(kit, ["a@example.com"])
        report = delivery.send()
    assert impostor.recorder.received == []
    assert "TLS" in report.paths_down["relay"]


def test_line_breaks_in_subject_or_name_cannot_inject_a_header(
    kit: Kit, delivery: Delivery, test_ca: LocalCA
) -> None:
    with smtp_server("starttls", ca=test_ca) as relay:
        set_delivery_doc(kit, delivery_toml(("relay", relay, "starttls"), ca_file=test_ca.ca_file))
        queue(
            kit,
            ["a@example.com"],
            subject="Outage\r\nBcc: spy@example.net",
            names=["Ops\nCc: spy@example.net"],
        )
        report = delivery.send()
    assert report.sent == 1
    [received] = relay.recorder.received
    assert received.rcpt_tos == ["a@example.com"]
    message = received.message
    assert message["Bcc"] is None and message["Cc"] is None
    assert message["Subject"] == "Outage Bcc: spy@example.net"
    assert b"\r\nBcc:" not in received.data and b"\r\nCc:" not in received.data


def test_the_same_message_id_goes_out_on_every_attempt(
    kit: Kit, delivery: Delivery, test_ca: LocalCA
) -> None:
    with smtp_server("tls", ca=test_ca) as relay:
        set_delivery_doc(kit, delivery_toml(("relay", relay, "tls"), ca_file=test_ca.ca_file))
        [message] = queue(kit, ["a@example.com"])
        delivery.send()
        outbox = Outbox(conn=kit.store.conn, audit=kit.audit)
        # handed to webmail too, the officer then decided the kit should send it again
        kit.store.conn.execute("UPDATE outbox SET state = 'queued' WHERE id = ?", (message.id,))
        outbox.hand_off([message.id], path="webmail")
        delivery.settle(message.id, as_="resend")
        delivery.send()
    assert relay.recorder.message_ids() == [message.message_id, message.message_id]
    assert outbox.get(message.id).attempts == 2


def test_login_uses_the_stored_password(kit: Kit, delivery: Delivery, test_ca: LocalCA) -> None:
    with smtp_server("starttls", ca=test_ca, auth=True) as relay:
        set_delivery_doc(
            kit,
            delivery_toml(("relay", relay, "starttls"), ca_file=test_ca.ca_file).replace(
                'from = "', f'username = "{USER}"\nfrom = "'
            ),
        )
        queue(kit, ["a@example.com"])
        first = delivery.send()
        assert "paths password relay" in first.paths_down["relay"]
        assert delivery.passwords.set("relay", PASSWORD) == "store"
        second = delivery.send()
    assert second.sent == 1
    entries = kit.audit.entries(action_prefix="paths.password")
    assert entries and PASSWORD not in str(entries[0].details)


@pytest.mark.parametrize("security", ["starttls", "tls"])
def test_probe_reports_each_step(
    kit: Kit, delivery: Delivery, test_ca: LocalCA, security: str
) -> None:
    with smtp_server(security, ca=test_ca) as relay:
        set_delivery_doc(
            kit,
            delivery_toml(
                ("relay", relay, security), ("dead", free_port(), "tls"), ca_file=test_ca.ca_file
            ),
        )
        probes = {p.name: p for p in delivery.probe(timeout=2)}
    assert probes["relay"].ok
    assert [s for s, _ in probes["relay"].steps] == ["DNS", "TCP", "TLS", "EHLO"]
    assert not probes["dead"].ok and probes["dead"].steps[-1][0] == "TCP"
    assert probes["eml"].ok
