"""The group-committing sender against SMTP servers in processes of their own (as a relay in
the field is): every partner is told once, each message names its one partner only, a
temporary refusal (4xx) is tried again by the next send, a permanent one (5xx) is reported."""

from __future__ import annotations

import re
from collections import Counter
from email import message_from_bytes, policy
from pathlib import Path

from app.delivery.outbox import Outbox
from app.delivery.service import Delivery
from app.kit import Kit
from tests.delivery.conftest import queue, set_delivery_doc
from tests.delivery.servers import delivery_toml, free_port, relay_process
from tests.support.mail_sink import MailSink

_PARTNER = re.compile(rb"partner\d{3}@example\.com", re.IGNORECASE)


def test_every_partner_is_told_once_and_sees_no_other_partner(
    kit: Kit, delivery: Delivery, tmp_path: Path
) -> None:
    recipients = [f"partner{i:03d}@example.com" for i in range(120)]
    names = [f"Łódź NOC {i}" if i % 3 else f"Billing desk {i}" for i in range(120)]
    messages = queue(kit, recipients, names=names)
    sink = MailSink(free_port(), tmp_path / "sink")
    try:
        set_delivery_doc(kit, delivery_toml(("relay", sink.port, "none")))
        report = delivery.send()
        received = sink.messages()
    finally:
        sink.stop()

    assert (report.sent, report.failed, report.uncertain, report.left_queued) == (120, 0, 0, 0)
    assert Outbox(conn=kit.store.conn, audit=kit.audit).counts()["sent"] == 120
    told: Counter[str] = Counter()
    # queued before the path was set up: named at its From domain when sent
    sent = Outbox(conn=kit.store.conn, audit=kit.audit).get_many([m.id for m in messages])
    by_id = {m.message_id: m for m in sent}
    assert all(m.message_id.endswith("@example.com>") for m in sent)
    for raw in received:
        envelope, _, content = raw.partition(b"\r\n")
        partner = envelope.removeprefix(b"X-Envelope-To: ").decode()
        assert "," not in partner  # one recipient per message
        told[partner] += 1
        # the only partner address anywhere in the message, headers and body, is its own
        assert {a.decode().lower() for a in _PARTNER.findall(content)} == {partner}
        mail = message_from_bytes(content, policy=policy.default)
        queued = by_id[str(mail["Message-ID"])]
        assert queued.recipient == partner
        assert mail["To"].addresses[0].addr_spec == partner
        assert mail["To"].addresses[0].display_name == queued.recipient_name
        assert "Bcc" not in mail and "Cc" not in mail
    assert told == Counter(recipients)  # every partner once, none twice


def test_a_busy_mailbox_is_tried_again_and_an_unknown_one_is_reported(
    kit: Kit, delivery: Delivery, tmp_path: Path
) -> None:
    busy, unknown = "partner007@example.com", "partner013@example.com"
    messages = queue(kit, [f"partner{i:03d}@example.com" for i in range(30)])
    outbox = Outbox(conn=kit.store.conn, audit=kit.audit)
    ids = {m.recipient: m.id for m in messages}
    with relay_process(tmp_path / "relay", busy=[busy], unknown=[unknown]) as relay:
        set_delivery_doc(kit, delivery_toml(("relay", relay.port, "none")))
        first = delivery.send()

        assert (first.sent, first.failed, first.left_queued, first.uncertain) == (28, 1, 1, 0)
        assert "1 failed" in first.summary() and "1 still queued" in first.summary()
        refused = outbox.get(ids[unknown])
        assert refused.state == "failed" and "550" in refused.last_reply
        waiting = outbox.get(ids[busy])
        assert waiting.state == "queued" and "451" in waiting.last_reply
        assert [a.code for a in outbox.attempts(ids[busy])] == [451]

        second = delivery.send()  # what the officer's next send (or the timer) does
        assert (second.sent, second.failed, second.left_queued) == (1, 0, 0)
        received = Counter(str(m["X-Envelope-To"]) for m in relay.received())
    assert outbox.get(ids[busy]).state == "sent"
    assert [a.outcome for a in outbox.attempts(ids[busy])] == ["queued", "sent"]
    assert outbox.get(ids[unknown]).state == "failed"  # not tried again by itself
    assert unknown not in received
    assert received == Counter(m.recipient for m in messages if m.recipient != unknown)
