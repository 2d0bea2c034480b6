"""The window at start: the officer lands on Incidents, and everything seen everywhere (the
Outbox count in the navigation, the path lights, the bundle status and menu) is live once the
window has settled, while the Outbox and Runbooks pages are built a moment later. A section
clicked at once, before any of that, still opens whole and takes typing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.paths import KitPaths
from app.store.keys import NoKeyring
from app.store.store import Store
from app.ui.main_window import MainWindow
from app.ui.outbox.section import OutboxSection
from app.ui.runbooks.section import RunbooksSection
from app.ui.sections import SECTIONS
from tests.conftest import PASSPHRASE
from tests.support.unlocked import queue_demo_outage, unlocked_window


def _unlocked(qtbot: QtBot, store: Store, paths: KitPaths) -> MainWindow:
    store.close()  # the window opens it with the typed passphrase
    return unlocked_window(qtbot, paths)


def _click_nav(qtbot: QtBot, window: MainWindow, title: str) -> None:
    row = next(i for i, entry in enumerate(SECTIONS) if entry.title == title)
    item = window.nav.item(row)
    window.nav.scrollToItem(item)
    qtbot.mouseClick(
        window.nav.viewport(),
        Qt.MouseButton.LeftButton,
        pos=window.nav.visualItemRect(item).center(),
    )
    assert window.nav.currentRow() == row


def _typeable(section: QWidget) -> QLineEdit | QPlainTextEdit | QTextEdit | None:
    """The section's first free-text field (not a number box's or a list's own)."""
    for kind in (QLineEdit, QPlainTextEdit, QTextEdit):
        for field in section.findChildren(kind):
            inside_a_box = isinstance(field.parent(), (QAbstractSpinBox, QComboBox))
            free = field.isVisible() and field.isEnabled() and not field.isReadOnly()
            if free and not inside_a_box:
                return field
    return None


def _text(field: QLineEdit | QPlainTextEdit | QTextEdit) -> str:
    return field.text() if isinstance(field, QLineEdit) else field.toPlainText()


def test_each_section_clicked_at_once_opens_whole_and_takes_typing(
    qtbot: QtBot, store: Store, paths: KitPaths
) -> None:
    queued = queue_demo_outage(store)
    assert queued > 0
    window = _unlocked(qtbot, store, paths)
    # straight away: the event loop has not come round to the Outbox and Runbooks yet
    typed_in: list[str] = []
    for entry in SECTIONS:
        _click_nav(qtbot, window, entry.title)
        section = window.section(entry.title)  # the one the click built and showed
        assert section.isVisible() and section.page_built, entry.title
        if isinstance(section, OutboxSection):  # read when opened, not empty
            assert section.model.rowCount() == queued
            assert "queued" in section.counts_label.text()
            assert section.send_button.isEnabled()
        field = _typeable(section)
        if field is None:
            continue
        before = _text(field)
        field.setFocus()
        qtbot.keyClicks(field, "Gateway")
        assert "Gateway" in _text(field), entry.title
        if isinstance(section, RunbooksSection):
            assert section.search.text() == "Gateway"
        for _ in "Gateway":  # typed back out: nothing left unsaved to ask about
            qtbot.keyClick(field, Qt.Key.Key_Backspace)
        assert _text(field) == before, entry.title
        typed_in.append(entry.title)
    assert {"Contacts", "Templates", "Runbooks", "Audit log"} <= set(typed_in), typed_in
    qtbot.waitSignal(window.sections_ready, timeout=5000, raising=False)


def test_settled_window_has_the_outbox_live_and_its_page_follows(
    qtbot: QtBot, store: Store, paths: KitPaths
) -> None:
    queued = queue_demo_outage(store)
    window = _unlocked(qtbot, store, paths)
    with qtbot.waitSignal(window.sections_ready, timeout=5000):
        pass
    outbox = next(s for s in window.sections if isinstance(s, OutboxSection))
    row = next(i for i, entry in enumerate(SECTIONS) if entry.title == "Outbox")
    assert window.nav.item(row).text() == f"Outbox ({queued})"  # live before any visit
    assert outbox.lights.isVisible() and outbox.lights.text().startswith("paths:")
    assert any("bundle" in a.text().lower() for a in window.kit_menu.actions())
    # the pages come in the turns that follow, without a visit
    qtbot.waitUntil(lambda: all(s.page_built for s in window.sections), timeout=5000)
    assert outbox.model.rowCount() == queued
    _click_nav(qtbot, window, "Outbox")
    assert outbox.isVisible() and outbox.model.rowCount() == queued


def test_locking_before_the_pages_are_built_builds_nothing_on_a_closed_store(
    qtbot: QtBot, store: Store, paths: KitPaths
) -> None:
    window = _unlocked(qtbot, store, paths)
    with qtbot.waitSignal(window.sections_ready, timeout=5000):
        pass
    assert not all(s.page_built for s in window.sections)
    window.lock()  # before the event loop came round to the pages
    qtbot.wait(100)
    assert window.kit is None and window.sections == []


def test_the_unlocked_window_is_painted_live_before_the_hidden_pages_are_built(
    qtbot: QtBot, store: Store, paths: KitPaths
) -> None:
    """The first paint after the unlock already shows everything live (the Outbox count in
    the navigation, the path lights) and the store being checked; the pages nobody looks
    at yet (Outbox, Runbooks) and the check itself come after it, never before it."""
    queued = queue_demo_outage(store)
    store.close()
    window = MainWindow(paths=paths, keeper=NoKeyring())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    seen: dict[str, object] = {}

    def painted() -> None:
        outbox = next(s for s in window.sections if isinstance(s, OutboxSection))
        row = next(i for i, entry in enumerate(SECTIONS) if entry.title == "Outbox")
        seen["nav"] = window.nav.item(row).text()
        seen["lights"] = outbox.lights.text()
        seen["pages built"] = [s.title for s in window.sections if s.page_built]
        seen["health"] = window.health_label.text()

    # asked for as the benchmark does: when the sections are in, before the window's own work
    window.sections_ready.connect(lambda: window.paint_watch.after_next_paint(painted))
    with qtbot.waitSignal(window.health_checked, timeout=20000):
        panel = window.lock_panel
        qtbot.keyClicks(panel.passphrase, PASSPHRASE)
        qtbot.keyClick(panel.passphrase, Qt.Key.Key_Return)
    assert seen["nav"] == f"Outbox ({queued})"
    assert str(seen["lights"]).startswith("paths:")
    assert seen["pages built"] == ["Incidents"]
    assert "checking every page" in str(seen["health"])
    qtbot.waitUntil(lambda: all(s.page_built for s in window.sections), timeout=5000)
    assert window.health_label.text() == "store OK"
