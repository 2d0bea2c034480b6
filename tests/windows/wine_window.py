"""Run by tests/windows/test_wine_qt.py under Windows Python with PySide6 (Wine): the main
window with the demo store in a profile folder with Polish letters, drawn offscreen; prints
what a person would see as JSON and saves the screenshot to the path given.

    python.exe tests/windows/wine_window.py OUT.png
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

# Wine passes no QT_* variable from Linux; the "windows" platform aborts under Wine 8.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from app.contacts.demo import load_demo
from app.kit import Kit
from app.paths import KitPaths
from app.store.keys import NoKeyring
from app.store.store import Store
from app.ui.contacts.section import ContactsSection
from app.ui.main_window import MainWindow
from app.ui.pdf import load_shipped_fonts


def settle(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main() -> None:
    out = Path(sys.argv[1])
    app = QApplication(sys.argv[:1])
    fonts = load_shipped_fonts()  # offscreen on Windows knows no system font
    app.setFont(QFont(fonts[0], 9))
    home = Path(tempfile.mkdtemp()) / "Users" / "Łukasz Żółw" / "OutageKit"
    paths = KitPaths(home)
    store = Store.create(paths, operator="Night Duty", passphrase="x" * 16, keeper=NoKeyring())
    load_demo(Kit.open(store))
    window = MainWindow(paths=paths, keeper=NoKeyring())
    window.open_store(store)
    window.resize(1024, 600)
    window.show()
    settle(500)
    section = window.show_section("Contacts")
    assert isinstance(section, ContactsSection)
    settle(500)
    window.grab().save(str(out))
    print(
        json.dumps(
            {
                "platform": app.platformName(),
                "title": window.windowTitle(),
                "count": section.count.text(),
                "rows": section.contacts.model().rowCount(),
                "fonts": fonts,
            }
        ),
        flush=True,
    )
    # Ends here, the window open: closing it while its background probes (the demo's relay
    # and modem, which are not there) still run ends the process with abort() under Wine
    # (exit code 3; README.md, "Windows": not yet understood).
    os._exit(0)


if __name__ == "__main__":
    main()
