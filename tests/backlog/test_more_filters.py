"""The Backlog search on a small screen: the usual filters in sight, the rare ones under
"More filters" (opened with a click, or by itself when a saved search or the dashboard
fills one in), and the button says how many hidden filters are in use."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.ui.backlog.section import BacklogSection


def test_more_filters_opens_and_searches(qtbot: QtBot, section: BacklogSection) -> None:
    section.window().resize(1008, 552)  # a 1024×600 screen
    panel = section.records
    bar = panel.search_bar
    assert bar.text.isVisible() and bar.status.isVisible() and bar.search_button.isVisible()
    assert not bar.carrier.isVisible()
    assert bar.more.text() == "More filters"

    qtbot.mouseClick(bar.more, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(bar.carrier.isVisible)
    assert bar.more.text() == "Fewer filters"
    qtbot.keyClicks(bar.carrier.lineEdit(), "Carrier South")
    qtbot.keyClicks(bar.tariff, "TK2")
    qtbot.mouseClick(bar.search_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.count_label.text().endswith("matching records"))
    matching = panel.model.rowCount()
    assert 0 < matching < 120
    carriers = {getattr(panel.model.record_at(row), "carrier", None) for row in range(matching)}
    assert carriers == {"Carrier South"}

    # folded away again: the filters still apply, and the button says so
    qtbot.mouseClick(bar.more, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not bar.carrier.isVisible())
    assert bar.more.text() == "More filters (2)"
    bar.clear_button.click()
    assert bar.more.text() == "More filters"
    assert panel.count_label.text() == "120 matching records"


def test_a_saved_search_shows_its_hidden_filters(qtbot: QtBot, section: BacklogSection) -> None:
    from app.backlog.model import Criteria

    panel = section.records
    bar = panel.search_bar
    panel.search_bar.set_criteria(Criteria(carrier="Carrier South", tariff_key="TK2"))
    panel.save_search("South TK2")
    bar.clear_button.click()
    qtbot.mouseClick(bar.more, Qt.MouseButton.LeftButton)  # folded away by the officer
    qtbot.waitUntil(lambda: not bar.carrier.isVisible())
    panel.saved_combo.setCurrentIndex(panel.saved_combo.findData("South TK2"))
    panel.saved_combo.activated.emit(panel.saved_combo.currentIndex())
    qtbot.waitUntil(bar.carrier.isVisible)  # a filter in use is never out of sight
    assert bar.carrier.currentText() == "Carrier South" and bar.tariff.text() == "TK2"
