"""The notice form with a bundle's own time fields (tests/support/ferry_bundle.py), for
people to look at (not a test):

    xvfb-run -a -s "-screen 0 1024x600x24" \
        .venv/bin/python -m tests.support.screens_time_fields OUT en
    xvfb-run -a -s "-screen 0 1920x1080x24" \
        .venv/bin/python -m tests.support.screens_time_fields OUT pl

Saves OUT/<lang>-<W>-wizard-fields.png (the start read under its field), -polish-tab.png
(no field for the time), -resolution-ahead.png (an end still ahead, refused)."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from app.incidents.service import IncidentService
from app.timefmt import now
from app.ui.incidents.notice_dialog import FollowUpDialog
from app.ui.incidents.wizard import NewIncidentDialog
from app.ui.language import install_language
from tests.support.ferry_bundle import load_ferry
from tests.support.screens import new_kit, settle


def main() -> int:
    out, lang = Path(sys.argv[1]), sys.argv[2]
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    os.environ["TZ"] = "Europe/Warsaw"  # the officer's workstation
    time.tzset()
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    install_language(lang)
    width = app.primaryScreen().size().width()
    _home, _store, kit = new_kit()
    load_ferry(kit, Path(tempfile.mkdtemp()) / "src")
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    wizard = NewIncidentDialog(service, "disaster")
    wizard.show()
    wizard.services.item(0).setCheckState(Qt.CheckState.Checked)
    wizard.title.setText("Tickets down")
    wizard.next.click()
    form = wizard.form
    began = form.editors["trouble_from"]
    assert isinstance(began, QLineEdit)
    began.setText(f"{(now() - timedelta(minutes=25)).astimezone():%H:%M}")
    measures = form.editors["measures"]
    assert isinstance(measures, QLineEdit)
    measures.setText("Restarting the ticket gateway.")
    settle(app)
    name = f"{lang}-{width}"
    wizard.grab().save(str(out / f"{name}-wizard-fields.png"))
    form.tabs.setCurrentIndex(1)
    settle(app)
    wizard.grab().save(str(out / f"{name}-polish-tab.png"))
    form.tabs.setCurrentIndex(0)
    wizard.next.click()
    wizard.queue.click()
    assert wizard.result_ is not None
    incident, _queued = wizard.result_
    wizard.keeper.stop()
    resolve = FollowUpDialog(service, service.get(incident.reference), "resolved")
    resolve.show()
    back = resolve.form.editors["back_in_service"]
    assert isinstance(back, QLineEdit)
    back.setText(f"{(now() + timedelta(minutes=27)).astimezone():%H:%M}")
    done = resolve.form.editors["measures"]
    assert isinstance(done, QLineEdit)
    done.setText("The gateway's certificate was renewed.")
    resolve.refresh()
    settle(app)
    resolve.grab().save(str(out / f"{name}-resolution-ahead.png"))
    resolve.keeper.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
