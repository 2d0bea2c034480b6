"""Screenshots of the kit in Polish, for people to look at (not a test), issue 15:

    xvfb-run -a -s "-screen 0 1024x600x24" .venv/bin/python -m tests.support.screens_pl OUT_DIR

Every section of the main window, first run (with its signer and demo choices), the lock
panel (after a wrong passphrase), the notice wizard's steps, the bundle and path dialogs and
Settings. Besides the PNGs it writes OUT_DIR/texts.txt: every visible text of each screen,
and lists (exit 1) any text still equal to an English source string the Polish catalog
translates differently ("English left"), and any label whose text is wider than its space
("clipped").
"""

from __future__ import annotations

import os
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "xcb")  # the tests' conftest chose offscreen first

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)

from app import i18n
from app.contacts.demo import load_demo, load_demo_backlog
from app.kit import Kit
from app.paths import KitPaths
from app.store.keys import NoKeyring
from app.store.store import Store
from app.ui.app import application
from app.ui.language import install_language
from app.ui.main_window import MainWindow
from app.ui.screen import screen_of
from app.ui.sections import SECTIONS
from tests.support.screens import settle


def english_sources() -> set[str]:
    """Source strings whose Polish differs (a text equal to one of them is English left)."""
    root = ET.parse(i18n.ts_path("pl")).getroot()  # noqa: S314 (our own file)
    found = set()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        text = translation.text if translation is not None else None
        if text and text != source and "{" not in source and "%n" not in source:
            found.add(source.replace("&", ""))
    return found


class Walk:
    def __init__(self, out: Path) -> None:
        self.out = out
        self.english = english_sources()
        self.problems: list[str] = []
        self.texts: list[str] = []

    def shot(self, widget: QWidget, name: str) -> None:
        screen = screen_of(widget).availableGeometry()
        frame = widget.frameGeometry()
        if frame.width() > screen.width() or frame.height() > screen.height():
            self.problems.append(f"{name}: too big, {frame.width()}x{frame.height()}")
        widget.grab().save(str(self.out / f"{name}.png"))
        self.texts.append(f"== {name}")
        for text, where in visible_texts(widget):
            self.texts.append(f"{where}: {text}")
            if text.replace("&", "") in self.english:
                self.problems.append(f"{name}: English left: {text!r} ({where})")
        for label in widget.findChildren(QLabel):
            if (
                label.isVisible()
                and not label.wordWrap()
                and label.text()
                and label.textFormat() != Qt.TextFormat.RichText
                and "<" not in label.text()
                and label.sizeHint().width() > label.width() + 2
            ):
                self.problems.append(f"{name}: clipped label {label.text()!r}")


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QAbstractButton) and widget.text():
            found.append((widget.text(), type(widget).__name__))
        if isinstance(widget, QGroupBox) and widget.title():
            found.append((widget.title(), "QGroupBox"))
        if isinstance(widget, QTabWidget):
            found += [(widget.tabText(i), "tab") for i in range(widget.count())]
        if widget.toolTip():
            found.append((widget.toolTip(), "tooltip"))
        if isinstance(widget, QLineEdit) and widget.placeholderText():
            found.append((widget.placeholderText(), "placeholder"))
    return found


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    app = application()
    install_language("pl")
    walk = Walk(out)
    home = Path(tempfile.mkdtemp()) / "kit"

    from app.ui.bundles.first_signer import add_signer_choice
    from app.ui.contacts.demo_choice import add_demo_choice
    from app.ui.first_run import FirstRunDialog

    first = FirstRunDialog(home)
    add_signer_choice(first, first.extra)
    add_demo_choice(first, first.extra)
    first.show()
    settle(app)
    walk.shot(first, "00-first-run")
    first.close()

    store = Store.create(
        KitPaths(home), operator="Dyżurny NOC", passphrase="x" * 16, keeper=NoKeyring()
    )
    kit = Kit.open(store)
    load_demo(kit)
    load_demo_backlog(kit)  # the Backlog's records, their detail and the dashboard too
    window = MainWindow(paths=KitPaths(home), keeper=NoKeyring())
    window.show()
    panel = window.lock_panel
    panel.passphrase.setText("wrong-passphrase")
    panel.try_unlock()
    settle(app)
    walk.shot(window, "01-lock-panel")
    window.open_store(store)
    settle(app, 800)
    for number, entry in enumerate(SECTIONS, 2):
        window.show_section(entry.title)
        settle(app, 600)
        walk.shot(window, f"{number:02}-{entry.title.lower().replace(' ', '-')}")
    shots_of_dialogs(app, window, walk)
    shots_of_backlog(app, window, walk)
    (out / "texts.txt").write_text("\n".join(walk.texts) + "\n", encoding="utf-8")
    for problem in walk.problems:
        print(problem)
    window.lock()
    settle(app)
    return 1 if walk.problems else 0


