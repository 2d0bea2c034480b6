"""The incident list at 1024×600 in Polish (where a new user found the Title column pushed
past the right edge by the long Polish timers) and in English: reference, timer and title
all in view, the title at least its share of the list, the timer wrapped onto lines that
show it whole; at 1920×1080 each on one line, the timer unwrapped. The duty team's bundle
(tests/support/officer_bundle.py), incidents with long titles and an overdue notice."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from pytestqt.qtbot import QtBot

from app.incidents.service import IncidentService
from app.kit import Kit
from app.paths import KitPaths
from app.store.keys import NoKeyring
from app.store.store import Store
from app.ui.incidents.incident_table import TITLE_MIN, TITLE_SHARE
from app.ui.incidents.section import TIMER_COLUMN, TITLE_COLUMN, IncidentsSection
from app.ui.language import install_language
from app.ui.main_window import MainWindow
from tests.support.officer_bundle import load_officer_bundle

LONG = "Rating engine stalls on every renewal batch in the Warsaw and Prague data centres"
OVERDUE = {"en": "overdue", "pl": "po terminie"}


@pytest.fixture
def listed(store: Store, tmp_path: Path) -> Iterator[Store]:
    kit = Kit.open(store)
    load_officer_bundle(kit, tmp_path / "src")
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    now = datetime.now(UTC)
    service.create("disaster", LONG, ["billing"], detected=now - timedelta(hours=3))
    start = now + timedelta(minutes=50)
    service.create(
        "downtime",
        "Database upgrade of the subscriptions cluster, second attempt",
        ["billing"],
        window=(start, start + timedelta(hours=3)),
    )
    yield store


def _section(
    qtbot: QtBot, paths: KitPaths, store: Store, size: tuple[int, int]
) -> IncidentsSection:
    window = MainWindow(paths=paths, keeper=NoKeyring())
    qtbot.addWidget(window)
    window.open_store(store)
    window.show()
    window.resize(*size)
    section = window.show_section("Incidents")
    assert isinstance(section, IncidentsSection)
    section.reload()
    qtbot.wait(50)  # the table fits its columns once it has its size
    return section


def _overdue_row(section: IncidentsSection, language: str) -> int:
    texts = [str(section.model.index(r, TIMER_COLUMN).data()) for r in range(2)]
    return next(r for r, text in enumerate(texts) if OVERDUE[language] in text)


@pytest.mark.parametrize("language", ["en", "pl"])
def test_the_title_stays_in_view_at_1024x600(
    qtbot: QtBot, paths: KitPaths, listed: Store, language: str
) -> None:
    install_language(language)
    section = _section(qtbot, paths, listed, (1024, 600))
    table = section.table
    width = table.viewport().width()
    title_left = table.columnViewportPosition(TITLE_COLUMN)
    title_width = table.columnWidth(TITLE_COLUMN)
    assert title_left + title_width <= width + 1  # every column in view, none past the edge
    assert title_width >= min(TITLE_MIN, int(width * TITLE_SHARE)), (title_width, width)
    assert not table.horizontalScrollBar().isVisible()
    # the long Polish timer wraps: its cell's lines show it whole
    row = _overdue_row(section, language)
    timer = str(section.model.index(row, TIMER_COLUMN).data())
    cell = table.columnWidth(TIMER_COLUMN) - 8  # the cell's margins
    needed = table.fontMetrics().boundingRect(
        QRect(0, 0, cell, 1000), Qt.TextFlag.TextWordWrap, timer
    )
    assert needed.height() <= table.rowHeight(row), (timer, needed, table.rowHeight(row))
    title = section.model.index(row, TITLE_COLUMN)
    assert title.data(Qt.ItemDataRole.ToolTipRole) == LONG  # cut in the list, whole here


@pytest.mark.parametrize("language", ["en", "pl"])
def test_one_line_each_at_1920x1080(
    qtbot: QtBot, paths: KitPaths, listed: Store, language: str
) -> None:
    install_language(language)
    section = _section(qtbot, paths, listed, (1920, 1080))
    table = section.table
    row = _overdue_row(section, language)
    timer = str(section.model.index(row, TIMER_COLUMN).data())
    assert table.columnWidth(TIMER_COLUMN) >= table.fontMetrics().horizontalAdvance(timer)
    assert table.rowHeight(row) == table.single_row  # one line: rows not made taller
    right = table.columnViewportPosition(TITLE_COLUMN) + table.columnWidth(TITLE_COLUMN)
    assert right <= table.viewport().width() + 1
