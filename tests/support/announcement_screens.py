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
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

from app.contacts.demo import load_demo
from app.incidents.service import IncidentService
from app.ui.app import application
from app.ui.language import install_language
from tests.incidents.test_schedule import FIELDS
from tests.support.screens import new_kit, settle
from tests.support.top_bar_screens_pl import incidents_window, planned_work


def main() -> int:
    out, language = Path(sys.argv[1]), sys.argv[2]
    out.mkdir(parents=True, exist_ok=True)
    app = application()
    install_language(language)
    home, store, kit = new_kit()
    load_demo(kit)
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    work = planned_work(service, "Router swap", days=3)
    service.notify(work, "initial", FIELDS)  # queued, not sent: no path is set up
    window, section, size = incidents_window(home, store)
    section.reload(select=work.reference)
    section.tick()
    settle(app, 1500)
    window.grab().save(str(out / f"announcement-{language}-{size}.png"))
    print(language, size, section.urgent.text())
    return 0


if __name__ == "__main__":
    sys.exit(main())
