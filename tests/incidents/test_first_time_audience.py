"""A bundle import puts partners in an incident's group after its initial notice went out:
the follow-up reaches them too, and the command line says so (the dry run, the queue
message, --json), and `incident show` no longer reads as if everyone was told (tester F5)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.bundles import minisign
from tests.support.cli import CliRunner
from tests.support.lang_bundle import CONTACTS, write_source

PROMISE = datetime.now(UTC).replace(second=0, microsecond=0) + timedelta(hours=2)
#: three partners the second bundle adds to the group `all`
JOINED = (
    "Epsilon Media,NOC,noc@epsilon.example.com,,en,Europe/London,all,email\n"
    "Zeta Mobile,Ops,ops@zeta.example.com,,en,Europe/London,all,email\n"
    "Eta Pay,Desk,desk@eta.example.com,,en,Europe/London,all,email\n"
)


def _bundle(
    cli: CliRunner, tmp_path: Path, version: int, contacts: str, groups: str | None = None
) -> None:
    key = tmp_path / "keys" / "it"
    if not key.with_suffix(".key").exists():
        key.parent.mkdir()
        minisign.write_keypair(key, minisign.generate(), "it-key", kdf=minisign.INTERACTIVE)
        (tmp_path / "pass.txt").write_text("it-key\n", encoding="utf-8")
    files = {"contacts.csv": contacts, **({"groups.csv": groups} if groups else {})}
    source = write_source(tmp_path / f"src{version}", extra=files)
    out = tmp_path / f"v{version}.zip"
    built = cli(
        "bundle",
        "build",
        str(source),
        "--key",
        f"{key}.key",
        "--version",
        str(version),
        "--key-passphrase-file",
        str(tmp_path / "pass.txt"),
        "--out",
        str(out),
    )
    assert built.code == 0, built.err
    if version == 1:
        assert cli("bundle", "trust", f"{key}.pub", "--yes").code == 0
    imported = cli("bundle", "import", str(out), "--yes")
    assert imported.code == 0, imported.err


def _fields(tmp_path: Path, name: str, values: dict[str, str]) -> str:
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps(values), encoding="utf-8")
    return str(path)


def test_a_follow_up_names_partners_who_joined_after_the_initial_notice(
    cli: CliRunner, tmp_path: Path
) -> None:
    assert cli("init", "--operator", "Night Duty").code == 0
    _bundle(cli, tmp_path, 1, CONTACTS)
    ref = cli(
        "incident", "new", "--kind", "disaster", "--title", "SMS down", "--services", "sms"
    ).out.strip()
    initial = _fields(
        tmp_path,
        "initial",
        {
            "customer_impact": "SMS MT traffic is not delivered.",
            "start_time": "2026-11-30 21:40 UTC",
            "next_update": PROMISE.isoformat(),
        },
    )
    assert cli("incident", "notify", ref, "--stage", "initial", "--fields", initial).code == 0
    # every partner has it (recorded told another way: the messages are sent)
    assert cli("incident", "told", ref, "--how", "phoned every NOC").code == 0
    before = cli("--json", "incident", "show", ref).json()
    assert before["reach"] == {"told": 4, "audience": 4, "joined_later": 0}

    _bundle(cli, tmp_path, 2, CONTACTS + JOINED)  # three more partners in the group `all`
    shown = cli("incident", "show", ref)
    assert "  reach: 4 of 7 partners of its audience told of it" in shown.out  # "told" once
    assert "3 joined its groups after its last notice and have had no notice yet" in shown.out
    assert cli("--json", "incident", "show", ref).json()["reach"] == {
        "told": 4,
        "audience": 7,
        "joined_later": 3,
    }

    update = _fields(
        tmp_path,
        "update",
        {
            "customer_impact": "Still no MT.",
            "progress": "Vendor on site.",
            "next_update": (PROMISE + timedelta(hours=1)).isoformat(),
        },
    )
    notify = ("incident", "notify", ref, "--stage", "update", "--fields", update)
    dry = cli(*notify, "--dry-run")
    assert dry.code == 0, dry.out + dry.err
    assert "7 recipients (3 for the first time)" in dry.out
    assert (
        "3 recipients get this incident for the first time (they were not in the audience of "
        "earlier notices)" in dry.out
    )
    assert "In the groups: Everyone (all) 3." in dry.out
    assert cli("--json", *notify, "--dry-run").json()["first_time"] == {
        "recipients": 3,
        "groups": {"all": 3},
    }

    queued = cli(*notify)
    assert queued.code == 0, queued.err
    assert "3 recipients get this incident for the first time" in queued.out
    # queued is not told: the three are in the audience now, not told of it yet
    assert cli("--json", "incident", "show", ref).json()["reach"] == {
        "told": 4,
        "audience": 7,
        "joined_later": 0,
    }
    assert cli("incident", "told", ref, "--how", "phoned the three").code == 0
    assert cli("--json", "incident", "show", ref).json()["reach"]["told"] == 7
    # the next follow-up has nobody new
    again = cli("--json", *notify, "--dry-run").json()
    assert again["first_time"] == {"recipients": 0, "groups": {}}
    assert not any("first time" in w for w in again["warnings"])
