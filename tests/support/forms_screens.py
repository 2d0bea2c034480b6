"""Screenshots of the notice forms' times, channels and kept drafts, for people to look at
(not a test):

    xvfb-run -a -s "-screen 0 1024x600x24" .venv/bin/python -m tests.support.forms_screens OUT en
    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python -m tests.support.forms_screens OUT pl

The window as it opens with a disaster notice left unqueued (the drafts bar), the wizard's
"Detected at" read and refused, the notice form's start time read and refused, and the
preview's tabs (only the channels that go out). Prints any window larger than the screen.
"""

from __future__ import annotations

import os
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
os.environ.setdefault("TZ", "Europe/Warsaw")  # an officer in Poland

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from app import i18n
from app.incidents.drafts import Drafts
from app.paths import KitPaths
from app.store.keys import NoKeyring
from app.ui.incidents.section import IncidentsSection
from app.ui.incidents.wizard import NewIncidentDialog
from app.ui.language import install_language
from app.ui.main_window import MainWindow
from tests.support.forms_bundle import load_forms_bundle
from tests.support.screens import new_kit, settle, shot


def _type(line: QLineEdit, text: str) -> None:
    line.setFocus()
    line.selectAll()
    line.insert(text)


def main() -> int:
    time.tzset()  # (TZ set above, before anything asked for the local time)
    out = Path(sys.argv[1])
    language = sys.argv[2] if len(sys.argv) > 2 else "en"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    install_language(language)
    i18n.install(language)
    size = app.primaryScreen().availableGeometry().size()
    tag = f"{language}-{size.width()}x{size.height()}"
    problems: list[str] = []
    home, store, kit = new_kit()
    load_forms_bundle(kit, home.parent / "src")
    detected = datetime.now(UTC) - timedelta(minutes=9)
    Drafts(kit.store.conn).save(
        "new:disaster",
        {
            "kind": "disaster",
            "title": "Rating engine stuck",
            "services": ["billing"],
            "detected": detected.isoformat(),
        },
    )
    window = MainWindow(paths=KitPaths(home), keeper=NoKeyring())
    window.open_store(store)
    window.showMaximized()
    settle(app, 800)
    shot(window, out, f"{tag}-01-window-draft-waiting", problems)
    section = window.show_section("Incidents")
    assert isinstance(section, IncidentsSection)
    Drafts(kit.store.conn).drop("new:disaster")
    wizard = section.new_incident("disaster")
    assert isinstance(wizard, NewIncidentDialog)
    wizard.services.item(0).setCheckState(Qt.CheckState.Checked)
    _type(wizard.title, "Billing down")
    _type(wizard.detected, "23:50")
    settle(app)
    shot(wizard, out, f"{tag}-02-detected-last-night", problems)
    _type(wizard.detected, "01/12/2026 05:30")
    settle(app)
    shot(wizard, out, f"{tag}-03-detected-refused", problems)
    _type(wizard.detected, (datetime.now() + timedelta(hours=2)).strftime("%H:%M"))
    settle(app)
    shot(wizard, out, f"{tag}-03b-detected-ahead-refused", problems)
    _type(wizard.detected, "1.4.2026 5.30")
    settle(app)
    shot(wizard, out, f"{tag}-03c-detected-months-back", problems)
    _type(wizard.detected, (datetime.now() - timedelta(minutes=12)).strftime("%d.%m.%Y %H:%M"))
    wizard.next.click()
    settle(app)
    start = wizard.form.editors["start_time"]
    assert isinstance(start, QLineEdit)
    impact = wizard.form.editors["customer_impact"]
    assert isinstance(impact, QPlainTextEdit)
    impact.insertPlainText("Renewals are not charged.")
    _type(start, "since about five")
    settle(app)
    shot(wizard, out, f"{tag}-04-start-refused", problems)
    _type(start, (datetime.now() - timedelta(minutes=15)).strftime("%H:%M"))
    settle(app)
    shot(wizard, out, f"{tag}-05-start-read", problems)
    wizard.next.click()
    settle(app)
    shot(wizard, out, f"{tag}-06-preview-channels", problems)
    tabs = wizard.preview.tabs
    print(tag, "preview tabs:", [tabs.tabText(i) for i in range(tabs.count())])
    wizard.keeper.stop()
    wizard.done(0)
    for problem in problems:
        print("TOO BIG:", problem)
    window.lock()
    settle(app)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
