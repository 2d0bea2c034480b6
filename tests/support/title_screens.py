"""Screenshots of the follow-up form's English title row and the preview's refusal of a
title only in Polish, for people to look at (not a test):

    xvfb-run -a -s "-screen 0 1024x600x24" .venv/bin/python -m tests.support.title_screens OUT pl

The Polish team's bundle (tests/support/scope_bundle.py: en, pl, uk) is loaded; an incident
opened with a Polish title (`--title-lang pl`) gets its initial notice in the window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from app import i18n
from app.incidents.service import IncidentService
from app.incidents.titles import keep_title
from app.store import db
from app.ui.incidents.notice_dialog import FollowUpDialog
from app.ui.language import install_language
from tests.support.scope_bundle import load_scope_bundle
from tests.support.screens import new_kit, settle, shot


def _fill(editor: object, text: str) -> None:
    if isinstance(editor, QPlainTextEdit):
        editor.setPlainText(text)
    elif isinstance(editor, QLineEdit):
        editor.setText(text)


def main() -> int:
    out = Path(sys.argv[1])
    language = sys.argv[2] if len(sys.argv) > 2 else "en"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    install_language(language)
    i18n.install(language)
    size = app.primaryScreen().availableGeometry().size()
    tag = f"{language}-{size.width()}x{size.height()}"
    problems: list[str] = []
    home, _store, kit = new_kit()
    load_scope_bundle(kit, home.parent / "src")
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    opened = service.create("disaster", "Bramka SMS nie odpowiada", ["sms"])
    assert opened.id is not None
    with db.transaction(service.conn):
        keep_title(service.conn, opened.id, "pl", opened.title)
    dialog = FollowUpDialog(service, opened, "initial")
    dialog.show()
    settle(app, 600)
    form = dialog.form
    _fill(form.editors["scope"], "No SMS delivered.")
    _fill(form.editors["onset"], "now")
    _fill(form.editors["measures"], "Failover started.")
    dialog.refresh()
    settle(app)
    shot(dialog, out, f"{tag}-01-title-only-polish-refused", problems)
    _fill(form.translations["title"], "SMS gateway not responding")
    dialog.refresh()
    settle(app)
    shot(dialog, out, f"{tag}-02-english-title-given", problems)
    print("\n".join(problems) or "fits")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
