"""The last hour of the day, on the kit's clock (scripted, so these run the same at any hour
CI starts them): a planned window typed with bare times whose start has just gone (CI
failed at 23:16 in Warsaw on "23:00/01:30") is kept but said, in the command line and in
the wizard; a notice field's "00:03" typed at 23:36 is 27 minutes ahead, not this morning;
a detection "00:10" typed at 23:50 is asked about as "12:20" at noon is. And the night the
clocks go back: the wizard opened at 02:45 takes the time it suggests itself. And the
year's end: a date typed without its year is the nearest one ("1.1." on 31 December)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.errors import UserError
from app.incidents.drafting import past_start_warning
from app.incidents.field_times import read_field_times
from app.incidents.service import IncidentService
from app.kit import Kit
from app.timefmt import read_time
from app.ui.incidents.wizard import NewIncidentDialog
from tests.reports import conftest as scripted_night
from tests.reports.conftest import Clock
from tests.support.cli import CliRunner
from tests.support.forms_bundle import load_forms_bundle, officer_zone

clock = scripted_night.clock

#: Tuesday 1 December 2026, 23:16 in Warsaw (CET, UTC+1)
LATE = datetime(2026, 12, 1, 22, 16, tzinfo=UTC)
#: 23:36 the same evening
LATER = datetime(2026, 12, 1, 22, 36, tzinfo=UTC)


@pytest.fixture
def warsaw(kit: Kit, tmp_path: Path, clock: Clock) -> Iterator[Clock]:
    load_forms_bundle(kit, tmp_path / "src")
    with officer_zone("Europe/Warsaw"):
        clock.at(LATE)
        yield clock


def _planned(cli: CliRunner, window: str, *json_flag: str) -> tuple[int, str, str]:
    result = cli(
        *json_flag, "incident", "new", "--kind", "downtime", "--title", "Rating upgrade",
        "--services", "billing", "--window", window,
    )  # fmt: skip
    return result.code, result.out, result.err


def test_a_bare_window_start_just_gone_is_kept_and_said(cli: CliRunner, warsaw: Clock) -> None:
    code, out, err = _planned(cli, "23:00/01:30")
    assert code == 0, err
    assert "Window start: today 23:00 (Tue 2026-12-01 23:00 CET)" in err
    assert "Window end: tomorrow 01:30 (Wed 2026-12-02 01:30 CET)" in err
    assert (
        "Warning: The window opened 16 min ago: partners hear of work already under way. If "
        "it is still to come, give its date, e.g. 2.12.2026 23:00." in err
    )
    assert out.strip().startswith("OK-")

    # written as the warning says: tomorrow evening, over midnight, and nothing to warn of
    code, out, err = _planned(cli, "2.12.2026 23:00/01:30", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert (data["window_start"], data["window_end"]) == (
        "2026-12-02T22:00:00Z",
        "2026-12-03T00:30:00Z",
    )
    assert data["window_warning"] is None
    # --json holds the warning for scripts
    code, out, err = _planned(cli, "23:00/01:30", "--json")
    assert "16 min ago" in json.loads(out)["window_warning"] and "Warning" not in err


def test_a_window_ahead_or_a_clock_difference_is_not_warned_of() -> None:
    with officer_zone("Europe/Warsaw"):
        for typed in ("23:30", "23:15"):  # ahead; a minute gone (a clock difference)
            start = read_time(typed, now=LATE, bare="future")
            end = read_time("01:30", now=start, bare="future")
            assert past_start_warning((start, end), LATE) == "", typed
        start = read_time("23:00", now=LATE, bare="future")
        assert past_start_warning((start, LATE), LATE) == ""  # ended: refused elsewhere


def _retype(qtbot: QtBot, editor: QWidget, text: str) -> None:
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClicks(editor, text)


def test_the_wizard_says_the_start_has_gone(qtbot: QtBot, kit: Kit, warsaw: Clock) -> None:
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    wizard = NewIncidentDialog(service, "downtime")
    qtbot.addWidget(wizard, before_close_func=lambda d: d.done(0))
    wizard.show()
    qtbot.waitExposed(wizard)
    _retype(qtbot, wizard.window_start, "23:00")
    _retype(qtbot, wizard.window_end, "01:30")
    note = wizard.window_note.text()
    assert "Understood: from today 23:00 (Tue 2026-12-01 23:00 CET) to tomorrow 01:30" in note
    assert "opened 16 min ago: partners hear of work already under way" in note
    assert "e.g. 2.12.2026 23:00" in note
    _retype(qtbot, wizard.window_start, "2.12.2026 23:00")
    note = wizard.window_note.text()
    assert "from tomorrow 23:00" in note and "Thu 2026-12-03 01:30" in note
    assert "ago" not in note


def test_a_field_just_after_midnight_typed_before_it_is_ahead(warsaw: Clock) -> None:
    """At 23:36, "00:03" is 27 minutes ahead (it was read as this morning's 00:03, 23 hours
    back, and a resolution said the service was back before the trouble began)."""
    assert f"{read_time('00:03', now=LATER, bare='either'):%Y-%m-%d %H:%M}" == "2026-12-01 23:03"
    assert f"{read_time('10:00', now=LATER, bare='either'):%Y-%m-%d %H:%M}" == "2026-12-01 09:00"
    assert f"{read_time('00:00', now=LATER.replace(minute=59)):%H:%M}" == "23:00"  # a skew
    warsaw.at(LATER)
    fields = {"back_in_service": "00:03", "measures": "Fixed."}
    problems = read_field_times(fields, {"back_in_service"}, kind="disaster", stage="resolved")
    assert len(problems) == 1 and "cannot be in the future" in problems[0], problems
    assert "tomorrow 00:03" in problems[0] and "27 min from now" in problems[0]


def test_a_detection_just_after_midnight_typed_before_it_is_asked_about(warsaw: Clock) -> None:
    """At 23:50, "00:10" was this morning's, a day back (the notify-by clock long overdue);
    it is refused naming both readings, as "12:20" typed at noon is."""
    at = LATE.replace(minute=50)
    with pytest.raises(UserError) as refused:
        read_time("00:10", what="--detected", now=at)
    assert str(refused.value) == (
        "--detected '00:10': tomorrow 00:10 is still ahead (it is 23:50 now) and today 00:10 is "
        "over 12 hours gone. Write the date too, e.g. 1.12.2026 00:10."
    )
    assert f"{read_time('00:51', now=at):%Y-%m-%d %H:%M}" == "2026-11-30 23:51"  # over an hour
    assert f"{read_time('23:40', now=at):%Y-%m-%d %H:%M}" == "2026-12-01 22:40"


def test_the_wizard_opened_as_the_clocks_go_back_takes_its_own_time(
    qtbot: QtBot, kit: Kit, warsaw: Clock
) -> None:
    """02:45 happens twice on 31 October 2027 in Warsaw: the suggested "Detected at" says
    which (it was refused, and the wizard could not be left without retyping it)."""
    warsaw.at(datetime(2027, 10, 31, 0, 45, tzinfo=UTC))  # 02:45 CEST, the first one
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    wizard = NewIncidentDialog(service, "disaster")
    qtbot.addWidget(wizard, before_close_func=lambda d: d.done(0))
    wizard.show()
    qtbot.waitExposed(wizard)
    assert wizard.detected.text() == "2027-10-31 02:45 +02:00"
    assert wizard.detected_note.text().startswith(
        "Understood: today 02:45 (Sun 2027-10-31 02:45 CEST)"
    )
    assert wizard.flow.detected == datetime(2027, 10, 31, 0, 45, tzinfo=UTC)


def test_a_date_without_its_year_is_the_nearest_one_at_the_years_end(
    cli: CliRunner, warsaw: Clock
) -> None:
    """On 31 December, "1.1. 01:00" was 1 January of the year ending — a window refused as
    ended a year ago; on 1 January, "31.12. 23:50" was a detection a year ahead."""
    warsaw.at(datetime(2026, 12, 31, 21, 0, tzinfo=UTC))  # 22:00 on New Year's Eve
    code, out, err = _planned(cli, "1.1. 01:00/03:00", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert (data["window_start"], data["window_end"]) == (
        "2027-01-01T00:00:00Z",
        "2027-01-01T02:00:00Z",
    )
    assert data["window_warning"] is None
    after_midnight = datetime(2026, 12, 31, 23, 10, tzinfo=UTC)  # 00:10 on 1 January
    assert read_time("31.12. 23:50", now=after_midnight) == datetime(
        2026, 12, 31, 22, 50, tzinfo=UTC
    )
    assert read_time("27.11. 05:30", now=after_midnight).year == 2026  # five weeks back
