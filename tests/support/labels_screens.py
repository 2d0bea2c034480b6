"""Screenshots of the wizard's fields step with a bundle's own field labels, in Polish, for
people to look at (not a test):

    xvfb-run -a -s "-screen 0 1024x600x24" .venv/bin/python -m tests.support.labels_screens OUT
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "xcb")

from PySide6.QtGui import QGuiApplication

from app.contacts.directory import DirectoryStore
from app.contacts.source import parse_source, read_folder
from app.incidents.service import IncidentService
from app.kit import Kit
from app.paths import KitPaths
from app.store.keys import NoKeyring
from app.store.store import Store
from app.ui.app import application
from app.ui.incidents.wizard import NewIncidentDialog
from app.ui.language import install_language
from tests.support.labels_bundle import write_labels_source
from tests.support.screens import settle


def main(out: Path) -> None:
    app = application()
    install_language("pl")
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.create(
            KitPaths(Path(tmp) / "kit"), operator="Night Duty", passphrase="x" * 16,
            keeper=NoKeyring(),
        )  # fmt: skip
        kit = Kit.open(store)
        directory = parse_source(read_folder(write_labels_source(Path(tmp) / "src")))
        DirectoryStore(conn=kit.store.conn, audit=kit.audit).replace(
            directory, origin="bundle", reason="screens"
        )
        service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
        wizard = NewIncidentDialog(service, "disaster")
        screen = QGuiApplication.primaryScreen().availableGeometry()
        wizard.resize(screen.width(), screen.height())
        wizard.show()
        wizard.services.item(0).setCheckState(wizard.services.item(0).checkState().Checked)
        wizard.title.setText("Awaria central")
        settle(app)
        wizard.next.click()
        settle(app)
        size = f"{screen.width()}x{screen.height()}"
        wizard.grab().save(str(out / f"labels-fields-{size}.png"))
        wizard.form.tabs.setCurrentIndex(wizard.form.languages.index("pl") + 1)
        settle(app)
        wizard.grab().save(str(out / f"labels-fields-pl-tab-{size}.png"))
        wizard.close()
        store.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
