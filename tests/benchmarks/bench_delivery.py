"""1,000 messages to a local aiosmtpd through the outbox (claim, send, outcome: each
committed, audited) against bare smtplib sending the same messages over the same number of
connections, same run: medians of alternating rounds (see `run`)."""

from __future__ import annotations

import resource
import smtplib
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from email import policy
from email.utils import format_datetime
from pathlib import Path

from app.delivery.dispatch import SMTP_SESSIONS
from app.delivery.mail import build_email, email_bytes
from app.delivery.outbox import NewMessage, Outbox, OutboxMessage
from app.delivery.service import Delivery
from app.kit import Kit
from app.store import db
from app.timefmt import now
from tests.benchmarks import Figure, new_kit
from tests.delivery.servers import delivery_toml, free_port, smtp_server

COUNT = 1000
ROUNDS = 5
BODY = (
    "Impact: MT subscription billing is delayed for all operators.\n"
    "Started: 02:41 local time. Actions so far: failover to the standby gateway.\n"
    "Next update no later than 03:30.\n"
) * 4


def _queue(kit: Kit) -> None:
    Outbox(conn=kit.store.conn, audit=kit.audit).enqueue(
        [
            NewMessage(
                channel="email",
                recipient=f"partner{i:04d}@example.com",
                subject="[OK-2026-0042] Subscription billing delayed",
                body=BODY,
                incident_ref="OK-2026-0042",
            )
            for i in range(COUNT)
        ]
    )


def _bare_loop(kit: Kit, port: int) -> float:
    """The machine's limit: the same messages, one connection, no bookkeeping. The same
    messages down to the headers: From and Reply-To of the profile `delivery_toml` writes."""
    messages = Outbox(conn=kit.store.conn, audit=kit.audit).messages(limit=COUNT)
    started = time.perf_counter()
    with smtplib.SMTP("127.0.0.1", port) as smtp:
        for message in messages:
            mail = build_email(message, sender="duty@example.com", reply_to="noc@example.com")
            smtp.sendmail(
                "duty@example.com", [message.recipient], mail.as_bytes(policy=policy.SMTP)
            )
    return COUNT / (time.perf_counter() - started)


def _cpu_seconds() -> float:
    """This process's CPU time so far (all its threads, user and system)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _as_built(message: OutboxMessage) -> bytes:
    """The message as any program would build it: `build_email`, then `as_bytes`."""
    mail = build_email(message, sender="duty@example.com", reply_to="noc@example.com")
    return mail.as_bytes(policy=policy.SMTP)


def _from_template(message: OutboxMessage) -> bytes:
    """The same bytes as the kit's sender builds them (a template per notice)."""
    date = format_datetime(now())
    return email_bytes(message, sender="duty@example.com", reply_to="noc@example.com", date=date)


def _bare_sessions(
    kit: Kit, port: int, build: Callable[[OutboxMessage], bytes] = _as_built
) -> float:
    """The same messages over as many connections as the kit opens (SMTP_SESSIONS), one
    thread each, no bookkeeping: the issue's yardstick."""
    messages = Outbox(conn=kit.store.conn, audit=kit.audit).messages(limit=COUNT)
    shares = [messages[i::SMTP_SESSIONS] for i in range(SMTP_SESSIONS)]

    def send(share: list[OutboxMessage]) -> None:
        with smtplib.SMTP("127.0.0.1", port) as smtp:
            for message in share:
                smtp.sendmail("duty@example.com", [message.recipient], build(message))

    threads = [threading.Thread(target=send, args=(share,)) for share in shares]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return COUNT / (time.perf_counter() - started)


def _through_outbox(folder: Path, port: int, cpu: list[float] | None = None) -> float:
    """The kit's rate; its CPU seconds for the send go into `cpu`."""
    kit = new_kit(folder)
    with db.transaction(kit.store.conn) as conn:
        conn.execute(
            "INSERT INTO directory_docs (name, body) VALUES ('delivery.toml', ?)",
            (delivery_toml(("relay", port, "none")),),
        )
    _queue(kit)
    delivery = Delivery.for_kit(kit, secrets=None)
    started, cpu_started = time.perf_counter(), _cpu_seconds()
    report = delivery.send()
    rate = COUNT / (time.perf_counter() - started)
    if cpu is not None:
        cpu.append(_cpu_seconds() - cpu_started)
    assert report.sent == COUNT, report.summary()
    kit.close()
    return rate


def _timed_sessions(
    kit: Kit, port: int, cpu: list[float], build: Callable[[OutboxMessage], bytes] = _as_built
) -> float:
    """`_bare_sessions`, its CPU seconds into `cpu`."""
    cpu_started = _cpu_seconds()
    rate = _bare_sessions(kit, port, build)
    cpu.append(_cpu_seconds() - cpu_started)
    return rate


