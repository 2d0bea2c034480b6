"""Screenshots of the window updating an older store (issue 18), for people to look at:

    xvfb-run -a -s "-screen 0 1024x600x24" .venv/bin/python -m tests.support.migration_screens OUT

OUT/migrating.png: the dialog naming the step under way (the step is held for a moment so
it can be seen); OUT/backlog-dashboard.png: the Backlog section's dashboard tab afterwards,
built when opened.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.backlog.importer import BacklogImporter
from app.kit import Kit
from app.paths import KitPaths
from app.store import steps
from app.store.keys import NoKeyring
from app.store.store import Store
from app.ui.backlog.section import BacklogSection
from app.ui.main_window import MainWindow
from tests.backlog.conftest import HEADER, sample_rows
from tests.store.test_migration_tally import as_left_by_14
from tests.support.screens import settle


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    home = Path(tempfile.mkdtemp()) / "kit"
    paths = KitPaths(home)
    store = Store.create(paths, operator="Night Duty", passphrase="x" * 16, keeper=NoKeyring())
    kit = Kit.open(store)
    export = home / "telephony.csv"
    export.write_text("\n".join([HEADER, *sample_rows(400)]) + "\n", encoding="utf-8")
    BacklogImporter(conn=kit.store.conn, audit=kit.audit).run(export)
    as_left_by_14(store)

    window = MainWindow(paths=paths, keeper=NoKeyring())
    window.show()
    window.open_store(store)
    listener = steps.listener

    def slowly(text: str) -> None:  # the worker holds each step a moment, to be seen
        if listener is not None:
            listener(text)
        time.sleep(1.5)

    steps.listener = slowly
    screen = app.primaryScreen()
    QTimer.singleShot(2200, lambda: screen.grabWindow(0).save(str(out / "migrating.png")))
    deadline = time.time() + 30
    while window.kit is None and time.time() < deadline:
        settle(app, 100)
    settle(app, 300)
    section = window.show_section("Backlog")
    assert isinstance(section, BacklogSection)
    section.tabs.setCurrentIndex(1)
    while section.dashboard.summary is None and time.time() < deadline:
        settle(app, 100)
    settle(app, 300)
    window.grab().save(str(out / "backlog-dashboard.png"))
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
