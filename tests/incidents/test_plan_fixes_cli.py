"""Planned work from the command line, as a new user meets it: windows that make no sense
are refused with a reason, reminders left out are named, "sent" only once delivered."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest

from app.paths import KitPaths
from tests.reports import conftest as scripted_night
from tests.reports.conftest import T0, Clock
from tests.support.cli import CliRunner, Result
from tests.support.local_edit import store_unchecked_edit_at

clock = scripted_night.clock


@pytest.fixture
def demo_cli(cli: CliRunner) -> CliRunner:
    assert cli("init", "--operator", "Night Duty", "--demo").code == 0
    return cli


def _db_upgrade(demo_cli: CliRunner, tmp_path: Path) -> tuple[Result, str]:
    """Planned work a day from T0, two hours long, with its fields typed in a file."""
    fields = tmp_path / "work.json"
    fields.write_text(json.dumps({"work": "DB upgrade", "impact": "No sign-ups"}), "utf-8")
    start, end = T0 + timedelta(days=1), T0 + timedelta(days=1, hours=2)
    window = f"{start.isoformat()}/{end.isoformat()}"
    made = demo_cli(
        "incident", "new", "--kind", "downtime", "--title", "DB upgrade",
        "--services", "subscriptions", "--window", window, "--fields", str(fields),
    )  # fmt: skip
    return made, window


def test_a_window_already_ended_and_a_disaster_window_are_refused(
    demo_cli: CliRunner, clock: Clock
) -> None:
    clock.at(T0)
    past = (
        f"{(T0 - timedelta(days=29)).isoformat()}/{(T0 - timedelta(days=29, hours=-2)).isoformat()}"
    )
    ended = demo_cli(
        "incident",
        "new",
        "--kind",
        "downtime",
        "--title",
        "Old",
        "--services",
        "subscriptions",
        "--window",
        past,
    )
    assert ended.code != 0 and "The window has already ended" in ended.err
    assert "Internal error" not in ended.err
    ahead = (
        f"{(T0 + timedelta(days=1)).isoformat()}/{(T0 + timedelta(days=1, hours=2)).isoformat()}"
    )
    disaster = demo_cli(
        "incident",
        "new",
        "--kind",
        "disaster",
        "--title",
        "Down",
        "--services",
        "subscriptions",
        "--window",
        ahead,
    )
    assert disaster.code != 0 and "A disaster has no window" in disaster.err
    listed = demo_cli("--json", "incident", "list").json()
    assert listed == [] or all(i["title"] not in ("Old", "Down") for i in listed)


def test_a_reminder_left_out_is_named_with_its_reason(demo_cli: CliRunner, clock: Clock) -> None:
    clock.at(T0)
    window = f"{(T0 + timedelta(minutes=2)).isoformat()}/{(T0 + timedelta(minutes=5)).isoformat()}"
    made = demo_cli(
        "incident",
        "new",
        "--kind",
        "downtime",
        "--title",
        "Quick fix",
        "--services",
        "subscriptions",
        "--window",
        window,
        "--reminders",
        "2m",
    )
    assert made.code == 0, made.err
    assert "Reminder 2 min before left out" in made.err
    assert "has already come" in made.err


def test_the_plan_says_queued_until_partners_have_it(
    demo_cli: CliRunner, clock: Clock, tmp_path: Path
) -> None:
    clock.at(T0)
    made, _window = _db_upgrade(demo_cli, tmp_path)
    assert made.code == 0, made.err
    announced = next(line for line in made.err.splitlines() if "Announcement:" in line)
    assert "(queued" in announced and "sent" not in announced
    listed = demo_cli("--json", "incident", "schedule").json()["work"][0]["planned"]
    first = next(p for p in listed if p["purpose"] == "announcement")
    assert first["state"] == "queued" and first["told"] == 0 and first["recipients"] > 0
    text = demo_cli("incident", "schedule").out
    assert "Announcement: queued" in text


def test_a_move_reason_the_partners_template_drops_is_said(
    demo_cli: CliRunner, clock: Clock, tmp_path: Path, paths: KitPaths, passphrase: str
) -> None:
    clock.at(T0)
    made, window = _db_upgrade(demo_cli, tmp_path)
    start, end = T0 + timedelta(days=1), T0 + timedelta(days=1, hours=2)
    ref = made.out.strip()
    # dropping `progress` the other languages ask: as an older kit's edit (now refused)
    store_unchecked_edit_at(
        paths,
        passphrase,
        ("downtime", "update", "en", "email"),
        "Subject: Update: {{ incident.title }}\n\nStill planned. Next by {{ next_update }}.\n",
    )
    later = f"{(start + timedelta(days=1)).isoformat()}/{(end + timedelta(days=1)).isoformat()}"
    moved = demo_cli("incident", "move", ref, "--window", later, "--reason", "vendor delay")
    assert moved.code == 0, moved.err
    assert "WARNING" in moved.out and "downtime/update.en will not see your words" in moved.out
    as_json = demo_cli("--json", "incident", "move", ref, "--window", window, "--reason", "back")
    assert "downtime/update.en" in as_json.json()["reason_unread"]


def test_editing_the_plan_names_a_reminder_left_out(demo_cli: CliRunner, clock: Clock) -> None:
    clock.at(T0)
    start, end = T0 + timedelta(hours=20), T0 + timedelta(hours=22)
    made = demo_cli(
        "incident",
        "new",
        "--kind",
        "downtime",
        "--title",
        "Swap",
        "--services",
        "subscriptions",
        "--window",
        f"{start.isoformat()}/{end.isoformat()}",
    )
    ref = made.out.strip()
    edited = demo_cli("incident", "plan", ref, "--reminders", "48h, 1h")
    assert edited.code == 0, edited.err
    assert "Reminder 2 d before left out" in edited.out and "Reminder 1 h before" in edited.out