def shots_of_dialogs(app: QApplication, window: MainWindow, walk: Walk) -> None:
    from app.ui.incidents.section import IncidentsSection

    section = window.show_section("Incidents")
    assert isinstance(section, IncidentsSection)
    wizard = section.new_incident("disaster")
    settle(app)
    walk.shot(wizard, "20-wizard-audience")
    wizard.services.item(3).setCheckState(Qt.CheckState.Checked)
    wizard.next.click()
    settle(app)
    walk.shot(wizard, "21-wizard-fields")
    for name, text in (("impact", "Odnowienia nie są pobierane."), ("actions", "Restart.")):
        editor = wizard.form.editors.get(name)
        if editor is not None:
            editor.insertPlainText(text)  # type: ignore[union-attr]
    wizard.next.click()
    settle(app)
    walk.shot(wizard, "22-wizard-preview")
    wizard.queue.click()  # no delivery path works here: the page says so, in Polish
    settle(app, 1500)
    walk.shot(window, "25-incident-page")
    from app.ui.bundles.settings_dialog import BundleSettingsDialog

    assert window.kit is not None
    bundles = BundleSettingsDialog(window.kit, window)
    bundles.show()
    settle(app)
    walk.shot(bundles, "23-bundle-settings")
    bundles.close()
    from app.ui.outbox.profile_dialog import ProfileDialog

    profile = ProfileDialog("smtp", None, window)
    profile.show()
    settle(app)
    walk.shot(profile, "24-smtp-path")
    profile.close()
    shots_of_reports(app, window, walk)


def shots_of_reports(app: QApplication, window: MainWindow, walk: Walk) -> None:
    """The Reports section's period preview, and the Kit menu's actions."""
    from app.ui.reports.section import ReportsSection

    reports = window.show_section("Reports")
    assert isinstance(reports, ReportsSection)
    reports.period_choice.setChecked(True)
    reports.preview_requested()
    settle(app, 1500)
    walk.shot(window, "26-report-period")
    walk.texts.append("== 27-kit-menu")
    for action in window.kit_menu.actions():
        text = action.text()
        if text:
            walk.texts.append(f"menu: {text}")
            if text.replace("&", "") in walk.english:
                walk.problems.append(f"27-kit-menu: English left: {text!r}")


def shots_of_backlog(app: QApplication, window: MainWindow, walk: Walk) -> None:
    """A record's detail (amounts, dates) and the dashboard's groups, in Polish."""
    from app.ui.backlog.section import BacklogSection

    backlog = window.show_section("Backlog")
    assert isinstance(backlog, BacklogSection)
    backlog.tabs.setCurrentIndex(0)
    backlog.records.search_bar.search_button.click()
    settle(app, 1500)
    backlog.records.table.selectRow(0)
    settle(app, 600)
    walk.shot(window, "28-backlog-record")
    backlog.tabs.setCurrentIndex(1)
    settle(app, 2500)
    walk.shot(window, "29-backlog-dashboard")


if __name__ == "__main__":
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    os.environ["OUTAGE_KIT_LANG"] = "pl"
    raise SystemExit(main())
