"""Screenshots of the notice windows in the kit's language, with the duty team's bundle
(tests/support/officer_bundle.py), for people to look at (not a test):

    xvfb-run -a -s "-screen 0 1024x600x24" .venv/bin/python -m \
        tests.support.kit_language_screens OUT_DIR pl

The incident list with long titles, the wizard's steps (services by their names in the
kit's language, "wczoraj 23:10" read, the language tabs named, the preview's local times),
planned work's typed window, and a resolution's preview."""

from __future__ import annotations

import os
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
os.environ.setdefault("TZ", "Europe/Warsaw")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from app.incidents.service import IncidentService
from app.ui.incidents.notice_dialog import FollowUpDialog
from app.ui.incidents.schedule_dialogs import MoveWindowDialog
from app.ui.incidents.wizard import NewIncidentDialog
from app.ui.language import install_language, tab_of_language
from app.ui.screen import screen_of
from tests.support.officer_bundle import load_officer_bundle
from tests.support.screens import incidents_shown, new_kit, settle, shot

LONG = "Rating engine stalls on every renewal batch in the Warsaw and Prague data centres"


def _type(editor: QLineEdit | QPlainTextEdit, text: str) -> None:
    if isinstance(editor, QPlainTextEdit):
        editor.setPlainText(text)
    else:
        editor.setText(text)


def _tick(wizard: NewIncidentDialog, service_id: str) -> None:
    for index in range(wizard.services.count()):
        item = wizard.services.item(index)
        if item.data(Qt.ItemDataRole.UserRole) == service_id:
            item.setCheckState(Qt.CheckState.Checked)


def main() -> int:
    out = Path(sys.argv[1])
    language = sys.argv[2] if len(sys.argv) > 2 else "en"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    install_language(language)
    problems: list[str] = []
    home, store, kit = new_kit()
    load_officer_bundle(kit, home.parent / "src")
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    now = datetime.now(UTC).replace(second=0, microsecond=0)
    service.create("disaster", LONG, ["billing"], detected=now - timedelta(minutes=12))
    start = now + timedelta(minutes=50)
    service.create(
        "downtime",
        "Database upgrade of the subscriptions cluster, second attempt after the rollback",
        ["billing", "gateway"],
        window=(start, start + timedelta(hours=3)),
    )
    service.create("disaster", "SMS gateway down", ["gateway"], detected=now - timedelta(hours=3))
    section = incidents_shown(app, home, store)
    window = section.window()
    section.reload()
    section.table.selectRow(0)
    settle(app, 500)
    shot(window, out, "01-incident-list", problems)
    normal = window.size()
    window.resize(screen_of(window).availableGeometry().size())  # (no window manager here)
    settle(app, 500)
    shot(window, out, "01b-incident-list-whole-screen", problems)
    window.resize(normal)
    settle(app)

    wizard = section.new_incident("disaster")
    assert isinstance(wizard, NewIncidentDialog)
    _tick(wizard, "billing")
    _type(wizard.title, "Billing down")
    _type(wizard.detected, "wczoraj 23:10" if language == "pl" else "yesterday 23:10")
    settle(app)
    shot(wizard, out, "02-wizard-services-detected", problems)
    wizard.next.click()
    form = wizard.form
    _type(form.editors["what_breaks"], "Renewals are not charged.")
    _type(form.editors["began_at"], "wczoraj 23:10" if language == "pl" else "yesterday 23:10")
    promise = (now + timedelta(hours=2)).astimezone()
    _type(form.editors["next_update"], f"{promise:%H:%M}")
    settle(app)
    shot(wizard, out, "03-fields-tabs-named", problems)
    form.tabs.setCurrentIndex(tab_of_language(form.tabs, "pl"))
    _type(form.translations["title.pl"], "Awaria rozliczeń")
    _type(form.translations["what_breaks.pl"], "Odnowienia nie są naliczane.")
    settle(app)
    shot(wizard, out, "04-fields-polish-tab", problems)
    wizard.next.click()
    settle(app)
    shot(wizard, out, "05-preview-local-times", problems)
    wizard.queue.click()
    settle(app)

    planned = section.new_incident("downtime")
    assert isinstance(planned, NewIncidentDialog)
    _tick(planned, "billing")
    _type(planned.title, "Rating upgrade")
    _type(planned.window_start, "jutro 23:00" if language == "pl" else "tomorrow 23:00")
    _type(planned.window_end, "22:30")
    settle(app)
    shot(planned, out, "06-planned-window-refused", problems)
    _type(planned.window_end, "01:30")
    settle(app)
    shot(planned, out, "07-planned-window-read", problems)
    planned.next.click()
    _type(planned.form.editors["what_breaks"], "No renewals during the window.")
    planned.next.click()
    settle(app)
    shot(planned, out, "08-planned-preview-window", problems)
    planned.queue.click()
    settle(app)

    queued = wizard.result_
    if queued is not None:
        resolved = FollowUpDialog(service, service.get(queued[0].reference), "resolved", window)
        ago = (now - timedelta(minutes=5)).astimezone()
        _type(resolved.form.editors["back_at"], f"{ago:%H:%M}")
        resolved.show()
        resolved.refresh()
        settle(app)
        shot(resolved, out, "09-resolution-preview", problems)
        resolved.keeper.stop()
        resolved.done(0)
    planned_ref = planned.result_[0].reference if planned.result_ else None
    if queued is not None:  # the page with the first notice's texts, languages named
        section.reload(select=queued[0].reference)
        settle(app)
        timeline = section.page.timeline
        first = timeline.topLevelItem(0)
        if first is not None:
            timeline.setCurrentItem(first)
        settle(app)
        shot(window, out, "10-incident-page-notice-texts", problems)
    if planned_ref is not None:
        move = MoveWindowDialog(section.schedule, service.get(planned_ref), window)
        move.show()
        _type(move.reason, "vendor delay")
        settle(app)
        shot(move, out, "11-move-window-languages", problems)
        move.done(0)
    for problem in problems:
        print("TOO BIG:", problem)
    window.lock()
    settle(app)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
