"""The times an officer types into the notice forms, typed as a person types them: the
new-incident wizard's "Detected at" and a bundle's own start/end fields. What the kit
read is shown as they type; text it cannot read holds the form with a reason beside the
field — never silently "now", never sent as typed. English and Polish."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from app import i18n
from app.incidents.service import IncidentService
from app.ui.incidents.notice_dialog import FollowUpDialog
from app.ui.incidents.wizard import NewIncidentDialog
from app.ui.language import install_language
from tests.support import wizard_steps
from tests.support.wall_clock import minutes_from, passed_twice
from tests.support.wizard_steps import open_wizard, retype

WARSAW = "Europe/Warsaw"
service = wizard_steps.service  # the forms bundle, a Warsaw officer


@pytest.fixture
def polish(qtbot: QtBot) -> Iterator[None]:
    install_language("pl")
    i18n.install("pl")
    yield  # the autouse fixture puts English back


def _wizard(qtbot: QtBot, service: IncidentService) -> NewIncidentDialog:
    return open_wizard(qtbot, service)


def _local(day: date, hour: int, minute: int) -> datetime:
    """A wall-clock time in the officer's zone (Warsaw), worked out without the kit."""
    return datetime.combine(day, time(hour, minute)).astimezone()


def _due(service: IncidentService, detected: datetime) -> str:
    return (detected + timedelta(minutes=service.notify_minutes())).astimezone().strftime("%H:%M")


