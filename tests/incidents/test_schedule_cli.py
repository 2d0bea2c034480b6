"""The schedule from the command line (in-process, on the kit's clock): plan options on
`incident new`, `incident schedule` (text and --json), the pass `outbox send` runs, missed
notices listed, sent now or skipped with a reason, `incident extend` and `incident move`."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest

from tests.reports import conftest as scripted_night
from tests.reports.conftest import T0, Clock
from tests.support.cli import CliRunner

clock = scripted_night.clock

START = T0 + timedelta(days=5)
END = START + timedelta(hours=2)


@pytest.fixture
def demo_cli(cli: CliRunner) -> CliRunner:
    assert cli("init", "--operator", "Night Duty", "--demo").code == 0
    return cli


def test_planned_work_from_the_command_line(
    demo_cli: CliRunner, clock: Clock, tmp_path: Path
) -> None:
    cli = demo_cli
    clock.at(T0)
    fields = tmp_path / "work.json"
    fields.write_text(json.dumps({"work": "DB upgrade", "impact": "No sign-ups"}), "utf-8")
    window = f"{START.isoformat()}/{END.isoformat()}"
    bad = cli(
        "incident",
        "new",
        "--kind",
        "downtime",
        "--title",
        "DB",
        "--services",
        "subscriptions",
        "--window",
        window,
        "--reminders",
        "soon",
    )
    assert bad.code != 0 and "'24h, 1h'" in bad.err
    made = cli(
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
        "--fields",
        str(fields),
        "--reminders",
        "48h,1h",
        "--start-notice",
    )
    assert made.code == 0, made.err
    ref = made.out.strip()  # stdout is the reference alone, for scripts
    assert "Announcement" in made.err and "Reminder 2 d before" in made.err

    listed = cli("--json", "incident", "schedule", "--from", "2026-03-10", "--to", "2026-03-20")
    work = listed.json()["work"]
    assert [(w["reference"], w["state"]) for w in work] == [(ref, "planned")]
    assert [p["purpose"] for p in work[0]["planned"]] == [
        "announcement",
        "reminder",
        "reminder",
        "started",
        "completion",
    ]
    text = cli("incident", "schedule", "--from", "2026-03-10", "--to", "2026-03-20").out
    assert ref in text and "[planned]" in text and "Reminder 1 h before: planned" in text
    assert "No planned work" in cli("incident", "schedule", "--from", "2026-04-01").out

    shown = cli("incident", "show", ref).out
    assert "plan:" in shown and "Reminder 1 h before: planned" in shown
    bad_plan = cli("incident", "plan", ref, "--reminders", "a while")
    assert bad_plan.code != 0 and "'24h, 1h'" in bad_plan.err
    replanned = cli("--json", "incident", "plan", ref, "--reminders", "48h, 2h, 1h")
    pending = [p["label"] for p in replanned.json() if p["state"] == "pending"]
    assert pending == [
        "Announcement",
        "Reminder 2 d before",
        "Reminder 2 h before",
        "Reminder 1 h before",
        "Work started",
        "Completion due",
    ]
    cli("incident", "plan", ref, "--reminders", "48h,1h")  # back as it was
    # the announcement comes due: `outbox send` queues it first, then sends
    clock.at(START - timedelta(days=3))
    sent = cli("--json", "outbox", "send")
    assert [p["purpose"] for p in sent.json()["planned"]["fired"]] == ["announcement"]
    state = cli("--json", "incident", "schedule", "--from", "2026-03-15", "--to", "2026-03-15")
    # queued is not told (no path works here): the calendar says so, with what is left
    work = state.json()["work"][0]
    assert work["state"] == "announcement queued", work
    assert work["detail"].startswith("0 of ") and "queued" in work["detail"]

    # the kit was not run over the 48 h reminder: listed as missed, never sent by itself
    clock.at(START - timedelta(hours=47))
    assert cli("--json", "outbox", "send").json()["planned"]["fired"] == []
    missed = cli("incident", "schedule", "--missed")
    assert "Reminder 2 d before" in missed.out and "--send ID" in missed.out
    planned_id = cli("--json", "incident", "schedule", "--missed").json()[0]["id"]
    no_reason = cli("incident", "schedule", "--skip", str(planned_id))
    assert no_reason.code != 0 and "Say why" in no_reason.err
    skipped = cli("incident", "schedule", "--skip", str(planned_id), "--reason", "phoned them")
    assert skipped.code == 0 and "phoned them" in skipped.out
    again = cli("incident", "schedule", "--send", str(planned_id))
    assert again.code != 0 and "skipped already" in again.err

    # moved before it starts: re-planned, partners told
    new_window = (
        f"{(START + timedelta(days=1)).isoformat()}/{(END + timedelta(days=1)).isoformat()}"
    )
    no_why = cli("incident", "move", ref, "--window", new_window)
    assert no_why.code != 0 and "Say why" in no_why.err
    moved = cli("incident", "move", ref, "--window", new_window, "--reason", "Vendor late")
    assert moved.code == 0 and "telling partners" in moved.out

    # running over: extended by one step
    clock.at(END + timedelta(days=1, minutes=5))
    shown = cli("incident", "list").out
    assert "OVERRAN" in shown
    new_end = (END + timedelta(days=1, hours=1)).isoformat()
    extended = cli("incident", "extend", ref, "--end", new_end, "--note", "Index rebuild")
    assert extended.code == 0 and "completion is due then" in extended.out
    assert "in progress, ends in" in cli("incident", "list").out
    early = cli("incident", "extend", ref, "--end", START.isoformat())
    assert early.code != 0 and "in the past" in early.err


def test_notify_of_planned_work_needs_no_next_update(
    demo_cli: CliRunner, clock: Clock, tmp_path: Path
) -> None:
    """The bundle's template for planned work asks no next update: the plan promises it."""
    cli = demo_cli
    clock.at(T0)
    window = f"{START.isoformat()}/{END.isoformat()}"
    ref = cli(
        "incident",
        "new",
        "--kind",
        "downtime",
        "--title",
        "Swap",
        "--services",
        "subscriptions",
        "--window",
        window,
    ).out.strip()
    fields = tmp_path / "initial.json"
    fields.write_text(json.dumps({"work": "Switch swap", "impact": "None"}), "utf-8")
    queued = cli("--json", "incident", "notify", ref, "--stage", "initial", "--fields", str(fields))
    assert queued.code == 0, queued.err
    # the next planned notice — the 24 h reminder — is the promise
    assert queued.json()["next_update"] == (START - timedelta(hours=24)).isoformat().replace(
        "+00:00", "Z"
    )
    assert "next_update" not in queued.json()["fields"]
