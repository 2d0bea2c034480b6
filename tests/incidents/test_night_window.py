"""The night flow in the real window, every field typed as a person types it: first run →
demo data → New disaster notice → preview → queue → delivered to a real SMTP server in a
process of its own → update → resolution → close. Told means delivered: the notify-by clock
stops only when partners have the notice, and closing waits for the closing notice."""

from __future__ import annotations

import logging
from datetime import timedelta
from email import message_from_bytes, policy
from email.utils import parsedate_to_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.contacts.demo import load_demo
from app.errors import UserError
from app.incidents.model import partner_time
from app.kit import Kit
from app.logsetup import setup_logging
from app.notices.localtime import local_text
from app.paths import KitPaths
from app.store.keys import NoKeyring
from app.store.store import Store
from app.timefmt import now, read_time
from app.ui.errors import show_error
from app.ui.incidents.notice_dialog import FollowUpDialog
from app.ui.incidents.section import IncidentsSection
from app.ui.incidents.wizard import NewIncidentDialog
from app.ui.main_window import MainWindow
from tests.delivery.conftest import set_delivery_doc
from tests.delivery.servers import delivery_toml, free_port
from tests.incidents.test_window import Officer, cold_start
from tests.support.mail_sink import MailSink


class TypingOfficer(Officer):
    def retype(self, widget: QWidget, text: str) -> None:
        """Select what the field holds and type over it, as a person does."""
        self.count += 1
        widget.setFocus()
        self.qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        self.qtbot.keyClicks(widget, text)


STOCKHOLM = "Europe/Stockholm"


def _promise(minutes: int, where: str = STOCKHOLM) -> tuple[str, str]:
    """What the officer types into the promise editor, and the HH:MM partners in `where`
    read (every time in a notice is the recipient's local time)."""
    moment = (now() + timedelta(minutes=minutes)).astimezone().replace(second=0)
    return moment.strftime("%Y-%m-%d %H:%M"), moment.astimezone(ZoneInfo(where)).strftime("%H:%M")


def _began() -> str:
    """A disaster's start as typed ("HH:MM UTC"), 40 minutes ago: a start still ahead is
    refused (it cannot have begun in the future)."""
    return f"{now() - timedelta(minutes=40):%H:%M} UTC"


def _received(sink: MailSink) -> list[tuple[str, object]]:
    parsed = []
    for raw in sink.messages():
        message = message_from_bytes(raw, policy=policy.default)
        parsed.append((str(message["Subject"]), message))
    return parsed