@pytest.mark.parametrize(
    "typed",
    [
        "27.11.2026 5:30",
        "27.11.2026 05:30",
        "2026-11-27 05:30",
        "05:30 27.11.2026",
        "27.11. 05:30",
        "2026-11-27T04:30Z",
        "2026-11-27 04:30 UTC",
    ],
)
def test_detected_at_is_what_the_officer_typed(
    qtbot: QtBot, service: IncidentService, typed: str
) -> None:
    dialog = _wizard(qtbot, service)
    retype(qtbot, dialog.detected, typed)
    expected = datetime(2026, 11, 27, 4, 30, tzinfo=UTC)  # 05:30 in Warsaw (CET)
    if typed == "27.11. 05:30":  # no year: the nearest 27 November (last year's in January)
        today = date.today()
        days = (date(year, 11, 27) for year in (today.year - 1, today.year, today.year + 1))
        expected = _local(min(days, key=lambda day: abs((day - today).days)), 5, 30)
        if expected > datetime.now(UTC):
            pytest.skip("the nearest 27 November is still ahead (June to November)")
    assert dialog.flow.detected == expected
    note = dialog.detected_note.text()
    assert note.startswith("Understood: ") and "05:30 CET" in note
    # the notify-by deadline comes from the typed time, in the note and in the top clock
    assert "Notify partners by " in note and _due(service, expected) in note
    assert f"notify partners by {_due(service, expected)}" in dialog.clock.text()
    assert dialog.next.isEnabled()
    qtbot.mouseClick(dialog.next, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == 1, dialog.problems.text()
    # what the wizard opens the incident with: the typed time, not when the form opened
    assert dialog.flow.draft().detected_at == expected


def test_a_bare_time_is_today_or_last_night_and_the_note_says_which(
    qtbot: QtBot, service: IncidentService
) -> None:
    dialog = _wizard(qtbot, service)
    current = datetime.now().astimezone()
    earlier = minutes_from(current, -20)
    if passed_twice(earlier):
        pytest.skip("the hour the clocks pass twice: a bare time there is refused (asked which)")
    retype(qtbot, dialog.detected, earlier.strftime("%H:%M"))
    assert dialog.flow.detected == _local(earlier.date(), earlier.hour, earlier.minute)
    day = "today" if earlier.date() == current.date() else "yesterday"  # just after midnight
    assert dialog.detected_note.text().startswith(f"Understood: {day} {earlier:%H:%M}")
    # three hours ahead of the clock: today's is ahead, yesterday's 21 hours gone — neither
    # is taken; the note names both and Next waits for the date
    later = minutes_from(current, 180)
    if later.date() != current.date():
        pytest.skip("late evening: three hours ahead is tomorrow")
    retype(qtbot, dialog.detected, later.strftime("%H:%M"))
    note = dialog.detected_note.text()
    assert f"today {later:%H:%M} is still ahead" in note
    assert f"yesterday {later:%H:%M} is over 12 hours gone" in note
    yesterday = current.date() - timedelta(days=1)
    assert f"e.g. {yesterday.day}.{yesterday.month}.{yesterday.year} {later:%H:%M}" in note
    assert not dialog.next.isEnabled()


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("half past five", "is not a time the kit can read"),
        ("01/12/2026 05:30", "reads differently in different countries"),
        ("31.11.2026 05:30", "there is no such date or time"),
        ("27.11.2026", "has no time of day"),
        ("1.1.2099 05:30", "is in the future"),
    ],
)
def test_text_it_cannot_use_holds_the_wizard_with_the_reason(
    qtbot: QtBot, service: IncidentService, typed: str, reason: str
) -> None:
    dialog = _wizard(qtbot, service)
    opened_with = dialog.flow.detected
    retype(qtbot, dialog.detected, typed)
    assert reason in dialog.detected_note.text()
    assert not dialog.next.isEnabled()
    # the top clock counts from no time it could not take (not the form's opening time)
    assert dialog.clock.text() == "notify-by: give when it was detected"
    qtbot.keyClick(dialog.detected, Qt.Key.Key_Return)  # Enter does not get past it either
    qtbot.mouseClick(dialog.next, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == 0
    assert dialog.flow.detected == opened_with  # nothing half-taken from the bad text
    retype(qtbot, dialog.detected, "27.11.2026 05:30")
    assert dialog.next.isEnabled() and dialog.detected_note.text().startswith("Understood")
    qtbot.mouseClick(dialog.next, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == 1


def test_a_bare_time_a_little_ahead_is_refused_not_moved_a_day_back(
    qtbot: QtBot, service: IncidentService
) -> None:
    dialog = _wizard(qtbot, service)
    current = datetime.now().astimezone()
    ahead = minutes_from(current, 20)
    if passed_twice(ahead):
        pytest.skip("the hour the clocks pass twice: a bare time there is refused (asked which)")
    # just before midnight too: "00:10" typed at 23:50 was this morning's, a day back
    retype(qtbot, dialog.detected, ahead.strftime("%H:%M"))
    assert "is still ahead" in dialog.detected_note.text()
    assert "Write the date too" in dialog.detected_note.text()
    assert not dialog.next.isEnabled()


def test_the_bundles_start_time_field_shows_what_it_read_and_refuses_nonsense(
    qtbot: QtBot, service: IncidentService
) -> None:
    dialog = _wizard(qtbot, service)
    qtbot.mouseClick(dialog.next, Qt.MouseButton.LeftButton)
    start = dialog.form.editors["start_time"]
    assert isinstance(start, QLineEdit)
    retype(qtbot, dialog.form.editors["customer_impact"], "Renewals are not charged.")
    retype(qtbot, start, "27.11.2026 5:10")
    note = dialog.form.notes["start_time"]
    assert note.text().startswith("Understood: ") and "2026-11-27 05:10 CET" in note.text()
    assert dialog.flow.fields["start_time"] == "2026-11-27 04:10 UTC"
    retype(qtbot, start, "since about five")
    assert "is not a time the kit can read" in note.text()
    assert not dialog.next.isEnabled()
    qtbot.mouseClick(dialog.next, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == 1
    assert "Start time 'since about five' is not a time" in note.text()  # beside the field
    assert dialog.problems.text() == "Correct what is marked in red above to go on."
    retype(qtbot, start, "2026-11-27 05:10")
    assert dialog.next.isEnabled()
    qtbot.mouseClick(dialog.next, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == 2
    # a tab per language × channel × zone that goes out: the one partner taking SMS is in
    # Stockholm, the Germans take e-mail only — no SMS tab for Helsinki or for German
    tabs = dialog.preview.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "German e-mail (2)",
        "Swedish e-mail · Helsinki (1)",
        "Swedish e-mail · Stockholm (1)",
        "Swedish SMS (1)",
    ]
    assert "(to 2 recipients)\n\nSubject: " in dialog.preview.text_of("de", "email")
    assert "(to 1 recipient)\n\n" in dialog.preview.text_of("sv", "sms")
    # partners read it in their zone: Stockholm and Berlin 05:10 CET, Helsinki 06:10 EET
    assert "05:10 CET" in dialog.preview.text_of("sv", "email", "Europe/Stockholm")
    assert "06:10 EET" in dialog.preview.text_of("sv", "email", "Europe/Helsinki")


def test_a_follow_up_end_time_typed_wrong_cannot_be_queued(
    qtbot: QtBot, service: IncidentService
) -> None:
    detected = _local(date(2026, 11, 27), 5, 0)
    incident = service.open(
        service.draft("disaster", "Billing down", ["billing"], detected=detected)
    )
    promise = (datetime.now(UTC) + timedelta(hours=2)).isoformat(timespec="minutes")
    initial = {"customer_impact": "No renewals.", "start_time": "27.11.2026 5:00"}
    service.notify(incident, "initial", {**initial, "next_update": promise})
    dialog = FollowUpDialog(service, incident, "resolved")
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    dialog.show()
    end = dialog.form.editors["end_time"]
    retype(qtbot, end, "25:70")
    assert "there is no such date or time" in dialog.form.notes["end_time"].text()
    dialog.refresh()  # (the dialog's own debounce, without the wait)
    assert not dialog.queue.isEnabled()
    assert "25:70" in dialog.preview.problems.text()
    retype(qtbot, end, "27.11.2026 06:45")
    dialog.refresh()
    assert dialog.queue.isEnabled(), dialog.preview.problems.text()
    assert dialog.form.notes["end_time"].text().startswith("Understood")
    qtbot.mouseClick(dialog.queue, Qt.MouseButton.LeftButton)
    assert dialog.queued is not None
    stored = service.notices(incident)[-1].fields["end_time"]
    assert stored == "2026-11-27 05:45 UTC"


def test_the_times_speak_polish(qtbot: QtBot, service: IncidentService, polish: None) -> None:
    dialog = _wizard(qtbot, service)
    retype(qtbot, dialog.detected, "27.11.2026 5:30")
    note = dialog.detected_note.text()
    assert note.startswith("Odczytano: ") and "pt. 27.11.2026 05:30" in note, note
    retype(qtbot, dialog.detected, "wpol do szostej")  # (QTest types Latin-1 only)
    assert "nie jest godziną" in dialog.detected_note.text(), dialog.detected_note.text()
    assert not dialog.next.isEnabled()
    retype(qtbot, dialog.detected, "1.1.2099 05:30")
    assert "w przyszłości" in dialog.detected_note.text(), dialog.detected_note.text()
    retype(qtbot, dialog.detected, "27.11.2026 05:30")
    qtbot.mouseClick(dialog.next, Qt.MouseButton.LeftButton)
    start = dialog.form.editors["start_time"]
    retype(qtbot, start, "27.11.2026 5:10")
    assert dialog.form.notes["start_time"].text().startswith("Odczytano: ")
    retype(qtbot, start, "01/12/2026 05:10")
    assert "w różnych krajach" in dialog.form.notes["start_time"].text()
    assert not dialog.next.isEnabled()
    retype(qtbot, dialog.form.editors["customer_impact"], "Brak odnowien.")
    retype(qtbot, start, "27.11.2026 5:10")
    qtbot.mouseClick(dialog.next, Qt.MouseButton.LeftButton)
    assert "(do 2 odbiorców)\n\nTemat: " in dialog.preview.text_of("de", "email")
    assert "(do 1 odbiorcy)\n\n" in dialog.preview.text_of("sv", "sms")
