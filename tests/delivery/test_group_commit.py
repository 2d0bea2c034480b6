"""The sender commits in rounds (the sessions' outcomes and next claims together); the rules
still hold for every message: its claim is durable before it goes out, and the outcome of a
session's last message before the next one's content goes out. So whatever instant a crash
hits, the restart finds at most one message per session that may have left (`uncertain`),
nothing the server holds is back in the queue, and nothing claimed goes out twice."""

from __future__ import annotations

import asyncio
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from app.audit import AuditLog
from app.delivery.dispatch import SMTP_SESSIONS, DispatchReport
from app.delivery.outbox import Finished, Outbox, OutboxMessage
from app.delivery.paths import DeliveryPath
from app.delivery.service import Delivery
from app.delivery.transport import Outcome, Transport
from app.kit import Kit
from app.store import db
from tests.delivery.conftest import queue, set_delivery_doc
from tests.delivery.servers import Server, delivery_toml, smtp_server


@pytest.fixture
def relay(kit: Kit) -> Iterator[Server]:
    with smtp_server("none") as server:
        set_delivery_doc(kit, delivery_toml(("relay", server, "none")))
        yield server


def after_a_crash_now(kit: Kit) -> dict[str, str]:
    """Message-ID → state a restart would find if the kit died at this instant: the store
    as committed right now, recovered on a copy of it."""
    conn = kit.store.connect()
    try:
        conn.execute("BEGIN IMMEDIATE")
        Outbox(conn=conn, audit=AuditLog(conn=conn, actor="test")).recover_interrupted()
        rows = conn.execute("SELECT message_id, state FROM outbox").fetchall()
        conn.execute("ROLLBACK")  # the real store stays as it was
    finally:
        conn.close()
    return {str(r[0]): str(r[1]) for r in rows}


def test_at_every_send_the_claim_is_durable_and_nothing_on_the_server_is_queued(
    kit: Kit, delivery: Delivery, relay: Server
) -> None:
    messages = queue(kit, [f"partner{i:02d}@example.com" for i in range(40)])
    crash_points: list[tuple[str, dict[str, str], set[str]]] = []
    make_transport = delivery.transport_for

    def transport_for(path: DeliveryPath) -> Transport:
        transport = make_transport(path)
        send = transport.send

        def send_after_a_look(message: OutboxMessage, ready: Callable[[], None]) -> Outcome:
            def look() -> None:
                ready()
                # a crash just before the content goes out: the server's side, then the disk
                on_server = set(relay.recorder.message_ids())
                crash_points.append((message.message_id, after_a_crash_now(kit), on_server))

            return send(message, look)

        transport.send = send_after_a_look  # type: ignore[method-assign]
        return transport

    delivery.transport_for = transport_for  # type: ignore[method-assign]
    report = delivery.send()

    assert report.sent == len(messages)
    assert len(crash_points) == len(messages)
    for about_to_go, states, on_server in crash_points:
        assert states[about_to_go] == "uncertain"  # the officer would be asked about it
        # only `queued` would be sent again without asking: nothing the server has
        assert not [m for m in on_server if states[m] == "queued"]
        in_doubt = [m for m, state in states.items() if state == "uncertain"]
        assert len(in_doubt) <= SMTP_SESSIONS  # one per session at most
        assert "sending" not in states.values()
    received = Counter(relay.recorder.message_ids())
    assert set(received) == {m.message_id for m in messages}
    assert max(received.values()) == 1


def test_the_audit_names_every_outcome_once(kit: Kit, delivery: Delivery, relay: Server) -> None:
    relay.recorder.refuse.add("gone@example.net")
    messages = queue(kit, [f"partner{i:02d}@example.com" for i in range(20)] + ["gone@example.net"])
    report = delivery.send()
    assert (report.sent, report.failed) == (20, 1)
    named: Counter[int] = Counter()
    for entry in kit.audit.entries(action_prefix="outbox."):
        if entry.action in ("outbox.sent", "outbox.failed"):
            named.update(entry.details["messages"])
        if entry.action == "outbox.failed":
            assert "550" in entry.details["replies"][str(messages[-1].id)]
    assert named == Counter(m.id for m in messages)
    assert kit.audit.verify() == []


def test_cancelling_mid_batch_puts_the_claimed_but_untried_messages_back(
    kit: Kit, delivery: Delivery, relay: Server
) -> None:
    messages = queue(kit, [f"partner{i:02d}@example.com" for i in range(60)])
    done: list[int] = []
    report = delivery.send(
        progress=lambda count, total: done.append(count), cancelled=lambda: len(done) >= 10
    )
    assert report.cancelled
    outbox = Outbox(conn=kit.store.conn, audit=kit.audit)
    counts = outbox.counts()
    assert counts["sending"] == 0 and counts["uncertain"] == 0
    on_server = set(relay.recorder.message_ids())
    assert counts["sent"] == len(on_server) == report.sent
    assert counts["queued"] == len(messages) - report.sent == report.left_queued
    for message in outbox.messages(state="queued"):
        assert message.attempts == 0  # never tried: no attempt counted
        assert outbox.attempts(message.id) == []
    # the officer sends the rest later: each message exactly once
    assert delivery.send().sent == counts["queued"]
    received = Counter(relay.recorder.message_ids())
    assert len(received) == len(messages) and max(received.values()) == 1


