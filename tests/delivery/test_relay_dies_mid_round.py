"""A relay that dies in the middle of a round is dropped from that round: the round says it
is down (and why), stops trying it, the next path takes the rest; every partner is told once,
"sent" only what a relay has. A real relay in its own process, killed mid-round."""

from __future__ import annotations

import threading
import time
from collections import Counter
from pathlib import Path

from app.delivery.dispatch import SMTP_SESSIONS
from app.delivery.outbox import Outbox
from app.delivery.service import Delivery
from app.kit import Kit
from tests.delivery.conftest import queue, set_delivery_doc
from tests.delivery.servers import RelayProcess, delivery_toml, relay_process

COUNT = 400


def _kill_when(relay: RelayProcess, arrived: int) -> threading.Thread:
    """Kills `relay` (SIGKILL) once `arrived` messages reached it."""

    def watch() -> None:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if len(list((relay.maildir / "new").iterdir())) >= arrived:
                break
            time.sleep(0.005)
        relay.proc.kill()
        relay.proc.wait(timeout=10)

    thread = threading.Thread(target=watch, daemon=True)
    thread.start()
    return thread


def test_a_relay_killed_mid_round_is_dropped_and_the_next_path_takes_the_rest(
    kit: Kit, delivery: Delivery, tmp_path: Path
) -> None:
    messages = queue(kit, [f"partner{i:03d}@example.com" for i in range(COUNT)])
    with (
        relay_process(tmp_path / "first") as first,
        relay_process(tmp_path / "second") as second,
    ):
        set_delivery_doc(
            kit,
            delivery_toml(
                ("first-relay", first.port, "none"), ("second-relay", second.port, "none")
            ),
        )
        killer = _kill_when(first, 40)
        report = delivery.send()
        killer.join()
        on_first, on_second = Counter(first.message_ids()), Counter(second.message_ids())

    assert 40 <= sum(on_first.values()) < COUNT  # the kill landed mid-round
    assert "first-relay" in report.paths_down, report.summary()
    assert "second-relay" not in report.paths_down
    outbox = Outbox(conn=kit.store.conn, audit=kit.audit)
    stored = {m.message_id: m for m in outbox.get_many([m.id for m in messages])}
    states = Counter(m.state for m in stored.values())
    assert states["queued"] == 0 and states["failed"] == 0, states  # the next path took them
    assert states["uncertain"] <= SMTP_SESSIONS  # only what was on the wire at the kill
    sent = {i for i, m in stored.items() if m.state == "sent"}
    assert sent <= set(on_first) | set(on_second)  # "sent" only what a relay has
    assert not set(on_first) & set(on_second)  # nobody told twice
    assert max([*on_first.values(), *on_second.values()]) == 1
    by_path = report.by_path
    assert by_path.get("second-relay", 0) == len(set(on_second))


def test_the_only_relay_killed_mid_round_leaves_the_rest_queued_with_the_reason(
    kit: Kit, delivery: Delivery, tmp_path: Path
) -> None:
    messages = queue(kit, [f"partner{i:03d}@example.com" for i in range(COUNT)])
    with relay_process(tmp_path / "only") as only:
        set_delivery_doc(kit, delivery_toml(("only-relay", only.port, "none")))
        killer = _kill_when(only, 40)
        report = delivery.send()
        killer.join()
        on_relay = Counter(only.message_ids())

    assert 40 <= sum(on_relay.values()) < COUNT
    assert "only-relay" in report.paths_down, report.summary()
    assert "Paths down: only-relay" in report.summary()
    outbox = Outbox(conn=kit.store.conn, audit=kit.audit)
    stored = outbox.get_many([m.id for m in messages])
    queued = [m for m in stored if m.state == "queued"]
    assert report.left_queued == len(queued) > 0
    assert {m.message_id for m in stored if m.state == "sent"} <= set(on_relay)
    # none tried after the path was found down: at most the messages each session had in
    # hand when its connection broke carry a reason, the rest were never tried
    tried = [m for m in queued if m.attempts]
    assert len(tried) <= SMTP_SESSIONS, [m.last_reply for m in tried]
    assert all(m.last_reply for m in tried)
