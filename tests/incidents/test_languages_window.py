"""The notice form with the nordic bundle (tests/support/lang_bundle.py), typed as a person
types: each field once, a tab per language of the audience, the queue button queues texts
in each partner's language and zone."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from app.incidents.service import IncidentService
from app.notices.localtime import local_text, zone
from app.ui.incidents.fields_form import FieldsForm
from app.ui.incidents.notice_dialog import FollowUpDialog
from app.ui.incidents.wizard import NewIncidentDialog
from tests.support.language_tabs import open_language_tab, tab_codes, tab_names


def _type(qtbot: QtBot, editor: QWidget, text: str) -> None:
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, text)


def _open_tab(qtbot: QtBot, form: FieldsForm, code: str) -> None:
    open_language_tab(qtbot, form.tabs, code)


def _labels(form: FieldsForm) -> list[str]:
    """The fields' labels (not the lines under time fields saying what was read)."""
    notes = list(form.notes.values())
    return [w.text() for w in form.main.findChildren(QLabel) if w not in notes]


def test_the_wizard_with_a_bundles_own_fields_languages_and_zones(
    qtbot: QtBot, nordic: IncidentService
) -> None:
    dialog = NewIncidentDialog(nordic, "disaster")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.services.item(0).setCheckState(Qt.CheckState.Checked)  # Billing
    _type(qtbot, dialog.title, "Billing down")
    qtbot.mouseClick(dialog.next, Qt.MouseButton.LeftButton)
    form = dialog.form
    assert list(form.editors) == ["customer_impact", "start_time", "next_update"]
    labels = _labels(form)
    assert len(labels) == len(set(labels)) == 3  # each field once: one "Start time"
    # each tab named as the officer reads languages, the code kept for finding it
    assert tab_names(form.tabs) == [
        "English — all partners",
        "German",
        "Portuguese (Brazil)",
        "Swedish",
    ]
    assert tab_codes(form.tabs) == [None, "de", "pt-BR", "sv"]

    _type(qtbot, form.editors["customer_impact"], "Renewals are not charged.")
    _type(qtbot, form.editors["start_time"], "2026-11-30 21:40 UTC")
    promise = datetime.now(UTC).replace(second=0, microsecond=0) + timedelta(hours=2)
    editor = form.editors["next_update"]
    assert isinstance(editor, QLineEdit)  # typed like every other time
    _type(qtbot, editor, promise.astimezone().strftime("%Y-%m-%d %H:%M"))
    _open_tab(qtbot, form, "sv")
    assert sorted(k for k in form.translations if k.endswith(".sv")) == [
        "customer_impact.sv",
        "title.sv",
    ]
    _type(qtbot, form.translations["title.sv"], "Fakturering nere")
    _type(qtbot, form.translations["customer_impact.sv"], "Fornyelser debiteras inte.")
    _open_tab(qtbot, form, "de")
    _type(qtbot, form.translations["customer_impact.de"], "Verlaengerungen fehlen.")
    _open_tab(qtbot, form, "pt-BR")  # left empty: English text, and the note
    qtbot.mouseClick(dialog.next, Qt.MouseButton.LeftButton)

    preview = dialog.preview
    assert dialog.queue.isEnabled(), preview.problems.text()
    swedish = preview.text_of("sv", "email")
    assert "Fakturering nere" in swedish and "Påverkan: Fornyelser debiteras inte." in swedish
    assert "Började: 2026-11-30 22:40 CET" in swedish
    assert "Berörda tjänster: Fakturering" in swedish
    assert local_text(promise, zone("Europe/Stockholm")) in preview.text_of("sv", "sms")
    assert "Auswirkung: Verlaengerungen fehlen." in preview.text_of("de", "email")
    brazil = preview.text_of("pt-BR", "email")
    assert "18:40 UTC-03:00" in brazil and "Impact: Renewals are not charged." in brazil
    times = preview.local_times.text()
    assert "America/Sao_Paulo" in times and "Delta Brasil" in times and "UTC-03:00" in times

    qtbot.mouseClick(dialog.queue, Qt.MouseButton.LeftButton)
    assert dialog.result_ is not None
    incident, queued = dialog.result_
    assert queued.messages == 7
    assert nordic.titles(incident) == {"sv": "Fakturering nere"}

    # the update dialog shows the Swedish title kept, and its tabs again
    update = FollowUpDialog(nordic, nordic.get(incident.reference), "update")
    qtbot.addWidget(update)
    update.show()
    title = update.form.translations["title.sv"]
    assert title.text() == "Fakturering nere"  # type: ignore[union-attr]
    _type(qtbot, update.form.editors["progress"], "Catching up.")
    _type(qtbot, update.form.editors["customer_impact"], "Still delayed.")
    update.refresh()
    assert "Fakturering nere" in update.preview.text_of("sv", "email")
    update.keeper.stop()
    update.done(0)
