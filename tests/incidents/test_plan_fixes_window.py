"""Planned-work defects a new user met in the window: a window already ended or a reminder
left out is said in the wizard, as typed."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.paths import KitPaths
from app.store.store import Store
from app.ui.incidents.wizard import NewIncidentDialog
from tests.incidents.test_schedule_window import _open, retype, window_kit
from tests.incidents.test_window import Officer
from tests.reports import conftest as scripted_night
from tests.reports.conftest import T0, Clock
from tests.support.local_edit import store_unchecked_edit

clock = scripted_night.clock
__all__ = ["window_kit"]  # the fixture, shared


def test_the_wizard_refuses_an_ended_window_and_names_a_reminder_left_out(
    qtbot: QtBot, paths: KitPaths, window_kit: Store, clock: Clock
) -> None:
    officer = Officer(qtbot)
    clock.at(T0)  # 2026-03-10 01:00 UTC
    _window, section = _open(qtbot, paths, window_kit)
    officer.click(section.planned_button)
    wizard = section.dialog
    assert isinstance(wizard, NewIncidentDialog)
    officer.tick(wizard.services, "Subscriptions")
    officer.type(wizard.title, "Router swap")
    retype(officer, wizard.window_start, "2026-02-09 01:00")
    retype(officer, wizard.window_end, "2026-02-09 03:00")
    officer.click(wizard.next)
    assert wizard.pages.currentIndex() == 0
    assert "The window has already ended" in wizard.problems.text()

    retype(officer, wizard.window_start, "2026-03-10 01:02")
    retype(officer, wizard.window_end, "2026-03-10 01:05")
    retype(officer, wizard.reminders, "2m")
    plan = wizard.plan_summary.text()
    assert "Reminder 2 min before left out" in plan and "has already come" in plan
    officer.click(wizard.next)
    assert wizard.pages.currentIndex() == 1, wizard.problems.text()


def test_the_incident_page_says_queued_not_sent(
    qtbot: QtBot, paths: KitPaths, window_kit: Store, clock: Clock
) -> None:
    officer = Officer(qtbot)
    clock.at(T0)
    _window, section = _open(qtbot, paths, window_kit)
    officer.click(section.planned_button)
    wizard = section.dialog
    assert isinstance(wizard, NewIncidentDialog)
    officer.tick(wizard.services, "Subscriptions")
    officer.type(wizard.title, "Router swap")
    retype(officer, wizard.window_start, "2026-03-11 01:00")
    retype(officer, wizard.window_end, "2026-03-11 03:00")
    officer.click(wizard.next)
    officer.type(wizard.form.editors["work"], "Router swap")
    officer.type(wizard.form.editors["impact"], "Short breaks in SMS.")
    officer.click(wizard.next)
    officer.click(wizard.queue)  # announced at once: queued; SMS partners wait for a modem
    plan = section.page.plan.text()
    assert "Announcement" in plan and "queued" in plan
    assert ">sent<" not in plan


def test_the_extend_dialog_says_when_partners_template_drops_the_note(
    qtbot: QtBot, window_kit: Store, clock: Clock
) -> None:
    from datetime import timedelta

    from app.incidents.plan import PlanConfig
    from app.incidents.schedule import Schedule
    from app.incidents.service import IncidentService
    from app.kit import Kit
    from app.ui.incidents.schedule_dialogs import ExtendWindowDialog

    kit = Kit.open(window_kit)
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    schedule = Schedule(service=service)
    clock.at(T0)
    start, end = T0 + timedelta(hours=1), T0 + timedelta(hours=3)
    incident = service.create("downtime", "Swap", ["subscriptions"], window=(start, end))
    fields = {"work": "Swap", "impact": "Short breaks"}
    schedule.make_plan(incident, PlanConfig(announce_days=None, fields=fields))
    service.notify(incident, "initial", fields)
    store_unchecked_edit(
        service.catalog,
        "downtime",
        "update",
        "en",
        "email",
        "Subject: Update\n\nNext by {{ next_update }}.\n",
    )
    clock.at(end + timedelta(minutes=5))
    dialog = ExtendWindowDialog(schedule, service.get(incident.reference))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.unread.text() == ""  # no note typed: nothing is lost
    qtbot.keyClicks(dialog.note, "Index rebuild")
    assert "downtime/update.en will not see your words" in dialog.unread.text()
    assert "Index rebuild" in dialog.preview.text()


def test_the_incident_page_fits_a_1024_wide_screen(
    qtbot: QtBot, paths: KitPaths, window_kit: Store, clock: Clock
) -> None:
    from datetime import timedelta

    from app.incidents.plan import PlanConfig
    from app.incidents.schedule import Schedule

    clock.at(T0)
    window, section = _open(qtbot, paths, window_kit)
    service = section.service
    start, end = T0 - timedelta(hours=3), T0 - timedelta(hours=1)
    clock.at(T0 - timedelta(hours=4))
    incident = service.create(
        "downtime", "SMS gateway patch", ["subscriptions"], window=(start, end)
    )
    fields = {"work": "Patch", "impact": "Short breaks"}
    Schedule(service=service).make_plan(incident, PlanConfig(announce_days=None, fields=fields))
    service.notify(incident, "initial", fields)
    clock.at(T0)  # it overran an hour ago: the long OVERRAN line, every button
    window.resize(1024, 560)
    section.reload(select=incident.reference)
    qtbot.waitUntil(lambda: section.page.incident is not None)
    section.tick()
    qtbot.wait(50)
    area = section.page_area
    assert "OVERRAN" in section.page.timer.text()
    assert area.horizontalScrollBar().maximum() == 0, "the page is wider than its pane"
    row = section.page.action_row
    assert row.geometry().right() <= area.viewport().width()


def test_the_plan_dialog_names_a_reminder_left_out(
    qtbot: QtBot, window_kit: Store, clock: Clock
) -> None:
    from datetime import timedelta

    from app.incidents.plan import PlanConfig
    from app.incidents.schedule import Schedule
    from app.incidents.service import IncidentService
    from app.kit import Kit
    from app.ui.incidents.schedule_dialogs import PlanDialog

    kit = Kit.open(window_kit)
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    schedule = Schedule(service=service)
    clock.at(T0)
    start, end = T0 + timedelta(hours=20), T0 + timedelta(hours=22)
    incident = service.create("downtime", "Swap", ["subscriptions"], window=(start, end))
    schedule.make_plan(incident, PlanConfig(announce_days=None))
    dialog = PlanDialog(schedule, incident)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reminders.selectAll()
    qtbot.keyClicks(dialog.reminders, "48h, 1h")
    assert "Reminder 2 d before left out" in dialog.problems.text()
    assert dialog.ok.isEnabled()


def test_the_top_bar_shows_a_lapsed_notify_deadline_before_an_old_overrun(
    qtbot: QtBot, paths: KitPaths, window_kit: Store, clock: Clock
) -> None:
    from datetime import timedelta

    _window, section = _open(qtbot, paths, window_kit)
    service = section.service
    clock.at(T0 - timedelta(days=30))
    old = service.create(
        "downtime",
        "Router firmware",
        ["subscriptions"],
        window=(T0 - timedelta(days=29, hours=2), T0 - timedelta(days=29)),
    )
    service.notify(old, "initial", {"work": "Firmware", "impact": "None"})
    clock.at(T0 - timedelta(minutes=20))
    down = service.create("disaster", "SMS down", ["subscriptions"])
    clock.at(T0)  # the notify deadline (15 min) lapsed 5 minutes ago
    section.reload(select=down.reference)
    section.tick()
    assert section.urgent.text().startswith(f"{down.reference}  notify partners by")
