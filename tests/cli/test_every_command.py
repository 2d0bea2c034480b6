"""Every command of the command line, run as the real program with --json, the way a script
chains them: each answers with exactly one JSON document on stdout and an exit code from the
README's table. A command added later without a place here fails the coverage test."""

from __future__ import annotations

import argparse
import json
import socket
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from app.bundles import minisign
from app.cli import build_parser
from tests.backlog.conftest import HEADER, sample_rows
from tests.cli.conftest import Answer, Outage
from tests.conftest import OPERATOR
from tests.support.cli import REPO


def leaf_commands(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()) -> set[str]:
    verbs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not verbs:
        return {" ".join(prefix)}
    found: set[str] = set()
    for name, child in verbs[0].choices.items():
        found |= leaf_commands(child, (*prefix, name))
    return found


LEAVES = leaf_commands(build_parser())
COVERED: set[str] = set()


class Script:
    """Runs commands in order and records which leaf command each one was."""

    def __init__(self, outage: Outage) -> None:
        self.outage = outage

    def __call__(self, *args: str, codes: tuple[int, ...] = (0,), stdin: str | None = None) -> Any:
        answer: Answer = self.outage(*args, stdin=stdin)
        assert answer.code in codes, (args, answer.code, answer.out, answer.err)
        assert "This is a bug" not in answer.err, answer.err
        data = answer.json()  # exactly one JSON document
        if answer.code == 2:
            assert {"error", "message", "exit_code"} <= set(data), data
        words = [a for a in args if not a.startswith("-")]
        COVERED.add(max((leaf for leaf in LEAVES if _starts(words, leaf)), key=len))
        return data


def _starts(words: list[str], leaf: str) -> bool:
    parts = leaf.split()
    return words[: len(parts)] == parts


def _write(path: Path, text: str) -> str:
    path.write_text(text, encoding="utf-8")
    return str(path)


@pytest.fixture
def script(tmp_path: Path, passphrase_file: Path) -> Script:
    return Script(Outage(home=tmp_path / "kit", passphrase_file=passphrase_file))


