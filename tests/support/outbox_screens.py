"""Screenshots of the Outbox after a send found the office relay down, for people to look at
(not a test): the "Paths down" message in the kit's words, and every column header whole:

    xvfb-run -a -s "-screen 0 1024x600x24" .venv/bin/python -m tests.support.outbox_screens OUT pl
    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python -m tests.support.outbox_screens OUT en

Saves OUT/outbox-LANG-WIDTH.png (the window) and prints the message and the headers that
are narrower than their text.
"""

from __future__ import annotations

import os
import socket
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

from app.paths import KitPaths
from app.store.keys import NoKeyring
from app.ui.main_window import MainWindow
from app.ui.outbox.section import OutboxSection
from app.ui.screen import screen_of
from tests.delivery.conftest import queue, set_delivery_doc
from tests.delivery.servers import delivery_toml
from tests.support.screens import finish, new_kit, screen_in, settle, shot

SUBJECT = "[OK-2026-0001] Update: SMS gateway outage — MT billing delayed for all partners"


def main() -> int:
    out, app, prefix = screen_in(sys.argv)
    home, store, kit = new_kit()
    with socket.socket() as held:  # bound, never listening: the relay refuses
        held.bind(("127.0.0.1", 0))
        set_delivery_doc(kit, delivery_toml(("office-relay", held.getsockname()[1], "none")))
        names = [f"noc-{i}@a-rather-long-partner-domain.example.com" for i in range(6)]
        queue(kit, names, subject=SUBJECT)
        window = MainWindow(paths=KitPaths(home), keeper=NoKeyring())
        window.open_store(store)
        window.show()
        screen = screen_of(window).availableGeometry()
        window.resize(screen.width() - 16, screen.height() - 48)  # frame and task bar
        settle(app, 800)
        outbox = window.show_section("Outbox")
        assert isinstance(outbox, OutboxSection)
        settle(app, 800)
        outbox.send_button.click()
        for _ in range(50):
            settle(app, 200)
            if outbox.runner.sending is None and outbox.message.text():
                break
        settle(app, 500)
        problems: list[str] = []
        shot(window, out, f"outbox-{prefix}", problems)
    print("MESSAGE:", outbox.message.text())
    header = outbox.table.horizontalHeader()
    model = outbox.table.model()
    for column in range(header.count()):
        size, needs = header.sectionSize(column), header.sectionSizeHint(column)
        if size < needs:
            print(f"CLIPPED: {model.headerData(column, header.orientation())!r} {size} < {needs}")
    return finish(app, window, problems)


if __name__ == "__main__":
    raise SystemExit(main())
