"""At 1024×600 the Backlog gives its room to the records: the filters scroll first (Find,
the usual filters, import and the reports stay in sight, saved searches scroll into sight),
no empty line waits for a message, so some nine rows show, seven under an alert banner."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.paths import KitPaths
from app.store.store import Store
from app.ui.backlog.section import BacklogSection
from tests.support import fit
from tests.support.unlocked import overdue_banner, small_window
from tests.ui.test_small_screen import _night


@pytest.mark.parametrize("language", ["en", "pl"])
def test_the_records_get_the_room_of_a_small_screen(
    qtbot: QtBot, store: Store, paths: KitPaths, language: str
) -> None:
    _night(store)
    window = small_window(qtbot, store, paths, language)
    section = window.show_section("Backlog")
    assert isinstance(section, BacklogSection)
    records, bar = section.records, section.records.search_bar
    qtbot.waitUntil(lambda: records.model.rowCount() > 0)
    qtbot.wait(50)  # layouts settle

    def rows_in_sight() -> float:
        row = records.table.verticalHeader().defaultSectionSize()
        return fit.visible_rect(records.table.viewport()).height() / row

    def whole(widget: object) -> bool:
        return fit.visible_rect(widget).size() == widget.size()  # type: ignore[attr-defined]

    assert rows_in_sight() >= 9, rows_in_sight()
    # the usual filters in sight as they are, and import and the reports (F10: they were
    # one scroll below the filters); saved searches one scroll away
    import_button = next(
        b
        for b in records.findChildren(type(bar.search_button))
        if b.text() == records.tr("Import export…")
    )
    files = (import_button, records.report_button, records.decisions_button)
    for field in (bar.text, bar.status, bar.kind, bar.search_button, bar.more, *files):
        assert whole(field), field
    assert not records.result_label.isVisible()  # no empty line for a message
    assert fit.all_problems(window) == []
    assert records.filters_area.verticalScrollBar().value() == 0  # nothing scrolled
    qtbot.mouseClick(import_button, Qt.MouseButton.LeftButton)
    assert records.import_dialog is not None and records.import_dialog.isVisible()
    records.import_dialog.reject()
    # under an alert banner, and with every filter open under it
    overdue_banner(qtbot, window)
    window.show_section("Backlog")
    qtbot.wait(50)
    assert rows_in_sight() >= 7, rows_in_sight()
    assert all(whole(button) for button in files)
    qtbot.mouseClick(bar.more, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(bar.advanced.isVisible)
    qtbot.wait(50)
    assert rows_in_sight() >= 6, rows_in_sight()
    assert fit.all_problems(window) == []
