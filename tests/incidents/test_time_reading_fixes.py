"""What a new officer typed and the kit misread: a bare time hours ahead taken as
yesterday at any hour, summer-time gaps and doubles read silently, "5.30" refused, a
detection date months back taken without a word. The shared reader and `incident new`."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.errors import UserError
from app.incidents.drafting import far_past_warning
from app.incidents.service import IncidentService
from app.kit import Kit
from app.timefmt import read_time
from tests.support.cli import CliRunner
from tests.support.forms_bundle import load_forms_bundle, officer_zone
from tests.support.wall_clock import minutes_from, passed_twice

#: 09:50 on 1 December 2026 in Warsaw (CET, UTC+1)
MORNING = datetime(2026, 12, 1, 8, 50, tzinfo=UTC)
#: 00:20 on 1 December 2026 in Warsaw
NIGHT = datetime(2026, 11, 30, 23, 20, tzinfo=UTC)


@pytest.fixture
def warsaw() -> Iterator[None]:
    with officer_zone("Europe/Warsaw"):
        yield


def _utc(moment: datetime) -> str:
    return f"{moment:%Y-%m-%d %H:%M}"


def test_a_bare_time_hours_ahead_in_the_morning_is_refused_naming_both_readings(
    warsaw: None,
) -> None:
    with pytest.raises(UserError) as refused:
        read_time("11:00", what="--detected", now=MORNING)
    said = str(refused.value)
    assert "today 11:00 is still ahead (it is 09:50 now)" in said
    assert "yesterday 11:00 is over 12 hours gone" in said and "e.g. 30.11.2026 11:00" in said
    # a few minutes ahead is the same: today's is the future, yesterday's a day gone
    with pytest.raises(UserError, match="is still ahead"):
        read_time("10:20", now=MORNING)


def test_a_night_shift_time_after_midnight_is_last_evening(warsaw: None) -> None:
    assert _utc(read_time("23:50", now=NIGHT)) == "2026-11-30 22:50"
    assert _utc(read_time("13:00", now=NIGHT)) == "2026-11-30 12:00"  # 11 h 20 min ago
    with pytest.raises(UserError, match="is still ahead"):
        read_time("12:00", now=NIGHT)  # yesterday's was 12 h 20 min ago
    assert _utc(read_time("00:10", now=NIGHT)) == "2026-11-30 23:10"  # today, just gone


def test_a_notice_field_keeps_a_time_ahead_and_takes_last_evening_at_night(warsaw: None) -> None:
    assert _utc(read_time("14:00", now=MORNING, bare="either")) == "2026-12-01 13:00"
    assert _utc(read_time("23:50", now=NIGHT, bare="either")) == "2026-11-30 22:50"


@pytest.mark.parametrize(
    ("zone", "typed", "says"),
    [
        ("Europe/Warsaw", "29.3.2026 2:30", "there is no 02:30 on 29.3.2026 in Europe/Warsaw"),
        ("Europe/Warsaw", "29.3.2026 2:30", "write 03:30 or the UTC time"),
        ("Europe/Warsaw", "2026-03-29 02:30", "the clocks went forward"),
        ("Europe/Warsaw", "25.10.2026 2:30", "02:30 happens twice"),
        ("Europe/Warsaw", "25.10.2026 2:30", "write +02:00 or +01:00"),
        ("Australia/Sydney", "4.10.2026 2:30", "there is no 02:30 on 4.10.2026"),
        ("Australia/Sydney", "5.4.2026 2:30", "write +11:00 or +10:00"),
        ("America/Sao_Paulo", "1.6.2026 2:30", ""),  # no summer time there since 2019
    ],
)
def test_summer_time_gaps_and_doubles_are_refused(zone: str, typed: str, says: str) -> None:
    with officer_zone(zone):
        if not says:
            read_time(typed, now=MORNING)
            return
        with pytest.raises(UserError, match=says.replace("+", r"\+")):
            read_time(typed, now=MORNING)


def test_a_double_time_with_its_offset_is_taken(warsaw: None) -> None:
    assert _utc(read_time("25.10.2026 2:30 +02:00", now=MORNING)) == "2026-10-25 00:30"
    assert _utc(read_time("25.10.2026 2:30 +01:00", now=MORNING)) == "2026-10-25 01:30"
    assert _utc(read_time("29.3.2026 3:30", now=MORNING)) == "2026-03-29 01:30"
    with officer_zone("Australia/Sydney"):
        assert _utc(read_time("5.4.2026 2:30 +11:00", now=MORNING)) == "2026-04-04 15:30"


def test_a_time_with_a_dot_is_a_time_when_it_cannot_be_a_date(warsaw: None) -> None:
    assert _utc(read_time("5.30", now=MORNING)) == "2026-12-01 04:30"
    assert _utc(read_time("1.12.2026 5.30", now=MORNING)) == "2026-12-01 04:30"
    assert _utc(read_time("9.45", now=MORNING)) == "2026-12-01 08:45"
    with pytest.raises(UserError) as refused:
        read_time("5.12", now=MORNING)
    said = str(refused.value)
    assert "reads as a date, 2026-12-05" in said and "write 5:12" in said


@pytest.mark.parametrize("typed", ["31.11.2026 05:30", "24:10", "half past five"])
def test_every_refusal_lists_the_forms(warsaw: None, typed: str) -> None:
    with pytest.raises(UserError, match=r"Write it like 05:30 or 5\.30 \(today\)"):
        read_time(typed, now=MORNING)


def test_a_detection_months_back_is_warned_about(warsaw: None) -> None:
    assert far_past_warning(MORNING - timedelta(days=240), MORNING) == (
        "That is 8 months ago — is the date right?"
    )
    assert far_past_warning(MORNING - timedelta(days=5), MORNING) == (
        "That is 5 days ago — is the date right?"
    )
    assert far_past_warning(MORNING - timedelta(hours=30), MORNING) == ""


def _new(cli: CliRunner, detected: str, *json_flag: str) -> tuple[int, str, str]:
    args = ("incident", "new", "--kind", "disaster", "--title", "Rating stuck")
    result = cli(*json_flag, *args, "--services", "billing", "--detected", detected)
    return result.code, result.out, result.err


def test_incident_new_says_what_it_understood(
    cli: CliRunner, kit: Kit, warsaw: None, tmp_path: Path
) -> None:
    load_forms_bundle(kit, tmp_path / "src")
    current = datetime.now().astimezone()
    earlier, ahead = (minutes_from(current, minutes) for minutes in (-20, 120))
    if ahead.date() != current.date():  # late evening: "01:00" would be this morning's
        ahead = minutes_from(current, 30)  # (or "00:20" at 23:50, refused the same)
    hour_ago = minutes_from(current, -60).replace(minute=30)
    if passed_twice(earlier) or passed_twice(ahead) or passed_twice(hour_ago):
        pytest.skip("the hour the clocks pass twice: a bare time there is asked about")
    code, out, err = _new(cli, earlier.strftime("%H.%M" if earlier.minute > 12 else "%H:%M"))
    assert code == 0, err
    day = "today" if earlier.date() == current.date() else "yesterday"  # (just after midnight)
    assert f"Detected: {day} {earlier:%H:%M}" in err
    assert f"{earlier.astimezone(UTC):%Y-%m-%d %H:%M} UTC" in err
    # two hours ahead (late in the evening 30 minutes): refused (it was silently yesterday,
    # 22 hours back; before midnight this morning's), nothing stored
    code, out, err = _new(cli, ahead.strftime("%H:%M"))
    assert code != 0 and "is still ahead" in err and "Internal error" not in err
    code, out, err = _new(cli, "1.4.2026 05:30")
    months = (datetime.now(UTC) - datetime(2026, 4, 1, 3, 30, tzinfo=UTC)).days // 30
    assert code == 0 and f"Warning: That is {months} months ago — is the date right?" in err
    # "5.30" as people write 05:30: an hour back at half past (05:30 itself was refused as
    # ahead between midnight and 05:30)
    dotted = f"{hour_ago.hour}.30"
    code, out, err = _new(cli, dotted, "--json")
    data = json.loads(out)
    assert data["detected_typed"] == dotted and "Detected:" not in err, err
    listed = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    assert len(listed.incidents()) == 3  # the refused one stored nothing
