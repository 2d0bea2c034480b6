"""The new-incident wizard for planned work (New planned work) on a 1024×600 duty screen and
on a 1920×1080 monitor, in English and Polish (longer words): its first page scrolls on the
small screen, but the maintenance window's start and end and the plan's Announce and
Reminders rows are whole in sight without scrolling (a walk: the rows at the bottom of the
page were cut, the Polish "Zapowiedź" in half, under a services list taller than its
services); on the large monitor the whole page shows — the dialog kept 640 pixels there and
made the officer scroll the plan's rows into sight with 400 pixels of screen to spare."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from app.contacts.demo import load_demo
from app.kit import Kit
from app.paths import KitPaths
from app.store.store import Store
from app.ui import screen
from app.ui.incidents.section import IncidentsSection
from app.ui.incidents.wizard import NewIncidentDialog
from tests.support.unlocked import small_window


def _wizard(
    qtbot: QtBot,
    store: Store,
    paths: KitPaths,
    language: str,
    size: tuple[int, int],
    monkeypatch: pytest.MonkeyPatch,
) -> NewIncidentDialog:
    """New planned work clicked on a screen of `size`: the wizard on its first page."""
    monkeypatch.setattr(screen, "available_size", lambda _widget: size)
    load_demo(Kit.open(store))
    window = small_window(qtbot, store, paths, language)
    section = window.show_section("Incidents")
    assert isinstance(section, IncidentsSection)
    qtbot.mouseClick(section.planned_button, Qt.MouseButton.LeftButton)
    wizard = section.dialog
    assert isinstance(wizard, NewIncidentDialog)
    qtbot.waitExposed(wizard)
    qtbot.wait(300)  # the page's layout settles (its labels wrap to the width they get)
    return wizard


def _in_sight(area: QScrollArea, widget: QWidget) -> bool:
    """`widget` lies whole inside the scroll area's visible part."""
    top = widget.mapTo(area.viewport(), widget.rect().topLeft()).y()
    bottom = widget.mapTo(area.viewport(), widget.rect().bottomLeft()).y()
    return top >= 0 and bottom < area.viewport().height()


@pytest.mark.parametrize("language", ["en", "pl"])
def test_the_window_and_plan_rows_are_in_sight_on_a_small_screen(
    qtbot: QtBot, store: Store, paths: KitPaths, language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = _wizard(qtbot, store, paths, language, (1024, 600), monkeypatch)
    assert wizard.height() <= 600
    area = wizard.pages.currentWidget()
    assert isinstance(area, QScrollArea)
    rows = (wizard.window_start, wizard.window_end, wizard.announce_days, wizard.reminders)
    cut = [w.objectName() or type(w).__name__ for w in rows if not _in_sight(area, w)]
    assert not cut, (cut, area.viewport().height(), [w.y() for w in rows])
    wizard.done(0)


@pytest.mark.parametrize("language", ["en", "pl"])
def test_the_whole_first_page_shows_on_a_large_screen(
    qtbot: QtBot, store: Store, paths: KitPaths, language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = _wizard(qtbot, store, paths, language, (1920, 1080), monkeypatch)
    area = wizard.pages.currentWidget()
    assert isinstance(area, QScrollArea)
    assert area.verticalScrollBar().maximum() == 0, (wizard.height(), area.widget().height())
    summary = wizard.plan_summary
    assert _in_sight(area, wizard.start_notice) and _in_sight(area, summary), (
        summary.geometry(),
        area.viewport().height(),
    )
    wizard.done(0)
