"""Screenshots of planned work on a schedule, for people to look at (not a test):

    xvfb-run -a -s "-screen 0 1024x600x24" .venv/bin/python -m tests.support.schedule_screens OUT

(with OUTAGE_KIT_LANG=pl the same screens in Polish)

The kit's clock is fixed (Tuesday 10 March 2026, 10:00 UTC) and planned work is made in each
state: completed, in progress, overran, announced, planned. Saved: the calendar (week and
month), the incident page with the live window clock, the overrun alarm with Extend, the
extend dialog, the wizard's plan, and the missed-notices dialog at start.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
os.environ["TZ"] = "UTC"
time.tzset()

import app.timefmt  # noqa: E402
from app.contacts.demo import load_demo  # noqa: E402
from app.incidents.plan import PlanConfig  # noqa: E402
from app.incidents.schedule import Schedule  # noqa: E402
from app.incidents.service import IncidentService  # noqa: E402
from app.kit import Kit  # noqa: E402
from app.paths import KitPaths  # noqa: E402
from app.store.keys import NoKeyring  # noqa: E402
from app.store.store import Store  # noqa: E402
from app.ui.incidents.calendar_view import CalendarSection  # noqa: E402
from app.ui.incidents.schedule_dialogs import ExtendWindowDialog  # noqa: E402
from app.ui.incidents.section import IncidentsSection  # noqa: E402
from app.ui.incidents.wizard import NewIncidentDialog  # noqa: E402
from app.ui.main_window import MainWindow  # noqa: E402
from tests.delivery.conftest import set_delivery_doc  # noqa: E402
from tests.delivery.servers import delivery_toml, free_port  # noqa: E402
from tests.support.screens import settle, shot  # noqa: E402

NOW = datetime(2026, 3, 10, 10, 0, tzinfo=UTC)
FIELDS = {"work": "Database engine upgrade", "impact": "No new subscriptions."}


class Clock:
    moment = NOW

    def __call__(self) -> datetime:
        return self.moment


def fix_clock(clock: Clock) -> None:
    """Every module's `now` (as each imported it) reads the fixed clock."""
    real = app.timefmt.now
    for name, module in list(sys.modules.items()):
        if name.startswith("app") and module is not None:
            for attr, value in list(vars(module).items()):
                if value is real:
                    setattr(module, attr, clock)


def plan(
    service: IncidentService,
    clock: Clock,
    title: str,
    start: datetime,
    hours: int,
    *,
    made: datetime,
    announce: bool = True,
) -> str:
    clock.moment = made
    incident = service.create(
        "downtime", title, ["subscriptions"], window=(start, start + timedelta(hours=hours))
    )
    Schedule(service=service).make_plan(
        incident, PlanConfig(announce_days=3, start_notice=True, fields=FIELDS)
    )
    if announce:
        service.notify(incident, "initial", FIELDS)
    return incident.reference