def test_the_night_typed_end_to_end(qtbot: QtBot, tmp_path: Path, sink: MailSink) -> None:
    officer = TypingOfficer(qtbot)
    ctx, window, store = cold_start(qtbot, tmp_path, officer)
    setup_logging(ctx.paths.log_file)
    window.open_store(store)
    window.show()
    assert window.kit is not None
    # IT's bundle names the office relay: here the real server process on its own port
    set_delivery_doc(window.kit, delivery_toml(("office-relay", sink.port, "none")))
    qtbot.waitUntil(lambda: window.health_label.text() == "store OK", timeout=10000)
    section = window.show_section("Incidents")
    assert isinstance(section, IncidentsSection)

    # -- the initial notice, every field typed ------------------------------------------
    officer.click(section.disaster_button)
    wizard = section.dialog
    assert isinstance(wizard, NewIncidentDialog)
    officer.tick(wizard.services, "Subscriptions")
    officer.type(wizard.title, "Billing down")
    officer.click(wizard.next)
    editors = wizard.form.editors
    officer.type(editors["impact"], "Subscription renewals are not charged.")
    began = _began()
    officer.retype(editors["started"], began)
    officer.type(editors["actions"], "Billing team restarting the rating engine.")
    typed, partners_read = _promise(50)
    promise = editors["next_update"]
    assert isinstance(promise, QLineEdit)  # typed like every other time
    officer.retype(promise, typed)
    # nothing lost while typing; read as the time it means (the evening before, once it
    # UTC is more than an hour ahead), which partners read in their own zone
    started = read_time(began, bare="either")  # (a notice field, as the form reads it)
    assert wizard.flow.fields["started"] == partner_time(started)
    start_read = f"Start time: {local_text(started, ZoneInfo(STOCKHOLM))}"
    officer.click(wizard.next)
    preview = wizard.preview.text_of("en", "email", STOCKHOLM)
    assert start_read in preview and partners_read in preview
    assert wizard.queue.isEnabled(), wizard.preview.problems.text()
    officer.click(wizard.queue)
    print(f"cold start → initial notice typed in full and queued: {officer.count} interactions")

    page = section.page
    assert page.incident is not None
    reference = page.incident.reference
    # queued is not told: at the moment of queueing the notify clock still runs, and says why
    at_queue = section.deadlines[reference]
    assert [d.what for d in at_queue] == ["notify"] and "not delivered" in at_queue[0].waiting
    # sending starts by itself; the page shows it arrive
    qtbot.waitUntil(lambda: not page.delivery.isVisible(), timeout=30000)
    initial_mail = _received(sink)
    assert initial_mail, "nothing reached the server"
    assert all(s.startswith(f"[{reference}]") for s, _ in initial_mail)
    assert not any("Billing down Billing down" in s for s, _ in initial_mail)
    for _, message in initial_mail:
        sent_at = parsedate_to_datetime(str(message["Date"]))  # type: ignore[index]
        assert abs((sent_at - now()).total_seconds()) < 120
    english = [
        m.get_body(("plain",)).get_content()  # type: ignore[attr-defined]
        for s, m in initial_mail
        if s.startswith(f"[{reference}] Service")
    ]
    # the preview = the mail (the Stockholm partners' text)
    assert any(start_read in body and partners_read in body for body in english)
    section.reload(select=reference)
    assert [d.what for d in section.deadlines[reference]] == ["update"]  # stopped at delivery

    # -- update, then resolution ----------------------------------------------------------
    officer.click(page.update_button)
    update = section.dialog
    assert isinstance(update, FollowUpDialog)
    officer.type(update.form.editors["progress"], "Rating engine back, catching up.")
    typed, partners_read = _promise(90)
    officer.retype(update.form.editors["next_update"], typed)
    update.refresh()
    assert partners_read in update.preview.text_of("en", "email", STOCKHOLM)
    officer.click(update.queue)
    count = len(sink.messages())
    qtbot.waitUntil(lambda: len(sink.messages()) >= 2 * count, timeout=30000)
    qtbot.waitUntil(lambda: not page.delivery.isVisible(), timeout=30000)

    officer.click(page.resolve_button)
    resolve = section.dialog
    assert isinstance(resolve, FollowUpDialog)
    # an end still ahead is refused: the resolution is typed as it happened, minutes ago
    officer.retype(resolve.form.editors["resolved_at"], f"{now() - timedelta(minutes=5):%H:%M} UTC")
    officer.type(resolve.form.editors["summary"], "A full disk on the rating node.")
    resolve.refresh()
    officer.click(resolve.queue)
    assert not page.close_button.isEnabled()  # queued, not yet told: closing waits
    qtbot.waitUntil(lambda: page.close_button.isEnabled(), timeout=30000)
    officer.click(page.close_button)
    box = section.confirm
    assert box is not None
    yes = box.button(QMessageBox.StandardButton.Yes)
    assert yes is not None
    officer.click(yes)
    assert section.service.get(reference).state == "closed"
    print(f"the whole night: {officer.count} interactions")
    subjects = [s for s, _ in _received(sink)]
    assert any("Resolved: Billing down" in s for s in subjects)
    log = ctx.paths.log_file.read_text(encoding="utf-8")
    assert "unexpected error" not in log and "Traceback" not in log
    window.lock()
    qtbot.wait(10)
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "outage_kit", False)]:
        root.removeHandler(handler)
        handler.close()


@pytest.fixture
def cut_off(qtbot: QtBot, store: Store, paths: KitPaths) -> MainWindow:
    """The demo kit on a night when no path works: its relay's port has nobody listening."""
    kit = Kit.open(store)
    load_demo(kit)
    set_delivery_doc(kit, delivery_toml(("office-relay", free_port(), "none")))
    window = MainWindow(paths=paths, keeper=NoKeyring())
    qtbot.addWidget(window)
    window.open_store(store)
    window.show()
    qtbot.waitUntil(lambda: window.health_label.text() == "store OK", timeout=10000)
    return window


def _incidents(window: MainWindow) -> IncidentsSection:
    section = window.show_section("Incidents")
    assert isinstance(section, IncidentsSection)
    return section


