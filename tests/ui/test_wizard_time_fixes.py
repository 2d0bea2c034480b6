"""The wizard's "Detected at" as a new officer met it: a date months back taken without a
word, and the fields jumping under the pointer when the line under it grew."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.incidents.service import IncidentService
from app.ui.incidents.wizard import NewIncidentDialog
from tests.support import wizard_steps

service = wizard_steps.service  # the forms bundle, a Warsaw officer


def _retype(qtbot: QtBot, editor: QWidget, text: str) -> None:
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClicks(editor, text)
    QApplication.processEvents()


def _wizard(qtbot: QtBot, service: IncidentService) -> NewIncidentDialog:
    dialog = NewIncidentDialog(service, "disaster")
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    dialog.resize(1024, 600)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.services.item(0).setCheckState(Qt.CheckState.Checked)
    _retype(qtbot, dialog.title, "Billing down")
    return dialog


def test_a_detection_months_back_is_warned_about_not_refused(
    qtbot: QtBot, service: IncidentService
) -> None:
    dialog = _wizard(qtbot, service)
    long_ago = datetime.now().astimezone() - timedelta(days=245)
    _retype(qtbot, dialog.detected, f"{long_ago:%-d.%-m.%Y} 05:30")
    note = dialog.detected_note.text()
    assert note.startswith("Understood: ")
    assert "\nThat is 8 months ago — is the date right?" in note, note
    assert dialog.next.isEnabled()
    _retype(
        qtbot, dialog.detected, (datetime.now() - timedelta(hours=3)).strftime("%d.%m.%Y %H:%M")
    )
    assert "is the date right" not in dialog.detected_note.text()


def test_the_fields_stay_put_when_the_line_under_detected_at_changes(
    qtbot: QtBot, service: IncidentService
) -> None:
    dialog = _wizard(qtbot, service)
    page = dialog.pages.widget(0)

    def places() -> dict[str, QPoint]:
        return {
            name: widget.mapTo(dialog, QPoint(0, 0))
            for name, widget in (
                ("title", dialog.title),
                ("detected", dialog.detected),
                ("next", dialog.next),
            )
        } | {"page": page.mapTo(dialog, QPoint(0, 0))}

    current = datetime.now().astimezone()
    _retype(qtbot, dialog.detected, f"{current - timedelta(minutes=5):%H:%M}")
    assert dialog.detected_note.text().startswith("Understood: ")
    before = places()
    _retype(qtbot, dialog.detected, "half past five")  # a reason two lines long
    assert "not a time the kit can read" in dialog.detected_note.text()
    assert places() == before
    _retype(qtbot, dialog.detected, "5.12")
    assert places() == before
    _retype(qtbot, dialog.detected, "1.4.2026 5.30")  # and a warning under "Understood"
    assert "is the date right?" in dialog.detected_note.text()
    assert places() == before


def test_the_preview_warns_that_sms_and_mail_have_no_way_out_yet(
    qtbot: QtBot, service: IncidentService
) -> None:
    dialog = _wizard(qtbot, service)
    qtbot.mouseClick(dialog.next, Qt.MouseButton.LeftButton)
    _retype(qtbot, dialog.form.editors["customer_impact"], "Renewals are not charged.")
    _retype(qtbot, dialog.form.editors["start_time"], "27.11.2026 5:10")
    qtbot.mouseClick(dialog.next, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == 2, dialog.problems.text()
    said = dialog.preview.problems.text()
    assert said.startswith("✔ Ready to queue"), said
    assert "⚠ No SMS path is set up: 1 SMS will stay queued until a modem is added" in said
    assert "⚠ No e-mail path is set up: 4 e-mails will stay queued" in said
    assert dialog.queue.isEnabled()  # a warning, not a refusal