def main() -> int:
    from PySide6.QtWidgets import QApplication

    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    clock = Clock()
    fix_clock(clock)
    app_ = QApplication(sys.argv[:1])
    from app.ui.language import install_language

    # English as the kit starts (its plural forms: "4 SMS copies"); OUTAGE_KIT_LANG=pl: Polish
    install_language(os.environ.get("OUTAGE_KIT_LANG", "en"))
    problems: list[str] = []
    home = Path(tempfile.mkdtemp()) / "kit"
    store = Store.create(
        KitPaths(home), operator="Night Duty", passphrase="x" * 16, keeper=NoKeyring()
    )
    kit = Kit.open(store)
    load_demo(kit)
    set_delivery_doc(kit, delivery_toml(("office-relay", free_port(), "none")))
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    done = plan(
        service,
        clock,
        "Router firmware",
        NOW - timedelta(days=1, hours=8),
        2,
        made=NOW - timedelta(days=2),
    )
    clock.moment = NOW - timedelta(days=1, hours=5)
    service.notify(
        service.get(done), "completed", {"completed_at": "2026-03-09 04:00 UTC", "summary": "Done."}
    )
    running = plan(
        service,
        clock,
        "Billing database upgrade",
        NOW - timedelta(minutes=40),
        3,
        made=NOW - timedelta(hours=4),
    )
    overran = plan(
        service,
        clock,
        "SMS gateway patch",
        NOW - timedelta(hours=3),
        2,
        made=NOW - timedelta(hours=6),
    )
    plan(
        service,
        clock,
        "Payment switch swap",
        NOW + timedelta(days=2, hours=13),
        4,
        made=NOW - timedelta(hours=1),
    )
    plan(
        service,
        clock,
        "Data centre power test",
        NOW + timedelta(days=8, hours=12),
        6,
        made=NOW - timedelta(minutes=30),
        announce=False,
    )
    # a reminder missed while the kit was closed
    missed = plan(
        service,
        clock,
        "Brazil route change",
        NOW + timedelta(hours=10),
        2,
        made=NOW - timedelta(days=1),
    )
    del missed
    # announced by e-mail, its SMS copies held (no modem before the promise passed)
    held = plan(
        service,
        clock,
        "Gateway swap",
        NOW + timedelta(days=1, hours=15),
        2,
        made=NOW - timedelta(days=2),
    )
    for channel, state in (("email", "sent"), ("sms", "held")):
        kit.store.conn.execute(
            "UPDATE outbox SET state = ? WHERE incident_ref = ? AND channel = ?",
            (state, held, channel),
        )
    clock.moment = NOW

    window = MainWindow(paths=KitPaths(home), keeper=NoKeyring())
    window.open_store(store)
    window.show()
    settle(app_, 1200)
    dialog = next(
        (s.missed_dialog for s in window.sections if isinstance(s, IncidentsSection)), None
    )
    if dialog is not None:
        shot(dialog, out, "s01-missed-at-start", problems)
        dialog.reject()
    section = window.show_section("Incidents")
    assert isinstance(section, IncidentsSection)
    section.reload(select=running)
    settle(app_)
    shot(window, out, "s02-page-in-progress", problems)
    section.reload(select=overran)
    for _ in range(2):
        section.tick()
    settle(app_)
    shot(window, out, "s03-page-overran-alarm", problems)
    bar = section.page_area.verticalScrollBar()
    # the action buttons, flowed into rows on a small screen
    section.page_area.ensureWidgetVisible(section.page.action_row, 0, 0)
    settle(app_)
    shot(window, out, "s03b-page-actions", problems)
    bar.setValue(0)
    extend = section.change_window(overran, "extend")
    assert isinstance(extend, ExtendWindowDialog)
    extend.note.setText("The index rebuild takes longer.")
    settle(app_)
    shot(extend, out, "s04-extend-dialog", problems)
    extend.reject()
    section.reload(select=held)
    settle(app_)
    section.page_area.ensureWidgetVisible(section.page.delivery, 0, 0)
    settle(app_)
    shot(window, out, "s09-page-held-sms-copies", problems)
    reissue = section.reissue(held, service.notices(service.get(held))[0].id)
    assert reissue is not None
    settle(app_)
    shot(reissue, out, "s10-reissue-dialog", problems)
    reissue.reject()
    bar.setValue(0)
    calendar = window.show_section("Calendar")
    assert isinstance(calendar, CalendarSection)
    settle(app_)
    shot(window, out, "s05-calendar-week", problems)
    calendar.view.setCurrentIndex(1)
    settle(app_)
    shot(window, out, "s06-calendar-month", problems)
    window.show_section("Incidents")
    wizard = section.new_incident("downtime")
    assert isinstance(wizard, NewIncidentDialog)
    wizard.services.item(3).setCheckState(wizard.services.item(3).checkState().Checked)
    wizard.start_notice.setChecked(True)
    settle(app_)
    shot(wizard, out, "s07-wizard-plan", problems)
    wizard.keeper.stop()
    wizard.done(0)
    from app.commands.report_cmds import write_pdf
    from app.reports.document import save_document
    from app.reports.period import gather_period, period_document

    figures = gather_period(
        kit.store.conn,
        NOW.date() - timedelta(days=3),
        NOW.date() + timedelta(days=10),
        actor="Night Duty",
    )
    save_document(period_document(figures), "pdf", out / "s08-period.pdf", pdf_writer=write_pdf)
    for problem in problems:
        print("TOO BIG:", problem)
    window.lock()
    settle(app_)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
