"""What holds the new-incident wizard is said once (a tester's finding: a time field's
problem stood under the field and again in the footer): beside the field that has it; the
footer points there. On both steps, typed as an officer types, in English and Polish."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app.incidents.service import IncidentService
from app.ui.incidents.wizard import NewIncidentDialog
from tests.support import wizard_steps
from tests.support.wizard_steps import open_wizard, retype

POINTER = {
    "en": "Correct what is marked in red above to go on.",
    "pl": "Popraw to, co zaznaczono powyżej na czerwono, aby przejść dalej.",
}

service = wizard_steps.service  # the forms bundle, a Warsaw officer


def _shown_with(dialog: NewIncidentDialog, words: str) -> list[QLabel]:
    return [
        label
        for label in dialog.findChildren(QLabel)
        if label.isVisible() and words in label.text()
    ]


@pytest.mark.parametrize("language", ["en", "pl"])
def test_a_field_s_problem_is_said_beside_it_and_not_again_in_the_footer(
    qtbot: QtBot,
    service: IncidentService,
    language: str,
) -> None:
    dialog = open_wizard(qtbot, service, language)

    # step 1: a detection time the kit cannot read
    retype(qtbot, dialog.detected, "since about five")
    qtbot.mouseClick(dialog.next, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == 0
    assert _shown_with(dialog, "since about five") == [dialog.detected_note]
    assert "since about five" not in dialog.problems.text()
    retype(qtbot, dialog.detected, "27.11.2026 05:30")
    qtbot.mouseClick(dialog.next, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == 1

    # step 2: the bundle's start time, typed wrong
    retype(qtbot, dialog.form.editors["customer_impact"], "Renewals are not charged.")
    retype(qtbot, dialog.form.editors["start_time"], "since about five")
    qtbot.mouseClick(dialog.next, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == 1
    assert _shown_with(dialog, "since about five") == [dialog.form.notes["start_time"]]
    assert dialog.problems.text() == POINTER[language]
    retype(qtbot, dialog.form.editors["start_time"], "27.11.2026 05:10")
    assert dialog.problems.text() == ""
    qtbot.mouseClick(dialog.next, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == 2
