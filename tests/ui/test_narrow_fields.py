"""A notice dialog on a 1024×600 screen in Polish: the form's pane is narrow and its labels
long ("Tytuł incydentu po angielsku (dla każdego języka bez własnego)"), so each field goes
under its label with the pane's whole width to type in. Beside the wrapped labels fields
were left some 85 px: a typed time was cut off and its reading wrapped over seven lines."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from app.contacts.directory import DirectoryStore
from app.contacts.source import parse_source, read_folder
from app.incidents.service import IncidentService
from app.kit import Kit
from app.ui.incidents.notice_dialog import FollowUpDialog
from app.ui.language import install_language
from tests.support.lang_bundle import write_source
from tests.support.wall_clock import gone


def test_each_field_has_the_narrow_panes_width_in_polish(
    qtbot: QtBot, kit: Kit, tmp_path: Path
) -> None:
    install_language("pl")
    DirectoryStore(conn=kit.store.conn, audit=kit.audit).replace(
        parse_source(read_folder(write_source(tmp_path))), origin="bundle", reason="test"
    )
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    incident = service.create("disaster", "SMS down", ["sms"])
    start = gone("01:00 UTC")
    service.notify(
        incident,
        "initial",
        {"customer_impact": "No MT.", "start_time": start, "next_update": "23:59"},
    )
    for stage in ("update", "resolved"):
        dialog = FollowUpDialog(service, service.get(incident.reference), stage)
        qtbot.addWidget(dialog)
        dialog.resize(1008, 552)  # a 1024×600 screen less its frame and task bar
        dialog.show()
        form = dialog.form
        assert form.width() < 560, form.width()
        editors = form.editors
        assert editors
        for name, editor in editors.items():
            if not editor.isVisible():
                continue
            qtbot.keyClicks(editor, "2.12.2026 01:30 UTC")
            assert editor.width() >= 0.8 * (form.width() - 40), (stage, name, editor.width())
            typed = editor.fontMetrics().horizontalAdvance("2.12.2026 01:30 UTC")
            assert editor.width() > typed, (stage, name)
        dialog.done(0)  # (its refresh timer stopped: the store closes after the test)
