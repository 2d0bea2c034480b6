"""Screenshots of planned work whose announcement is queued, for people to look at (not a
test): the top bar, the incident list and the incident page name its first notice
"Announcement" as the plan and the Calendar do, in English and in Polish:

    xvfb-run -a -s "-screen 0 1024x600x24" \
        .venv/bin/python -m tests.support.announcement_screens OUT pl
    xvfb-run -a -s "-screen 0 1920x1080x24" \
        .venv/bin/python -m tests.support.announcement_screens OUT en

Saves OUT/announcement-LANG-WxH.png (the window) and prints the top bar's text.
"""

from __future__ import annotations

import os
import sys
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

from app.contacts.demo import load_demo
from app.incidents.plan import PlanConfig
from app.incidents.schedule import Schedule
from app.incidents.service import IncidentService
from app.paths import KitPaths
from app.store.keys import NoKeyring
from app.ui.app import application
from app.ui.incidents.section import IncidentsSection
from app.ui.language import install_language
from app.ui.main_window import MainWindow
from app.ui.screen import screen_of
from tests.incidents.test_schedule import FIELDS
from tests.support.screens import new_kit, settle


def main() -> int:
    out, language = Path(sys.argv[1]), sys.argv[2]
    out.mkdir(parents=True, exist_ok=True)
    app = application()
    install_language(language)
    home, store, kit = new_kit()
    load_demo(kit)
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    day = (datetime.now().astimezone() + timedelta(days=3)).date()
    start = datetime.combine(day, time(1, 0)).astimezone().astimezone(UTC)
    work = service.create(
        "downtime", "Router swap", ["subscriptions"], window=(start, start + timedelta(hours=2))
    )
    Schedule(service=service).make_plan(work, PlanConfig(announce_days=None, fields=FIELDS))
    service.notify(work, "initial", FIELDS)  # queued, not sent: no path is set up
    window = MainWindow(paths=KitPaths(home), keeper=NoKeyring())
    window.open_store(store)
    window.show()
    screen = screen_of(window).availableGeometry()
    window.resize(screen.width(), screen.height())
    section = window.show_section("Incidents")
    assert isinstance(section, IncidentsSection)
    section.reload(select=work.reference)
    section.tick()
    settle(app, 1500)
    size = f"{screen.width()}x{screen.height()}"
    window.grab().save(str(out / f"announcement-{language}-{size}.png"))
    print(language, size, section.urgent.text())
    return 0


if __name__ == "__main__":
    sys.exit(main())
