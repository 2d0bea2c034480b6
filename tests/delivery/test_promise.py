"""A promise never goes out broken: a message whose "next update no later than" time has come
before it leaves is held, by every way out (SMTP, webmail, .eml), and never reaches a
partner. The Date a partner reads is the time of sending."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from datetime import timedelta
from email.utils import parsedate_to_datetime
from pathlib import Path

import pytest

from app.delivery.config import WebmailProfile
from app.delivery.outbox import NewMessage, Outbox, OutboxMessage
from app.delivery.paths import DeliveryPath
from app.delivery.service import Delivery
from app.delivery.transport import Outcome, Transport
from app.delivery.webmail import WebmailHandOff
from app.errors import UserError
from app.kit import Kit
from app.timefmt import iso, now
from tests.delivery.conftest import queue, set_delivery_doc
from tests.delivery.servers import RelayProcess, delivery_toml, relay_process

NOTICE = 7


@pytest.fixture
def relay(kit: Kit, tmp_path: Path) -> Iterator[RelayProcess]:
    with relay_process(tmp_path / "relay") as server:
        set_delivery_doc(kit, delivery_toml(("relay", server.port, "none")))
        yield server


def notice(kit: Kit, promises: dict[str, str | None]) -> dict[str, int]:
    """One notice's messages, recipient → promise; returns recipient → outbox id."""
    outbox = Outbox(conn=kit.store.conn, audit=kit.audit)
    queued = outbox.enqueue(
        [
            NewMessage(
                channel="email",
                recipient=recipient,
                subject="[OK-2026-0042] Update: SMS gateway outage",
                body="Next update no later than 19:13.",
                incident_ref="OK-2026-0042",
                notice_id=NOTICE,
                promise_at=promise,
            )
            for recipient, promise in promises.items()
        ]
    )
    return {m.recipient: m.id for m in queued}


def test_a_stale_message_is_held_and_never_reaches_the_relay(
    kit: Kit, delivery: Delivery, relay: RelayProcess
) -> None:
    past = iso(now() - timedelta(minutes=2))
    future = iso(now() + timedelta(hours=1))
    ids = notice(
        kit, {"late@example.com": past, "fine@example.com": future, "open@example.com": None}
    )
    report = delivery.send()
    assert (report.sent, report.held) == (2, 1)
    assert "1 held: its promised update time passed" in report.summary()
    outbox = delivery.outbox
    held = outbox.get(ids["late@example.com"])
    assert held.state == "held" and held.promise_at == past
    assert "re-issue" in held.last_reply
    assert held.attempts == 0  # it never left
    received = {m["X-Envelope-To"] for m in relay.received()}
    assert received == {"fine@example.com", "open@example.com"}
    assert outbox.counts_by_notice(NOTICE) == {
        **dict.fromkeys(outbox.counts(), 0),
        "sent": 2,
        "held": 1,
    }
    entries = [e for e in kit.audit.entries(action_prefix="outbox.held")]
    assert [e.details["messages"] for e in entries] == [[held.id]]
    # held is final: nothing sends it, the officer cannot push it back into the queue
    assert delivery.send().total == 0
    with pytest.raises(UserError, match="only uncertain or handed-off"):
        outbox.settle(held.id, as_="resend")
    with pytest.raises(UserError, match="only failed ones"):
        outbox.retry(held.id)
    assert len(relay.received()) == 2


def test_the_date_is_the_time_of_sending_not_of_queueing(
    kit: Kit, delivery: Delivery, relay: RelayProcess
) -> None:
    [message] = queue(kit, ["ops@example.com"])
    kit.store.conn.execute(
        "UPDATE outbox SET created_at = '2026-01-05T03:00:00Z' WHERE id = ?", (message.id,)
    )
    before = now().replace(microsecond=0)
    assert delivery.send().sent == 1
    after = now()
    [received] = relay.received()
    assert before <= parsedate_to_datetime(str(received["Date"])) <= after


