"""The notice windows in the officer's language, found by a new user running the kit in
Polish with the duty team's bundle (tests/support/officer_bundle.py: its own field names,
partners reading Polish, Czech, Brazilian Portuguese and English): the language tabs are
named ("czeski", not "cs"), the services are listed by their Polish names, "wczoraj 23:10"
is read in every time field (the detection time, a notice's field, the promise, the planned
window — all typed, none a spin box), and the local-times panel says what each time is for
a first notice, a resolution and planned work. Each in the English kit too. Typed with
keyClicks, clicked with the mouse: an exception in a slot fails the test."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from app.incidents.model import partner_time
from app.incidents.service import IncidentService
from app.kit import Kit
from app.ui.incidents.notice_dialog import FollowUpDialog
from app.ui.incidents.wizard import NewIncidentDialog
from app.ui.language import install_language
from tests.incidents.test_window import Officer
from tests.support.forms_bundle import officer_zone
from tests.support.language_tabs import open_language_tab, tab_codes, tab_names
from tests.support.officer_bundle import load_officer_bundle


@dataclass(frozen=True)
class Said:
    """What the officer reads, and the day words they type, in one kit language."""

    services: list[str]
    billing: str
    tabs: list[str]
    polish_email: str
    today: str
    yesterday: str
    tomorrow: str
    understood: str
    forms: str
    started: str
    promise: str
    resolved: str
    window_start: str
    window_end: str
    not_after: str


KIT = {
    "en": Said(
        services=["Billing", "SMS gateway"],
        billing="Billing",
        tabs=["English — all partners", "Czech", "Polish", "Portuguese (Brazil)"],
        polish_email="Polish e-mail (1)",
        today="today",
        yesterday="yesterday",
        tomorrow="tomorrow",
        understood="Understood: yesterday 23:10",
        forms="Write it like 05:30 or 5.30 (today), yesterday 23:10, tomorrow 06:00,",
        started="started <b>",
        promise="next update by <b>",
        resolved="resolved <b>",
        window_start="window starts <b>",
        window_end="window ends <b>",
        not_after="is not after its start",
    ),
    "pl": Said(
        services=["Bramka SMS", "Rozliczenia"],
        billing="Rozliczenia",
        tabs=["angielski — wszyscy partnerzy", "czeski", "polski", "portugalski (Brazylia)"],
        polish_email="polski e-mail (1)",
        today="dzis",  # typed without its Polish letter, as keyClicks can
        yesterday="wczoraj",
        tomorrow="jutro",
        understood="Odczytano: wczoraj 23:10",
        forms="Wpisz np. 05:30 albo 5.30 (dziś), wczoraj 23:10, jutro 06:00,",
        started="początek <b>",
        promise="następna informacja do <b>",
        resolved="awaria usunięta <b>",
        window_start="początek okna <b>",
        window_end="koniec okna <b>",
        not_after="nie jest po jego początku",
    ),
}
ZONES = ("Europe/Warsaw", "Europe/Prague", "America/Sao_Paulo", "Europe/London")


@pytest.fixture(params=["en", "pl"])
def said(request: pytest.FixtureRequest) -> Said:
    install_language(request.param)  # (the conftest puts English back)
    return KIT[str(request.param)]


@pytest.fixture
def duty(kit: Kit, tmp_path: Path) -> Iterator[IncidentService]:
    load_officer_bundle(kit, tmp_path / "src")
    with officer_zone("Europe/Warsaw"):
        yield IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)


def _retype(qtbot: QtBot, editor: QWidget, text: str) -> None:
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, text)


def _local_day(days: int) -> date:
    return datetime.now().astimezone().date() + timedelta(days=days)


def _at(day: date, hour: int, minute: int) -> datetime:
    return datetime.combine(day, time(hour, minute)).astimezone().astimezone(UTC)


def _relative(said: Said, moment: datetime) -> str:
    """`moment` as the officer types it with a day word: "dzis 16:40", "wczoraj 23:50"."""
    local = moment.astimezone()
    days = (local.date() - _local_day(0)).days
    word = {-1: said.yesterday, 0: said.today, 1: said.tomorrow}[days]
    return f"{word} {local:%H:%M}"


def test_a_disaster_in_the_kit_language(qtbot: QtBot, duty: IncidentService, said: Said) -> None:
    officer = Officer(qtbot)
    wizard = NewIncidentDialog(duty, "disaster")
    qtbot.addWidget(wizard)
    wizard.show()
    # the services as the bundle names them in the kit's language (services.csv name.pl)
    shown = [wizard.services.item(i).text() for i in range(wizard.services.count())]
    assert shown == said.services
    officer.tick(wizard.services, said.billing)
    # the title typed here is the English one (a language's own goes on its tab), said so
    [label] = [
        found
        for form in wizard.findChildren(QFormLayout)
        if isinstance(found := form.labelForField(wizard.title), QLabel)
    ]
    assert label.text() in ("&Title in English", "&Tytuł po angielsku"), label.text()
    officer.type(wizard.title, "Billing down")

    # a day word the kit does not know: refused under the field, naming the forms it takes
    _retype(qtbot, wizard.detected, "przedwczoraj 23:10")
    assert said.forms in wizard.detected_note.text()
    assert not wizard.next.isEnabled()
    # the way the kit itself says a time back ("wczoraj 23:10 (pn. 30.11.2026 …)")
    _retype(qtbot, wizard.detected, f"{said.yesterday} 23:10")
    assert wizard.detected_note.text().startswith(said.understood), wizard.detected_note.text()
    assert wizard.flow.detected == _at(_local_day(-1), 23, 10)
    officer.click(wizard.next)
    assert wizard.pages.currentIndex() == 1, wizard.problems.text()

    form = wizard.form
    assert list(form.editors) == ["what_breaks", "began_at", "next_update"]
    assert tab_names(form.tabs) == said.tabs
    assert tab_codes(form.tabs) == [None, "cs", "pl", "pt-BR"]
    officer.type(form.editors["what_breaks"], "Renewals are not charged.")
    _retype(qtbot, form.editors["began_at"], f"{said.yesterday} 23:10")
    assert form.notes["began_at"].text().startswith(said.understood)
    promise = datetime.now().astimezone().replace(second=0, microsecond=0) + timedelta(hours=2)
    next_update = form.editors["next_update"]
    assert isinstance(next_update, QLineEdit)  # typed like "Detected at", not a spin box
    _retype(qtbot, next_update, _relative(said, promise))
    assert form.values()["began_at"] == partner_time(_at(_local_day(-1), 23, 10))
    assert form.values()["next_update"] == partner_time(promise)
    open_language_tab(qtbot, form.tabs, "pl")
    officer.type(form.translations["title.pl"], "Awaria rozliczen")
    officer.type(form.translations["what_breaks.pl"], "Odnowienia nie sa naliczane.")
    officer.click(wizard.next)

    preview = wizard.preview
    assert wizard.queue.isEnabled(), preview.problems.text()
    assert said.polish_email in tab_names(preview.tabs)
    assert "Od: " in preview.text_of("pl", "email")  # the bundle's own Polish template
    times = preview.local_times.text()
    # a first notice: when it started and the promise, in each partner's zone
    assert all(where in times for where in ZONES), times
    assert times.count(said.started) == times.count(said.promise) == len(ZONES), times
    assert said.resolved not in times
    officer.click(wizard.queue)
    assert wizard.result_ is not None
    incident, _queued = wizard.result_

    # the resolution: when it was resolved, not "Start"
    dialog = FollowUpDialog(duty, duty.get(incident.reference), "resolved")
    qtbot.addWidget(dialog)
    dialog.show()
    assert list(dialog.form.editors) == ["back_at"]
    back = datetime.now().astimezone().replace(second=0, microsecond=0) - timedelta(minutes=10)
    _retype(qtbot, dialog.form.editors["back_at"], _relative(said, back))
    assert dialog.form.problems() == []
    dialog.refresh()
    times = dialog.preview.local_times.text()
    assert times.count(said.resolved) == len(ZONES), times
    assert said.started not in times and said.promise not in times
    officer.click(dialog.queue)
    assert dialog.queued is not None, dialog.error.text()


def test_planned_work_in_the_kit_language(qtbot: QtBot, duty: IncidentService, said: Said) -> None:
    officer = Officer(qtbot)
    wizard = NewIncidentDialog(duty, "downtime")
    qtbot.addWidget(wizard)
    wizard.show()
    officer.tick(wizard.services, said.billing)
    officer.type(wizard.title, "Rating upgrade")
    # the window typed like every other time: a day word, and an end read from the start
    assert isinstance(wizard.window_start, QLineEdit)
    _retype(qtbot, wizard.window_start, f"{said.tomorrow} 23:00")
    _retype(qtbot, wizard.window_end, "22:30")
    assert said.not_after in wizard.window_note.text(), wizard.window_note.text()
    assert not wizard.next.isEnabled()
    _retype(qtbot, wizard.window_end, "01:30")  # past midnight: the day after
    assert wizard.flow.window == (_at(_local_day(1), 23, 0), _at(_local_day(2), 1, 30))
    assert wizard.next.isEnabled(), wizard.window_note.text()
    officer.click(wizard.next)
    assert wizard.pages.currentIndex() == 1, wizard.problems.text()
    assert tab_names(wizard.form.tabs) == said.tabs
    officer.type(wizard.form.editors["what_breaks"], "No renewals during the window.")
    officer.click(wizard.next)

    times = wizard.preview.local_times.text()
    assert times.count(said.window_start) == times.count(said.window_end) == len(ZONES), times
    assert said.started not in times
    assert "America/Sao_Paulo" in times
    officer.click(wizard.queue)
    assert wizard.result_ is not None
    incident, _queued = wizard.result_
    assert (incident.window_start, incident.window_end) == wizard.flow.window
