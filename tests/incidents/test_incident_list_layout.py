"""On a 1024x600 screen the incident list shows each incident's timer whole, beside its
reference (the title gives way and is cut, its whole text in the tooltip); no sideways
scrolling to find the clock."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.incidents.service import IncidentService
from app.kit import Kit
from app.paths import KitPaths
from app.store.store import Store
from app.ui.incidents.section import TIMER_COLUMN, TITLE_COLUMN
from tests.incidents.test_schedule_window import _open, window_kit
from tests.reports import conftest as scripted_night
from tests.reports.conftest import T0, Clock

clock = scripted_night.clock
__all__ = ["window_kit"]


def test_the_timer_shows_whole_at_1024x600(
    qtbot: QtBot, paths: KitPaths, window_kit: Store, clock: Clock
) -> None:
    clock.at(T0)
    kit = Kit.open(window_kit)
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    start = T0 + timedelta(minutes=20)
    service.create(
        "downtime",
        "Billing database upgrade with a long title that no small screen can hold",
        ["subscriptions"],
        window=(start, start + timedelta(hours=3)),
    )
    window, section = _open(qtbot, paths, window_kit)
    window.resize(1024, 600)
    section.reload()
    qtbot.wait(50)
    table = section.table
    timer = section.model.index(0, TIMER_COLUMN)
    assert "starts in" in timer.data()
    right = table.columnViewportPosition(TIMER_COLUMN) + table.columnWidth(TIMER_COLUMN)
    assert right <= table.viewport().width()  # the whole timer column is in view
    needed = table.fontMetrics().horizontalAdvance(str(timer.data()))
    assert table.columnWidth(TIMER_COLUMN) >= needed
    assert not table.horizontalScrollBar().isVisible()
    title = section.model.index(0, TITLE_COLUMN)
    assert title.data(Qt.ItemDataRole.ToolTipRole).endswith("no small screen can hold")
