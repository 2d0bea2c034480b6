"""The Backlog search on a small screen: the usual filters in sight, the rare ones under
"More filters" (opened with a click, or by itself when a saved search or the dashboard
fills one in), and the button says how many hidden filters are in use."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.audit import AuditLog
from app.backlog.model import Criteria
from app.paths import KitPaths
from app.store.store import Store
from app.ui.backlog.section import BacklogSection
from tests.backlog.conftest import CARRIERS, REASONS, open_backlog


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


def test_more_filters_straight_after_the_section_appears(
    qtbot: QtBot, loaded: int, store: Store, paths: KitPaths
) -> None:
    """The fields under More filters are built when first wanted, not for the section's
    first paint: opened at once they hold the backlog's reasons and carriers, Tab walks
    into them from the usual filters, and what is typed there searches."""
    section = open_backlog(qtbot, store, paths)
    panel = section.records
    bar = panel.search_bar
    assert panel.count_label.text() == "120 matching records"

    qtbot.mouseClick(bar.more, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(bar.carrier.isVisible)
    assert bar.more.text() == "Fewer filters"
    assert [bar.carrier.itemText(i) for i in range(bar.carrier.count())] == ["", *CARRIERS]
    assert [bar.reason.itemText(i) for i in range(1, bar.reason.count())] == sorted(REASONS)
    # Tab walks from the usual filters into these, in their order, as before they were
    # built on first use
    section.window().activateWindow()
    bar.kind.setFocus()
    qtbot.waitUntil(bar.kind.hasFocus)
    for field in (bar.reason, bar.carrier, bar.service, bar.batch, bar.tariff, bar.file_type):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert focused is field or field.isAncestorOf(focused), (field, focused)

    qtbot.keyClicks(bar.reason.lineEdit(), "No Tariff Found")
    qtbot.keyClicks(bar.service, "4670000")
    qtbot.keyClick(bar.service, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.count_label.text() == "30 matching records")
    reasons = {getattr(panel.model.record_at(row), "reason", None) for row in range(30)}
    assert reasons == {"No Tariff Found"}

    qtbot.mouseClick(bar.more, Qt.MouseButton.LeftButton)  # folded: still counted and applied
    qtbot.waitUntil(lambda: not bar.carrier.isVisible())
    assert bar.more.text() == "More filters (2)"


def test_a_saved_search_fills_more_filters_never_opened(
    qtbot: QtBot, loaded: int, store: Store, paths: KitPaths
) -> None:
    """A saved search with a rarer filter, chosen before More filters was ever opened,
    builds and opens them with its values."""
    from app.backlog.saved import SavedSearches

    kit_audit = AuditLog(conn=store.conn, actor="test")
    SavedSearches(conn=store.conn, audit=kit_audit).save("West", Criteria(carrier="Carrier West"))
    section = open_backlog(qtbot, store, paths)
    panel = section.records
    qtbot.waitUntil(lambda: panel.saved_combo.findData("West") >= 0)  # just after the paint
    panel.saved_combo.setCurrentIndex(panel.saved_combo.findData("West"))
    panel.saved_combo.activated.emit(panel.saved_combo.currentIndex())
    bar = panel.search_bar
    qtbot.waitUntil(bar.carrier.isVisible)
    assert bar.carrier.currentText() == "Carrier West"
    assert panel.count_label.text() == "40 matching records"
