"""Every section (each of its tabs) and the kit's dialogs on a small screen, in a language,
for people to look at (not a test):

    xvfb-run -a -s "-screen 0 1024x600x24" .venv/bin/python -m tests.support.screens_fit OUT en
    xvfb-run -a -s "-screen 0 1024x600x24" .venv/bin/python -m tests.support.screens_fit OUT pl

An incident is open (its timer in the top bar) and planned work is waiting (its dialogs).
Saves OUT/<lang>-NN-name.png and lists (exit 1) every control cut off or squeezed, every
page that scrolls sideways and every window larger than the screen (tests/support/fit.py).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from datetime import timedelta
from functools import partial
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "xcb")  # the tests' conftest chose offscreen first
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QTabWidget, QWidget

from app.contacts.demo import load_demo
from app.incidents.service import IncidentService
from app.paths import KitPaths
from app.store.keys import NoKeyring
from app.timefmt import now
from app.ui.app import application
from app.ui.language import install_language
from app.ui.main_window import MainWindow
from app.ui.screen import screen_of
from app.ui.sections import SECTIONS
from tests.support import fit
from tests.support.screens import new_kit, settle


class Walk:
    def __init__(self, app: QApplication, out: Path, lang: str) -> None:
        self.app, self.out, self.lang = app, out, lang
        self.number = 0
        self.problems: list[str] = []
        self.closing = False
        self.boxes = QTimer()
        self.boxes.timeout.connect(self._close_boxes)
        self.boxes.start(500)

    def _close_boxes(self) -> None:
        """A message box (an error) would wait for a click: noted, then closed."""
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                self.number += 1
                widget.grab().save(str(self.out / f"{self.lang}-{self.number:02}-message.png"))
                if not self.closing:
                    self.problems.append(f"message box: {widget.text()[:200]!r}")
                widget.done(0)

    def shot(self, widget: QWidget, name: str) -> None:
        self.number += 1
        name = f"{self.lang}-{self.number:02}-{name}"
        settle(self.app, 200)
        screen = screen_of(widget).availableGeometry()
        frame = widget.frameGeometry()
        if frame.width() > screen.width() or frame.height() > screen.height():
            self.problems.append(f"{name}: {frame.width()}x{frame.height()} > the screen")
        self.problems += [f"{name}: {p}" for p in fit.all_problems(widget)]
        widget.grab().save(str(self.out / f"{name}.png"))

    def dialog(self, name: str, open_it: Callable[[], QWidget | None]) -> None:
        dialog = open_it()
        if dialog is None:
            self.problems.append(f"{name}: did not open")
            return
        dialog.show()
        settle(self.app, 300)
        self.shot(dialog, name)
        self.closing = True  # "keep the draft?" on closing is no problem
        dialog.close()
        settle(self.app, 600)
        self.closing = False


def main() -> int:
    out = Path(sys.argv[1])
    lang = sys.argv[2] if len(sys.argv) > 2 else "en"
    out.mkdir(parents=True, exist_ok=True)
    app = application()
    install_language(lang)
    walk = Walk(app, out, lang)
    home, store, kit = new_kit()
    load_demo(kit)
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    outage = service.create("disaster", "SMS gateways down", ["subscriptions"])
    start = now() + timedelta(days=2)
    planned = service.create(
        "downtime",
        "Billing database upgrade",
        ["subscriptions"],
        window=(start, start + timedelta(hours=2)),
    )
    window = MainWindow(paths=KitPaths(home), keeper=NoKeyring())
    window.open_store(store)
    window.show()
    settle(app, 800)
    for entry in SECTIONS:
        section = window.show_section(entry.title)
        settle(app, 400)
        slug = entry.title.lower().replace(" ", "-")
        tabs = [t for t in section.findChildren(QTabWidget) if t.isVisible()]
        walk.shot(window, slug)
        for widget in tabs[:1]:
            for index in range(1, widget.count()):
                widget.setCurrentIndex(index)
                settle(app, 400)
                walk.shot(window, f"{slug}-tab{index}")
            widget.setCurrentIndex(0)
        if entry.title == "Calendar":
            view = section.view  # type: ignore[attr-defined]
            view.setCurrentIndex(view.findData("month"))
            settle(app, 400)
            walk.shot(window, "calendar-month")
    dialogs(window, walk, outage.reference, planned.reference)
    for problem in walk.problems:
        print(problem)
    window.lock()
    settle(app)
    return 1 if walk.problems else 0


def dialogs(window: MainWindow, walk: Walk, outage: str, planned: str) -> None:
    from app.ui.backlog.import_dialog import ImportDialog
    from app.ui.bundles.settings_dialog import BundleSettingsDialog
    from app.ui.first_run import FirstRunDialog
    from app.ui.incidents.section import IncidentsSection
    from app.ui.outbox.profile_dialog import ProfileDialog
    from app.ui.reports.dialog import IncidentReportDialog

    kit = window.kit
    assert kit is not None
    section = window.show_section("Incidents")
    assert isinstance(section, IncidentsSection)
    section.reload(select=outage)
    walk.shot(window, "incident-page")
    section.reload(select=planned)
    walk.shot(window, "planned-page")

    def wizard_step(step: int) -> QWidget:
        wizard = section.new_incident("disaster")
        if step > 0:
            wizard.services.item(3).setCheckState(Qt.CheckState.Checked)
            wizard.next.click()
        if step > 1:
            for name in ("impact", "actions"):
                editor = wizard.form.editors.get(name)
                if editor is not None:
                    editor.insertPlainText("Renewals are not charged.")  # type: ignore[union-attr]
            wizard.next.click()
        return wizard

    for step in range(3):
        walk.dialog(f"wizard-{step + 1}", partial(wizard_step, step))
    walk.dialog("planned-wizard", lambda: section.new_incident("downtime"))
    walk.dialog("update", lambda: section.follow_up(outage, "update"))
    walk.dialog("window-move", lambda: section.change_window(planned, "move"))
    from app.ui.backlog.decision_dialog import DecisionDialog
    from app.ui.bundles.import_dialog import BundleImportDialog
    from app.ui.outbox.handoff_dialog import HandOffDialog
    from app.ui.outbox.section import OutboxSection

    outbox = window.show_section("Outbox")
    assert isinstance(outbox, OutboxSection)
    walk.dialog(
        "webmail-handoff",
        lambda: HandOffDialog(outbox.delivery, opener=outbox.open_url, parent=window),
    )
    walk.dialog(
        "backlog-decision",
        lambda: DecisionDialog(
            status="write-off",
            count=1234,
            scope="all matching: carrier Carrier South",
            parent=window,
            closed={"completed": 258, "withdrawn": 305},  # the note and check box: tallest
        ),
    )
    not_a_bundle = Path(kit.store.paths.home) / "contacts-2026-12.okbundle"
    not_a_bundle.write_text("not a bundle", encoding="utf-8")
    walk.dialog("bundle-import", lambda: _checked(BundleImportDialog(kit, not_a_bundle, window)))
    walk.dialog("incident-report", lambda: IncidentReportDialog(kit, outage, window))
    walk.dialog("bundle-settings", lambda: BundleSettingsDialog(kit, window))
    walk.dialog("smtp-path", lambda: ProfileDialog("smtp", None, window))
    walk.dialog("modem-path", lambda: ProfileDialog("modem", None, window))
    walk.dialog("backlog-import", lambda: ImportDialog(kit, window))
    walk.dialog("first-run", lambda: FirstRunDialog(Path(kit.store.paths.home) / "new"))


def _checked(dialog: QWidget) -> QWidget:
    """A bundle dialog verifying its file (this one has no signature: it is refused)."""
    dialog.start()  # type: ignore[attr-defined]
    return dialog


if __name__ == "__main__":
    os.environ["OUTAGE_KIT_LANG"] = sys.argv[2] if len(sys.argv) > 2 else "en"
    raise SystemExit(main())
