"""Restoring over a damaged store says that what changed since the backup cannot be checked.
An outage was opened after the newest good backup and its first notice queued; then the
store was damaged. The health check's offer ("Restore the newest good backup?") went on
after its check without a word about the outage or its 11 queued messages (the damaged
store's incidents could not be read, which read as "nothing changed"); the lock panel's
offer, for a store that does not open at all, said nothing of it either. Both now say that
what changed since the backup was made cannot be checked, and that incidents, notices and
queued messages from since then would be gone; No on the health check's second question
leaves the window as it was, without an error of its own."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.contacts.demo import load_demo
from app.kit import Kit
from app.paths import KitPaths
from app.store.keys import NoKeyring
from app.store.store import Store
from app.ui.damaged_section import DamagedSection
from app.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE
from tests.store.damage import PAGE, flip
from tests.support.cli import CliRunner
from tests.support.unlocked import queue_demo_outage, unlocked_window

Yes, No = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
UNCHECKED = (
    "What changed since this backup was made cannot be checked: the store as it is now "
    "cannot be read. Incidents opened, notices sent and messages put in the Outbox since "
    "then would no longer be in the kit."
)


@contextmanager
def answering(
    qtbot: QtBot, answers: list[QMessageBox.StandardButton], said: list[str]
) -> Iterator[None]:
    """Each question box as it shows: what it says kept, the next answer's button clicked
    (as the officer would); No to any asked after those (a question left open would hold
    the test in its event loop)."""

    def look() -> None:
        answer = answers[0] if answers else No
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
        box = next((b for b in boxes if b.isVisible() and b.button(answer)), None)
        if box is not None:
            said.append(box.text())
            if answers:
                answers.pop(0)
            qtbot.mouseClick(box.button(answer), Qt.MouseButton.LeftButton)

    timer = QTimer()
    timer.setInterval(50)
    timer.timeout.connect(look)
    timer.start()
    try:
        yield
    finally:
        timer.stop()


def _outage_after_the_backup(kit: Kit, store: Store) -> int:
    """The newest good backup, then an outage with its first notice queued: how many."""
    load_demo(kit)
    store.backup("manual")
    return queue_demo_outage(store)


def test_the_health_checks_offer_says_what_it_cannot_check_and_no_keeps_it(
    qtbot: QtBot, kit: Kit, store: Store, paths: KitPaths, cli: CliRunner
) -> None:
    _outage_after_the_backup(kit, store)
    root = store.conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'notices'")
    page = int(root.fetchone()[0])
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    flip(paths.database, (page - 1) * PAGE + 100)  # the store opens; its notices do not read
    said: list[str] = []
    # Yes to the offer, No once the check says what it cannot tell; No to the offer again
    answers = [Yes, No, No]
    with answering(qtbot, answers, said), qtbot.capture_exceptions() as errors:
        window = unlocked_window(qtbot, paths)
        # answered, or restored without a second question ("store OK" on the backup)
        qtbot.waitUntil(
            lambda: not answers or window.health_label.text() == "store OK", timeout=30000
        )
        qtbot.wait(200)
    assert "Restore the newest good backup" in said[0], said
    assert len(said) > 1, "restored without naming what it could not check"
    assert "The backup is sound. Restoring it takes back what changed since:" in said[1]
    assert f"• {UNCHECKED}" in said[1], said[1]
    # nothing restored; no internal error: the Incidents section, whose notices do not
    # read, says so and what to do (it raised "database disk image is malformed" into
    # the window's slot, an internal error at every unlock)
    assert not errors, errors
    assert window.kit is not None and window.sections
    assert window.nav.currentItem().text().startswith("Incidents")
    shown = window.section("Incidents")
    assert isinstance(shown, DamagedSection), shown
    assert "cannot be read: the pages of the store behind it are damaged" in (shown.message.text())
    assert "Restore the newest good backup" in shown.message.text()
    titles = window.kit.store.conn.execute("SELECT title FROM incidents").fetchall()
    assert len(titles) == 1  # the outage is still in the store (nothing was restored)
    assert not list(paths.database.parent.glob("*restoring*"))  # the checked copy is gone
    window.close_store()


def test_the_lock_panels_offer_says_what_it_cannot_check(
    qtbot: QtBot, kit: Kit, store: Store, paths: KitPaths, cli: CliRunner
) -> None:
    _outage_after_the_backup(kit, store)
    store.close()
    flip(paths.database, 30)  # the first page: the store does not open at all
    window = MainWindow(paths=paths, keeper=NoKeyring())
    qtbot.addWidget(window)
    window.show()
    qtbot.keyClicks(window.lock_panel.passphrase, PASSPHRASE)
    qtbot.keyClick(window.lock_panel.passphrase, Qt.Key.Key_Return)
    assert window.kit is None and window.lock_panel.restore_button.isVisible()
    said: list[str] = []
    with answering(qtbot, [Yes], said):
        qtbot.mouseClick(window.lock_panel.restore_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.kit is not None, timeout=30000)
    assert "Replace it with the newest good backup" in said[0], said
    assert said[0].endswith("\n\n" + UNCHECKED), said[0]
    window.close_store()
    assert "OK-" not in cli("incident", "list").out  # the outage went with the restore
