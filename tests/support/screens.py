"""Screenshots of the night flow in a real window, for people to look at (not a test):

    xvfb-run -a -s "-screen 0 1024x600x24" .venv/bin/python -m tests.support.screens OUT_DIR

Each step of the notice flow is saved as OUT_DIR/NN-step.png at the virtual screen's size:
first window, the wizard's three steps, the incident page waiting for delivery (no path
works), after "told another way", an update dialog, the Outbox, and a small-screen check
that every dialog's buttons are on the screen.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from app.contacts.demo import load_demo
from app.kit import Kit
from app.paths import KitPaths
from app.store.keys import NoKeyring
from app.store.store import Store
from app.ui.incidents.notice_dialog import FollowUpDialog
from app.ui.incidents.section import IncidentsSection
from app.ui.incidents.wizard import NewIncidentDialog
from app.ui.main_window import MainWindow
from app.ui.screen import screen_of
from tests.delivery.conftest import set_delivery_doc
from tests.delivery.servers import delivery_toml, free_port


def settle(app: QApplication, ms: int = 300) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    app.processEvents()


def shot(widget: QWidget, out: Path, name: str, problems: list[str]) -> None:
    screen = screen_of(widget).availableGeometry()
    frame = widget.frameGeometry()
    if frame.width() > screen.width() or frame.height() > screen.height():
        problems.append(f"{name}: {frame.width()}x{frame.height()} > screen {screen.size()}")
    widget.grab().save(str(out / f"{name}.png"))


def finish(app: QApplication, window: MainWindow, problems: list[str]) -> int:
    """Say what did not fit the screen, lock the window: the script's exit status."""
    for problem in problems:
        print("TOO BIG:", problem)
    window.lock()
    settle(app)
    return 1 if problems else 0


def new_kit() -> tuple[Path, Store, Kit]:
    """A fresh unlocked kit in a temporary folder: (home, store, kit)."""
    home = Path(tempfile.mkdtemp()) / "kit"
    store = Store.create(
        KitPaths(home), operator="Night Duty", passphrase="x" * 16, keeper=NoKeyring()
    )
    return home, store, Kit.open(store)


def screen_in(argv: list[str]) -> tuple[Path, QApplication, str]:
    """`OUT LANGUAGE` from the command line: the folder made, the application started in
    that language, and the names' prefix ("pl-1024")."""
    from app.ui.language import install_language

    out, language = Path(argv[1]), argv[2]
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(argv[:1])
    install_language(language)
    return out, app, f"{language}-{app.primaryScreen().availableGeometry().width()}"


def window_shown(app: QApplication, home: Path, store: Store) -> MainWindow:
    """The window opened on `store`, as large as the screen allows, settled."""
    window = MainWindow(paths=KitPaths(home), keeper=NoKeyring())
    window.open_store(store)
    window.show()
    screen = screen_of(window).availableGeometry()
    window.resize(screen.width() - 16, screen.height() - 48)  # frame and task bar
    settle(app, 800)
    return window


def incidents_shown(app: QApplication, home: Path, store: Store) -> IncidentsSection:
    """The window opened on `store` and shown, its Incidents section open."""
    window = MainWindow(paths=KitPaths(home), keeper=NoKeyring())
    window.open_store(store)
    window.show()
    settle(app, 800)
    section = window.show_section("Incidents")
    assert isinstance(section, IncidentsSection)
    return section


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    problems: list[str] = []
    home, store, kit = new_kit()
    load_demo(kit)
    set_delivery_doc(kit, delivery_toml(("office-relay", free_port(), "none")))
    window = MainWindow(paths=KitPaths(home), keeper=NoKeyring())
    window.open_store(store)
    window.show()
    settle(app, 800)
    shot(window, out, "01-window", problems)
    section = window.show_section("Incidents")
    assert isinstance(section, IncidentsSection)
    wizard = section.new_incident("disaster")
    assert isinstance(wizard, NewIncidentDialog)
    settle(app)
    shot(wizard, out, "02-wizard-audience", problems)
    wizard.services.item(3).setCheckState(Qt.CheckState.Checked)
    wizard.next.click()
    settle(app)
    wizard.form.editors["impact"].setFocus()
    for name, text in (("impact", "Renewals are not charged."), ("actions", "Restarting.")):
        editor = wizard.form.editors[name]
        editor.insertPlainText(text)  # type: ignore[union-attr]
    settle(app)
    shot(wizard, out, "03-wizard-fields", problems)
    wizard.next.click()
    settle(app)
    shot(wizard, out, "04-wizard-preview", problems)
    if (
        not wizard.queue.isVisible()
        or wizard.queue.mapTo(wizard, wizard.queue.rect().bottomRight()).y() > wizard.height()
    ):
        problems.append("wizard: the Queue button is off the dialog")
    wizard.queue.click()
    settle(app, 3000)
    shot(window, out, "05-page-not-delivered", problems)
    reference = section.page.incident.reference if section.page.incident else ""
    section.service.told_another_way(section.service.get(reference), "phoned")
    section.reload(select=reference)
    settle(app)
    shot(window, out, "06-page-told", problems)
    dialog = section.follow_up(reference, "update")
    assert isinstance(dialog, FollowUpDialog)
    settle(app)
    shot(dialog, out, "07-update-dialog", problems)
    dialog.keeper.stop()
    dialog.done(0)
    window.show_section("Outbox")
    settle(app, 800)
    shot(window, out, "08-outbox", problems)
    for problem in problems:
        print("TOO BIG:", problem)
    window.lock()
    settle(app)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