def test_outcomes_a_crash_left_in_the_log_are_applied_and_audited_at_the_next_start(
    kit: Kit,
) -> None:
    """The sender commits each outcome as a row of its outcome log and applies the log to
    the messages, their attempt rows and the audit in bulk, every few dozen outcomes. A
    crash in between: the restart applies it — sent and failed, not uncertain, each with its
    attempt, each outcome named once in the audit, the chain intact."""
    messages = queue(kit, ["partner01@example.com", "partner02@example.com", "gone@example.net"])
    outbox = Outbox(conn=kit.store.conn, audit=kit.audit)
    ids = [m.id for m in messages]
    with db.transaction(kit.store.conn):
        outbox.claim_many(ids, path="relay", session="s1")
    outbox.finish_many(
        [
            Finished(ids[0], "sent", "250 2.0.0 accepted", 250),
            Finished(ids[1], "sent", "250 2.0.0 accepted", 250),
            Finished(ids[2], "failed", "recipient refused: 550 5.1.1 No such user", 550),
        ],
        path="relay",
        later=True,
    )
    assert not kit.audit.entries(action_prefix="outbox.sent")  # the crash hits here

    restarted = Outbox(conn=kit.store.conn, audit=AuditLog(conn=kit.store.conn, actor="test"))
    assert restarted.recover_interrupted() == []  # nothing was in flight
    assert [m.state for m in restarted.get_many(ids)] == ["sent", "sent", "failed"]
    assert "550" in restarted.get(ids[2]).last_reply
    for message in ids:
        [attempt] = restarted.attempts(message)
        assert attempt.path == "relay" and attempt.code in (250, 550)
    sent = kit.audit.entries(action_prefix="outbox.sent")
    failed = kit.audit.entries(action_prefix="outbox.failed")
    assert [e.details["messages"] for e in sent] == [ids[:2]]
    assert [e.details["messages"] for e in failed] == [ids[2:]]
    assert "550" in failed[0].details["replies"][str(ids[2])]
    assert "crash" in sent[0].details["note"]
    assert kit.audit.verify() == []
    assert restarted.recover_interrupted() == []  # a second start writes nothing again
    assert len(kit.audit.entries(action_prefix="outbox.sent")) == 1
    assert [len(restarted.attempts(m)) for m in ids] == [1, 1, 1]


def test_an_outcome_an_older_kit_left_waiting_for_its_audit_entry_is_audited_once(
    kit: Kit,
) -> None:
    """Migration 16's sender stored each outcome in the message's row and its attempt row at
    once, and only the audit entry waited in the log. A store a crash left like that: the
    restart writes the entry and touches the message no further."""
    [message] = queue(kit, ["partner01@example.com"])
    outbox = Outbox(conn=kit.store.conn, audit=kit.audit)
    with db.transaction(kit.store.conn) as conn:
        outbox.claim_many([message.id], path="relay", session="s1")
        conn.execute(
            "UPDATE outbox SET state = 'sent', last_reply = '250 accepted' WHERE id = ?",
            (message.id,),
        )
        conn.execute(
            "INSERT INTO outbox_attempts (message, at, path, outcome, code, reply) "
            "VALUES (?, '2026-11-30T10:00:00Z', 'relay', 'sent', 250, '250 accepted')",
            (message.id,),
        )
        conn.execute(
            "INSERT INTO outbox_unaudited (message, state, path, reply, stored) "
            "VALUES (?, 'sent', 'relay', '', 1)",
            (message.id,),
        )
    assert outbox.recover_interrupted() == []
    assert outbox.get(message.id).state == "sent"
    assert len(outbox.attempts(message.id)) == 1
    [entry] = kit.audit.entries(action_prefix="outbox.sent")
    assert entry.details["messages"] == [message.id]
    assert kit.audit.verify() == []


def test_a_message_the_relay_took_shows_sent_while_the_next_one_is_still_going(
    kit: Kit,
) -> None:
    """The outcome log is applied to the outbox at least every APPLY_SECONDS: a relay that
    takes its time over the next message does not leave the officer's outbox (another
    window, another command) saying `sending` for a message the relay already has."""
    release = threading.Event()
    [fast, slow] = queue(kit, ["fast@example.com", "slow@example.com"])
    with smtp_server("none") as server:
        set_delivery_doc(kit, delivery_toml(("relay", server, "none")))
        take = server.recorder.handle_DATA

        async def handle_data(smtp: Any, session: Any, envelope: Any) -> str:
            if "slow@example.com" in envelope.rcpt_tos:  # a relay busy with this one
                await asyncio.get_running_loop().run_in_executor(None, release.wait, 60)
            return await take(smtp, session, envelope)

        server.recorder.handle_DATA = handle_data  # type: ignore[method-assign]
        reports: list[DispatchReport] = []

        def send() -> None:  # another window's worker: its own connection
            conn = kit.store.connect()
            try:
                reports.append(Delivery.for_kit(kit, conn=conn, secrets=None).send())
            finally:
                conn.close()

        sender = threading.Thread(target=send)
        sender.start()
        try:
            outbox = Outbox(conn=kit.store.conn, audit=kit.audit)
            deadline = time.monotonic() + 30
            while outbox.get(fast.id).state != "sent" and time.monotonic() < deadline:
                time.sleep(0.05)
            seen = outbox.get(fast.id).state
            still_going = outbox.get(slow.id).state
        finally:
            release.set()
            sender.join(timeout=60)
    assert (seen, still_going) == ("sent", "sending")
    assert reports[0].sent == 2
    assert [m.state for m in outbox.get_many([fast.id, slow.id])] == ["sent", "sent"]
