"""What holds the new-incident wizard is said once (a tester's finding: a time field's
problem stood under the field and again in the footer): beside the field that has it; the
footer points there. On both steps, typed as an officer types, in English and Polish."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from app import i18n
from app.incidents.service import IncidentService
from app.kit import Kit
from app.ui.incidents.wizard import NewIncidentDialog
from app.ui.language import install_language
from tests.support.forms_bundle import load_forms_bundle, officer_zone

POINTER = {
    "en": "Correct what is marked in red above to go on.",
    "pl": "Popraw to, co zaznaczono powyżej na czerwono, aby przejść dalej.",
}


@pytest.fixture
def service(kit: Kit, tmp_path: Path) -> Iterator[IncidentService]:
    load_forms_bundle(kit, tmp_path / "src")
    with officer_zone("Europe/Warsaw"):
        yield IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)


def _retype(qtbot: QtBot, editor: QWidget, text: str) -> None:
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClicks(editor, text)


def _shown_with(dialog: NewIncidentDialog, words: str) -> list[QLabel]:
    return [
        label
        for label in dialog.findChildren(QLabel)
        if label.isVisible() and words in label.text()
    ]


@pytest.mark.parametrize("language", ["en", "pl"])
def test_a_field_s_problem_is_said_beside_it_and_not_again_in_the_footer(
    qtbot: QtBot, service: IncidentService, language: str
) -> None:
    install_language(language)  # the conftest puts English back afterwards
    i18n.install(language)
    dialog = NewIncidentDialog(service, "disaster")
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.services.item(0).setCheckState(Qt.CheckState.Checked)
    _retype(qtbot, dialog.title, "Billing down")

    # step 1: a detection time the kit cannot read
    _retype(qtbot, dialog.detected, "since about five")
    qtbot.mouseClick(dialog.next, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == 0
    assert _shown_with(dialog, "since about five") == [dialog.detected_note]
    assert "since about five" not in dialog.problems.text()
    _retype(qtbot, dialog.detected, "27.11.2026 05:30")
    qtbot.mouseClick(dialog.next, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == 1

    # step 2: the bundle's start time, typed wrong
    _retype(qtbot, dialog.form.editors["customer_impact"], "Renewals are not charged.")
    _retype(qtbot, dialog.form.editors["start_time"], "since about five")
    qtbot.mouseClick(dialog.next, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == 1
    assert _shown_with(dialog, "since about five") == [dialog.form.notes["start_time"]]
    assert dialog.problems.text() == POINTER[language]
    _retype(qtbot, dialog.form.editors["start_time"], "27.11.2026 05:10")
    assert dialog.problems.text() == ""
    qtbot.mouseClick(dialog.next, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == 2
