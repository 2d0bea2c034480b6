"""The Backlog section is built once the window has settled, before the officer opens it
(issue 18, point 5: its ~55 widgets were 6 ms of a ~20-ms first visit), but it reads nothing
until then: the officer's click shows the records as they are at the click, those another
process imported in between among them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.backlog.importer import BacklogImporter
from app.backlog.query import PAGE
from app.paths import KitPaths
from app.store.keys import NoKeyring
from app.store.store import Store
from app.ui.backlog.section import BacklogSection
from app.ui.main_window import MainWindow
from app.ui.sections import SECTIONS
from tests.backlog.conftest import HEADER, sample_rows
from tests.support.cli import CliRunner


def test_the_backlog_built_ahead_reads_its_records_when_the_officer_opens_it(
    qtbot: QtBot,
    store: Store,
    paths: KitPaths,
    importer: BacklogImporter,
    write_csv: Callable[..., Path],
    cli: CliRunner,
) -> None:
    importer.run(write_csv([HEADER, *sample_rows(30)]))
    window = MainWindow(paths=paths, keeper=NoKeyring())
    qtbot.addWidget(window)
    window.open_store(store)
    window.show()
    qtbot.waitExposed(window)

    def built() -> BacklogSection | None:
        return next((s for s in window.sections if isinstance(s, BacklogSection)), None)

    qtbot.waitUntil(lambda: built() is not None, timeout=10_000)  # nobody clicked anything
    section = built()
    assert section is not None and not section.isVisible()
    assert section.records.model.rowCount() == 0  # nothing read yet
    # another process imports 70 more before the officer first opens the section
    later = write_csv([HEADER, *sample_rows(70, start=31)], name="telephony-later.csv")
    imported = cli.subprocess("backlog", "import", "--kind", "bms-telephony", str(later))
    assert imported.code == 0, imported.err

    row = next(i for i, entry in enumerate(SECTIONS) if entry.title == "Backlog")
    item = window.nav.item(row)
    window.nav.scrollToItem(item)
    qtbot.mouseClick(
        window.nav.viewport(),
        Qt.MouseButton.LeftButton,
        pos=window.nav.visualItemRect(item).center(),
    )
    assert window.section("Backlog") is section  # the one built ahead, not a second
    assert section.isVisible()
    panel = section.records
    assert panel.count_label.text() == "100 matching records"
    assert panel.model.rowCount() == min(PAGE, 100)
    assert panel.table.isVisible() and panel.decision_buttons
