"""SIGKILL at random moments, many times, during `outbox send`, `.eml` export and `bundle
import` (issue 13, crash proof). After each kill: `check` sound, no leftover, every backup in
the rotation restorable, nothing lost; and at the end every message reached the relay (a
real SMTP server in its own process) exactly once, none both exported and sent."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from email import message_from_bytes
from pathlib import Path

import pytest

from app.delivery.dispatch import SMTP_SESSIONS
from app.kit import Kit
from app.paths import KitPaths
from app.store.keys import NoKeyring
from app.store.unlock import unlock_with_passphrase
from tests.conftest import PASSPHRASE
from tests.delivery.conftest import queue, set_delivery_doc
from tests.delivery.servers import delivery_toml, free_port
from tests.store.crash import assert_sound_and_restorable, killed_at_random
from tests.support.cli import REPO, CliRunner
from tests.support.mail_sink import MailSink

RUNS = int(os.environ.get("OUTAGE_KIT_CRASH_RUNS", "6"))
COUNT = 240

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL")


@pytest.fixture
def sink(tmp_path: Path) -> Iterator[MailSink]:
    # 10 ms a message: a batch takes ~1 s however fast the machine, so kills land inside it
    server = MailSink(free_port(), tmp_path / "received", delay=0.01)
    yield server
    server.stop()


def received(sink: MailSink) -> Counter[str]:
    return Counter(str(message_from_bytes(raw)["Message-ID"]).strip() for raw in sink.messages())


def delivered(sink: MailSink) -> int:
    return len(list(sink.folder.glob("*.eml")))


def open_kit(cli: CliRunner) -> Kit:
    return Kit.open(unlock_with_passphrase(KitPaths(cli.home), PASSPHRASE, NoKeyring()))


def set_up(cli: CliRunner, relay_port: int) -> set[str]:
    assert cli("init", "--operator", "Night Duty").code == 0
    kit = open_kit(cli)
    try:
        set_delivery_doc(kit, delivery_toml(("relay", relay_port, "none")))
        messages = queue(kit, [f"partner{i:03d}@example.com" for i in range(COUNT)])
    finally:
        kit.close()
    assert cli("backup").code == 0
    return {m.message_id for m in messages}


def killed_when(cli: CliRunner, rnd: random.Random, ready: Callable[[], bool], *args: str) -> bool:
    """Start the kit's command and SIGKILL it at a random moment once `ready()` (its work
    is under way: the relay got so many messages, so many files are on the stick). False
    when it finished first."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "app", *cli.global_args(), *args],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while not ready() and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.002)
    time.sleep(rnd.uniform(0, 0.02))
    proc.send_signal(signal.SIGKILL)
    return proc.wait() == -signal.SIGKILL


def outbox(cli: CliRunner) -> dict[str, dict[str, object]]:
    """Every message by Message-ID (listing it also sorts out what a crash left)."""
    listed = cli("--json", "outbox", "list", "--limit", str(COUNT * 2)).json()["messages"]
    return {str(m["message_id"]): m for m in listed}


def test_killed_sends_never_lose_or_repeat_a_message(cli: CliRunner, sink: MailSink) -> None:
    ids = set_up(cli, sink.port)
    rnd = random.Random(1401)
    for run in range(RUNS):
        if run % 3 == 2:  # now and then while it starts and sorts out the last crash
            killed_at_random(cli, rnd, 0.5, "outbox", "send")
        else:  # mostly in the middle of the batch
            target = len(received(sink)) + rnd.randint(1, 20)
            assert killed_when(cli, rnd, lambda t=target: delivered(sink) >= t, "outbox", "send")
        assert_sound_and_restorable(cli)
        on_relay = received(sink)
        assert max(on_relay.values(), default=1) == 1  # nothing twice
        messages = outbox(cli)
        assert set(messages) == ids  # nothing lost
        sent = {m for m, v in messages.items() if v["state"] == "sent"}
        uncertain = [v for v in messages.values() if v["state"] == "uncertain"]
        assert sent <= set(on_relay)  # nothing marked sent that the relay lacks
        assert set(on_relay) - sent <= {str(v["message_id"]) for v in uncertain}
        assert len(uncertain) <= SMTP_SESSIONS
        for message in uncertain:  # the officer looks at the relay and decides
            verdict = "sent" if message["message_id"] in on_relay else "resend"
            assert cli("outbox", "settle", str(message["id"]), "--as", verdict).code == 0
    # the kills landed mid-batch: some messages went out before them, not all
    assert 0 < len(received(sink)) < COUNT
    assert cli("outbox", "send").code == 0
    on_relay = received(sink)
    assert set(on_relay) == ids and max(on_relay.values()) == 1


def test_killed_eml_exports_leave_nothing_both_exported_and_sent(
    cli: CliRunner, sink: MailSink, tmp_path: Path
) -> None:
    ids = set_up(cli, sink.port)
    rnd = random.Random(1402)
    exported: set[str] = set()
    rolled_back = 0
    for run in range(RUNS):
        if COUNT - len(exported) < 2:  # exports finished before their kills (a slow machine)
            break
        folder = tmp_path / f"stick-{run}"
        if run % 3 == 2:
            killed_at_random(cli, rnd, 1.0, "outbox", "export-eml", str(folder))
        else:  # once some files are on the stick
            target = rnd.randint(1, COUNT - len(exported) - 1)
            killed_when(
                cli, rnd, lambda t=target, f=folder: len(list(f.glob("*.eml"))) >= t,
                "outbox", "export-eml", str(folder),
            )  # fmt: skip
        messages = outbox(cli)  # this start settles an export the kill cut short
        assert_sound_and_restorable(cli)
        assert set(messages) == ids
        files = list(folder.glob("*.eml")) if folder.exists() else []
        assert not list(folder.glob(".*")) if folder.exists() else True
        handed = {m for m, v in messages.items() if v["state"] == "handed-off"} - exported
        if files:  # the export finished before the kill: every file, all handed off
            names = {str(message_from_bytes(p.read_bytes())["Message-ID"]).strip() for p in files}
            assert names == handed
            exported |= names
        else:  # rolled back: nothing on the stick, nothing newly handed off
            assert handed == set()
            rolled_back += any("cut short" in str(v["last_reply"]) for v in messages.values())
    assert rolled_back and len(exported) < COUNT  # kills landed mid-export
    assert cli("outbox", "send").code == 0
    on_relay = received(sink)
    assert max(on_relay.values(), default=1) == 1
    assert set(on_relay) == ids - exported  # the exported ones stay with the officer
    assert not set(on_relay) & exported