@contextmanager
def _server_process() -> Iterator[int]:
    """aiosmtpd in a process of its own, as a real relay is: the kit's sending threads and
    the server then do not share one interpreter lock, for the baseline and the kit alike."""
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "aiosmtpd", "-n", "-l", f"127.0.0.1:{port}",
         "-c", "aiosmtpd.handlers.Sink"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                break
            except OSError:
                time.sleep(0.1)
        yield port
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@dataclass
class _Medians:
    ours: float  # msg/s
    bare: float
    sessions: float
    paired: float  # the median of each round's kit / bare-sessions ratio
    ours_cpu: float  # the client's CPU milliseconds per message (all its threads)
    sessions_cpu: float
    templated: float  # bare sessions building as the kit does (msg/s)
    templated_paired: float  # the median of each round's kit / templated ratio
    templated_cpu: float


def _rounds(folder: Path, port: int, label: str) -> _Medians:
    """ROUNDS rounds, the order of kit and baselines alternating from round to round (the
    load of this shared machine drifts): the medians of the kit, the bare loop and the bare
    sessions, of each round's kit / bare-sessions ratio, and of the CPU time each spent."""
    bare: list[float] = []
    sessions: list[float] = []
    ours: list[float] = []
    ratios: list[float] = []
    ours_cpu: list[float] = []
    sessions_cpu: list[float] = []
    templated: list[float] = []
    templated_ratios: list[float] = []
    templated_cpu: list[float] = []
    baseline_kit = new_kit(folder / f"baseline-{label}")
    _queue(baseline_kit)
    for round_ in range(ROUNDS):
        kit_folder = folder / f"outbox-{label}-{round_}"
        if round_ % 2:
            ours.append(_through_outbox(kit_folder, port, ours_cpu))
            templated.append(_timed_sessions(baseline_kit, port, templated_cpu, _from_template))
            sessions.append(_timed_sessions(baseline_kit, port, sessions_cpu))
            bare.append(_bare_loop(baseline_kit, port))
        else:
            bare.append(_bare_loop(baseline_kit, port))
            sessions.append(_timed_sessions(baseline_kit, port, sessions_cpu))
            templated.append(_timed_sessions(baseline_kit, port, templated_cpu, _from_template))
            ours.append(_through_outbox(kit_folder, port, ours_cpu))
        ratios.append(ours[-1] / sessions[-1])
        templated_ratios.append(ours[-1] / templated[-1])
    baseline_kit.close()
    median = statistics.median
    return _Medians(
        median(ours),
        median(bare),
        median(sessions),
        median(ratios),
        median(ours_cpu) * 1000 / COUNT,
        median(sessions_cpu) * 1000 / COUNT,
        median(templated),
        median(templated_ratios),
        median(templated_cpu) * 1000 / COUNT,
    )


def run() -> list[Figure]:
    """Medians of ROUNDS alternating rounds each: this machine is shared and noisy.

    The baseline is smtplib with nothing else: the same 1,000 messages, built by the same
    `build_email` with the same From and Reply-To, sent by `SMTP.sendmail` over as many
    connections as the kit opens (SMTP_SESSIONS threads, each its share), to the same
    aiosmtpd process; no store, no claims, no audit. The kit's figure is `Delivery.send()`
    of the same messages queued in a fresh store: every claim and outcome committed to the
    encrypted store (synchronous = FULL) before the next message's content leaves (an
    outcome as a narrow row of the outcome log), the log applied to the messages' rows,
    their attempt rows and the audit in bulk every APPLY_EVERY outcomes. The CPU figure
    (milliseconds per message, all the client's threads) shows what the bookkeeping costs
    however loaded the machine is.

    The kit builds each partner's message from a template per notice (`email_bytes`, the
    same bytes as `build_email` at about a third of the work); the second baseline, bare
    sessions building the same way, shows what the bookkeeping alone costs."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        with smtp_server("none") as server:
            inside = _rounds(folder, server.port, "in")
            assert len(server.recorder.received) == 4 * ROUNDS * COUNT
        with _server_process() as port:
            out = _rounds(folder, port, "out")
    return [
        Figure(
            "outbox send: 1,000 messages, aiosmtpd in its own process",
            out.ours,
            "msg/s",
            baseline=out.sessions,
            goal=f"≥ 0.8× bare smtplib, same {SMTP_SESSIONS} connections",
        ),
        Figure("  same, median of the rounds' own ratios (kit / sessions)", out.paired, "×"),
        Figure(
            "  same, client CPU per message, all threads (ratio kit/bare)",
            out.ours_cpu,
            "ms",
            baseline=out.sessions_cpu,
        ),
        Figure(
            "  same, against bare sessions building as the kit does",
            out.ours,
            "msg/s",
            baseline=out.templated,
        ),
        Figure("  same, median of the rounds' own ratios (kit / those)", out.templated_paired, "×"),
        Figure(
            "  same, their client CPU per message (ratio kit/those)",
            out.ours_cpu,
            "ms",
            baseline=out.templated_cpu,
        ),
        Figure(
            "  same, against a bare smtplib loop over one connection",
            out.ours,
            "msg/s",
            baseline=out.bare,
        ),
        Figure(
            f"  same, aiosmtpd inside the benchmark's process (median of {ROUNDS})",
            inside.ours,
            "msg/s",
            baseline=inside.bare,
        ),
    ]