def test_every_command_answers_in_json(script: Script, tmp_path: Path) -> None:
    run = script
    # -- store ---------------------------------------------------------------------------
    assert run("init", "--operator", OPERATOR, "--demo")["operator"] == OPERATOR
    assert run("check")["sound"] is True
    usb = tmp_path / "usb"
    usb.mkdir()
    backup = run("backup", "--out", str(usb))
    assert Path(backup["copy"]).parent == usb
    assert run("audit", "verify")["intact"] is True
    head = run("audit", "head")
    assert run("audit", "verify", "--anchor", head["hash"])["intact"] is True
    assert any(e["action"] == "store.created" for e in run("audit", "list"))

    # -- contacts, incidents, outbox ------------------------------------------------------
    assert run("contacts", "groups")
    assert run("contacts", "list")
    incident = run(
        "incident", "new", "--kind", "disaster", "--title", "SMS down", "--services", "sms"
    )
    ref = incident["reference"]
    assert [i["reference"] for i in run("incident", "list")] == [ref]
    assert run("incident", "drafts") == []  # nothing typed in the window and left unqueued
    unknown = run("incident", "drafts", "--discard", "new:disaster", codes=(2,))
    assert "no draft" in unknown["message"]
    later = (datetime.now(UTC) + timedelta(hours=1)).isoformat(timespec="minutes")
    initial = _write(
        tmp_path / "initial.json",
        json.dumps(
            {
                "impact": "No MT",
                "started": "2026-11-30 02:00 UTC",
                "actions": "Restart",
                "next_update": later,
            }
        ),
    )
    notify = ("incident", "notify", ref, "--fields", initial, "--stage", "initial")
    assert run(*notify, "--dry-run")["problems"] == []
    assert run(*notify)["queued"] > 0
    resolved = _write(
        tmp_path / "resolved.json",
        json.dumps({"resolved_at": "2026-11-30 04:00 UTC", "summary": "Fixed"}),
    )
    run("incident", "notify", ref, "--stage", "resolved", "--fields", resolved)
    assert run("incident", "show", ref)["reference"] == ref
    batches = run("outbox", "webmail")["batches"]
    assert batches and all(b["recipients"] >= 1 for b in batches)
    # the demo's relay port (127.0.0.1:2525) may be another program's relay on this machine:
    # a port bound here and never listening refuses at once
    with socket.socket() as nobody:
        nobody.bind(("127.0.0.1", 0))
        run("paths", "edit", "demo-local-relay", f"port={nobody.getsockname()[1]}")
        run("outbox", "send", codes=(0, 1))
    exported = run("outbox", "export-eml", str(tmp_path / "eml"))
    handed_off = [m["id"] for m in run("outbox", "list", "--state", "handed-off")["messages"]]
    assert len(handed_off) == len(exported["files"]) > 0
    settled = run("outbox", "settle", str(handed_off[0]), "--as", "sent")
    assert settled["state"] == "sent"
    assert run("outbox", "retry", "999999", codes=(2,))["error"] == "not_found"
    # told means delivered: the SMS-only partner (no modem) is phoned, then it closes
    assert run("incident", "close", ref, codes=(2,))["error"] == "refused"
    assert run("incident", "told", ref, "--how", "phoned the NOC")["messages"] > 0
    assert run("incident", "close", ref)["state"] == "closed"
    mistake = run(
        "incident", "new", "--kind", "disaster", "--title", "False alarm", "--services", "sms"
    )["reference"]
    withdrawn = run("incident", "withdraw", mistake, "--reason", "monitoring probe misfired")
    assert withdrawn["state"] == "withdrawn"
    soon = datetime.now(UTC).replace(microsecond=0) + timedelta(days=2)
    work = _write(tmp_path / "work.json", json.dumps({"work": "Upgrade", "impact": "None"}))
    window = f"{soon.isoformat()}/{(soon + timedelta(hours=2)).isoformat()}"
    planned = run(
        "incident",
        "new",
        "--kind",
        "downtime",
        "--title",
        "DB",
        "--services",
        "sms",
        "--window",
        window,
        "--fields",
        work,
        "--announce-days",
        "0",
    )["reference"]
    assert run("incident", "schedule")["work"][0]["reference"] == planned
    assert run("incident", "schedule", "--missed") == []
    moved = soon + timedelta(days=1)
    later = f"{moved.isoformat()}/{(moved + timedelta(hours=2)).isoformat()}"
    assert run("incident", "move", planned, "--window", later, "--reason", "vendor")["notice"]
    changed = run("incident", "plan", planned, "--reminders", "2h", "--start-notice", "yes")
    assert [p["purpose"] for p in changed if p["state"] == "pending"] == [
        "reminder",
        "started",
        "completion",
    ]
    not_yet = run("incident", "extend", planned, "--end", later.split("/")[1], codes=(2,))
    assert not_yet["error"] == "refused"
    nothing_held = run("incident", "reissue", planned, codes=(2,))
    assert "no held copies" in nothing_held["message"]

    # -- delivery paths -------------------------------------------------------------------
    run("paths", "probe", "--timeout", "1", codes=(0, 1))
    no_tls = run("paths", "password", "demo-local-relay", "--stdin", stdin="s", codes=(2,))
    assert 'security = "none"' in no_tls["message"]
    run("paths", "add", "webmail", "outlook-web", "compose_url=outlook")
    run("paths", "edit", "demo-local-relay", "port=2526", "security=starttls", "username=noc")
    run("paths", "password", "demo-local-relay", "--stdin", stdin="s3cret\n")
    run("paths", "revert", "demo-local-relay")
    run("paths", "order", "outlook-web")
    run("paths", "disable", "modem")
    run("paths", "enable", "modem")
    run("paths", "remove", "outlook-web", "--yes")
    assert [p["name"] for p in run("paths", "list")] == ["demo-local-relay", "gmail-demo", "modem"]

    # -- backlog, balances, reports -------------------------------------------------------
    export = _write(tmp_path / "telephony.csv", "\n".join([HEADER, *sample_rows(30)]) + "\n")
    demo_records = run("backlog", "query", "--limit", "1")["total"]  # the DEMO backlog
    assert run("backlog", "import", export, "--kind", "bms-telephony")["inserted"] == 30
    assert run("backlog", "query", "--limit", "5")["total"] == demo_records + 30
    ids = _write(tmp_path / "ids.txt", "Q000001\nQ000002\n")
    run("backlog", "set-status", "--ids", ids, "--to", "write-off", "--note", "duplicates")
    run("backlog", "undo")
    run("backlog", "set-status", "--ids", ids, "--to", "write-off", "--note", "duplicates")
    run("backlog", "report", "write-offs", "--format", "csv", "--out", str(tmp_path / "w.csv"))
    run("backlog", "export-decisions", "--out", str(tmp_path / "decisions.csv"))
    assert run("backlog", "reasons")
    snapshot = _write(
        tmp_path / "balances.csv",
        "MSISDN,Balance Type,Bucket,Value,Expiry,Currency\n"
        "+46700000000,General Cash,1,-2.00,2026-09-30,EUR\n",
    )
    run("balances", "import", snapshot)
    assert run("balances", "negative")["buckets"]
    run("report", "incident", ref, "--format", "csv", "--out", str(tmp_path / "incident.csv"))
    today = datetime.now(UTC).date()
    first, last = str(today - timedelta(days=1)), str(today + timedelta(days=1))
    period = str(tmp_path / "period.csv")
    run("report", "period", "--from", first, "--to", last, "--format", "csv", "--out", period)

    # -- bundles --------------------------------------------------------------------------
    keygen = run("bundle", "keygen", "--out", str(tmp_path / "new"), codes=(2,))
    assert keygen["details"]["flag"] == "--key-passphrase-file FILE"
    prefix = tmp_path / "it"
    minisign.write_keypair(prefix, minisign.generate(), "it-key-pass-42", kdf=minisign.INTERACTIVE)
    key_pass = _write(tmp_path / "key-pass.txt", "it-key-pass-42\n")
    bundle = str(tmp_path / "contacts-v1.zip")
    run(
        "bundle", "build", str(REPO / "resources" / "demo"), "--key", f"{prefix}.key",
        "--version", "1", "--out", bundle, "--key-passphrase-file", key_pass,
    )  # fmt: skip
    run("bundle", "verify", bundle, "--pubkey", f"{prefix}.pub")
    run("bundle", "trust", f"{prefix}.pub", "--yes")
    assert run("bundle", "import", bundle, "--yes")["applied"] is True
    assert run("bundle", "status")
    role = run("bundle", "status")["signers"][0]["role"]
    run("bundle", "untrust", "--role", role, "--yes")

    # -- settings, templates, runbooks, passphrase, key -----------------------------------
    assert run("settings", "list")
    run("settings", "set", "backup_keep", "12")
    assert run("settings", "get", "backup_keep")["value"] == 12
    assert run("settings", "language", "en") == {"choice": "en", "language": "en"}
    assert run("templates", "list")
    source = run("templates", "show", "downtime/initial.en")["source"]
    assert run("templates", "lint", "downtime/initial.en")["problems"] == []
    edited = _write(tmp_path / "edit.j2", source + "\nThe duty desk.\n")
    run("templates", "edit", "downtime/initial.en", edited)
    run("templates", "reset", "downtime/initial.en")
    assert run("runbooks", "list")
    assert run("runbooks", "show", "webmail")["body"]
    new_pass = _write(tmp_path / "new-pass.txt", "Another-Strong-Pass-77\n")
    run("passphrase", "change", "--new-passphrase-file", new_pass)
    script.outage.passphrase_file = Path(new_pass)
    run("rekey", "--yes")
    run("restore", backup["backup"], "--yes")  # made before the rekey, re-encrypted by it
    assert run("check")["sound"] is True


def test_every_command_has_a_place_in_the_script() -> None:
    """Runs after the script above (file order): a new command must be added to it."""
    if not COVERED:
        pytest.skip("run together with test_every_command_answers_in_json")
    assert sorted(LEAVES - COVERED) == []
