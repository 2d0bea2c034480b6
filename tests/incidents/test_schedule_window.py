"""Planned work in the real window, on the kit's clock (no sleeping), delivered to a real SMTP
server process: the plan typed in the wizard, the announcement and a reminder sent by the
window's own timer, the kit closed over two reminders and started again (one skipped with a
typed reason, one sent now), "work started", the live window clock in the top bar, the
overrun alarm, the window extended in one step, the completion."""

from __future__ import annotations

from datetime import timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QWidget
from pytestqt.qtbot import QtBot

from app.contacts.demo import load_demo
from app.kit import Kit
from app.paths import KitPaths
from app.store.keys import NoKeyring
from app.store.store import Store
from app.store.unlock import unlock_with_passphrase
from app.ui.incidents.notice_dialog import FollowUpDialog
from app.ui.incidents.schedule_dialogs import ExtendWindowDialog, MissedDialog
from app.ui.incidents.section import SCHEDULE_EVERY_TICKS, IncidentsSection
from app.ui.incidents.wizard import NewIncidentDialog
from app.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE
from tests.delivery.conftest import set_delivery_doc
from tests.delivery.servers import delivery_toml
from tests.incidents.test_window import Officer
from tests.reports import conftest as scripted_night
from tests.reports.conftest import T0, Clock
from tests.support.local_time import read_by
from tests.support.mail_sink import MailSink

clock = scripted_night.clock

START = T0 + timedelta(days=5)  # Sunday 15 March 2026, 01:00 UTC (the test's zone is UTC)
END = START + timedelta(hours=2)


def retype(officer: Officer, widget: QWidget, text: str) -> None:
    """Select what the editor holds and type over it, as a person does."""
    widget.setFocus()
    if isinstance(widget, QAbstractSpinBox):
        widget.selectAll()
    else:
        officer.qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    officer.type(widget, text)


def _open(qtbot: QtBot, paths: KitPaths, store: Store) -> tuple[MainWindow, IncidentsSection]:
    window = MainWindow(paths=paths, keeper=NoKeyring())
    qtbot.addWidget(window)
    window.open_store(store)
    window.show()
    qtbot.waitUntil(lambda: window.health_label.text() == "store OK", timeout=10000)
    section = window.show_section("Incidents")
    assert isinstance(section, IncidentsSection)
    window.section("Outbox")  # sending starts by itself once queued
    return window, section


def _timer_runs(section: IncidentsSection) -> None:
    """The window's one-second timer, ticked by the test (the clock is the kit's)."""
    for _ in range(SCHEDULE_EVERY_TICKS):
        section.tick()


def _mails(sink: MailSink, already: int) -> list[EmailMessage]:
    found = [message_from_bytes(m, policy=policy.default) for m in sink.messages()[already:]]
    return [m for m in found if isinstance(m, EmailMessage)]


def _polish(message: EmailMessage) -> bool:
    return "Aktualizacja" in str(message["Subject"])


def _says(message: EmailMessage, english: str) -> bool:
    """The plan's own sentence, in English for all but Polish partners (who read theirs)."""
    return _polish(message) or english in _body(message)


def _body(message: EmailMessage) -> str:
    return message.get_body(("plain",)).get_content()  # type: ignore[union-attr]


def _arrive(
    qtbot: QtBot, section: IncidentsSection, sink: MailSink, already: int
) -> list[EmailMessage]:
    """Wait until the outbox has no e-mail left to send (SMS waits for a modem), then read
    what the server got."""

    def sent() -> bool:
        waiting = section.service.conn.execute(
            "SELECT count(*) FROM outbox WHERE channel = 'email' AND state IN ('queued', 'sending')"
        ).fetchone()[0]
        return waiting == 0 and len(sink.messages()) > already

    qtbot.waitUntil(sent, timeout=15000)
    return _mails(sink, already)


@pytest.fixture
def window_kit(store: Store, sink: MailSink, clock: Clock) -> Store:
    kit = Kit.open(store)
    load_demo(kit)
    set_delivery_doc(kit, delivery_toml(("office-relay", sink.port, "none")))
    return store


