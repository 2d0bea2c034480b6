"""A planned work's announcement typed and kept as a draft is named so on the drafts bar (a
walk: it said "The initial notice of OK-… is not queued yet" for planned work, whose first
notice the page, the plan and the top bar call its announcement). English and Polish."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from app.paths import KitPaths
from app.store.store import Store
from app.ui.incidents.notice_dialog import FollowUpDialog
from app.ui.incidents.section import IncidentsSection
from app.ui.language import install_language
from tests.incidents.test_announcement_label_window import _planned_work
from tests.incidents.test_window import Officer
from tests.support.unlocked import section_on


def test_the_drafts_bar_names_planned_works_first_notice_its_announcement(
    qtbot: QtBot, paths: KitPaths, store: Store
) -> None:
    reference = _planned_work(store)
    section = section_on(qtbot, paths, store, IncidentsSection)
    section.reload(select=reference)
    officer = Officer(qtbot)
    officer.click(section.page.initial_button)  # "Send the announcement…"
    dialog = section.dialog
    assert isinstance(dialog, FollowUpDialog)
    officer.type(dialog.form.editors["work"], "Core router replacement")
    officer.click(next(b for b in dialog.findChildren(QPushButton) if b.text() == "Cancel"))
    box = dialog.keeper.leave_box
    assert isinstance(box, QMessageBox)
    keep = next(b for b in box.buttons() if b.text() == "&Keep draft and close")
    qtbot.mouseClick(keep, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    section.refresh_drafts()
    bar = section.drafts_bar
    said = bar.text.text()
    assert bar.isVisible() and f"The announcement of {reference} is not queued yet" in said, said
    assert "initial notice" not in said, said
    install_language("pl")
    section.refresh_drafts()
    said = bar.text.text()
    assert said.startswith(f"Zapowiedź dla {reference} nie jest jeszcze w kolejce"), said
    assert "wstępne" not in said, said
