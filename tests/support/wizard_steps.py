"""The new-incident wizard opened and typed into as an officer does, on the forms bundle in
a Warsaw officer's zone (tests of its time fields and what it says)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app import i18n
from app.incidents.service import IncidentService
from app.kit import Kit
from app.ui.incidents.wizard import NewIncidentDialog
from app.ui.language import install_language
from tests.support.forms_bundle import load_forms_bundle, officer_zone


@pytest.fixture
def service(kit: Kit, tmp_path: Path) -> Iterator[IncidentService]:
    load_forms_bundle(kit, tmp_path / "src")
    with officer_zone("Europe/Warsaw"):
        yield IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)


def retype(qtbot: QtBot, editor: QWidget, text: str) -> None:
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClicks(editor, text)


def open_wizard(
    qtbot: QtBot, service: IncidentService, language: str | None = None
) -> NewIncidentDialog:
    """The wizard (in `language`, if given: the conftest puts English back), a service
    ticked and a title typed."""
    if language is not None:
        install_language(language)
        i18n.install(language)
    dialog = NewIncidentDialog(service, "disaster")
    # at the end it is closed as Queue closes it: no "keep the draft?" question left open,
    # no clock ticking on after the store is gone
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.services.item(0).setCheckState(Qt.CheckState.Checked)
    retype(qtbot, dialog.title, "Billing down")
    return dialog
