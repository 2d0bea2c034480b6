"""A promise never goes out broken: a notice still waiting in the outbox when its "next update
no later than" passes is held, never sent; the officer re-issues it with a new promise in one
step, and only the re-issued text reaches partners (a real SMTP server process)."""

from __future__ import annotations

from datetime import datetime, timedelta
from email import message_from_bytes, policy
from email.utils import parsedate_to_datetime

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.contacts.demo import load_demo
from app.incidents.service import IncidentService
from app.kit import Kit
from app.notices.localtime import local_text, zone
from app.ui.incidents.notice_dialog import FollowUpDialog
from app.ui.incidents.page import IncidentPage
from tests.delivery.conftest import make_delivery, set_delivery_doc
from tests.delivery.servers import delivery_toml
from tests.reports import conftest as scripted_night
from tests.reports.conftest import T0, Clock
from tests.support.mail_sink import MailSink
from tests.support.wall_clock import gone

ZONES = ("Europe/Stockholm", "Europe/Oslo", "Europe/London", "Europe/Warsaw", "America/Sao_Paulo")


def _local(moment: datetime, where: str) -> str:
    return local_text(moment, zone(where))


clock = scripted_night.clock  # the services' clock, driven by the test

INITIAL = {"impact": "No renewals.", "started": "01:00 UTC", "actions": "Restarting."}


def test_a_lapsed_promise_is_held_and_re_issued(
    qtbot: QtBot, kit: Kit, clock: Clock, sink: MailSink
) -> None:
    load_demo(kit)
    set_delivery_doc(kit, delivery_toml(("office-relay", sink.port, "none")))
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    clock.at(T0 + timedelta(minutes=5))
    incident = service.create("disaster", "Billing down", ["subscriptions"], detected=T0)
    promise = (T0 + timedelta(minutes=30)).isoformat()
    held_notice = service.notify(incident, "initial", {**INITIAL, "next_update": promise})
    # nothing could leave until after the promised time (say the relay was down)
    clock.at(T0 + timedelta(minutes=31))
    make_delivery(kit).send()
    assert sink.messages() == []  # not one message with a broken promise
    found = service.delivery(incident)[held_notice.notice_id]
    assert found.count("held") == held_notice.messages and found.told == 0
    assert [d.what for d in service.deadlines(incident)] == ["notify"]  # nobody was told

    # the page says it and offers the re-issue; the dialog keeps the text, asks a new promise
    page = IncidentPage(service)
    qtbot.addWidget(page)
    page.show_incident(service.get(incident.reference))
    assert "held" in page.delivery.text() and page.reissue_button.isVisibleTo(page)
    requested: list[tuple[str, int]] = []
    page.reissue_requested.connect(lambda ref, notice: requested.append((ref, notice)))
    qtbot.mouseClick(page.reissue_button, Qt.MouseButton.LeftButton)
    assert requested == [(incident.reference, held_notice.notice_id)]
    held = service.notice(incident, held_notice.notice_id)
    dialog = FollowUpDialog(service, service.get(incident.reference), "initial", replacing=held)
    qtbot.addWidget(dialog)
    assert dialog.flow.fields["impact"] == INITIAL["impact"]
    new_promise = (T0 + timedelta(minutes=90)).astimezone().strftime("%Y-%m-%d %H:%M")
    editor = dialog.form.editors["next_update"]
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, new_promise)
    dialog.refresh()
    assert dialog.queue.isEnabled(), dialog.preview.problems.text()
    qtbot.mouseClick(dialog.queue, Qt.MouseButton.LeftButton)
    assert dialog.queued is not None

    clock.at(T0 + timedelta(minutes=33))
    make_delivery(kit).send()
    received = [message_from_bytes(m, policy=policy.default) for m in sink.messages()]
    assert received and len(received) == dialog.queued.messages - _sms(dialog)
    for message in received:
        body = message.get_body(("plain",)).get_content()  # type: ignore[union-attr]
        # the new promise, never the broken one (each in the partner's own zone)
        assert any(_local(T0 + timedelta(minutes=90), z) in body for z in ZONES)
        assert not any(_local(T0 + timedelta(minutes=30), z) in body for z in ZONES)
        sent_at = parsedate_to_datetime(str(message["Date"]))
        assert sent_at == T0 + timedelta(minutes=33)  # the time of sending, not of queueing
    assert service.delivery(incident)[held_notice.notice_id].count("held") > 0  # history kept
    assert [d.what for d in service.deadlines(service.get(incident.reference))] == ["update"]

    # the next notice quotes and threads only what partners got, never the held text
    first_ids = {str(m["Message-ID"]) for m in received}
    clock.at(T0 + timedelta(minutes=60))
    later = (T0 + timedelta(minutes=150)).isoformat()
    service.notify(incident, "update", {"progress": "Back up.", "next_update": later})
    make_delivery(kit).send()
    update = [message_from_bytes(m, policy=policy.default) for m in sink.messages()]
    update = [m for m in update if str(m["Message-ID"]) not in first_ids]
    assert update
    for message in update:
        body = message.get_body(("plain",)).get_content()  # type: ignore[union-attr]
        assert "01:30" not in body  # the broken promise is nowhere, quoted or not
        assert str(message["In-Reply-To"]) in first_ids  # threads under what they received


def test_closing_holds_what_earlier_notices_still_had_waiting(service: IncidentService) -> None:
    """An update's SMS still queued (no modem) must not reach partners after the end."""
    incident = service.create("disaster", "Billing down", ["sms"])
    later = (T0.now(T0.tzinfo) + timedelta(hours=1)).isoformat()
    started = gone("01:00 UTC")  # on the real clock: small hours that have passed
    first = service.notify(
        incident, "initial", {**INITIAL, "started": started, "next_update": later}
    ).notice_id
    service.notify(incident, "resolved", {"resolved_at": gone("04:00 UTC"), "summary": "Fixed"})
    waiting = service.delivery(incident)[first].count("queued")
    assert waiting  # the initial notice's messages
    service.told_another_way(incident, "read out on the partners' bridge call")
    # the partners have the end: the initial notice's copies are held at once, superseded
    told = service.delivery(incident)[first]
    assert (told.count("queued"), told.count("superseded")) == (0, waiting)
    closed = service.close(incident)
    assert closed.state == "closed"
    after = service.delivery(closed)
    assert not any(d.count("queued") for d in after.values())
    assert after[first].count("superseded") == waiting


def _sms(dialog: FollowUpDialog) -> int:
    return sum(1 for r in dialog.flow.composition().recipients if r.wants_sms)
