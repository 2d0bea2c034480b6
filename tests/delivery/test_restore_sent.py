"""Restoring a backup never sends a message again (F16): what left after the backup was made
keeps its state in the restored store — sent stays sent, handed off stays handed off — and
nothing goes out twice, even when the kit is killed between the swap and the carry-over.
A real relay in its own process counts what partners received."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.contacts.demo import load_demo
from app.incidents.service import IncidentService
from app.kit import Kit
from app.paths import KitPaths
from app.store.keys import NoKeyring
from app.store.unlock import unlock_with_passphrase
from tests.conftest import PASSPHRASE
from tests.delivery.conftest import make_delivery, queue, set_delivery_doc
from tests.delivery.servers import delivery_toml, relay_process
from tests.support.cli import REPO, CliRunner
from tests.support.wall_clock import gone

KEPT = "2 messages sent after this backup was made are kept as sent; they will not go out again."


def _set_up(cli: CliRunner, relay_port: int) -> list[str]:
    """An initialised kit with two queued e-mails to two partners; their Message-IDs."""
    assert cli("init", "--operator", "Night Duty").code == 0
    kit = Kit.open(unlock_with_passphrase(KitPaths(cli.home), PASSPHRASE, NoKeyring()))
    try:
        set_delivery_doc(kit, delivery_toml(("relay", relay_port, "none")))
        messages = queue(kit, ["ops@kestrel.example", "noc@tapir.example"])
    finally:
        kit.close()
    return [m.message_id for m in messages]


def _backed_up(
    tmp_path: Path, passphrase_file: Path, port: int
) -> tuple[CliRunner, list[str], Path]:
    """The kit with its two queued messages, and a backup of it made before they leave."""
    cli = CliRunner(home=tmp_path / "kit", passphrase_file=passphrase_file)
    ids = _set_up(cli, port)
    backup = tmp_path / "before.okbak"
    assert cli("backup", "--out", str(backup)).code == 0
    return cli, ids, backup


def _states(cli: CliRunner) -> dict[str, str]:
    listed = cli("--json", "outbox", "list").json()["messages"]
    return {m["message_id"]: m["state"] for m in listed}


def _audit(cli: CliRunner) -> list[str]:
    kit = Kit.open(unlock_with_passphrase(KitPaths(cli.home), PASSPHRASE, NoKeyring()))
    try:
        return [e.action for e in kit.audit.entries()]
    finally:
        kit.close()


def test_messages_sent_after_the_backup_are_not_sent_again_after_a_restore(
    tmp_path: Path, passphrase_file: Path
) -> None:
    with relay_process(tmp_path / "relay") as relay:
        cli, ids, backup = _backed_up(tmp_path, passphrase_file, relay.port)
        sent = cli.subprocess("outbox", "send")
        assert sent.code == 0, sent.err
        assert sorted(relay.message_ids()) == sorted(ids)

        restored = cli("restore", str(backup))
        assert restored.code == 0, restored.err
        assert KEPT in restored.out
        assert _states(cli) == dict.fromkeys(ids, "sent")
        listed = cli("--json", "outbox", "list").json()["messages"]
        assert all(m["path"] == "relay" for m in listed)
        assert all(m["attempt_log"][0]["outcome"] == "sent" for m in listed)
        again = cli.subprocess("outbox", "send")
        assert again.out.strip() == "Nothing is queued.", again.out
        assert Counter(relay.message_ids()) == Counter(ids)  # each partner has it once
    actions = _audit(cli)
    assert actions[:2] == ["outbox.carried_over", "store.restored"]


def test_a_hand_off_after_the_backup_stays_handed_off(
    tmp_path: Path, passphrase_file: Path
) -> None:
    with relay_process(tmp_path / "relay") as relay:
        cli, ids, backup = _backed_up(tmp_path, passphrase_file, relay.port)
        assert cli("outbox", "export-eml", str(tmp_path / "usb")).code == 0

        restored = cli("restore", str(backup))
        assert restored.code == 0, restored.err
        assert "2 messages that may have left after this backup" in restored.out
        assert _states(cli) == dict.fromkeys(ids, "handed-off")
        assert cli.subprocess("outbox", "send").out.strip() == "Nothing is queued."
        assert relay.message_ids() == []


def test_a_restore_killed_between_the_swap_and_the_carry_over_sends_nothing_twice(
    tmp_path: Path, passphrase_file: Path
) -> None:
    """SIGKILL right after the restored copy replaced the store, before anything else ran:
    the next start finishes the carry-over before the sender can see a queued copy."""
    with relay_process(tmp_path / "relay") as relay:
        cli, ids, backup = _backed_up(tmp_path, passphrase_file, relay.port)
        assert cli.subprocess("outbox", "send").code == 0
        script = textwrap.dedent(
            f"""
            import os, signal
            from pathlib import Path
            from app.kit import Kit
            from app.paths import KitPaths
            from app.store.keys import NoKeyring
            from app.store.unlock import unlock_with_passphrase
            kit = Kit.open(unlock_with_passphrase(KitPaths(Path({str(cli.home)!r})),
                           {PASSPHRASE!r}, NoKeyring()))
            backup = Path({str(backup)!r})
            staged = kit.store.prepare_restore(backup)
            kit.swap_in(backup, staged)
            os.kill(os.getpid(), signal.SIGKILL)
            """
        )
        killed = subprocess.run(
            [sys.executable, "-c", script], cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)}
        )
        assert killed.returncode == -signal.SIGKILL

        again = cli.subprocess("outbox", "send")
        assert KEPT in again.out + again.err  # said at the start that finished it
        assert "Nothing is queued." in again.out, again.out
        assert Counter(relay.message_ids()) == Counter(ids)
        assert _states(cli) == dict.fromkeys(ids, "sent")
    actions = _audit(cli)
    assert actions.count("store.restored") == 1 and "outbox.carried_over" in actions


def test_told_after_a_restore_agrees_with_what_partners_received(kit: Kit, tmp_path: Path) -> None:
    """The incident's "told" reads the outbox: after the restore each partner is still told,
    at the time the relay accepted the notice, not queued again."""
    load_demo(kit)
    with relay_process(tmp_path / "relay") as relay:
        set_delivery_doc(kit, delivery_toml(("relay", relay.port, "none")))
        service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
        incident = service.create("disaster", "Billing down", ["subscriptions"])
        promise = (datetime.now(UTC) + timedelta(hours=3)).isoformat()
        fields = {"impact": "No renewals.", "started": gone("01:00 UTC"), "actions": "Restarting."}
        queued = service.notify(incident, "initial", {**fields, "next_update": promise})
        backup = kit.store.backup("manual")
        sent = make_delivery(kit).send().sent  # the e-mails; SMS wait for a modem
        assert 0 < sent <= queued.messages
        before = service.delivery(incident)[queued.notice_id]
        assert before.told > 0 and before.count("sent") == sent

        said = kit.restore(backup.path)
        service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
        after = service.delivery(incident)[queued.notice_id]
        assert (after.told, after.delivered_at) == (before.told, before.delivered_at)
        assert dict(after.states) == dict(before.states)  # only the SMS still wait
        assert f"{sent} messages sent after this backup" in " ".join(said)
        assert make_delivery(kit).send().sent == 0
        assert len(relay.message_ids()) == sent
