"""The "outage_began" defect in the window, typed as an officer types: a bundle's own time
field (`trouble_from`, marked `|local` in its English template) is one moment — read under
the field, no Polish tab for it — and every partner's mail, through a real SMTP server
process, shows it in their zone with the zone's name: Tokyo JST, Lima UTC-05:00, Warsaw
CET. The Polish partner, whose texts were all typed, is not told "details in English". A
resolution time still ahead is refused under the field, and the notice cannot be queued."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.incidents.service import IncidentService
from app.kit import Kit
from app.notices.localtime import local_text, zone
from app.timefmt import now
from app.ui.incidents.fields_form import FieldsForm
from app.ui.incidents.notice_dialog import FollowUpDialog
from app.ui.incidents.wizard import NewIncidentDialog
from tests.delivery.conftest import make_delivery, set_delivery_doc
from tests.delivery.servers import delivery_toml
from tests.support.ferry_bundle import load_ferry
from tests.support.forms_bundle import officer_zone
from tests.support.language_tabs import open_language_tab
from tests.support.mail_sink import MailSink

ADDRESSES = {
    "ops@kaiyo.example.com": "Asia/Tokyo",
    "noc@andes.example.com": "America/Lima",
    "dyzur@zatoka.example.net": "Europe/Warsaw",
}


@pytest.fixture
def ferry(kit: Kit, tmp_path: Path, sink: MailSink) -> Iterator[IncidentService]:
    with officer_zone("Europe/Warsaw"):
        load_ferry(kit, tmp_path / "src")
        set_delivery_doc(kit, delivery_toml(("office-relay", sink.port, "none")))
        yield IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)


def _type(qtbot: QtBot, editor: QWidget, text: str) -> None:
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, text)


def _open_tab(qtbot: QtBot, form: FieldsForm, code: str) -> None:
    open_language_tab(qtbot, form.tabs, code)


def _minute(moment: datetime) -> datetime:
    return moment.replace(second=0, microsecond=0)


def _mails(sink: MailSink, kit: Kit) -> dict[str, str]:
    """The body each partner got, by the partner's zone."""
    make_delivery(kit).send()
    found: dict[str, str] = {}
    for raw in sink.messages():
        message = message_from_bytes(raw, policy=policy.default)
        body = message.get_body(("plain",)).get_content()  # type: ignore[union-attr]
        found[ADDRESSES[message["To"].addresses[0].addr_spec]] = body.replace("\r\n", "\n")
    return found


def test_each_partner_reads_the_typed_times_in_their_zone(
    qtbot: QtBot, kit: Kit, ferry: IncidentService, sink: MailSink
) -> None:
    dialog = NewIncidentDialog(ferry, "disaster")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.services.item(0).setCheckState(Qt.CheckState.Checked)
    _type(qtbot, dialog.title, "Tickets down")
    qtbot.mouseClick(dialog.next, Qt.MouseButton.LeftButton)
    form = dialog.form
    assert list(form.editors) == ["trouble_from", "measures", "next_update"]
    began = _minute(now() - timedelta(minutes=25))
    _type(qtbot, form.editors["trouble_from"], f"{began.astimezone():%H:%M}")  # Warsaw's clock
    assert "partners read it in their own time zone" in form.notes["trouble_from"].text()
    _type(qtbot, form.editors["measures"], "Restarting the ticket gateway.")
    promise = _minute(now() + timedelta(hours=1))
    _type(qtbot, form.editors["next_update"], f"{promise.astimezone():%Y-%m-%d %H:%M}")
    _open_tab(qtbot, form, "pl")
    # one moment for every language: the Polish tab has no field for it
    assert sorted(form.translations) == ["measures.pl", "title.pl"]
    # (QTest types Latin-1 only: the Polish is typed without its accents)
    _type(qtbot, form.translations["title.pl"], "Bilety nie dzialaja")
    _type(qtbot, form.translations["measures.pl"], "Restartujemy bramke biletowa.")
    qtbot.mouseClick(dialog.next, Qt.MouseButton.LeftButton)
    assert dialog.queue.isEnabled(), dialog.preview.problems.text()
    qtbot.mouseClick(dialog.queue, Qt.MouseButton.LeftButton)
    assert dialog.result_ is not None
    incident, _queued = dialog.result_

    mails = _mails(sink, kit)
    assert sorted(mails) == sorted(ADDRESSES.values())
    assert f"Trouble since: {local_text(began, zone('Asia/Tokyo'))}\n" in mails["Asia/Tokyo"]
    assert local_text(began, zone("Asia/Tokyo")).endswith(" JST")
    lima = local_text(began, zone("America/Lima"))
    assert lima.endswith(" UTC-05:00") and f"Trouble since: {lima}\n" in mails["America/Lima"]
    polish = mails["Europe/Warsaw"]
    assert f"Utrudnienia od: {local_text(began, zone('Europe/Warsaw'))}\n" in polish
    assert "Restartujemy bramke biletowa." in polish
    assert "angielsk" not in polish  # every Polish text was typed: no "details in English"

    # -- the resolution: 27 minutes ahead is refused under the field, and holds the queue
    resolve = FollowUpDialog(ferry, ferry.get(incident.reference), "resolved")
    qtbot.addWidget(resolve)
    resolve.show()
    field = resolve.form.editors["back_in_service"]
    ahead = now() + timedelta(minutes=27)
    _type(qtbot, field, f"{ahead.astimezone():%H:%M}")
    note = resolve.form.notes["back_in_service"].text()
    assert "cannot be in the future" in note and "from now" in note
    _type(qtbot, resolve.form.editors["measures"], "The gateway's certificate was renewed.")
    resolve.refresh()
    assert not resolve.queue.isEnabled()
    assert "cannot be in the future" in resolve.preview.problems.text()
    back = _minute(now() - timedelta(minutes=3))
    _type(qtbot, field, f"{back.astimezone():%H:%M}")
    resolve.refresh()
    assert resolve.queue.isEnabled(), resolve.preview.problems.text()
    before = set(sink.messages())
    qtbot.mouseClick(resolve.queue, Qt.MouseButton.LeftButton)
    make_delivery(kit).send()
    latest = [m for m in sink.messages() if m not in before]
    bodies = {}
    for raw in latest:
        message = message_from_bytes(raw, policy=policy.default)
        body = message.get_body(("plain",)).get_content()  # type: ignore[union-attr]
        bodies[ADDRESSES[message["To"].addresses[0].addr_spec]] = body.replace("\r\n", "\n")
    utc = f"({back.astimezone(UTC):%H:%M} UTC)"
    for where in ("Asia/Tokyo", "America/Lima"):
        assert f"Back in service: {local_text(back, zone(where))} {utc}" in bodies[where]
    assert f"Działa od: {local_text(back, zone('Europe/Warsaw'))}" in bodies["Europe/Warsaw"]
    resolve.keeper.stop()