def test_promise_times_are_stored_as_utc_and_bad_ones_refused(kit: Kit) -> None:
    ids = notice(kit, {"a@example.com": "2026-11-30T21:13:00+01:00"})
    outbox = Outbox(conn=kit.store.conn, audit=kit.audit)
    assert outbox.get(ids["a@example.com"]).promise_at == "2026-11-30T20:13:00Z"
    with pytest.raises(ValueError, match="no time zone"):
        notice(kit, {"b@example.com": "2026-11-30T21:13:00"})
    with pytest.raises(ValueError, match="not an ISO 8601 time"):
        notice(kit, {"c@example.com": "tomorrow"})
    assert outbox.counts()["queued"] == 1  # the refused ones left nothing behind


def test_stale_messages_are_neither_exported_nor_handed_to_webmail(
    kit: Kit, delivery: Delivery, tmp_path: Path
) -> None:
    past = iso(now() - timedelta(seconds=1))
    ids = notice(kit, {"late@example.com": past, "fine@example.com": None})
    written = delivery.export_eml(tmp_path / "usb")
    assert [p.name for p in written] == [f"outage-kit-{ids['fine@example.com']:06d}.eml"]
    assert delivery.outbox.get(ids["late@example.com"]).state == "held"

    more = notice(kit, {"later@example.com": iso(now() + timedelta(hours=1))})
    opened: list[str] = []
    handoff = WebmailHandOff(
        outbox=delivery.outbox,
        profile=WebmailProfile(name="gmail", compose_url="gmail"),
        opener=lambda url: opened.append(url) or True,
    )
    [batch] = handoff.plan()
    # its promise passes while the officer looks at the batch
    kit.store.conn.execute(
        "UPDATE outbox SET promise_at = ? WHERE id = ?", (past, more["later@example.com"])
    )
    with pytest.raises(UserError, match="held, not handed off"):
        handoff.open(batch)
    assert opened == []  # no browser got the link
    assert delivery.outbox.get(more["later@example.com"]).state == "held"
    assert handoff.plan() == []


def test_a_notices_messages_and_counts(kit: Kit, delivery: Delivery) -> None:
    ids = notice(kit, {"a@example.com": None, "b@example.com": iso(now() - timedelta(1))})
    queue(kit, ["other@example.com"])  # another notice's
    delivery.outbox.hold_stale()
    mine = delivery.outbox.messages(notice_id=NOTICE)
    assert sorted(m.id for m in mine) == sorted(ids.values())
    counts = delivery.outbox.counts_by_notice(NOTICE)
    assert (counts["queued"], counts["held"], counts["sent"]) == (1, 1, 0)
    assert delivery.outbox.counts_by_notice(NOTICE + 1) == dict.fromkeys(counts, 0)


def test_a_promise_that_passes_while_its_turn_comes_is_held_at_the_last_moment(
    kit: Kit, delivery: Delivery, relay: RelayProcess
) -> None:
    """Claimed in time, then the message before it takes long: checked again just before
    it would leave."""
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
    assert delivery.outbox.get(ids["second@example.com"]).state == "held"
    assert [m["X-Envelope-To"] for m in relay.received()] == ["first@example.com"]


def test_a_promise_that_passes_before_its_claim_is_held_and_counted(
    kit: Kit, delivery: Delivery, relay: RelayProcess
) -> None:
    """The connection takes long to open: by the time the message is claimed its promise
    has passed. It is held, and the officer's summary says so (not "0 held")."""
    soon = iso(now() + timedelta(seconds=1))
    ids = notice(kit, {"open@example.com": None, "late@example.com": soon})
    make_transport = delivery.transport_for

    def transport_for(path: DeliveryPath) -> Transport:
        transport = make_transport(path)
        connect = transport.open

        def slow_open() -> None:
            time.sleep(1.5)  # a slow relay greeting: meanwhile the promise passes
            connect()

        transport.open = slow_open  # type: ignore[method-assign]
        return transport

    delivery.transport_for = transport_for  # type: ignore[method-assign]
    report = delivery.send()
    assert (report.sent, report.held) == (1, 1)
    assert "1 held: its promised update time passed" in report.summary()
    assert delivery.outbox.get(ids["late@example.com"]).state == "held"
    assert [m["X-Envelope-To"] for m in relay.received()] == ["open@example.com"]
