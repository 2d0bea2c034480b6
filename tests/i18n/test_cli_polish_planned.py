"""Planned work from the command line in Polish (issue 15 point 4): the plan's labels and
states, the schedule's lines and the window changes' refusals are Polish, as a real second
process with OUTAGE_KIT_LANG=pl runs them; the JSON keeps its English values."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tests.support.cli import CliRunner

#: every English word the plan used to show in a Polish kit
ENGLISH = (
    "Announcement",
    "Reminder",
    "Work started",
    "Completion due",
    "queued",
    "pending",
    "planned",
    "delivered",
    "No planned notice",
    "has not opened",
    "is in the past",
    "moved to",
    "starts in",
)
PL = {"OUTAGE_KIT_LANG": "pl"}


def test_planned_work_shown_in_polish(cli: CliRunner, tmp_path: Path) -> None:
    assert cli("init", "--operator", "Night Duty", "--demo").code == 0
    start = (datetime.now(UTC) + timedelta(days=5)).replace(second=0, microsecond=0)
    window = f"{start.isoformat()}/{(start + timedelta(hours=2)).isoformat()}"
    fields = tmp_path / "work.json"
    fields.write_text(json.dumps({"work": "DB upgrade", "impact": "No sign-ups"}), "utf-8")
    made = cli.subprocess(
        "incident", "new", "--kind", "downtime", "--title", "DB upgrade",
        "--services", "subscriptions", "--window", window, "--fields", str(fields),
        "--announce-days", "2", "--reminders", "24h,12m", "--start-notice", env=PL,
    )  # fmt: skip
    assert made.code == 0, made.err
    ref = made.out.strip()
    plan = made.err
    for polish in ("Zapowiedź", "Przypomnienie 24 h przed", "Przypomnienie 12 min przed"):
        assert polish in plan, plan
    assert "Rozpoczęcie prac" in plan and "Termin zakończenia" in plan, plan

    shown = cli.subprocess("incident", "show", ref, env=PL)
    schedule = cli.subprocess("incident", "schedule", env=PL)
    missed = cli.subprocess("incident", "schedule", "--missed", env=PL)
    extend = cli.subprocess("incident", "extend", ref, "--end", "23:59", env=PL)
    past = (start - timedelta(days=30)).isoformat()
    move = cli.subprocess(
        "incident", "move", ref, "--window", f"{past}/{window.split('/')[1]}", env=PL
    )
    assert shown.code == 0 and schedule.code == 0 and missed.code == 0, shown.err + schedule.err
    assert extend.code != 0 and move.code != 0
    assert "zaplanowane" in shown.out and "[zaplanowane]" in schedule.out, schedule.out
    assert "początek za 4 dni " in shown.out, shown.out  # the timer of the window
    assert missed.out.strip() == "Żadne zaplanowane powiadomienie nie zostało pominięte."
    assert f"Okno {ref} jeszcze się nie otworzyło" in extend.err, extend.err
    assert "jest w przeszłości" in move.err, move.err
    for result in (made, shown, schedule, missed, extend, move):
        text = result.out + result.err
        left = [word for word in ENGLISH if word.lower() in text.lower()]
        assert not left, f"English left: {left}\n{text}"

    # the JSON contract stays English, whatever the kit's language
    data = cli.subprocess("--json", "incident", "schedule", env=PL).json()
    planned = data["work"][0]["planned"]
    assert data["work"][0]["state"] == "planned"
    assert planned[0]["label"] == "Announcement" and planned[0]["state"] == "pending"

    # a move drops the old plan: the officer reads why in Polish, scripts read the key
    new_start = start + timedelta(days=1)
    later = f"{new_start.isoformat()}/{(new_start + timedelta(hours=2)).isoformat()}"
    moved = cli.subprocess("incident", "move", ref, "--window", later, env=PL)
    assert moved.code == 0, moved.err
    shown = cli.subprocess("incident", "show", ref, env=PL)
    assert "niepotrzebne (okno zostało przesunięte)" in shown.out, shown.out
    assert "the window moved" not in shown.out
    data = cli.subprocess("--json", "incident", "schedule", env=PL).json()
    reasons = {p["reason"] for p in data["work"][0]["planned"]}
    assert "the window moved" in reasons, reasons
