"""Screenshots of the notice form with language tabs, for people to look at (not a test):

    xvfb-run -a -s "-screen 0 1024x600x24" .venv/bin/python -m tests.support.lang_screens OUT

The nordic bundle (tests/support/lang_bundle.py) is loaded; the wizard is filled in and
shot on its English tab, its Swedish tab and the preview (with the local times line).
"""

from __future__ import annotations

import os
import sys
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from app.ui.incidents.wizard import NewIncidentDialog
from app.ui.language import tab_of_language
from tests.support.lang_bundle import load_into
from tests.support.screens import incidents_shown, new_kit, settle, shot


def _fill(editor: object, text: str) -> None:
    if isinstance(editor, QPlainTextEdit):
        editor.setPlainText(text)
    elif isinstance(editor, QLineEdit):
        editor.setText(text)


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    problems: list[str] = []
    home, store, kit = new_kit()
    load_into(kit, home.parent / "src")
    section = incidents_shown(app, home, store)
    window = section.window()
    wizard = section.new_incident("disaster")
    assert isinstance(wizard, NewIncidentDialog)
    settle(app)
    wizard.services.item(1).setCheckState(Qt.CheckState.Checked)
    wizard.title.setText("SMS gateways down")
    wizard.next.click()
    settle(app)
    form = wizard.form
    _fill(form.editors["customer_impact"], "SMS MT traffic is not delivered to any network.")
    _fill(form.editors["start_time"], "2026-11-30 21:40 UTC")
    promise = datetime.now().astimezone() + timedelta(hours=3)  # typed like other times
    _fill(form.editors["next_update"], f"{promise:%Y-%m-%d %H:%M}")
    _fill(form.translations["title.sv"], "SMS-gateways nere")
    _fill(form.translations["customer_impact.sv"], "SMS MT-trafik levereras inte till något nät.")
    _fill(form.translations["customer_impact.de"], "SMS MT werden in kein Netz zugestellt.")
    settle(app)
    shot(wizard, out, "01-fields-english-tab", problems)
    form.tabs.setCurrentIndex(tab_of_language(form.tabs, "sv"))
    settle(app)
    shot(wizard, out, "02-fields-swedish-tab", problems)
    wizard.next.click()
    settle(app)
    tabs = wizard.preview.tabs
    tips = [tabs.tabToolTip(i) for i in range(tabs.count())]  # "sv email Europe/Stockholm"
    sv = next(i for i, tip in enumerate(tips) if tip.startswith("sv email"))
    tabs.setCurrentIndex(sv)
    settle(app)
    shot(wizard, out, "03-preview-swedish-local-times", problems)
    tabs.setCurrentIndex(next(i for i, tip in enumerate(tips) if tip.startswith("de email")))
    settle(app)
    shot(wizard, out, "04-preview-german-details-in-english", problems)
    tabs.setCurrentIndex(next(i for i, tip in enumerate(tips) if tip.startswith("pt-BR sms")))
    settle(app)
    shot(wizard, out, "05-preview-brazil-sms-derived", problems)
    wizard.keeper.stop()
    wizard.done(0)
    for problem in problems:
        print("TOO BIG:", problem)
    window.lock()
    settle(app)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