def _queue_initial(officer: TypingOfficer, section: IncidentsSection, service: str) -> str:
    officer.click(section.disaster_button)
    wizard = section.dialog
    assert isinstance(wizard, NewIncidentDialog)
    officer.tick(wizard.services, service)
    officer.click(wizard.next)
    officer.type(wizard.form.editors["impact"], "No renewals are charged.")
    officer.type(wizard.form.editors["actions"], "Restarting the rating engine.")
    officer.click(wizard.next)
    officer.click(wizard.queue)
    assert section.page.incident is not None
    return section.page.incident.reference


def _answer(qtbot: QtBot, section: IncidentsSection, text: str) -> None:
    ask = section.asking
    assert ask is not None and ask.isVisible()
    editor = ask.findChild(QLineEdit)
    assert editor is not None
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_all_paths_down_the_clock_runs_and_closing_waits(qtbot: QtBot, cut_off: MainWindow) -> None:
    section = _incidents(cut_off)
    officer = TypingOfficer(qtbot)
    reference = _queue_initial(officer, section, "Subscriptions")
    page = section.page
    # the automatic send tries the relay and fails: nothing reached anyone, said loudly
    qtbot.waitUntil(lambda: "office-relay:" in page.delivery.text(), timeout=30000)
    assert page.delivery.isVisible() and "NOT DELIVERED" in page.delivery.text()
    assert all(b.isVisible() for b in (page.webmail_button, page.eml_button, page.told_button))
    assert "not told" in section.timer_text(section.service.get(reference))
    assert [d.what for d in section.service.deadlines(section.service.get(reference))] == ["notify"]
    # the officer phones the partners: recorded, and only then the notify clock stops
    officer.click(page.told_button)
    _answer(qtbot, section, "phoned every partner's NOC")
    deadlines = section.service.deadlines(section.service.get(reference))
    assert [d.what for d in deadlines] == ["update"]
    assert not page.delivery.isVisible()

    def summary(d: FollowUpDialog) -> None:
        officer.type(d.form.editors["summary"], "Rating node disk freed.")

    officer.click(page.resolve_button)
    resolve = section.dialog
    assert isinstance(resolve, FollowUpDialog)
    summary(resolve)
    resolve.refresh()
    officer.click(resolve.queue)
    assert not page.close_button.isEnabled()
    assert "has not reached every partner yet" in page.close_button.toolTip()
    with pytest.raises(UserError, match="has not reached every partner yet"):
        section.service.close(section.service.get(reference))
    officer.click(page.told_button)
    _answer(qtbot, section, "phoned again")
    assert page.close_button.isEnabled()


def test_a_mistaken_incident_is_withdrawn_from_the_window(
    qtbot: QtBot, cut_off: MainWindow
) -> None:
    section = _incidents(cut_off)
    officer = TypingOfficer(qtbot)
    reference = _queue_initial(officer, section, "Subscriptions")
    page = section.page
    qtbot.waitUntil(lambda: "office-relay:" in page.delivery.text(), timeout=30000)
    assert page.withdraw_button.isVisible()  # nothing has left the kit
    officer.click(page.withdraw_button)
    _answer(qtbot, section, "false alarm: a monitoring probe")
    withdrawn = section.service.get(reference)
    assert withdrawn.status == "withdrawn" and not withdrawn.is_open
    assert cut_off.kit is not None
    left = cut_off.kit.store.conn.execute(
        "SELECT count(*) FROM outbox WHERE incident_ref = ?", (reference,)
    ).fetchone()[0]
    assert left == 0  # its queued messages will never go out
    assert section.model.rowCount() == 0


