"""The mouse wheel over a list, number or date box of a scrolling form scrolls the form
while the box is not clicked into; once clicked, the wheel changes the box as usual. The
Backlog's filters at 1024×600 (where they scroll), then every such box of every section."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QWidget
from pytestqt.qtbot import QtBot

from app.kit import Kit
from app.paths import KitPaths
from app.store.store import Store
from app.ui.backlog.section import BacklogSection
from app.ui.main_window import MainWindow
from tests.support.unlocked import small_window
from tests.support.wheel import turn_wheel
from tests.ui.test_small_screen import _night


def _value(box: QWidget) -> object:
    if isinstance(box, QComboBox):
        return (box.currentIndex(), box.currentText())
    assert isinstance(box, QAbstractSpinBox)
    return box.text()


def test_the_wheel_scrolls_the_backlog_filters_until_a_list_is_clicked(
    qtbot: QtBot, store: Store, paths: KitPaths
) -> None:
    _night(store)
    window = small_window(qtbot, store, paths, "en")
    window.activateWindow()  # a click gives the keyboard in the active window only
    qtbot.waitUntil(window.isActiveWindow)
    section = window.show_section("Backlog")
    assert isinstance(section, BacklogSection)
    records, bar = section.records, section.records.search_bar
    qtbot.waitUntil(lambda: records.model.rowCount() > 0)
    qtbot.mouseClick(bar.more, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(bar.advanced.isVisible)
    qtbot.wait(50)
    scroll = records.filters_area.verticalScrollBar()
    assert scroll.maximum() > 0  # a small screen: the filters scroll
    records.table.setFocus()
    for combo in (bar.status, bar.kind, bar.reason, bar.carrier):
        records.filters_area.ensureWidgetVisible(combo)
        scroll.setValue(scroll.minimum())
        before = _value(combo)
        turn_wheel(combo, -1)
        assert _value(combo) == before  # the officer meant the form
        assert scroll.value() > scroll.minimum()  # and the form scrolled
    # clicked into: the wheel is the list's
    scroll.setValue(scroll.minimum())
    qtbot.mouseClick(bar.status, Qt.MouseButton.LeftButton)
    qtbot.keyClick(bar.status.view(), Qt.Key.Key_Escape)  # its list closed again
    assert bar.status.hasFocus()
    turn_wheel(bar.status, -1)
    assert bar.status.currentIndex() == 1
    assert scroll.value() == scroll.minimum()
    # an editable list (Reason) too, once clicked into
    records.filters_area.ensureWidgetVisible(bar.reason)
    at = scroll.value()
    qtbot.mouseClick(bar.reason.lineEdit(), Qt.MouseButton.LeftButton)
    assert bar.reason.hasFocus()
    turn_wheel(bar.reason, -1)
    assert bar.reason.currentText() == bar.reason.itemText(1)
    assert scroll.value() == at


def test_no_list_number_or_date_box_of_any_section_takes_a_wheel_it_was_not_given(
    qtbot: QtBot, store: Store, paths: KitPaths, kit: Kit
) -> None:
    _night(store)
    window = small_window(qtbot, store, paths, "en")
    assert isinstance(window, MainWindow)
    boxes: list[QWidget] = []
    for title in [entry.title for entry in window._entries]:
        section = window.show_section(title)
        if isinstance(section, BacklogSection):
            section.records.search_bar.advanced  # noqa: B018  built as when opened
            section.dashboard  # noqa: B018
        qtbot.wait(20)
        boxes += [
            box
            for box in window.findChildren(QWidget)
            if isinstance(box, QComboBox | QAbstractSpinBox) and box.isEnabled()
        ]
    assert len(boxes) >= 10
    window.nav.setFocus()
    for box in boxes:
        if box.hasFocus():
            window.nav.setFocus()
        before = _value(box)
        turn_wheel(box, -1)
        turn_wheel(box, 1)
        turn_wheel(box, 1)
        assert _value(box) == before, (box.objectName(), type(box).__name__, box.parent())
