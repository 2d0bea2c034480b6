"""The times the command line shows the officer name their zone as notices to partners do
(`incident show`, `audit list`, `outbox list`, the echo of a typed time): the zone's
abbreviation (CET, CEST, IST, AEDT) — its offset only where the tz database has no
abbreviation for it (UTC-05:00 in Bogotá), never a bare "+0100". `--json` keeps ISO 8601."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.support.cli import CliRunner
from tests.support.forms_bundle import officer_zone
from tests.support.initial_fields import initial_fields


@pytest.fixture
def demo_cli(cli: CliRunner) -> CliRunner:
    assert cli("init", "--operator", "Night Duty", "--demo").code == 0
    return cli


def _open(cli: CliRunner, detected: str) -> tuple[str, str]:
    """A disaster detected at `detected`: (its reference, what the command said back)."""
    made = cli(
        "incident", "new", "--kind", "disaster", "--title", "SMS down", "--services", "sms",
        "--groups", "subscriptions", "--detected", detected,
    )  # fmt: skip
    assert made.code == 0, made.err
    return made.out.strip(), made.err


@pytest.mark.parametrize(
    ("zone", "detected", "shown"),
    [
        ("Europe/Warsaw", "2026-01-15T12:00Z", "2026-01-15 13:00 CET"),
        ("Europe/Warsaw", "2026-07-15T12:00Z", "2026-07-15 14:00 CEST"),
        ("Australia/Sydney", "2026-01-15T01:00Z", "2026-01-15 12:00 AEDT"),
        ("Asia/Kolkata", "2026-07-15T12:00Z", "2026-07-15 17:30 IST"),
        ("America/Bogota", "2026-07-15T12:00Z", "2026-07-15 07:00 UTC-05:00"),
    ],
)
def test_incident_show_names_the_zone(
    demo_cli: CliRunner, zone: str, detected: str, shown: str
) -> None:
    with officer_zone(zone):
        reference, said = _open(demo_cli, detected)
        assert f" {shown} = " in said  # the echo of the typed time, as before
        page = demo_cli("incident", "show", reference)
    assert page.code == 0, page.err
    assert f"detected {shown};" in page.out, page.out
    assert not re.search(r"\d\d:\d\d [+-]\d{4}\b", page.out)


def test_audit_and_outbox_lists_name_the_zone(demo_cli: CliRunner, tmp_path: Path) -> None:
    reference, _ = _open(demo_cli, "2026-07-15T12:00Z")
    fields = initial_fields(tmp_path)
    queued = demo_cli(
        "incident", "notify", reference, "--stage", "initial", "--fields", str(fields)
    )
    assert queued.code == 0, queued.err
    with officer_zone("Asia/Kolkata"):
        outbox = demo_cli("outbox", "list")
    assert outbox.code == 0 and re.search(r"  \d{4}-\d\d-\d\d \d\d:\d\d IST  ", outbox.out), (
        outbox.out
    )
    for zone, mark in (
        ("Asia/Kolkata", r"IST"),
        ("America/Bogota", r"UTC-05:00"),
        ("Europe/Warsaw", r"CES?T"),  # winter or summer, as the test runs
    ):
        with officer_zone(zone):
            listed = demo_cli("audit", "list", "--limit", "3")
        assert listed.code == 0, listed.err
        lines = listed.out.splitlines()
        assert lines and all(
            re.match(rf"\d{{4}}-\d\d-\d\d \d\d:\d\d {mark}  ", line) for line in lines
        ), listed.out
    with officer_zone("Asia/Kolkata"):
        polish = demo_cli.subprocess(
            "audit", "list", "--limit", "1", env={"OUTAGE_KIT_LANG": "pl", "TZ": "Asia/Kolkata"}
        )
    assert re.match(r"\d{1,2}\.\d\d\.\d{4} \d\d:\d\d IST  ", polish.out), polish.out
    with officer_zone("Asia/Kolkata"):
        data = demo_cli("--json", "audit", "list", "--limit", "1").json()
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT[\d:.]+\+00:00", data[0]["at"])  # stored, as it was
