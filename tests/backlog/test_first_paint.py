"""The Backlog section's first page reads and builds what it shows, the rest just after
(issue 18, point 5): the first page's records in one statement; the saved searches' names
and what Undo would undo in a call queued for when the event loop next turns (before it
paints); the detail pane when a record is first chosen. Once open, the section works as
before, at once: driven here by clicks and keys."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.qtbot import QtBot

from app.audit import AuditLog
from app.backlog.actions import BacklogActions
from app.backlog.model import Criteria
from app.backlog.query import BacklogQuery
from app.backlog.saved import SavedSearches
from app.kit import Kit
from app.paths import KitPaths
from app.store.keys import NoKeyring
from app.store.store import Store
from app.ui.backlog.records_model import COLUMNS
from app.ui.backlog.section import BacklogSection
from app.ui.language import install_language
from app.ui.main_window import MainWindow
from tests.backlog.conftest import open_backlog


def _opened_traced(qtbot: QtBot, store: Store, paths: KitPaths) -> tuple[BacklogSection, list[str]]:
    """The Backlog section opened in the real window, and the statements its opening ran
    before the window's event loop turned again (the first paint)."""
    window = MainWindow(paths=paths, keeper=NoKeyring())
    qtbot.addWidget(window)
    window.open_store(store)
    window.show()
    seen: list[str] = []
    store.conn.set_trace_callback(seen.append)
    try:
        section = window.show_section("Backlog")
    finally:
        store.conn.set_trace_callback(None)
    assert isinstance(section, BacklogSection)
    return section, seen


def test_the_first_paint_reads_its_page_alone_then_saved_searches_and_undo(
    qtbot: QtBot, loaded: int, store: Store, paths: KitPaths
) -> None:
    audit = AuditLog(conn=store.conn, actor="test")
    SavedSearches(conn=store.conn, audit=audit).save("West", Criteria(carrier="Carrier West"))
    query = BacklogQuery(conn=store.conn)
    ids = [r.id for r in query.page(Criteria(), limit=3)]
    BacklogActions(conn=store.conn, audit=audit, origin="cli:1").set_status(to="cleansed", ids=ids)

    section, seen = _opened_traced(qtbot, store, paths)
    panel = section.records
    pages = [s for s in seen if "FROM backlog_records" in s]
    assert len(pages) == 1, pages  # the rows with the page, not their ids and then the rows
    assert not [s for s in seen if "backlog_saved_searches" in s or "backlog_actions" in s]

    # just after: the names in the list, Undo naming the command line's action
    qtbot.waitUntil(lambda: panel.saved_combo.findData("West") >= 0)
    assert not panel.delete_saved_button.isEnabled() or panel.saved_combo.count() == 2
    qtbot.waitUntil(panel.undo_button.isEnabled)
    assert "3 records → Cleansed" in panel.undo_button.toolTip()

    # the saved search chosen with the keyboard
    panel.saved_combo.setFocus()
    qtbot.keyClick(panel.saved_combo, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: panel.count_label.text() == "40 matching records")
    assert panel.delete_saved_button.isEnabled()

    qtbot.mouseClick(panel.undo_button, Qt.MouseButton.LeftButton)
    assert panel.undo_question is not None
    assert "not taken in this window" in panel.undo_question.informativeText()
    undo = next(b for b in panel.undo_question.buttons() if b.text() == "Undo it")
    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.busy is None and "Undone" in panel.result_label.text())
    assert query.count(Criteria(status="cleansed")) == 0
    assert not panel.undo_button.isEnabled()


def test_a_record_chosen_fills_the_pane_that_asked_for_one(
    qtbot: QtBot, loaded: int, store: Store, paths: KitPaths
) -> None:
    section = open_backlog(qtbot, store, paths)
    panel = section.records
    qtbot.waitExposed(panel.table)
    asking = panel._no_detail
    assert asking.isVisible() and asking.text() == "Select a record to see its details."
    assert panel._detail is None  # the text browser is not built for the first paint

    first = panel.model.record_at(0)
    assert first is not None
    cell = panel.table.visualRect(panel.model.index(0, 0)).center()
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.waitUntil(lambda: panel._detail is not None and panel._detail.isVisible())
    assert not asking.isVisible()
    assert first.quarantine_id in panel.detail.toPlainText()
    assert panel.scope.currentText() == "selected rows (1)"
    # where the line was: the splitter's second pane, as wide
    assert panel._splitter.widget(1) is panel.detail

    # a new search empties the pane
    qtbot.mouseClick(panel.search_bar.clear_button, Qt.MouseButton.LeftButton)
    assert "Select a record to see its details." in panel.detail.toPlainText()