def test_a_half_written_notice_survives_esc_and_a_lost_dialog(
    qtbot: QtBot, cut_off: MainWindow
) -> None:
    section = _incidents(cut_off)
    officer = TypingOfficer(qtbot)
    officer.click(section.disaster_button)
    wizard = section.dialog
    assert isinstance(wizard, NewIncidentDialog)
    detected = wizard.flow.detected
    officer.tick(wizard.services, "Subscriptions")
    officer.click(wizard.next)
    officer.type(wizard.form.editors["impact"], "Renewals fail since 18:50.")
    # Esc on a changed form asks; "Go on writing" keeps the dialog open
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    box = wizard.keeper.leave_box
    assert box is not None and box.isVisible()
    stay = next(b for b in box.buttons() if "Go on" in b.text())
    officer.click(stay)
    assert wizard.isVisible()
    # the dialog dies without any goodbye (a crash, the kit locked): the draft is in the store
    qtbot.waitUntil(lambda: wizard.keeper.kept() is not None, timeout=5000)
    wizard.keeper.stop()
    wizard.done(0)
    officer.click(section.disaster_button)
    again = section.dialog
    assert isinstance(again, NewIncidentDialog) and again is not wizard
    assert again.resumed.isVisible()
    assert again.flow.fields.get("impact") == "Renewals fail since 18:50."
    assert again.flow.detected.replace(second=0) == detected.replace(second=0, microsecond=0)
    ticked = [
        again.services.item(i).text()
        for i in range(again.services.count())
        if again.services.item(i).checkState() == Qt.CheckState.Checked
    ]
    assert len(ticked) == 1 and ticked[0].startswith("Subscriptions")
    # Esc again, discard: the next wizard starts afresh
    qtbot.keyClick(again, Qt.Key.Key_Escape)
    box = again.keeper.leave_box
    assert box is None or not box.isVisible()  # unchanged since it opened: closes at once
    officer.click(section.disaster_button)
    third = section.dialog
    assert isinstance(third, NewIncidentDialog)
    officer.type(third.title, "x")
    qtbot.keyClick(third, Qt.Key.Key_Escape)
    box = third.keeper.leave_box
    assert box is not None
    officer.click(next(b for b in box.buttons() if "Discard" in b.text()))
    assert not third.isVisible()
    officer.click(section.disaster_button)
    fresh = section.dialog
    assert isinstance(fresh, NewIncidentDialog) and not fresh.resumed.isVisible()
    fresh.keeper.stop()
    fresh.done(0)


def test_a_past_promise_is_refused_and_fixing_it_enables_queue(
    qtbot: QtBot, cut_off: MainWindow
) -> None:
    section = _incidents(cut_off)
    officer = TypingOfficer(qtbot)
    reference = _queue_initial(officer, section, "Subscriptions")
    section.follow_up(reference, "update")
    dialog = section.dialog
    assert isinstance(dialog, FollowUpDialog)
    officer.type(dialog.form.editors["progress"], "Still restarting.")
    past, _ = _promise(-30)
    officer.retype(dialog.form.editors["next_update"], past)
    qtbot.waitUntil(lambda: not dialog.debounce.isActive(), timeout=5000)
    assert not dialog.queue.isEnabled()
    assert "in the past" in dialog.preview.problems.text()
    future, partners_read = _promise(45)
    officer.retype(dialog.form.editors["next_update"], future)
    qtbot.waitUntil(lambda: not dialog.debounce.isActive(), timeout=5000)
    assert dialog.queue.isEnabled(), dialog.preview.problems.text()
    assert partners_read in dialog.preview.text_of("en", "email", STOCKHOLM)


def test_focus_returns_to_the_field_after_a_message(qtbot: QtBot) -> None:
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    field.activateWindow()
    qtbot.waitActive(field)
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field, timeout=2000)

    def close_box() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        box.accept()

    QTimer.singleShot(50, close_box)
    show_error(field, UserError("The promised time is in the past."))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field, timeout=2000)


def _tab_to(qtbot: QtBot, target: QWidget) -> None:
    """Press Tab until `target` has the keyboard focus (as a person would)."""
    for _ in range(30):
        if QApplication.focusWidget() is target:
            return
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target!r}")