def test_a_plan_typed_in_the_window_runs_by_itself(
    qtbot: QtBot, paths: KitPaths, window_kit: Store, sink: MailSink, clock: Clock
) -> None:
    officer = Officer(qtbot)
    clock.at(T0)
    window, section = _open(qtbot, paths, window_kit)
    officer.click(section.planned_button)
    wizard = section.dialog
    assert isinstance(wizard, NewIncidentDialog)
    officer.tick(wizard.services, "Subscriptions")
    retype(officer, wizard.window_start, "2026-03-15 01:00")
    retype(officer, wizard.window_end, "2026-03-15 03:00")
    assert wizard.flow.window == (START, END)
    retype(officer, wizard.announce_days, "3")
    retype(officer, wizard.reminders, "24h, 2h, 1h")
    officer.click(wizard.start_notice)
    plan = wizard.plan_summary.text()
    assert "2026-03-12 01:00" in plan and "Reminder 2 h before" in plan
    assert "Completion due" in plan
    officer.click(wizard.next)
    assert "next_update" not in wizard.form.editors  # the plan is the promise
    officer.type(wizard.form.editors["work"], "Billing database engine upgrade")
    officer.type(wizard.form.editors["impact"], "No new subscriptions during the window.")
    officer.click(wizard.next)
    assert wizard.queue.isEnabled(), wizard.preview.problems.text()
    assert "2026-03-12" in wizard.problems.text()  # says when the announcement goes
    officer.click(wizard.queue)
    page = section.page
    assert page.incident is not None and page.notices == []  # nothing sent yet
    reference = page.incident.reference
    assert "Announcement" in page.plan.text() and "planned" in page.plan.text()
    assert "starts in 5 d 00:00:00" in section.urgent.text()

    # the announcement's time: the window's timer queues it, the outbox sends it
    clock.at(START - timedelta(days=3, seconds=-10))
    _timer_runs(section)
    announced = _arrive(qtbot, section, sink, 0)
    conn = section.service.conn
    assert all(read_by(conn, m, START - timedelta(hours=24)) in _body(m) for m in announced)
    seen = len(sink.messages())
    clock.at(START - timedelta(hours=24))
    _timer_runs(section)
    reminded = _arrive(qtbot, section, sink, seen)
    assert all(_says(m, "starts in 1 day") for m in reminded)
    assert all("zaczną się za 1 dzień" in _body(m) for m in reminded if _polish(m))
    seen = len(sink.messages())

    # closed over the 2 h and 1 h reminders, started again 30 minutes before the window
    window.close()
    clock.at(START - timedelta(minutes=30))
    again = unlock_with_passphrase(paths, PASSPHRASE, NoKeyring())
    window, section = _open(qtbot, paths, again)
    qtbot.waitUntil(lambda: isinstance(section.missed_dialog, MissedDialog), timeout=5000)
    missed = section.missed_dialog
    assert isinstance(missed, MissedDialog)
    assert [missed.list.item(i).text().split(" — ")[0] for i in range(missed.list.count())] == [
        f"{reference} · Reminder 2 h before",
        f"{reference} · Reminder 1 h before",
    ]
    assert len(sink.messages()) == seen  # nothing late went out by itself
    officer.click(missed.skip_button)  # no reason yet: refused, said
    assert "Say why" in missed.problems.text()
    officer.type(missed.reason, "superseded by the 1 h reminder")
    officer.click(missed.skip_button)
    assert missed.list.count() == 1
    officer.click(missed.send_button)
    assert not missed.isVisible()
    late = _arrive(qtbot, section, sink, seen)
    assert all(_says(m, "starts in 30 minutes") for m in late)  # times written now
    seen = len(sink.messages())

    # the window opens: "work started" by the timer, the clock says it runs
    clock.at(START + timedelta(seconds=2))
    _timer_runs(section)
    started = _arrive(qtbot, section, sink, seen)
    assert all(_says(m, f"started at {read_by(section.service.conn, m, START)}") for m in started)
    assert all("rozpoczęły się" in _body(m) for m in started if _polish(m))
    seen = len(sink.messages())
    assert "in progress, ends in 1:59:58" in section.urgent.text()

    # past the end, no completion: the alarm, and Extend on the page
    clock.at(END + timedelta(minutes=3))
    _timer_runs(section)
    assert "OVERRAN" in section.urgent.text()
    assert section.banner.isVisibleTo(window) and "OVERRAN" in section.banner.text()
    page = section.page
    assert page.extend_button.isVisibleTo(page) and not page.move_button.isVisibleTo(page)
    officer.click(page.extend_button)
    extend = section.window_dialog
    assert isinstance(extend, ExtendWindowDialog)
    retype(officer, extend.new_end, "02:00")  # a bare time that has passed today
    assert "past" in extend.problems.text() and not extend.ok.isEnabled()
    retype(officer, extend.new_end, "04:00")
    officer.type(extend.note, "The index rebuild takes longer.")
    assert "now ends at 2026-03-15 04:00 UTC" in extend.preview.text()
    officer.click(extend.ok)
    extension = _arrive(qtbot, section, sink, seen)
    new_end = START + timedelta(hours=3)
    assert all(
        _says(m, f"now ends at {read_by(section.service.conn, m, new_end)}") for m in extension
    )
    seen = len(sink.messages())
    assert "in progress, ends in 57:00 (04:00)" in section.urgent.text()
    assert not section.banner.isVisibleTo(window)

    # completed: one click, the plan's completion is done
    clock.at(END + timedelta(minutes=40))
    officer.click(section.page.complete_button)
    complete = section.dialog
    assert isinstance(complete, FollowUpDialog)
    retype(officer, complete.form.editors["summary"], "Upgrade finished, all checks green.")
    complete.refresh()
    assert complete.queue.isEnabled(), complete.preview.problems.text()
    officer.click(complete.queue)
    done = _arrive(qtbot, section, sink, seen)
    assert all("Upgrade finished" in _body(m) for m in done)
    plan_text = section.page.plan.text()
    assert "MISSED" not in plan_text and "skipped" in plan_text
    assert "superseded by the 1 h reminder" in plan_text
    print(f"planned work typed and run in the window: {officer.count} interactions")


