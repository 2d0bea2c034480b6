"""The command line says what it understood for every time it reads, as `incident new
--detected` does: the times of `incident notify`'s fields, its promise, and the planned
work's window (`incident new --window`, `incident move --window`, `incident extend --end`).
The window is read like every other time: dotted dates, bare times, offsets, summer-time
gaps refused with the reason."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import pytest

from app.kit import Kit
from tests.support.cli import CliRunner
from tests.support.forms_bundle import load_forms_bundle, officer_zone


@pytest.fixture
def warsaw(kit: Kit, tmp_path: Path) -> Iterator[None]:
    load_forms_bundle(kit, tmp_path / "src")
    with officer_zone("Europe/Warsaw"):
        yield


def _planned(
    cli: CliRunner, window: str, *json_flag: str, fields: Path | None = None
) -> tuple[int, str, str]:
    plan = ("--fields", str(fields)) if fields else ()
    result = cli(
        *json_flag,
        "incident",
        "new",
        "--kind",
        "downtime",
        "--title",
        "Rating upgrade",
        "--services",
        "billing",
        "--window",
        window,
        *plan,
    )
    return result.code, result.out, result.err


def test_new_reads_a_window_as_typed_and_says_it(cli: CliRunner, warsaw: None) -> None:
    day = (datetime.now().astimezone() + timedelta(days=3)).date()
    typed = f"{day:%-d.%-m.%Y} 01:00/03:30"
    code, out, err = _planned(cli, typed)
    assert code == 0, err
    start = datetime(day.year, day.month, day.day, 1, 0).astimezone()
    weekday = f"{start:%a}"
    assert (
        f"Window start: {weekday} {day:%Y-%m-%d} 01:00 CET = "
        f"{start.astimezone(UTC):%Y-%m-%d %H:%M} UTC (typed '{day:%-d.%-m.%Y} 01:00')." in err
    )
    assert f"Window end: {weekday} {day:%Y-%m-%d} 03:30 CET" in err and "(typed '03:30')." in err
    assert out.strip().startswith("OK-")  # stdout stays the reference alone

    # over midnight, bare times: the end is the next day; --json holds the times instead
    if datetime.now().astimezone().time() >= time(22, 55):
        pytest.skip("late evening: a bare 23:00 is (nearly) past")
    code, out, err = _planned(cli, "23:00/01:30", "--json")
    assert code == 0, err
    data = json.loads(out)
    start_at = datetime.fromisoformat(data["window_start"])
    assert datetime.fromisoformat(data["window_end"]) - start_at == timedelta(hours=2, minutes=30)
    assert start_at > datetime.now(UTC) and data["window_typed"] == "23:00/01:30"
    assert "Window start" not in err


def test_new_refuses_a_window_it_cannot_read_with_the_reason(
    cli: CliRunner, kit: Kit, warsaw: None
) -> None:
    # 28 March 2027: the clocks in Warsaw go from 02:00 to 03:00
    code, _out, err = _planned(cli, "28.3.2027 02:30/04:00")
    assert code != 0 and "Internal error" not in err
    assert "there is no 02:30 on 28.3.2027 in Europe/Warsaw" in err and "write 03:30" in err
    code, _out, err = _planned(cli, "tomorrow night")
    assert code != 0 and "must be START/END, e.g. 1.12.2026 01:00/03:00" in err
    code, _out, err = _planned(cli, "3.12.2027 05:00/3.12.2027 04:00")
    assert code != 0 and "the end (2027-12-03 03:00 UTC) is not after the start" in err
    code, _out, err = _planned(cli, "3.12.2027 05:00/later")
    assert code != 0 and "'later'" in err and "Internal error" not in err
    assert cli("--json", "incident", "list").json() == []  # a refusal stores nothing


def test_notify_says_each_time_field_and_the_promise(
    cli: CliRunner, warsaw: None, tmp_path: Path
) -> None:
    current = datetime.now().astimezone()
    started = current - timedelta(minutes=40)
    promise = current + timedelta(hours=2)
    if started.date() != current.date() or promise.date() != current.date():
        pytest.skip("too near midnight for bare times")
    ref = cli(
        "incident", "new", "--kind", "disaster", "--title", "Rating stuck", "--services", "billing"
    ).out.strip()
    fields = tmp_path / "fields.json"
    fields.write_text(
        json.dumps(
            {
                "customer_impact": "Rating is stuck.",
                "start_time": f"{started:%H:%M}",
                "next_update": f"{promise:%-d.%-m.%Y %H:%M}",
            }
        ),
        encoding="utf-8",
    )
    args = ("incident", "notify", ref, "--stage", "initial", "--fields", str(fields))
    dry = cli(*args, "--dry-run")
    assert dry.code == 0, dry.err
    utc_start = f"{started.astimezone(UTC):%Y-%m-%d %H:%M} UTC"
    assert (
        f"start_time: today {started:%H:%M} ({started:%a %Y-%m-%d %H:%M} CET) = {utc_start} "
        f"(typed '{started:%H:%M}')." in dry.err
    )
    assert f"next_update: today {promise:%H:%M}" in dry.err
    assert f"(typed '{promise:%-d.%-m.%Y %H:%M}')." in dry.err
    assert "customer_impact:" not in dry.err  # not a time
    queued = cli("--json", *args)
    assert queued.code == 0, queued.err
    read = queued.json()["times_read"]
    assert read["start_time"] == {
        "typed": f"{started:%H:%M}",
        "utc": f"{started.astimezone(UTC):%Y-%m-%dT%H:%M}:00Z",
    }
    assert read["next_update"]["typed"] == f"{promise:%-d.%-m.%Y %H:%M}"
    assert "start_time:" not in queued.err  # the JSON says it


def test_move_says_what_it_read(cli: CliRunner, warsaw: None) -> None:
    day = (datetime.now().astimezone() + timedelta(days=4)).date()
    code, out, err = _planned(cli, f"{day:%-d.%-m.%Y} 01:00/03:00")
    assert code == 0, err
    later = day + timedelta(days=1)
    moved = cli("incident", "move", out.strip(), "--window", f"{later:%-d.%-m.%Y} 02:00/04:00")
    assert moved.code == 0, moved.err
    assert f"Window start: {later:%a} {later:%Y-%m-%d} 02:00 CET" in moved.err
    assert f"Window end: {later:%a} {later:%Y-%m-%d} 04:00 CET" in moved.err
    assert "(typed '04:00')." in moved.err


def test_extend_reads_a_dotted_end_and_says_it(
    cli: CliRunner, warsaw: None, tmp_path: Path
) -> None:
    current = datetime.now().astimezone()
    start, end, new_end = (current + timedelta(minutes=m) for m in (-30, 60, 180))
    if start.date() != new_end.date():
        pytest.skip("too near midnight for bare times")
    fields = tmp_path / "fields.json"
    fields.write_text(
        json.dumps({"customer_impact": "No rating.", "start_time": f"{start:%H:%M}"}), "utf-8"
    )
    # running for 30 minutes: announced at once
    code, out, err = _planned(cli, f"{start:%H:%M}/{end:%H:%M}", fields=fields)
    assert code == 0, err
    ref = out.strip()
    typed = f"{new_end:%-d.%-m.%Y %H:%M}"  # was refused: ISO only for a date
    extended = cli("incident", "extend", ref, "--end", typed, "--note", "Index rebuild.")
    assert extended.code == 0, extended.err
    assert f"New end: today {new_end:%H:%M}" in extended.err
    assert f"(typed '{typed}')." in extended.err