def test_what_is_built_or_read_later_works_at_once_after_opening(
    qtbot: QtBot, loaded: int, store: Store, paths: KitPaths
) -> None:
    """The officer does not wait: straight after the section opens (nothing waited for),
    More filters is opened and typed into, the search runs, a decision is clicked and
    taken, and Undo names it."""
    section, _seen = _opened_traced(qtbot, store, paths)
    panel = section.records
    bar = panel.search_bar
    assert bar._advanced is None  # the rarer filters are not built for the first paint

    qtbot.mouseClick(bar.more, Qt.MouseButton.LeftButton)
    assert bar.carrier.isVisible()
    qtbot.keyClicks(bar.carrier.lineEdit(), "Carrier West")
    qtbot.keyClick(bar.carrier.lineEdit(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.count_label.text() == "40 matching records")
    assert {getattr(panel.model.record_at(r), "carrier", None) for r in range(40)} == {
        "Carrier West"
    }

    qtbot.mouseClick(panel.decision_buttons["cleansed"], Qt.MouseButton.LeftButton)
    dialog = panel.decision_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.ok_button.text() == "Set 40 to Cleansed"
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.busy is None and "Undo is possible" in panel.result_label.text())
    query = BacklogQuery(conn=store.conn)
    assert query.count(Criteria(status="cleansed")) == 40
    assert query.count(Criteria(status="cleansed", carrier="Carrier West")) == 40
    assert panel.undo_button.isEnabled()
    assert "40 records → Cleansed" in panel.undo_button.toolTip()


def test_the_saved_searches_row_is_one_line_at_the_narrowest_page(
    qtbot: QtBot, loaded: int, store: Store, paths: KitPaths
) -> None:
    """A plain row, not a flow: at the narrowest the page can be, in English and in Polish
    (the longer words), the list and both buttons are whole on one line."""
    for language in ("en", "pl"):
        install_language(language)
        try:
            section = open_backlog(qtbot, store, paths)
            panel = section.records
            qtbot.waitExposed(panel)
            section.window().resize(300, 700)  # the window at its narrowest
            narrowest = panel.minimumSizeHint().width() + 8  # the tabs' page around it
            qtbot.waitUntil(lambda panel=panel, w=narrowest: panel.width() <= w)
            row = panel.delete_saved_button.parentWidget()
            assert row is panel.saved_combo.parentWidget()
            parts = [panel.saved_combo, panel.delete_saved_button]
            tops = {part.geometry().center().y() for part in parts}
            assert len(tops) == 1, (language, tops)  # one line
            for part in parts:
                assert part.geometry().right() < row.width(), (language, part)
                assert part.width() >= part.sizeHint().width(), (language, part)
        finally:
            install_language("en")


@pytest.mark.parametrize(("language", "points"), [("en", 0), ("pl", 0), ("en", 19)])
def test_the_header_is_as_high_as_qt_makes_it_for_the_titles(
    qtbot: QtBot, kit: Kit, language: str, points: int
) -> None:
    """The records' header takes its height from its first title alone (every title is one
    line of one font): as high as Qt makes a header over the same titles, in English and
    Polish and in the larger font of a desktop set so, and each title whole in its column."""
    install_language(language)
    before = QApplication.font()
    if points:
        larger = QFont(before)
        larger.setPointSize(points)
        QApplication.setFont(larger)
    try:
        section = BacklogSection(kit)
        qtbot.addWidget(section)
        plain = QTableView()
        qtbot.addWidget(plain)
        titles = QStandardItemModel(0, len(COLUMNS))
        titles.setHorizontalHeaderLabels([c.title for c in COLUMNS])
        plain.setModel(titles)
        plain.setSortingEnabled(True)  # the records' header shows the sort's arrow too
        section.resize(1900, 700)
        section.show()
        section.shown()
        plain.show()
        qtbot.waitExposed(section)
        header = section.records.table.horizontalHeader()
        expected = plain.horizontalHeader().sizeHint().height()
        assert header.height() == expected > (30 if points else 0)
        metrics = header.fontMetrics()
        for index, column in enumerate(COLUMNS):
            assert header.sectionSize(index) >= metrics.horizontalAdvance(column.title)
    finally:
        QApplication.setFont(before)
        install_language("en")
