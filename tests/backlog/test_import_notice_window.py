"""An import a crash cut short between staging and merging: the window that opens the store
next says what became of it, once (the command line prints the same line)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.paths import KitPaths
from app.store.keys import NoKeyring
from app.store.store import Store
from app.ui.main_window import MainWindow
from tests.support.unlocked import unlocked_window
from tests.ui.test_foundation_window import unlock


def test_the_window_says_an_interrupted_import_was_not_stored(
    qtbot: QtBot, store: Store, paths: KitPaths
) -> None:
    store.close()
    leftover = paths.home / "backlog-import-2026-10-05T101500.staging"
    leftover.write_bytes(b"cut short by a power cut")
    window = MainWindow(paths=paths, keeper=NoKeyring())
    qtbot.addWidget(window)
    window.show()
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: getattr(window, "notice_box", None) is not None, timeout=10000)
    box = window.notice_box
    assert box.isVisible()
    assert (
        "interrupted before it was stored" in box.text() and "Import the file again" in box.text()
    )
    assert not leftover.exists()
    box.accept()
    assert window.kit is not None and window.kit.notices == []
    window.kit.close()
    window.kit = None


def test_no_notice_when_nothing_was_cut_short(qtbot: QtBot, store: Store, paths: KitPaths) -> None:
    store.close()
    window = unlocked_window(qtbot, paths)
    qtbot.wait(50)
    assert getattr(window, "notice_box", None) is None
    assert window.kit is not None
    window.kit.close()
    window.kit = None
