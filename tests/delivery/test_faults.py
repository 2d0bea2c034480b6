"""Bad links and killed senders: every message ends sent or uncertain, none lost, none
twice unless the officer chose to send it again."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator

import pytest

from app.delivery.dispatch import SMTP_MESSAGES_PER_STEP, SMTP_SESSIONS
from app.delivery.outbox import Outbox
from app.delivery.service import Delivery
from app.kit import Kit
from tests.delivery.conftest import make_delivery, queue, set_delivery_doc
from tests.delivery.fault_proxy import FaultProxy
from tests.delivery.servers import Server, delivery_toml, smtp_server
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
    sender.send_signal(signal.SIGKILL)
    sender.wait(timeout=10)
    on_server = set(plain_server.recorder.message_ids())
    assert 150 <= len(on_server) < 500, f"kill landed after {len(on_server)} messages"

    # restart: what was in flight is uncertain, never silently resent
    listed = cli("--json", "outbox", "list", "--state", "uncertain").json()
    uncertain = listed["messages"]
    # at most what one SMTP session holds claimed: its messages of the current step (one on
    # the wire) and the next step's, claimed while the last one went out
    assert len(uncertain) <= SMTP_SESSIONS * (SMTP_MESSAGES_PER_STEP + 1), uncertain
    assert listed["counts"]["sending"] == 0
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
