"""Sending and .eml export on a full disk (issue 13, point 4): a clear 'disk full' message,
nothing marked sent that the relay does not have, no message lost, and once there is room
again every message reaches the relay exactly once. Real small tmpfs mounts (root only;
skipped elsewhere) and a relay in its own process."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from app.delivery.dispatch import SMTP_SESSIONS
from app.kit import Kit
from app.paths import KitPaths
from app.store.keys import NoKeyring
from app.store.unlock import unlock_with_passphrase
from tests.conftest import PASSPHRASE
from tests.delivery.conftest import queue, set_delivery_doc
from tests.delivery.servers import delivery_toml, relay_process
from tests.store.damage import tmpfs
from tests.store.test_disk_full import fill, says_disk_full
from tests.support.cli import CliRunner

COUNT = 200
BODY = "Impact: MT billing delayed for all operators.\nNext update no later than 03:30.\n" * 40


def set_up(cli: CliRunner, relay_port: int | None = None) -> list[str]:
    """An initialised kit with COUNT queued e-mails; their Message-IDs."""
    assert cli("init", "--operator", "Night Duty").code == 0
    kit = Kit.open(unlock_with_passphrase(KitPaths(cli.home), PASSPHRASE, NoKeyring()))
    try:
        if relay_port is not None:
            set_delivery_doc(kit, delivery_toml(("relay", relay_port, "none")))
        messages = queue(kit, [f"partner{i:03d}@example.com" for i in range(COUNT)], body=BODY)
    finally:
        kit.close()
    return [m.message_id for m in messages]


def states(cli: CliRunner) -> dict[str, str]:
    listed = cli("--json", "outbox", "list", "--limit", str(COUNT * 2)).json()
    return {m["message_id"]: m["state"] for m in listed["messages"]}


def settle_by_the_relay(cli: CliRunner, on_relay: set[str]) -> None:
    """What the officer does with an uncertain message: look at the relay's side."""
    listed = cli("--json", "outbox", "list", "--state", "uncertain").json()["messages"]
    assert len(listed) <= SMTP_SESSIONS  # only what may have been on the wire
    for message in listed:
        verdict = "sent" if message["message_id"] in on_relay else "resend"
        assert cli("outbox", "settle", str(message["id"]), "--as", verdict).code == 0


def test_sending_with_the_stores_disk_full(tmp_path: Path, passphrase_file: Path) -> None:
    with relay_process(tmp_path / "relay") as relay, tmpfs(tmp_path / "disk", "24m") as disk:
        cli = CliRunner(home=disk / "kit", passphrase_file=passphrase_file)
        ids = set_up(cli, relay.port)
        filler = fill(disk, spare=256 * 1024)  # room to open the store, not to send all
        result = cli.subprocess("outbox", "send")
        says_disk_full(result)
        on_relay = Counter(relay.message_ids())
        assert 0 < sum(on_relay.values()) < COUNT  # the disk filled up on the way
        # what went out is said, not "nothing was changed" (the officer would send it all
        # again by webmail, and partners would be told twice)
        assert "Nothing was changed" not in result.err, result.err
        said = re.search(r"(\d+) message\(s\) were sent and recorded; (\d+) may have", result.err)
        assert said is not None, result.err

        filler.unlink()
        assert cli("check").code == 0
        after = states(cli)  # this start sorts out what the full disk cut short
        assert set(after) == set(ids)  # none lost
        sent = {m for m, s in after.items() if s == "sent"}
        unsure = {m for m, s in after.items() if s == "uncertain"}
        assert (int(said[1]), int(said[2])) == (len(sent), len(unsure))
        assert len(sent) + len(unsure) > 0
        assert sent <= set(on_relay)  # nothing marked sent that the relay does not have
        assert set(on_relay) - sent <= {m for m, s in after.items() if s == "uncertain"}
        settle_by_the_relay(cli, set(on_relay))
        assert cli("outbox", "send").code == 0
        on_relay = Counter(relay.message_ids())
    assert set(on_relay) == set(ids) and max(on_relay.values()) == 1  # each once


def test_eml_export_to_a_full_stick(tmp_path: Path, passphrase_file: Path) -> None:
    cli = CliRunner(home=tmp_path / "kit", passphrase_file=passphrase_file)
    ids = set_up(cli)
    with tmpfs(tmp_path / "stick", "256k") as stick:  # holds some of the files, not all
        result = cli.subprocess("outbox", "export-eml", str(stick / "notices"))
        says_disk_full(result)
        assert str(stick) in result.err
        assert not list(stick.rglob("*.eml")) and not list(stick.rglob(".*.tmp"))
    assert set(states(cli).values()) == {"queued"}  # none handed off, none lost
    assert cli("check").code == 0
    with relay_process(tmp_path / "relay") as relay:
        kit = Kit.open(unlock_with_passphrase(KitPaths(cli.home), PASSPHRASE, NoKeyring()))
        try:
            set_delivery_doc(kit, delivery_toml(("relay", relay.port, "none")))
        finally:
            kit.close()
        assert cli("outbox", "send").code == 0
        on_relay = Counter(relay.message_ids())
    # queued before any SMTP path: each left named at the relay's From domain, its random
    # part kept (the same message)
    assert {i.split("@")[0] for i in on_relay} == {i.split("@")[0] for i in ids}
    assert all(i.endswith("@example.com>") for i in on_relay) and max(on_relay.values()) == 1
    assert set(on_relay) == set(states(cli))  # the outbox shows the IDs that left


def test_eml_export_with_the_stores_disk_full(tmp_path: Path, passphrase_file: Path) -> None:
    with tmpfs(tmp_path / "disk", "24m") as disk:
        cli = CliRunner(home=disk / "kit", passphrase_file=passphrase_file)
        ids = set_up(cli)
        filler = fill(disk, spare=128 * 1024)
        out = tmp_path / "elsewhere"
        says_disk_full(cli.subprocess("outbox", "export-eml", str(out)))
        assert not list(out.glob("*.eml"))  # nothing written that the store did not record
        filler.unlink()
        assert cli("check").code == 0
        assert states(cli) == dict.fromkeys(ids, "queued")
        assert cli("outbox", "export-eml", str(out)).code == 0
        assert len(list(out.glob("*.eml"))) == COUNT
        assert set(states(cli).values()) == {"handed-off"}
