"""The incident's title per language in the notice form (issue 15, sprint 8): an incident
opened with a Polish title (`incident new --title-lang pl`) gets its initial notice from
the window; the preview refuses to send the Polish title to the English and Ukrainian
partners; the officer types the English title on the first tab, and the follow-up form
shows it again. The Polish team's own bundle (en, pl, uk; their own field names)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.delivery.outbox import Outbox
from app.incidents.service import IncidentService
from app.incidents.titles import keep_title
from app.kit import Kit
from app.store import db
from app.ui.incidents.fields_form import FieldsForm
from app.ui.incidents.notice_dialog import FollowUpDialog
from tests.incidents.test_languages_window import _type
from tests.support.scope_bundle import load_scope_bundle


@pytest.fixture(autouse=True)
def _widgets_collected_here() -> Iterator[None]:
    yield
    gc.collect()


def _open_tab(qtbot: QtBot, form: FieldsForm, language: str) -> None:
    bar = form.tabs.tabBar()
    index = form.languages.index(language) + 1  # (the first tab: every partner's text)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert form.tabs.currentIndex() == index


def test_the_english_title_is_typed_on_the_first_tab_and_kept(
    qtbot: QtBot, kit: Kit, tmp_path: Path
) -> None:
    load_scope_bundle(kit, tmp_path / "src")
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    opened = service.create("disaster", "Bramka SMS nie odpowiada", ["sms"])
    assert opened.id is not None
    with db.transaction(service.conn):  # as `incident new --title-lang pl`
        keep_title(service.conn, opened.id, "pl", opened.title)

    dialog = FollowUpDialog(service, opened, "initial")
    qtbot.addWidget(dialog)
    dialog.show()
    form = dialog.form
    _type(qtbot, form.editors["scope"], "No SMS delivered.")
    _type(qtbot, form.editors["onset"], "now")
    _type(qtbot, form.editors["measures"], "Failover started.")
    dialog.refresh()
    said = dialog.preview.problems.text()
    assert "The incident's title is only in pl" in said and "the en, uk partners" in said
    assert not dialog.queue.isEnabled()
    # the Polish tab shows the Polish title; the first tab takes the English one
    _open_tab(qtbot, form, "pl")
    assert form.translations["title.pl"].text() == "Bramka SMS nie odpowiada"  # type: ignore[union-attr]
    form.tabs.setCurrentIndex(0)
    _type(qtbot, form.translations["title"], "SMS gateway down")
    dialog.refresh()
    assert dialog.queue.isEnabled(), dialog.preview.problems.text()
    ref = opened.reference
    assert f"Subject: [{ref}] Outage notice: SMS gateway down\n" in dialog.preview.text_of(
        "en", "email"
    )
    assert "Informacja o awarii: Bramka SMS nie odpowiada\n" in dialog.preview.text_of(
        "pl", "email"
    )
    ukrainian = dialog.preview.text_of("uk", "email")
    assert "Повідомлення про збій: SMS gateway down (англійською)\n" in ukrainian
    qtbot.mouseClick(dialog.queue, Qt.MouseButton.LeftButton)
    assert dialog.queued is not None
    assert service.titles(service.get(ref)) == {
        "en": "SMS gateway down",
        "pl": "Bramka SMS nie odpowiada",
    }

    update = FollowUpDialog(service, service.get(ref), "update")
    qtbot.addWidget(update)
    update.show()
    assert update.form.translations["title"].text() == "SMS gateway down"  # type: ignore[union-attr]
    _type(qtbot, update.form.editors["measures"], "Second node up.")
    _type(qtbot, update.form.editors["headway"], "Half the traffic flows.")
    update.refresh()
    assert update.queue.isEnabled(), update.preview.problems.text()
    assert "Outage notice: SMS gateway down\n" in update.preview.text_of("en", "email")
    qtbot.mouseClick(update.queue, Qt.MouseButton.LeftButton)
    assert update.queued is not None
    subjects = {
        m.recipient: m.subject
        for m in Outbox(conn=kit.store.conn, audit=kit.audit).messages(incident_ref=ref)
        if m.notice_id == update.queued.notice_id
    }
    assert subjects["noc@kyiv.example.net"] == (
        f"[{ref}] Повідомлення про збій: SMS gateway down (англійською)"
    )
    assert subjects["dyzur@polska.example.com"].endswith(": Bramka SMS nie odpowiada")
