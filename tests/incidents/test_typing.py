"""Every editor of every notice form takes typing: each kind × stage, every field type, the
shipped templates' field names and a bundle's own. A test that only set widget values would
have missed the crash on the first keystroke; these type as a person does, and pytest-qt
fails them on any exception raised in a slot."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from app.incidents.compose import NEXT_UPDATE
from app.incidents.model import Incident, partner_time
from app.incidents.service import IncidentService
from app.notices.localtime import local_text, parse_field_time, zone
from app.timefmt import now
from app.ui.incidents.fields_form import FieldsForm
from app.ui.incidents.notice_dialog import FollowUpDialog
from app.ui.incidents.wizard import NewIncidentDialog
from tests.support.local_edit import store_unchecked_edit


def _later(minutes: int) -> datetime:
    return (now() + timedelta(minutes=minutes)).astimezone().replace(second=0, microsecond=0)


def _type_everything(qtbot: QtBot, form: FieldsForm, tag: str) -> dict[str, str]:
    """Type into each editor of the form; returns what each field should now hold."""
    expected: dict[str, str] = {}
    for index, (name, editor) in enumerate(form.editors.items()):
        editor.setFocus()
        qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        if name == NEXT_UPDATE:  # typed like every other time, read under the field
            moment = _later(40 + index)
            qtbot.keyClicks(editor, moment.strftime("%Y-%m-%d %H:%M"))
            assert form.notes[name].text().startswith("Understood"), form.notes[name].text()
            expected[name] = partner_time(moment)
            continue
        if name in form.notes:  # a time field: read, and kept as the time it means
            # (gone by, and after the trouble began: an end before it is refused)
            moment = (now() - timedelta(minutes=10)).astimezone(UTC)
            typed = moment.strftime("%d.%m.%Y %H:%M UTC")
            qtbot.keyClicks(editor, typed)
            assert form.notes[name].text().startswith("Understood"), form.notes[name].text()
            expected[name] = partner_time(moment)
            assert editor.text() == typed
            continue
        else:
            text = f"{tag} {name} 18:50 UTC - typed"  # QTest types Latin-1 keys only
            qtbot.keyClicks(editor, text)
            expected[name] = text
        shown = _text(editor)
        assert shown == expected[name], f"{name}: typed {expected[name]!r}, shows {shown!r}"
    return expected


def _text(editor: QWidget) -> str:
    if isinstance(editor, QPlainTextEdit):
        return editor.toPlainText()
    assert isinstance(editor, QLineEdit)
    return editor.text()


@pytest.mark.parametrize("kind", ["disaster", "downtime"])
def test_initial_notice_form_takes_typing(
    qtbot: QtBot, service: IncidentService, kind: str
) -> None:
    dialog = NewIncidentDialog(service, kind)
    qtbot.addWidget(dialog)
    dialog.show()
    item = dialog.services.item(0)
    item.setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(dialog.next, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == 1, dialog.problems.text()
    expected = _type_everything(qtbot, dialog.form, kind)
    assert dialog.flow.fields == {**dialog.flow.fields, **expected}
    qtbot.mouseClick(dialog.next, Qt.MouseButton.LeftButton)
    preview = dialog.preview.text_of("en", "email")
    for name, value in expected.items():
        if name != NEXT_UPDATE and name not in dialog.form.notes:  # (times: in their zone)
            assert value in preview, name
    assert dialog.queue.isEnabled(), dialog.preview.problems.text()
    dialog.keeper.stop()
    dialog.done(0)


def _incident(service: IncidentService, kind: str, *, started: bool) -> Incident:
    if kind == "disaster":
        incident = service.create(kind, "Billing down", ["subscriptions"])
        fields = {"impact": "x", "started": "2026-11-30 01:00", "actions": "y"}
    else:
        start = datetime.now(UTC) + (timedelta(hours=-1) if started else timedelta(days=1))
        window = (start, start + timedelta(hours=3))
        incident = service.create(kind, "DB upgrade", ["subscriptions"], window=window)
        fields = {"impact": "x", "work": "y"}
    later = _later(30).isoformat(timespec="minutes")
    service.notify(incident, "initial", {**fields, NEXT_UPDATE: later})
    return incident


@pytest.mark.parametrize(
    ("kind", "stage"),
    [
        ("disaster", "update"),
        ("disaster", "resolved"),
        ("downtime", "update"),
        ("downtime", "completed"),
        ("downtime", "cancelled"),
    ],
)
def test_follow_up_form_takes_typing(
    qtbot: QtBot, service: IncidentService, kind: str, stage: str
) -> None:
    incident = _incident(service, kind, started=stage == "completed")
    dialog = FollowUpDialog(service, incident, stage)
    qtbot.addWidget(dialog)
    dialog.show()
    expected = _type_everything(qtbot, dialog.form, stage)
    qtbot.waitUntil(lambda: not dialog.debounce.isActive(), timeout=5000)
    preview = dialog.preview.text_of("en", "email")
    for name, value in expected.items():
        if name != NEXT_UPDATE and name not in dialog.form.notes:  # (times: in their zone)
            assert value in preview, name
    assert dialog.queue.isEnabled(), dialog.preview.problems.text()
    qtbot.mouseClick(dialog.queue, Qt.MouseButton.LeftButton)
    assert dialog.queued is not None
    stored = service.notices(service.get(incident.reference))[-1]
    for name, value in expected.items():
        if name != NEXT_UPDATE:
            assert stored.fields[name] == value


def test_a_bundles_own_field_names_take_typing(qtbot: QtBot, service: IncidentService) -> None:
    """IT's templates with field names the shipped ones do not have, and a legacy blank."""
    email = (
        "Subject: Störung: {{ incident.title }}\n\nBeginn: {{ start_time }}\n"
        "Auswirkung: {{ customer_impact }}\nKundennummer: &^\n"
        "Nächstes Update: {{ next_update }}\n"
    )
    for language in ("en", "pl", "pt-BR"):
        store_unchecked_edit(service.catalog, "disaster", "initial", language, "email", email)
        store_unchecked_edit(
            service.catalog,
            "disaster",
            "initial",
            language,
            "sms",
            "{{ start_time }} {{ customer_impact }}",
        )
    dialog = NewIncidentDialog(service, "disaster")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.services.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(dialog.next, Qt.MouseButton.LeftButton)
    names = list(dialog.form.editors)
    assert {"start_time", "customer_impact", "&^Kundennummer", NEXT_UPDATE} <= set(names)
    assert len(names) == len(set(names))  # each field once
    expected = _type_everything(qtbot, dialog.form, "bundle")
    qtbot.mouseClick(dialog.next, Qt.MouseButton.LeftButton)
    preview = dialog.preview.text_of("en", "email")
    # the bundle's own start field is a time: its partners read it in their own zone
    where = min(k for k in dialog.preview.shown if k[:2] == ("en", "email"))[2]
    began = parse_field_time(expected["start_time"])
    assert began is not None
    started = local_text(began, zone(where))
    assert f"Beginn: {started}" in preview and expected["customer_impact"] in preview
    dialog.keeper.stop()
    dialog.done(0)