def test_calendar_and_moving_a_window_in_the_window(
    qtbot: QtBot, paths: KitPaths, window_kit: Store, sink: MailSink, clock: Clock
) -> None:
    """The calendar shows planned work by week and month with its state; a window moved
    before it opens is re-planned and the partners who heard of it get the change."""
    from app.incidents.plan import PlanConfig
    from app.incidents.schedule import Schedule
    from app.incidents.service import IncidentService
    from app.ui.incidents.calendar_view import CalendarSection
    from app.ui.incidents.schedule_dialogs import MoveWindowDialog, PlanDialog

    officer = Officer(qtbot)
    clock.at(T0)  # Tuesday 10 March 2026, 01:00 UTC
    kit = Kit.open(window_kit)
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    fields = {"work": "Switch swap", "impact": "No one-shot payments."}
    soon = service.create("downtime", "Switch swap", ["oneshot"], window=(START, END))
    Schedule(service=service).make_plan(soon, PlanConfig(announce_days=None, fields=fields))
    service.notify(soon, "initial", fields)
    later_start = START + timedelta(days=14)
    later = service.create(
        "downtime",
        "Power test",
        ["oneshot"],
        window=(later_start, later_start + timedelta(hours=4)),
    )
    Schedule(service=service).make_plan(later, PlanConfig(announce_days=3, fields=fields))
    window, section = _open(qtbot, paths, window_kit)
    _arrive(qtbot, section, sink, 0)  # the announcement, sent when the window opened
    seen = len(sink.messages())

    calendar = window.show_section("Calendar")
    assert isinstance(calendar, CalendarSection)
    assert calendar.heading.text() == "09 Mar – 15 Mar 2026"
    sunday = calendar.grid.cellWidget(0, 6).text()
    assert soon.reference in sunday and "announced" in sunday and "01:00–03:00" in sunday
    assert later.reference not in "".join(calendar.grid.cellWidget(0, c).text() for c in range(7))
    officer.click(calendar.next)
    officer.click(calendar.next)
    assert calendar.heading.text() == "23 Mar – 29 Mar 2026"
    sunday = calendar.grid.cellWidget(0, 6).text()
    assert later.reference in sunday and "planned" in sunday
    officer.click(calendar.today)
    calendar.view.setFocus()
    officer.qtbot.keyClick(calendar.view, Qt.Key.Key_Down)  # Week → Month, by keyboard
    assert calendar.mode == "month" and calendar.heading.text() == "March 2026"
    month = "".join(calendar.grid.cellWidget(r, c).text() for r in range(6) for c in range(7))
    assert soon.reference in month and later.reference in month

    # moved two days on, before it starts: the same partners get the new window
    window.show_section("Incidents")
    section.reload(select=soon.reference)
    page = section.page
    assert page.move_button.isVisibleTo(page) and not page.extend_button.isVisibleTo(page)

    # other reminders, and a "work started" notice, before it starts
    officer.click(page.plan_button)
    edit = section.window_dialog
    assert isinstance(edit, PlanDialog)
    retype(officer, edit.reminders, "soon")
    assert "'24h, 1h'" in edit.problems.text() and not edit.ok.isEnabled()
    retype(officer, edit.reminders, "48h, 2h")
    officer.click(edit.start_notice)
    officer.click(edit.ok)
    plan = section.page.plan.text()
    assert "Reminder 2 d before" in plan and "Reminder 2 h before" in plan
    assert "Work started" in plan
    assert len(sink.messages()) == seen  # a new plan tells nobody

    page = section.page
    officer.click(page.move_button)
    move = section.window_dialog
    assert isinstance(move, MoveWindowDialog)
    retype(officer, move.start, "2026-03-17 01:00")
    retype(officer, move.end, "2026-03-17 03:00")
    assert "Say why" in move.problems.text() and not move.ok.isEnabled()
    officer.type(move.reason, "The vendor's engineer is ill.")
    assert "New window: 2026-03-17 01:00 UTC to 2026-03-17 03:00 UTC" in move.preview.text()
    officer.click(move.ok)
    changed = _arrive(qtbot, section, sink, seen)
    assert all(_says(m, "has moved") for m in changed)
    first = {str(m["X-Envelope-To"]) for m in _mails(sink, 0)[:seen]}
    assert {str(m["X-Envelope-To"]) for m in changed} == first
    assert "2026-03-17" in section.page.details.text()
    plan = section.page.plan.text()
    assert "not needed" in plan  # the old reminders, replaced by the new window's
