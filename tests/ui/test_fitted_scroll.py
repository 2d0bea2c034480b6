"""The filters' scroll area above the Backlog records (app/ui/screen.py `FittedScroll`): the
content at its whole height when there is room, scrolling up and down when there is not,
never sideways, and asking for room again by itself when its content grows or flows onto
other lines at another width."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from app.ui.flow_layout import FlowLayout
from app.ui.screen import FittedScroll


def _page(qtbot: QtBot, *, whole: bool = False) -> tuple[QWidget, FittedScroll, QWidget]:
    """A row of buttons that flows, a wrapping label under it, in a FittedScroll above a
    part that takes every pixel left (as the records table does)."""
    content = QWidget()
    column = QVBoxLayout(content)
    column.setContentsMargins(0, 0, 0, 0)
    row = QWidget()
    flow = FlowLayout(row)
    for number in range(40):
        flow.addWidget(QPushButton(f"Button number {number}"))
    column.addWidget(row)
    note = QLabel()
    note.setObjectName("note")
    note.setWordWrap(True)
    column.addWidget(note)
    area = FittedScroll(content, whole=whole)
    below = QWidget()
    below.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    below.setMinimumHeight(60)
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.addWidget(area)
    layout.addWidget(below, 1)
    qtbot.addWidget(page)
    page.resize(1600, 700)
    page.show()
    qtbot.waitExposed(page)
    return page, area, content


def _whole_height(area: FittedScroll, content: QWidget) -> int:
    """The content's height at the area's width (at least the area's few lines)."""
    return max(content.heightForWidth(area.viewport().width()), area.minimumHeight())


def test_the_content_shows_whole_and_asks_again_when_it_grows_or_flows(qtbot: QtBot) -> None:
    page, area, content = _page(qtbot)
    qtbot.waitUntil(lambda: area.height() == _whole_height(area, content))
    assert area.verticalScrollBar().maximum() == 0
    first = area.height()
    # the content grows (a long message under the buttons): room asked for, no refit call
    note = content.findChild(QLabel, "note")
    assert note is not None
    note.setText("A long message that wraps onto more lines. " * 12)
    qtbot.waitUntil(lambda: area.height() > first)
    assert area.height() == _whole_height(area, content)
    grown = area.height()
    # narrower: the buttons and the message flow onto more lines, all of them still shown
    page.resize(700, 700)
    qtbot.waitUntil(lambda: area.height() > grown)
    assert area.height() == _whole_height(area, content)
    assert area.verticalScrollBar().maximum() == 0
    assert area.horizontalScrollBar().maximum() == 0  # never sideways
    assert content.width() == area.viewport().width()
    # wide again: back to fewer lines
    page.resize(1600, 700)
    qtbot.waitUntil(lambda: area.height() == grown)


def test_a_short_page_scrolls_the_content_and_keeps_the_part_below(qtbot: QtBot) -> None:
    page, area, content = _page(qtbot)
    note = content.findChild(QLabel, "note")
    assert note is not None
    note.setText("A long message that wraps onto more lines. " * 12)
    page.resize(500, 260)
    qtbot.waitUntil(lambda: area.verticalScrollBar().maximum() > 0)
    assert area.height() < _whole_height(area, content)
    assert area.height() >= 4 * area.fontMetrics().lineSpacing()
    assert area.horizontalScrollBar().maximum() == 0
    assert content.width() == area.viewport().width()  # flows, never wider than the view


def test_whole_never_scrolls(qtbot: QtBot) -> None:
    page, area, content = _page(qtbot, whole=True)
    page.resize(500, 260)
    qtbot.waitUntil(lambda: area.height() == _whole_height(area, content))
    assert area.minimumSizeHint().height() == area.height()
    assert area.verticalScrollBar().maximum() == 0
    note = content.findChild(QLabel, "note")
    assert note is not None
    before = area.height()
    note.setText("A long message that wraps onto more lines. " * 4)
    qtbot.waitUntil(lambda: area.height() > before)
    assert area.height() == _whole_height(area, content)
