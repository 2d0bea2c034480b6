"""The wizard's last step on a big monitor shows every language's tab of the preview without
scrolling the tab bar (the dialog widens up to the screen); on a 1024×600 screen the dialog
stays on the screen and the tab bar scrolls. Typed as a person types, real buttons."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

import app.ui.screen
from app.incidents.service import IncidentService
from app.ui.incidents.wizard import NewIncidentDialog


def _type(qtbot: QtBot, editor: QWidget, text: str) -> None:
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, text)


def _to_preview(qtbot: QtBot, service: IncidentService) -> NewIncidentDialog:
    dialog = NewIncidentDialog(service, "disaster")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.services.item(0).setCheckState(Qt.CheckState.Checked)
    _type(qtbot, dialog.title, "Billing down")
    qtbot.mouseClick(dialog.next, Qt.MouseButton.LeftButton)
    form = dialog.form
    _type(qtbot, form.editors["customer_impact"], "Renewals are not charged.")
    _type(qtbot, form.editors["start_time"], "2026-11-30 21:40 UTC")
    promise = datetime.now(UTC) + timedelta(hours=2)
    _type(qtbot, form.editors["next_update"], promise.astimezone().strftime("%Y-%m-%d %H:%M"))
    qtbot.mouseClick(dialog.next, Qt.MouseButton.LeftButton)
    assert dialog.queue.isVisible()
    return dialog


def _tabs_in_view(dialog: NewIncidentDialog) -> list[bool]:
    bar = dialog.preview.tabs.tabBar()
    return [
        bar.tabRect(i).left() >= 0 and bar.tabRect(i).right() < bar.width()
        for i in range(bar.count())
    ]


def test_a_big_screen_shows_every_tab(
    qtbot: QtBot, nordic: IncidentService, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(app.ui.screen, "available_size", lambda widget: (1920, 1040))
    dialog = _to_preview(qtbot, nordic)
    bar = dialog.preview.tabs.tabBar()
    assert bar.count() >= 6  # four languages, e-mail and SMS: more than 980 px of tabs
    assert dialog.width() > 980
    assert all(_tabs_in_view(dialog)), [bar.tabText(i) for i in range(bar.count())]
    assert dialog.width() <= 1920
    dialog.keeper.stop()
    dialog.done(0)


def test_a_small_screen_keeps_the_dialog_on_it(
    qtbot: QtBot, nordic: IncidentService, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(app.ui.screen, "available_size", lambda widget: (1024, 600))
    dialog = _to_preview(qtbot, nordic)
    assert dialog.width() <= 1024 - 16
    assert not all(_tabs_in_view(dialog))  # the tab bar scrolls to the rest
    dialog.keeper.stop()
    dialog.done(0)
