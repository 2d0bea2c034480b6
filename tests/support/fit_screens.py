"""Screenshots of windows fitted to a small and a large screen (not a test): the main window
as it opens (and where, on the whole screen), the incident page, the update and resolution
dialogs of an incident with ~300 partners, and the Outbox's Delivery paths tab.

    xvfb-run -a -s "-screen 0 1024x600x24" .venv/bin/python -m tests.support.fit_screens OUT en
    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python -m tests.support.fit_screens OUT pl

OUT/<language>-<width>-NN-name.png; a window larger than the screen is printed.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

from PySide6.QtWidgets import QApplication, QPlainTextEdit

from app.contacts.directory import DirectoryStore
from app.contacts.source import parse_source, read_folder
from app.incidents.service import IncidentService
from app.paths import KitPaths
from app.store.keys import NoKeyring
from app.ui.incidents.notice_dialog import FollowUpDialog
from app.ui.incidents.section import IncidentsSection
from app.ui.language import install_language
from app.ui.main_window import MainWindow
from app.ui.outbox.profile_dialog import ProfileDialog
from app.ui.outbox.section import OutboxSection
from tests.delivery.conftest import set_delivery_doc
from tests.delivery.servers import delivery_toml, free_port
from tests.support.lang_bundle import CONTACTS, many_partners, write_source
from tests.support.screens import new_kit, settle, shot

#: a resolution with a paragraph of what was done (a field named "resolution")
RESOLVED_PATH = "templates/disaster/resolved.en.j2"
RESOLVED = (
    "Subject: Resolved: {{ incident.title }}\n\nDear partner,\n\n"
    "What was done:\n{{ resolution }}\n\nEnded: {{ end_time }}\n"
)


def main() -> int:
    out, language = Path(sys.argv[1]), sys.argv[2]
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    install_language(language)
    width = app.primaryScreen().availableGeometry().width()
    prefix = f"{language}-{width}"
    problems: list[str] = []
    home, store, kit = new_kit()
    source = write_source(
        Path(tempfile.mkdtemp()),
        extra={"contacts.csv": CONTACTS + many_partners(300), RESOLVED_PATH: RESOLVED},
    )
    DirectoryStore(conn=kit.store.conn, audit=kit.audit).replace(
        parse_source(read_folder(source)), origin="bundle", reason="screens"
    )
    relays = [(f"relay-{n}", free_port(), "none") for n in range(4)]
    set_delivery_doc(kit, delivery_toml(*relays))
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    incident = service.create("disaster", "SMS down", ["sms"])
    service.notify(
        incident,
        "initial",
        {"customer_impact": "No MT.", "start_time": "2026-11-30 21:40 UTC", "next_update": "23:59"},
    )
    window = MainWindow(paths=KitPaths(home), keeper=NoKeyring())
    window.open_store(store)
    window.show()
    settle(app, 800)
    opened = window.frameGeometry()
    # the whole screen: where the window opened on it
    app.primaryScreen().grabWindow(0).save(str(out / f"{prefix}-00-screen.png"))
    shot(window, out, f"{prefix}-01-window", problems)
    section = window.show_section("Incidents")
    assert isinstance(section, IncidentsSection)
    section.reload(select=incident.reference)
    settle(app)
    shot(window, out, f"{prefix}-02-incident-page", problems)
    dialog = FollowUpDialog(service, service.get(incident.reference), "update", window)
    dialog.show()
    settle(app, 600)
    shot(dialog, out, f"{prefix}-03-update-dialog", problems)
    dialog.done(0)
    resolved = FollowUpDialog(service, service.get(incident.reference), "resolved", window)
    resolved.show()
    resolution = resolved.form.editors["resolution"]
    if isinstance(resolution, QPlainTextEdit):
        resolution.setPlainText("The vendor replaced the card.\nTraffic is back since 23:10.")
    resolved.refresh()
    settle(app, 600)
    shot(resolved, out, f"{prefix}-04-resolution-dialog", problems)
    resolved.done(0)
    outbox = window.show_section("Outbox")
    assert isinstance(outbox, OutboxSection)
    outbox.tabs.setCurrentIndex(outbox.tabs.count() - 1)
    settle(app)
    shot(window, out, f"{prefix}-05-outbox-paths", problems)
    print("window's minimum size", window.minimumSizeHint(), "outbox", outbox.minimumSizeHint())
    path_dialog = ProfileDialog("smtp", None, window)
    for key, text in (("name", "night-relay"), ("host", "smtp.example.com"), ("username", "noc")):
        path_dialog.edits[key].setText(text)
    path_dialog.edits["from"].setText("duty@example.com")
    path_dialog.security.setCurrentText("none")
    path_dialog.show()
    path_dialog._check()  # Save: refused where the values are typed
    settle(app)
    shot(path_dialog, out, f"{prefix}-06-path-dialog", problems)
    path_dialog.done(0)
    print("window opened at", opened)
    print("\n".join(problems) or "every window fits")
    window.close()
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
