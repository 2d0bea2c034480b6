"""Times as officers type them, read by the one shared reader (app/timefmt.read_time) for
the wizard, the notice forms and the command line; the preview's texts per channel; the
drafts the command line lists. A bundle with its own field names and Swedish partners."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from app.errors import UserError
from app.incidents.drafts import Drafts
from app.incidents.service import IncidentService
from app.kit import Kit
from app.timefmt import read_time
from tests.support.cli import CliRunner
from tests.support.forms_bundle import load_forms_bundle, officer_zone

#: 07:40 on 1 December 2026 in Warsaw (CET, UTC+1)
NOW = datetime(2026, 12, 1, 6, 40, tzinfo=UTC)


@pytest.fixture
def warsaw() -> Iterator[None]:
    with officer_zone("Europe/Warsaw"):
        yield


@pytest.fixture
def service(kit: Kit, tmp_path: Path, warsaw: None) -> IncidentService:
    load_forms_bundle(kit, tmp_path / "src")
    return IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)


@pytest.mark.parametrize(
    ("typed", "utc"),
    [
        ("05:30", "2026-12-01 04:30"),
        ("5:30", "2026-12-01 04:30"),
        ("1.12.2026 5:30", "2026-12-01 04:30"),
        ("01.12.2026 05:30", "2026-12-01 04:30"),
        ("2026-12-01 05:30", "2026-12-01 04:30"),
        ("05:30 1.12.2026", "2026-12-01 04:30"),
        ("1.12. 05:30", "2026-12-01 04:30"),
        ("2026-12-01T04:30Z", "2026-12-01 04:30"),
        ("2026-12-01 04:30 UTC", "2026-12-01 04:30"),
        ("2026-12-01 05:30 +01:00", "2026-12-01 04:30"),
        ("2026-12-01, 05:30", "2026-12-01 04:30"),
        ("23:50", "2026-11-30 22:50"),  # at 07:40: last night, not tonight
        ("now", "2026-12-01 06:40"),
    ],
)
def test_the_forms_officers_type(warsaw: None, typed: str, utc: str) -> None:
    read = read_time(typed, now=NOW)
    assert f"{read:%Y-%m-%d %H:%M}" == utc and read.tzinfo == UTC


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("", "Give the time"),
        ("half past five", "not a time the kit can read"),
        ("01/12/2026 05:30", "reads differently in different countries"),
        ("30.02.2026 05:30", "no such date or time"),
        ("24:10", "no such date or time"),
        ("1.12.2026", "has no time of day"),
        ("05:30 05:40", "not a time the kit can read"),
        ("2026-12-01 05:30 +25:00", "not a time the kit can read"),
    ],
)
def test_what_it_cannot_read_is_refused_with_how_to_write_it(
    warsaw: None, typed: str, says: str
) -> None:
    with pytest.raises(UserError, match=says):
        read_time(typed, now=NOW)


def test_looking_ahead_a_bare_time_long_gone_is_tomorrow(warsaw: None) -> None:
    assert f"{read_time('06:00', now=NOW, bare='future'):%Y-%m-%d %H:%M}" == "2026-12-01 05:00"
    late = NOW.replace(hour=22)  # 23:40 in Warsaw
    assert f"{read_time('01:00', now=late, bare='future'):%Y-%m-%d %H:%M}" == "2026-12-02 00:00"


def _open_from_cli(cli: CliRunner, detected: str) -> tuple[int, str]:
    result = cli(
        "--json",
        "incident",
        "new",
        "--kind",
        "disaster",
        "--title",
        "Rating stuck",
        "--services",
        "billing",
        "--detected",
        detected,
    )
    return result.code, result.out if result.code == 0 else result.err


def test_incident_new_reads_the_same_forms(cli: CliRunner, service: IncidentService) -> None:
    code, out = _open_from_cli(cli, "27.11.2026 5:30")
    assert code == 0, out
    assert json.loads(out)["detected"] == "2026-11-27T04:30:00Z"
    code, out = _open_from_cli(cli, "pół do szóstej")
    assert code != 0 and "not a time the kit can read" in out and "Internal error" not in out
    code, out = _open_from_cli(cli, "1.1.2099 05:30")
    assert code != 0 and "is in the future" in out


def _dry_run(cli: CliRunner, tmp_path: Path, start_time: str, *, as_json: bool = True) -> Any:
    """`incident notify --dry-run` of an initial notice, the bundle's start field as typed."""
    _code, out = _open_from_cli(cli, "27.11.2026 5:30")
    reference = json.loads(out)["reference"]
    fields = tmp_path / "fields.json"
    promise = (datetime.now(UTC) + timedelta(hours=2)).strftime("%Y-%m-%dT%H:%MZ")
    typed = {"customer_impact": "No renewals.", "start_time": start_time, "next_update": promise}
    fields.write_text(json.dumps(typed), "utf-8")
    args = ("incident", "notify", reference, "--stage", "initial", "--fields", str(fields))
    return cli(*(("--json",) if as_json else ()), *args, "--dry-run")


