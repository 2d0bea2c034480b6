"""The Calendar refreshes itself every half minute while it is shown (a window opens or
ends). Locking closes the store a moment before the sections go; a refresh falling in
that moment raised "Cannot operate on a closed database" in the event loop (seen when a
loaded machine stretched that moment). It stops instead; hidden, it does not refresh."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from app.paths import KitPaths
from app.store.store import Store
from app.ui.incidents import calendar_view
from app.ui.incidents.calendar_view import CalendarSection
from app.ui.main_window import MainWindow
from tests.support.unlocked import section_on

TICK_MS = 50


def test_the_calendars_refresh_on_a_store_closed_under_it_stops_quietly(
    qtbot: QtBot, store: Store, paths: KitPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(calendar_view, "REFRESH_MS", TICK_MS)
    calendar = section_on(qtbot, paths, store, CalendarSection)
    assert calendar.isVisible() and calendar.timer.isActive()
    store.close()  # as locking does, before the section is deleted
    qtbot.wait(TICK_MS * 6)  # an exception in the refresh fails the test here
    assert not calendar.timer.isActive()


def test_the_hidden_calendar_does_not_read_the_store(
    qtbot: QtBot, store: Store, paths: KitPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(calendar_view, "REFRESH_MS", TICK_MS)
    calendar = section_on(qtbot, paths, store, CalendarSection)
    window = calendar.window()
    assert isinstance(window, MainWindow)
    reads: list[str] = []
    store.conn.set_trace_callback(reads.append)
    window.show_section("Incidents")
    qtbot.waitUntil(lambda: not calendar.isVisible())
    reads.clear()
    qtbot.wait(TICK_MS * 6)
    assert not [r for r in reads if "kind = 'downtime' AND window_start" in r], reads
