"""An incident opened on the command line without a notice (`incident new`) gets its
initial notice from the window: the page offers it, the officer types the fields and
queues it, and partners are told — before, every notice button was disabled and the page
said the notice "goes out from the wizard", which never opens for an existing incident."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.contacts.demo import load_demo
from app.delivery.outbox import Outbox
from app.incidents.service import IncidentService
from app.kit import Kit
from app.paths import KitPaths
from app.store.keys import NoKeyring
from app.store.store import Store
from app.ui.incidents.notice_dialog import FollowUpDialog
from app.ui.main_window import MainWindow
from tests.delivery.conftest import set_delivery_doc
from tests.delivery.servers import delivery_toml
from tests.incidents.test_window import Officer, _section
from tests.support.mail_sink import MailSink


def test_an_incident_opened_on_the_command_line_gets_its_initial_notice_in_the_window(
    qtbot: QtBot, store: Store, paths: KitPaths, sink: MailSink
) -> None:
    kit = Kit.open(store)
    load_demo(kit)
    set_delivery_doc(kit, delivery_toml(("office-relay", sink.port, "none")))
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    opened = service.create("disaster", "Rating engine stalled", ["sms"])  # as `incident new`
    window = MainWindow(paths=paths, keeper=NoKeyring())
    qtbot.addWidget(window)
    window.open_store(store)
    window.show()
    qtbot.waitUntil(lambda: window.health_label.text() == "store OK", timeout=10000)
    section = _section(window)
    section.reload(select=opened.reference)
    page = section.page
    assert page.incident is not None and page.incident.reference == opened.reference
    assert "No notice yet: partners are not told" in page.why.text()
    assert page.initial_button.isVisible() and page.initial_button.isEnabled()
    assert not page.update_button.isEnabled()

    officer = Officer(qtbot)
    officer.click(page.initial_button)
    dialog = section.dialog
    assert isinstance(dialog, FollowUpDialog)
    assert "no partner has been told yet" in dialog.findChildren(type(page.why))[0].text()
    officer.type(dialog.form.editors["impact"], "Prepaid balances are not updated.")
    officer.type(dialog.form.editors["actions"], "Rating team is restarting the engine.")
    dialog.refresh()
    assert dialog.queue.isEnabled(), dialog.preview.problems.text()
    officer.click(dialog.queue)

    assert window.kit is not None
    outbox = Outbox(conn=window.kit.store.conn, audit=window.kit.audit)
    messages = outbox.messages(incident_ref=opened.reference)
    assert messages, "the initial notice queued no message"
    mails = [m for m in messages if m.channel == "email"]
    assert mails and all("Prepaid balances are not updated." in m.body for m in mails)
    # the status bar's "queued, sending now" gives way to what the send did
    bar = window.statusBar()
    qtbot.waitUntil(lambda: bar.currentMessage().startswith("Send finished: "), timeout=30000)
    assert "sent" in bar.currentMessage()
    assert not page.initial_button.isVisible()  # it goes out once
    assert page.update_button.isEnabled()
    assert "No notice yet" not in page.why.text()
