"""The command line says what it understood for every time it reads, as `incident new
--detected` does: the times of `incident notify`'s fields, its promise, and the planned
work's window (`incident new --window`, `incident move --window`, `incident extend --end`).
The window is read like every other time: dotted dates, bare times, offsets, summer-time
gaps refused with the reason."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest

from app.kit import Kit
from app.timefmt import CLOCK_SKEW
from tests.support.cli import CliRunner
from tests.support.forms_bundle import load_forms_bundle, officer_zone
from tests.support.wall_clock import minutes_from, with_offset


@pytest.fixture
def warsaw(kit: Kit, tmp_path: Path) -> Iterator[None]:
    load_forms_bundle(kit, tmp_path / "src")
    with officer_zone("Europe/Warsaw"):
        yield


def _zone(day: date, hour: int, minute: int = 0) -> str:
    """The zone's abbreviation that day at that hour (CET in winter, CEST in summer)."""
    return f"{datetime(day.year, day.month, day.day, hour, minute).astimezone():%Z}"


def _day(moment: datetime, current: datetime) -> str:
    """The word the kit says a near time's day with: a bare time just before or after
    midnight is yesterday's or tomorrow's."""
    return {-1: "yesterday", 0: "today", 1: "tomorrow"}[(moment.date() - current.date()).days]


def _typed(moment: datetime, *, dated: bool = False) -> str:
    """`moment` as the officer types it, bare or with its date (with its offset in the hour
    the clocks pass twice)."""
    return with_offset(moment, f"{moment:%-d.%-m.%Y %H:%M}" if dated else f"{moment:%H:%M}")


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
        f"Window start: {weekday} {day:%Y-%m-%d} 01:00 {_zone(day, 1)} = "
        f"{start.astimezone(UTC):%Y-%m-%d %H:%M} UTC (typed '{day:%-d.%-m.%Y} 01:00')." in err
    )
    end_said = f"Window end: {weekday} {day:%Y-%m-%d} 03:30 {_zone(day, 3, 30)}"
    assert end_said in err and "(typed '03:30')." in err
    assert out.strip().startswith("OK-")  # stdout stays the reference alone

    # over midnight, bare times: the end is the next day; --json holds the times instead.
    # A bare 23:00 is this evening's at any hour: ahead, or (23:00-23:59) just gone, warned of
    before = datetime.now(UTC)
    code, out, err = _planned(cli, "23:00/01:30", "--json")
    after = datetime.now(UTC)
    assert code == 0, err
    data = json.loads(out)
    start_at = datetime.fromisoformat(data["window_start"])
    evening = datetime.combine(before.astimezone().date(), time(23)).astimezone()
    if evening.date() == after.astimezone().date():  # (not run across midnight)
        assert start_at == evening
    assert datetime.fromisoformat(data["window_end"]) - start_at == timedelta(hours=2, minutes=30)
    assert data["window_typed"] == "23:00/01:30" and "Window start" not in err
    if start_at >= after - CLOCK_SKEW:
        assert data["window_warning"] is None
    elif start_at < before - CLOCK_SKEW:
        assert "ago: partners hear of work already under way" in data["window_warning"]


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
    started, promise = (minutes_from(current, m) for m in (-40, 120))
    typed_start, typed_promise = _typed(started), _typed(promise, dated=True)
    ref = cli(
        "incident", "new", "--kind", "disaster", "--title", "Rating stuck", "--services", "billing"
    ).out.strip()
    fields = tmp_path / "fields.json"
    fields.write_text(
        json.dumps(
            {
                "customer_impact": "Rating is stuck.",
                "start_time": typed_start,
                "next_update": typed_promise,
            }
        ),
        encoding="utf-8",
    )
    args = ("incident", "notify", ref, "--stage", "initial", "--fields", str(fields))
    dry = cli(*args, "--dry-run")
    assert dry.code == 0, dry.err
    utc_start = f"{started.astimezone(UTC):%Y-%m-%d %H:%M} UTC"
    assert (
        f"start_time: {_day(started, current)} {started:%H:%M} ({started:%a %Y-%m-%d %H:%M %Z}) "
        f"= {utc_start} "
        f"(typed '{typed_start}')." in dry.err
    )
    assert f"next_update: {_day(promise, current)} {promise:%H:%M}" in dry.err
    assert f"(typed '{typed_promise}')." in dry.err
    assert "customer_impact:" not in dry.err  # not a time
    queued = cli("--json", *args)
    assert queued.code == 0, queued.err
    read = queued.json()["times_read"]
    assert read["start_time"] == {
        "typed": typed_start,
        "utc": f"{started.astimezone(UTC):%Y-%m-%dT%H:%M}:00Z",
    }
    assert read["next_update"]["typed"] == typed_promise
    assert "start_time:" not in queued.err  # the JSON says it


def test_move_says_what_it_read(cli: CliRunner, warsaw: None) -> None:
    day = (datetime.now().astimezone() + timedelta(days=4)).date()
    code, out, err = _planned(cli, f"{day:%-d.%-m.%Y} 01:00/03:00")
    assert code == 0, err
    later = day + timedelta(days=1)
    if _zone(later, 0) != _zone(later, 12):  # 02:00 is skipped or passed twice that night
        later += timedelta(days=1)
    moved = cli("incident", "move", out.strip(), "--window", f"{later:%-d.%-m.%Y} 02:00/04:00")
    assert moved.code == 0, moved.err
    assert f"Window start: {later:%a} {later:%Y-%m-%d} 02:00 {_zone(later, 2)}" in moved.err
    assert f"Window end: {later:%a} {later:%Y-%m-%d} 04:00 {_zone(later, 4)}" in moved.err
    assert "(typed '04:00')." in moved.err


def test_extend_reads_a_dotted_end_and_says_it(
    cli: CliRunner, warsaw: None, tmp_path: Path
) -> None:
    current = datetime.now().astimezone()
    start, end, new_end = (minutes_from(current, m) for m in (-30, 60, 180))
    # 30 minutes ago as a bare time; just after midnight that is yesterday's, given its date
    # (a bare window start looks ahead: "23:40" typed at 00:10 is tonight's)
    typed_start = _typed(start, dated=start.date() != current.date())
    fields = tmp_path / "fields.json"
    fields.write_text(
        json.dumps({"customer_impact": "No rating.", "start_time": _typed(start)}), "utf-8"
    )
    # running for 30 minutes: announced at once
    code, out, err = _planned(cli, f"{typed_start}/{_typed(end)}", fields=fields)
    assert code == 0, err
    ref = out.strip()
    typed = _typed(new_end, dated=True)  # was refused: ISO only for a date
    extended = cli("incident", "extend", ref, "--end", typed, "--note", "Index rebuild.")
    assert extended.code == 0, extended.err
    assert f"New end: {_day(new_end, current)} {new_end:%H:%M}" in extended.err
    assert f"(typed '{typed}')." in extended.err
