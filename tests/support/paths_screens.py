"""Screenshots of the delivery paths page, the sidebar and the path lights, for people to
look at (not a test):

    xvfb-run -a -s "-screen 0 1024x600x24" .venv/bin/python -m tests.support.paths_screens OUT pl
    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python -m tests.support.paths_screens OUT en

The demo bundle's three paths (a relay whose From has a display name in angle brackets, a
webmail, a modem) and a local path with a Polish name. Saves OUT/LANG-WIDTH-window.png (the
first section, its sidebar and status bar) and OUT/LANG-WIDTH-paths.png (the paths page).
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

from app.contacts.demo import load_demo
from app.delivery.config import checked_profile
from app.paths import KitPaths
from app.store.keys import NoKeyring
from app.ui.main_window import MainWindow
from app.ui.outbox.section import OutboxSection
from app.ui.screen import screen_of
from tests.delivery.conftest import make_delivery
from tests.support.screens import finish, new_kit, screen_in, settle, shot


def main() -> int:
    out, app, prefix = screen_in(sys.argv)
    problems: list[str] = []
    home, store, kit = new_kit()
    load_demo(kit)
    local = {"kind": "webmail", "name": "Łączność zapasowa", "compose_url": "outlook"}
    try:
        make_delivery(kit).paths.save_profile(checked_profile(local))
    except Exception as err:  # a name the kit still refuses: said, not fatal
        print("local path refused:", err)
    window = MainWindow(paths=KitPaths(home), keeper=NoKeyring())
    window.open_store(store)
    window.show()
    screen = screen_of(window).availableGeometry()
    window.resize(screen.width() - 16, screen.height() - 48)  # frame and task bar
    settle(app, 2500)  # the probe of every path has answered
    shot(window, out, f"{prefix}-window", problems)
    outbox = window.show_section("Outbox")
    assert isinstance(outbox, OutboxSection)
    settle(app, 800)
    outbox.tabs.setCurrentIndex(1)
    outbox.paths_page.list.setCurrentRow(0)
    settle(app, 800)
    shot(window, out, f"{prefix}-paths", problems)
    return finish(app, window, problems)


if __name__ == "__main__":
    sys.exit(main())