def test_notify_reads_a_bundles_start_time_and_refuses_nonsense(
    cli: CliRunner, service: IncidentService, tmp_path: Path
) -> None:
    refused = _dry_run(cli, tmp_path, "about five")
    assert refused.code == 1
    assert any("'about five' is not a time" in p for p in refused.json()["problems"])
    shown = _dry_run(cli, tmp_path, "27.11.2026 5:10")
    assert shown.code == 0, shown.out
    bodies = {(n["channel"], n["timezone"]): n["body"] for n in shown.json()["notices"]}
    assert "2026-11-27 05:10 CET" in bodies[("email", "Europe/Stockholm")]
    assert "2026-11-27 06:10 EET" in bodies[("email", "Europe/Helsinki")]


def test_the_preview_has_only_the_channels_that_go_out(
    cli: CliRunner, service: IncidentService, tmp_path: Path
) -> None:
    shown = _dry_run(cli, tmp_path, "27.11.2026 5:10").json()
    texts = {
        (n["language"], n["channel"], n["timezone"]): n["recipients"] for n in shown["notices"]
    }
    # only the Stockholm partner takes SMS; the Germans read e-mail only
    assert texts == {
        ("de", "email", "Europe/Berlin"): 2,
        ("sv", "email", "Europe/Helsinki"): 1,
        ("sv", "email", "Europe/Stockholm"): 1,
        ("sv", "sms", "Europe/Stockholm"): 1,
    }
    assert shown["messages"] == sum(texts.values()) == 5
    text = _dry_run(cli, tmp_path, "27.11.2026 5:10", as_json=False).out
    assert "===== Swedish, SMS, Europe/Stockholm: for 1 recipient\n" in text
    assert "Swedish, SMS, Europe/Helsinki" not in text and "German, SMS" not in text


def test_the_listing_names_a_draft_left_unqueued(cli: CliRunner, service: IncidentService) -> None:
    assert "draft" not in cli("incident", "list").out
    Drafts(service.conn).save(
        "new:disaster",
        {
            "kind": "disaster",
            "title": "Rating stuck",
            "services": ["billing"],
            "detected": "2026-12-01T04:30:00Z",
        },
    )
    listing = cli("incident", "list").out
    assert "Not queued" in listing and "new:disaster" in listing
    assert "Rating stuck" in listing and "2026-12-01 05:30" in listing
    drafts = cli("--json", "incident", "drafts").json()
    assert [d["scope"] for d in drafts] == ["new:disaster"]
    assert drafts[0]["detected"] == "2026-12-01T04:30:00Z"
    wrong = cli("incident", "drafts", "--discard", "new:downtime")
    assert wrong.code != 0 and "new:disaster" in wrong.err
    assert cli("incident", "drafts", "--discard", "new:disaster").code == 0
    assert "Not queued" not in cli("incident", "list").out
    assert Drafts(service.conn).waiting() == []
