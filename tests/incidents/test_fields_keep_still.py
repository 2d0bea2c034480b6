"""The fields stay where they are while a time's line under them changes: in the new
incident wizard's first page the line under Window start/end grew from "Understood: …" (one
line) to a refusal (three) as the officer typed, and the form — it sits at the bottom of the
page — moved Title, Detected at and the window fields up under the mouse; in the resolution
dialog the line under End time came and went (empty, refused, understood) and moved every
field under it. The room for those lines is kept whatever they say."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.incidents.service import IncidentService
from app.paths import KitPaths
from app.store.store import Store
from app.ui.incidents.notice_dialog import FollowUpDialog
from app.ui.incidents.section import IncidentsSection
from tests.support.unlocked import section_on
from tests.support.wizard_steps import open_wizard, retype, service  # noqa: F401 (fixture)
from tests.ui.test_told_per_partner import INITIAL

UNREADABLE = "half past nine tomorrow-ish"


def spots(qtbot: QtBot, widgets: list[QWidget]) -> list[QPoint]:
    """Where the widgets are in their window once its layout settled: where the officer's
    mouse finds them."""
    qtbot.wait(150)
    return [w.mapTo(w.window(), QPoint(0, 0)) for w in widgets]


def test_the_wizards_fields_stay_while_the_window_is_refused(
    qtbot: QtBot,
    service: IncidentService,  # noqa: F811
) -> None:
    dialog = open_wizard(qtbot, service)
    dialog.resize(1000, 560)
    dialog.kind.setFocus()
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Down)  # planned work: the window's fields
    assert dialog.window_end.isVisible()
    fields = [dialog.title, dialog.window_start, dialog.window_end, dialog.announce_days]
    fields += [dialog.reminders, dialog.start_notice]
    assert "Understood" in dialog.window_note.text()
    before = spots(qtbot, fields)
    retype(qtbot, dialog.window_end, UNREADABLE)
    assert f"The window's end '{UNREADABLE}' is not a time" in dialog.window_note.text()
    assert spots(qtbot, fields) == before, dialog.window_note.text()
    retype(qtbot, dialog.window_end, "03:00")
    assert "Understood" in dialog.window_note.text()
    assert spots(qtbot, fields) == before, dialog.window_note.text()


def test_the_resolution_dialogs_fields_stay_while_end_time_is_refused(
    qtbot: QtBot, store: Store, paths: KitPaths, nordic: IncidentService, tmp_path: Path
) -> None:
    incident = nordic.create("disaster", "SMS down", ["sms"])
    nordic.notify(incident, "initial", {**INITIAL, "next_update": "23:59"})
    section = section_on(qtbot, paths, store, IncidentsSection)
    section.reload(select=incident.reference)
    qtbot.mouseClick(section.page.resolve_button, Qt.MouseButton.LeftButton)
    dialog = section.dialog
    assert isinstance(dialog, FollowUpDialog)
    dialog.resize(1000, 560)
    editors = list(dialog.form.editors.values())
    end = dialog.form.editors["end_time"]
    below = [*editors[editors.index(end) + 1 :], dialog.groups]  # the groups: under the form
    before = spots(qtbot, below)
    note = dialog.form.notes["end_time"]
    for typed, said in ((UNREADABLE, "is not a time"), ("2026-11-30 23:10 UTC", "Understood")):
        retype(qtbot, end, typed)
        assert said in note.text(), note.text()
        assert spots(qtbot, below) == before, (typed, note.text())
    retype(qtbot, end, "")
    assert not note.text()
    assert spots(qtbot, below) == before, note.text()
