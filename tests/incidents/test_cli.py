"""The command line of DESIGN.md §4 for contacts and incidents, end to end."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.support.cli import CliRunner
from tests.support.wall_clock import gone


@pytest.fixture
def demo_cli(cli: CliRunner) -> CliRunner:
    assert cli("init", "--operator", "Night Duty", "--demo").code == 0
    return cli


def _fields(tmp_path: Path, name: str, **values: str) -> str:
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps(values), encoding="utf-8")
    return str(path)


def _later(hours: float = 1) -> str:
    return (datetime.now(UTC) + timedelta(hours=hours)).isoformat(timespec="minutes")


def test_contacts_list_and_groups(demo_cli: CliRunner) -> None:
    groups = demo_cli("--json", "contacts", "groups").json()
    assert {g["id"] for g in groups} == {"sms-gateways", "subscriptions", "oneshot", "brazil"}
    brazil = next(g for g in groups if g["id"] == "brazil")
    assert brazil["contacts"] >= 4 and "platform" in brazil["services"]
    listed = demo_cli("--json", "contacts", "list", "--group", "brazil").json()
    assert all("brazil" in c["groups"] for c in listed)
    text = demo_cli("contacts", "list", "--search", "wisla")
    assert "DEMO Wisła Media" in text.out
    bad = demo_cli("contacts", "list", "--group", "nope")
    assert bad.code == 2 and "There is no group 'nope'" in bad.err


def test_disaster_from_new_to_close(demo_cli: CliRunner, tmp_path: Path) -> None:
    # every partner of these groups reads e-mail, so .eml hand-off can reach them all
    ref = demo_cli(
        "incident",
        "new",
        "--kind",
        "disaster",
        "--title",
        "SMS down",
        "--services",
        "sms",
        "--groups",
        "subscriptions",
    ).out.strip()
    assert ref.startswith("OK-")
    listed = demo_cli("incident", "list")
    assert ref in listed.out and "notify partners by" in listed.out

    incomplete = _fields(tmp_path, "bad", impact="No MT", next_update=_later())
    dry = demo_cli(
        "--json",
        "incident",
        "notify",
        ref,
        "--stage",
        "initial",
        "--fields",
        incomplete,
        "--dry-run",
    )
    assert dry.code == 1
    assert any("(started)'" in p for p in dry.json()["problems"])
    refused = demo_cli("incident", "notify", ref, "--stage", "initial", "--fields", incomplete)
    assert refused.code == 2 and "Nothing was queued" in refused.err

    good = _fields(
        tmp_path,
        "initial",
        impact="No MT",
        started=gone("02:00 UTC"),
        actions="Restarting",
        next_update=_later(),
    )
    preview = demo_cli(
        "incident", "notify", ref, "--stage", "initial", "--fields", good, "--dry-run"
    )
    assert preview.code == 0
    assert f"Subject: [{ref}] Awaria: SMS down" in preview.out
    assert "ok: nothing missing" in preview.out
    queued = demo_cli("--json", "incident", "notify", ref, "--stage", "initial", "--fields", good)
    assert queued.code == 0 and queued.json()["queued"] > 0

    early_close = demo_cli("incident", "close", ref)
    assert early_close.code == 2 and "resolution" in early_close.err
    resolved = _fields(tmp_path, "resolved", resolved_at=gone("04:00 UTC"), summary="Fixed")
    assert (
        demo_cli("incident", "notify", ref, "--stage", "resolved", "--fields", resolved).code == 0
    )
    shown = demo_cli("--json", "incident", "show", ref).json()
    assert [n["stage"] for n in shown["notices"]] == ["initial", "resolved"]
    assert shown["notices"][0]["messages"] == {"queued": shown["notices"][0]["messages"]["queued"]}
    # queued is not told: the clock and the close rule wait for delivery
    refused = demo_cli("incident", "close", ref)
    assert refused.code == 2 and "has not reached every partner yet" in refused.err
    # hand everything off as .eml files, then confirm it went out from a mail client
    assert demo_cli("outbox", "export-eml", str(tmp_path / "usb")).code == 0
    listed = demo_cli("--json", "outbox", "list", "--state", "handed-off").json()
    handed = [m["id"] for m in listed["messages"]]
    still = demo_cli("incident", "close", ref)
    assert still.code == 2 and "handed-off" in still.err
    assert demo_cli("outbox", "settle", *map(str, handed), "--as", "sent").code == 0
    shown = demo_cli("--json", "incident", "show", ref).json()
    assert all(n["delivered_at"] for n in shown["notices"])
    closed = demo_cli("incident", "close", ref)
    assert closed.code == 0, closed.err
    assert demo_cli("incident", "list").out.strip() == "No open incidents."


def test_incident_opened_by_mistake_is_withdrawn(demo_cli: CliRunner, tmp_path: Path) -> None:
    ref = demo_cli(
        "incident", "new", "--kind", "disaster", "--title", "False alarm", "--services", "sms"
    ).out.strip()
    close = demo_cli("incident", "close", ref)
    assert close.code == 2 and "withdraw" in close.err
    no_reason = demo_cli("incident", "withdraw", ref, "--reason", "  ")
    assert no_reason.code == 2 and "Say why" in no_reason.err
    done = demo_cli("--json", "incident", "withdraw", ref, "--reason", "monitoring glitch")
    assert done.code == 0, done.err
    assert done.json()["state"] == "withdrawn"
    assert demo_cli("incident", "list").out.strip() == "No open incidents."
    assert "withdrawn" in demo_cli("incident", "list", "--all").out
    assert "incident.withdrawn" in demo_cli("audit", "list").out


def test_withdraw_refused_once_a_notice_went_out(demo_cli: CliRunner, tmp_path: Path) -> None:
    ref = demo_cli(
        "incident", "new", "--kind", "disaster", "--title", "Real", "--services", "sms"
    ).out.strip()
    fields = _fields(
        tmp_path,
        "i",
        impact="No MT",
        started=gone("02:00 UTC"),
        actions="Restart",
        next_update=_later(),
    )
    assert demo_cli("incident", "notify", ref, "--stage", "initial", "--fields", fields).code == 0
    assert "queued, not delivered yet" in demo_cli("incident", "list").out
    assert demo_cli("outbox", "export-eml", str(tmp_path / "usb")).code == 0
    refused = demo_cli("incident", "withdraw", ref, "--reason", "oops")
    assert refused.code == 2 and "resolution notice" in refused.err
    # a real plural: "7 messages of OK-… have", not "7 message(s) of"
    assert re.search(rf"\b\d+ messages of {ref} have already gone out", refused.err), refused.err
    assert "(s)" not in refused.err, refused.err
    assert demo_cli("--json", "incident", "show", ref).json()["state"] == "open"


def test_notice_preview_counts_the_sms_each_partner_gets(
    demo_cli: CliRunner, tmp_path: Path
) -> None:
    ref = demo_cli(
        "incident", "new", "--kind", "disaster", "--title", "SMS down", "--services", "sms"
    ).out.strip()
    fields = _fields(
        tmp_path,
        "initial",
        impact="Brak wysyłki SMS do wszystkich sieci.",
        started=gone("02:00 UTC"),
        actions="Restart połączeń SMPP.",
        next_update=_later(),
    )
    args = ["incident", "notify", ref, "--stage", "initial", "--fields", fields, "--dry-run"]
    notices = demo_cli("--json", *args).json()["notices"]
    sms = {n["language"]: n["sms"] for n in notices if n["channel"] == "sms"}
    assert sms["pl"]["encoding"] == "ucs2" and sms["pl"]["messages"] >= 2
    assert sms["pl"]["characters"] > 70
    assert all(n["sms"] is None for n in notices if n["channel"] == "email")
    text = demo_cli(*args).out
    assert "'ł' outside the GSM alphabet" in text and "numbered SMS to each partner" in text


def test_downtime_window_and_refused_close(demo_cli: CliRunner, tmp_path: Path) -> None:
    start = datetime.now(UTC) + timedelta(days=2)
    end = start + timedelta(hours=2)
    window = f"{start.isoformat(timespec='minutes')}/{end.isoformat(timespec='minutes')}"
    created = demo_cli(
        "--json",
        "incident",
        "new",
        "--kind",
        "downtime",
        "--title",
        "DB upgrade",
        "--services",
        "subscriptions",
        "--window",
        window,
    )
    assert created.code == 0, created.err
    ref = created.json()["reference"]
    fields = _fields(tmp_path, "dt", impact="No renewals", work="Upgrade", next_update=_later(60))
    assert demo_cli("incident", "notify", ref, "--stage", "initial", "--fields", fields).code == 0
    refused = demo_cli("incident", "close", ref)
    assert refused.code == 2 and "completion" in refused.err
    done = _fields(tmp_path, "done", completed_at="now", summary="Done")
    early = demo_cli("incident", "notify", ref, "--stage", "completed", "--fields", done)
    assert early.code == 2 and "has not started yet" in early.err and "cancellation" in early.err
    missing = demo_cli("incident", "new", "--kind", "downtime", "--title", "x", "--services", "sms")
    assert missing.code == 2 and "window" in missing.err


def test_bad_fields_file_is_a_clear_message(demo_cli: CliRunner, tmp_path: Path) -> None:
    ref = demo_cli(
        "incident", "new", "--kind", "disaster", "--title", "x", "--services", "sms"
    ).out.strip()
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2]", encoding="utf-8")
    result = demo_cli("incident", "notify", ref, "--stage", "initial", "--fields", str(bad))
    assert result.code == 2 and "one JSON object" in result.err
    unknown = demo_cli("incident", "show", "OK-1999-0001")
    assert unknown.code == 2 and "no incident" in unknown.err
