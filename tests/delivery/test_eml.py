""".eml export: drafts from the path's own address, and crash-safe — no message is both
exported and sent by the kit, whatever instant the export stops."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections import Counter
from email import message_from_bytes, policy
from pathlib import Path

from app.delivery.outbox import Outbox
from app.delivery.service import Delivery
from app.kit import Kit
from tests.delivery.conftest import queue, set_delivery_doc
from tests.delivery.servers import delivery_toml, relay_process
from tests.support.cli import REPO, CliRunner


def test_a_draft_carries_the_paths_from_and_reply_to_and_x_unsent(
    kit: Kit, delivery: Delivery, tmp_path: Path
) -> None:
    set_delivery_doc(kit, delivery_toml(("relay", 2525, "none")))
    [message] = queue(kit, ["alpha@example.com"])
    [path] = delivery.export_eml(tmp_path / "usb")
    draft = message_from_bytes(path.read_bytes(), policy=policy.strict)
    assert draft["From"] == "duty@example.com"
    assert draft["Reply-To"] == "noc@example.com"
    assert draft["X-Unsent"] == "1"
    assert draft["To"] == "alpha@example.com"
    assert draft["Message-ID"] == message.message_id
    assert "duty-officer@outage-kit.invalid" not in path.read_text()


def test_without_any_smtp_path_the_mail_client_fills_in_its_account(
    kit: Kit, delivery: Delivery, tmp_path: Path
) -> None:
    queue(kit, ["alpha@example.com"])
    [path] = delivery.export_eml(tmp_path / "usb")
    draft = message_from_bytes(path.read_bytes(), policy=policy.strict)
    assert draft["From"] is None and draft["X-Unsent"] == "1"


def test_a_write_failure_removes_what_was_written_and_requeues(
    kit: Kit, delivery: Delivery, tmp_path: Path
) -> None:
    messages = queue(kit, [f"p{i}@example.com" for i in range(5)])
    usb = tmp_path / "usb"
    (usb / f"outage-kit-{messages[3].id:06d}.eml").mkdir(parents=True)  # cannot be written
    try:
        delivery.export_eml(usb)
    except Exception as err:
        assert "back in the queue" in str(err)
    else:
        raise AssertionError("the export should have failed")
    assert [p.name for p in usb.iterdir()] == [f"outage-kit-{messages[3].id:06d}.eml"]
    assert delivery.outbox.counts()["queued"] == 5


def _export_and_kill(cli: CliRunner, usb: Path, count: int) -> int:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    exporter = subprocess.Popen(
        [sys.executable, "-m", "app", *cli.global_args(), "outbox", "export-eml", str(usb)],
        env=env,
        cwd=REPO,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if usb.is_dir() and len(list(usb.glob("*.eml"))) >= 20:
            break
        time.sleep(0.002)
    exporter.kill()  # SIGKILL; TerminateProcess on Windows
    exporter.wait(timeout=10)
    written = len(list(usb.glob("*.eml")))
    assert 20 <= written < count, f"the kill landed after {written} files"
    return written


def test_sigkill_during_export_then_send_sends_nothing_twice(
    kit: Kit, cli: CliRunner, tmp_path: Path
) -> None:
    count = 300
    messages = queue(kit, [f"partner{i:03d}@example.com" for i in range(count)])
    usb = tmp_path / "usb"
    _export_and_kill(cli, usb, count)
    with relay_process(tmp_path / "relay") as relay:
        set_delivery_doc(kit, delivery_toml(("relay", relay.port, "none")))
        result = cli.subprocess("outbox", "send")
        assert "cut short: its files were removed" in result.err
        assert result.code == 0, result.out + result.err
        on_relay = Counter(relay.message_ids())
    exported = {
        p.read_bytes().split(b"Message-ID: ")[1].split(b"\r\n")[0].decode()
        for p in usb.glob("*.eml")
    }
    assert not exported  # the cut-short export was rolled back
    assert not list(usb.glob(".*.tmp"))
    # queued before any SMTP path: named at the relay's From domain when sent (the outbox
    # shows the ID that left)
    sent = Outbox(conn=kit.store.conn, audit=kit.audit).get_many([m.id for m in messages])
    assert set(on_relay) == {m.message_id for m in sent} and max(on_relay.values()) == 1
    assert all(m.message_id.endswith("@example.com>") for m in sent)
    audit = [e.action for e in kit.audit.entries(action_prefix="outbox.export")]
    assert audit == ["outbox.export_rolled_back"]


def test_sigkill_during_export_to_a_stick_then_pulled_leaves_them_to_the_officer(
    kit: Kit, cli: CliRunner, tmp_path: Path
) -> None:
    count = 300
    messages = queue(kit, [f"partner{i:03d}@example.com" for i in range(count)])
    usb = tmp_path / "usb"
    _export_and_kill(cli, usb, count)
    shutil.move(usb, tmp_path / "in-the-officers-pocket")
    with relay_process(tmp_path / "relay") as relay:
        set_delivery_doc(kit, delivery_toml(("relay", relay.port, "none")))
        result = cli.subprocess("outbox", "send")
        assert "that folder is gone" in result.err
        assert relay.message_ids() == []  # none of them goes out behind the files' back
    counts = cli("--json", "outbox", "list").json()["counts"]
    assert counts["handed-off"] == len(messages)
