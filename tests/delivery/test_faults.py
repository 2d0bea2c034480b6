"""Bad links and killed senders: every message ends sent or uncertain, none lost, none
twice unless the officer chose to send it again."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.delivery.dispatch import SMTP_MESSAGES_PER_STEP, SMTP_SESSIONS
from app.delivery.outbox import Outbox
from app.delivery.service import Delivery
from app.kit import Kit
from tests.delivery.conftest import make_delivery, queue, set_delivery_doc
from tests.delivery.fault_proxy import FaultProxy
from tests.delivery.servers import Server, delivery_toml, relay_process, smtp_server
from tests.support.cli import REPO, CliRunner


@pytest.fixture
def plain_server() -> Iterator[Server]:
    with smtp_server("none") as server:
        yield server


def send_until_settled(delivery: Delivery, rounds: int = 12) -> None:
    """What the periodic retry does: send again while anything is queued."""
    for _ in range(rounds):
        if not delivery.outbox.queued_ids(channel="email"):
            return
        delivery.send()


def test_a_slow_throttled_link_that_cuts_mid_data_loses_nothing(
    kit: Kit, plain_server: Server
) -> None:
    proxy = FaultProxy(
        plain_server.port, latency=0.002, rate=400_000, cut_after_data_bytes=200, cuts=3
    )
    try:
        set_delivery_doc(kit, delivery_toml(("relay", proxy.port, "none")))
        messages = queue(kit, [f"partner{i}@example.com" for i in range(30)], body="x" * 3000)
        send_until_settled(make_delivery(kit, timeout=5))
    finally:
        proxy.close()
    outbox = Outbox(conn=kit.store.conn, audit=kit.audit)
    states = Counter(m.state for m in outbox.messages())
    assert set(states) <= {"sent", "uncertain"}
    assert states["sent"] + states["uncertain"] == len(messages)  # none lost
    assert states["uncertain"] == proxy.cut_count == 3  # each cut mid-DATA: the officer decides
    received = Counter(plain_server.recorder.message_ids())
    assert max(received.values()) == 1  # none twice
    sent_ids = {m.message_id for m in outbox.messages(state="sent")}
    assert sent_ids == set(received)  # every 'sent' is on the server, and only those
    for message in outbox.messages(state="uncertain"):
        assert "may have it" in message.last_reply
    # claimed but not tried when a connection broke: back in the queue, no attempt counted
    assert {m.attempts for m in outbox.messages()} == {1}


def settled_ids(server: Server) -> set[str]:
    """The Message-IDs the relay stored, once nothing new has come for half a second."""
    seen = -1
    while len(ids := server.recorder.message_ids()) != seen:
        seen = len(ids)
        time.sleep(0.5)
    return set(ids)


def test_sigkill_in_the_middle_of_a_500_message_batch(
    kit: Kit, cli: CliRunner, plain_server: Server
) -> None:
    set_delivery_doc(kit, delivery_toml(("relay", plain_server, "none")))
    queue(kit, [f"partner{i:03d}@example.com" for i in range(500)])
    plain_server.recorder.delay = 0.01  # a busy relay: the kill surely lands mid-batch
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    sender = subprocess.Popen(
        [sys.executable, "-m", "app", *cli.global_args(), "outbox", "send"],
        env=env,
        cwd=REPO,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while len(plain_server.recorder.received) < 150 and time.monotonic() < deadline:
        time.sleep(0.005)
    sender.kill()  # SIGKILL; TerminateProcess on Windows
    sender.wait(timeout=10)
    # the officer looks at the server once it is done with what reached it: a message whose
    # content arrived just before the kill is stored only after the relay's delay (read at
    # once, it looked missing, was settled as 'resend' and went out twice — seen under Wine)
    on_server = settled_ids(plain_server)
    assert 150 <= len(on_server) < 500, f"kill landed after {len(on_server)} messages"

    # restart: what was in flight is uncertain, never silently resent
    listed = cli("--json", "outbox", "list", "--state", "uncertain").json()
    uncertain = listed["messages"]
    # at most the one message per session that may have been on the wire
    assert len(uncertain) <= SMTP_SESSIONS, uncertain
    assert listed["counts"]["sending"] == 0
    # every outcome stored before the kill is in the audit, once (those whose entry was
    # still to be written in bulk got it at the restart)
    outbox = Outbox(conn=kit.store.conn, audit=kit.audit)
    named: Counter[int] = Counter()
    for entry in kit.audit.entries(action_prefix="outbox.sent"):
        named.update(entry.details["messages"])
    assert named == Counter(m.id for m in outbox.messages(state="sent", limit=500))
    assert kit.store.conn.execute("SELECT count(*) FROM outbox_unaudited").fetchone()[0] == 0
    assert kit.audit.verify() == []
    for message in uncertain:  # the officer checks the server's side and decides
        verdict = "sent" if message["message_id"] in on_server else "resend"
        assert cli("outbox", "settle", str(message["id"]), "--as", verdict).code == 0
    result = cli("--json", "outbox", "send")
    assert result.code == 0, result.err
    counts = cli("--json", "outbox", "list").json()["counts"]
    assert counts["sent"] == 500
    received = Counter(plain_server.recorder.message_ids())
    assert len(received) == 500  # every message on the server
    assert max(received.values()) == 1  # none twice


def test_sigkill_with_a_relay_that_never_answers_leaves_one_uncertain_per_session(
    kit: Kit, cli: CliRunner, tmp_path: Path
) -> None:
    """The relay takes each session's first message and never says 250: those are the only
    ones that may have left. Everything the sessions claimed behind them goes back to the
    queue, never tried."""
    messages = queue(kit, [f"partner{i:02d}@example.com" for i in range(30)])
    with relay_process(tmp_path / "relay", hang_data=True) as relay:
        set_delivery_doc(kit, delivery_toml(("relay", relay.port, "none")))
        sender = subprocess.Popen(
            [sys.executable, "-m", "app", *cli.global_args(), "outbox", "send"],
            env={**os.environ, "PYTHONPATH": str(REPO)},
            cwd=REPO,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 60
        while len(relay.message_ids()) < SMTP_SESSIONS and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(1.0)  # the sessions wait on the relay; nothing else may move meanwhile
        sender.kill()  # SIGKILL; TerminateProcess on Windows
        sender.wait(timeout=10)
        on_the_wire = set(relay.message_ids())
    assert len(on_the_wire) == SMTP_SESSIONS

    listed = cli("--json", "outbox", "list").json()
    counts = listed["counts"]
    uncertain = {m["message_id"] for m in listed["messages"] if m["state"] == "uncertain"}
    assert uncertain == on_the_wire  # exactly the ones that may have left
    assert counts["queued"] == len(messages) - SMTP_SESSIONS
    assert counts["sending"] == 0 and counts["sent"] == 0
    for message in listed["messages"]:
        if message["state"] == "queued":
            assert message["attempts"] == 0 and message["attempt_log"] == []
    requeued = [
        e
        for e in kit.audit.entries(action_prefix="outbox.queued")
        if "never tried" in str(e.details)
    ]
    # each session had claimed a step of messages: the rest of its step was never tried
    claimed_behind = SMTP_SESSIONS * (SMTP_MESSAGES_PER_STEP - 1)
    assert sum(len(e.details["messages"]) for e in requeued) == claimed_behind
    # the next send (the relay gone) names the uncertain ones and never re-sends them
    again = cli("outbox", "send")
    assert f"{SMTP_SESSIONS} messages uncertain" in again.out and "outbox settle" in again.out
    assert cli("--json", "outbox", "send").json()["uncertain"] == SMTP_SESSIONS
    assert cli("--json", "outbox", "list").json()["counts"]["uncertain"] == SMTP_SESSIONS
