"""Screenshots of the Incidents section's top bar in Polish, for people to look at (not a
test), issue 15 — planned work starting on another day, so its timer names the day the way
Poland writes it ("wt. 8.12.2026 01:00"), beside an outage whose first notice is overdue:

    xvfb-run -a -s "-screen 0 1024x600x24" .venv/bin/python -m tests.support.top_bar_screens_pl OUT
    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python -m tests.support.top_bar_screens_pl OUT

Saves OUT/top-bar-pl-WxH.png (the window) and prints the top bar's text.
"""

from __future__ import annotations

import os
import sys
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

from app.contacts.demo import load_demo
from app.incidents.model import Incident
from app.incidents.plan import PlanConfig
from app.incidents.schedule import Schedule
from app.incidents.service import IncidentService
from app.paths import KitPaths
from app.store.keys import NoKeyring
from app.store.store import Store
from app.ui.app import application
from app.ui.incidents.section import IncidentsSection
from app.ui.language import install_language
from app.ui.main_window import MainWindow
from app.ui.screen import screen_of
from tests.incidents.test_schedule import FIELDS
from tests.support.screens import new_kit, settle


def planned_work(service: IncidentService, title: str, *, days: int) -> Incident:
    """Planned work `days` ahead, 01:00 local, two hours, with its plan (announced at once)."""
    day = (datetime.now().astimezone() + timedelta(days=days)).date()
    start = datetime.combine(day, time(1, 0)).astimezone().astimezone(UTC)
    window = (start, start + timedelta(hours=2))
    work = service.create("downtime", title, ["subscriptions"], window=window)
    Schedule(service=service).make_plan(work, PlanConfig(announce_days=None, fields=FIELDS))
    return work


def incidents_window(home: Path, store: Store) -> tuple[MainWindow, IncidentsSection, str]:
    """The window on `store`, as big as the screen, its Incidents section shown; and the
    screen's size as 'WxH'."""
    window = MainWindow(paths=KitPaths(home), keeper=NoKeyring())
    window.open_store(store)
    window.show()
    screen = screen_of(window).availableGeometry()
    window.resize(screen.width(), screen.height())
    section = window.show_section("Incidents")
    assert isinstance(section, IncidentsSection)
    return window, section, f"{screen.width()}x{screen.height()}"


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    app = application()
    install_language("pl")
    home, store, kit = new_kit()
    load_demo(kit)
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    # a week ahead, 01:00 local: the timer shows the day, not only the time
    planned_work(service, "Wymiana routera", days=7)
    window, section, size = incidents_window(home, store)
    settle(app, 1500)
    window.grab().save(str(out / f"top-bar-pl-{size}.png"))
    print(section.urgent.text())
    return 0


if __name__ == "__main__":
    sys.exit(main())