def test_the_initial_notice_by_keyboard_alone(qtbot: QtBot, cut_off: MainWindow) -> None:
    """No mouse: the shortcut opens the wizard, arrows and Space tick a service, Tab walks to
    each field and button, Space presses it, Enter queues."""
    section = _incidents(cut_off)
    cut_off.activateWindow()
    qtbot.waitActive(cut_off)
    both = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(cut_off, Qt.Key.Key_D, both)
    qtbot.waitUntil(lambda: isinstance(section.dialog, NewIncidentDialog), timeout=3000)
    wizard = section.dialog
    assert isinstance(wizard, NewIncidentDialog)
    qtbot.waitActive(wizard)
    services = wizard.services
    qtbot.waitUntil(lambda: QApplication.focusWidget() is services, timeout=2000)
    while not (services.currentItem() and services.currentItem().text().startswith("Subs")):
        qtbot.keyClick(services, Qt.Key.Key_Down)
    qtbot.keyClick(services, Qt.Key.Key_Space)
    assert services.currentItem().checkState() == Qt.CheckState.Checked
    _tab_to(qtbot, wizard.next)
    qtbot.keyClick(wizard.next, Qt.Key.Key_Space)
    assert wizard.pages.currentIndex() == 1, wizard.problems.text()
    impact = wizard.form.editors["impact"]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is impact, timeout=2000)
    qtbot.keyClicks(impact, "No renewals are charged.")
    qtbot.keyClick(impact, Qt.Key.Key_Tab)
    started = wizard.form.editors["started"]
    assert QApplication.focusWidget() is started
    qtbot.keyClick(started, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    began = _began()
    qtbot.keyClicks(started, began)
    qtbot.keyClick(started, Qt.Key.Key_Tab)
    actions = wizard.form.editors["actions"]
    assert QApplication.focusWidget() is actions
    qtbot.keyClicks(actions, "Restarting the rating engine.")
    _tab_to(qtbot, wizard.next)
    qtbot.keyClick(wizard.next, Qt.Key.Key_Space)
    assert wizard.pages.currentIndex() == 2
    qtbot.waitUntil(lambda: QApplication.focusWidget() is wizard.queue, timeout=2000)
    qtbot.keyClick(wizard.queue, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: section.page.incident is not None, timeout=3000)
    assert section.page.incident is not None
    notices = section.service.notices(section.page.incident)
    assert notices and notices[0].fields["started"] == partner_time(read_time(began, bare="either"))


def test_a_half_written_update_survives_the_idle_lock(
    qtbot: QtBot, cut_off: MainWindow, passphrase: str
) -> None:
    """The kit locks (idle, Ctrl+L) while the officer is writing: the store closes, every
    section goes. Unlocked again, the same update dialog comes back with what was typed."""
    section = _incidents(cut_off)
    officer = TypingOfficer(qtbot)
    reference = _queue_initial(officer, section, "Subscriptions")
    officer.click(section.page.update_button)
    dialog = section.dialog
    assert isinstance(dialog, FollowUpDialog)
    officer.type(dialog.form.editors["progress"], "Half the gateways are back.")
    qtbot.waitUntil(lambda: dialog.keeper.kept() is not None, timeout=5000)
    cut_off.lock()
    qtbot.wait(50)
    panel = cut_off.lock_panel
    qtbot.keyClicks(panel.passphrase, passphrase)
    qtbot.keyClick(panel.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: cut_off.kit is not None, timeout=10000)
    section = _incidents(cut_off)
    again = section.follow_up(reference, "update")
    assert isinstance(again, FollowUpDialog)
    progress = again.form.editors["progress"]
    assert isinstance(progress, QPlainTextEdit)
    assert progress.toPlainText() == "Half the gateways are back."
    again.keeper.stop()
    again.done(0)


def test_told_another_way_records_only_the_partners_ticked(
    qtbot: QtBot, cut_off: MainWindow
) -> None:
    """The officer phoned one partner: in the dialog every waiting partner is listed and
    ticked; unticking the others (Space on the row, as with a keyboard) records only the
    one phoned, and the others' messages stay waiting."""
    from app.ui.incidents.told_dialog import ToldDialog

    section = _incidents(cut_off)
    officer = TypingOfficer(qtbot)
    reference = _queue_initial(officer, section, "Subscriptions")
    page = section.page
    qtbot.waitUntil(lambda: page.told_button.isVisible(), timeout=30000)
    officer.click(page.told_button)
    ask = section.asking
    assert isinstance(ask, ToldDialog) and ask.isVisible()
    rows = ask.partners.count()  # one row a partner, with its copies
    every = len(ask.ticked())
    assert rows >= 2 and every >= rows
    assert "\n" in ask.partners.item(0).text()  # "Organisation (name)", then its copies
    for row in range(1, rows):  # untick every partner but the first
        ask.partners.setCurrentRow(row)
        qtbot.keyClick(ask.partners, Qt.Key.Key_Space)
    first = len(ask.ticked())  # the first partner's copies (e-mail, SMS)
    qtbot.keyClicks(ask.how, "phoned their NOC")
    qtbot.keyClick(ask.how, Qt.Key.Key_Return)
    assert not ask.isVisible()
    assert cut_off.kit is not None
    states = cut_off.kit.store.conn.execute(
        "SELECT state, count(*) FROM outbox WHERE incident_ref = ? GROUP BY 1", (reference,)
    ).fetchall()
    counts = {str(s): int(n) for s, n in states}
    assert counts.get("sent") == first  # the one ticked
    assert counts.get("queued", 0) + counts.get("failed", 0) == every - first
