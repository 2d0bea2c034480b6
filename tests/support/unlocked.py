"""A main window the officer has unlocked by typing the passphrase, and a store with an
outage whose first notice waits in the outbox: shared by the window tests."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.contacts.demo import load_demo
from app.incidents.clock import Alert
from app.incidents.flow import NewIncidentFlow
from app.incidents.service import IncidentService
from app.kit import Kit
from app.paths import KitPaths
from app.store.keys import NoKeyring
from app.store.store import Store
from app.ui.incidents.section import IncidentsSection
from app.ui.language import install_language
from app.ui.main_window import MainWindow
from app.ui.section import Section
from tests.conftest import PASSPHRASE

S = TypeVar("S", bound=Section)
#: what a window gets on a 1024×600 screen (fit_to_screen: room for frame and task bar)
SMALL = (1024 - 16, 600 - 48)


def small_window(qtbot: QtBot, store: Store, paths: KitPaths, language: str) -> MainWindow:
    """The window on `store` at 1024×600 in `language` (the conftest puts English back)."""
    install_language(language)
    window = MainWindow(paths=paths, keeper=NoKeyring())
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.health_checked, timeout=10000):
        window.open_store(store)
        window.show()
        window.resize(*SMALL)
    qtbot.waitSignal(window.sections_ready, timeout=5000, raising=False)
    return window


def incidents_on(
    qtbot: QtBot, store: Store, paths: KitPaths, reference: str
) -> tuple[MainWindow, IncidentsSection]:
    """The window on `store` (1024×600), its Incidents section showing `reference`."""
    window = MainWindow(paths=paths, keeper=NoKeyring())
    qtbot.addWidget(window)
    window.open_store(store)
    window.resize(1024, 600)
    window.show()
    qtbot.waitUntil(lambda: window.health_label.text() == "store OK", timeout=10000)
    section = window.show_section("Incidents")
    assert isinstance(section, IncidentsSection)
    section.reload(select=reference)
    return window, section


def unlocked_window(qtbot: QtBot, paths: KitPaths) -> MainWindow:
    """The locked window on the (closed) store in `paths` shown, the passphrase typed and
    Return pressed: unlocked."""
    window = MainWindow(paths=paths, keeper=NoKeyring())
    qtbot.addWidget(window)
    window.show()
    panel = window.lock_panel
    qtbot.keyClicks(panel.passphrase, PASSPHRASE)
    qtbot.keyClick(panel.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.kit is not None, timeout=10000)
    return window


def unlocked_section(qtbot: QtBot, paths: KitPaths, kind: type[S]) -> tuple[MainWindow, S]:
    """`unlocked_window`, then the section of that kind opened from the list."""
    window = unlocked_window(qtbot, paths)
    section = window.show_section(kind.title)
    assert isinstance(section, kind)
    return window, section


def section_on(qtbot: QtBot, paths: KitPaths, store: Store, kind: type[S]) -> S:
    """A window opened on `store` (already unlocked, as after the silent unlock), shown, and
    the section of that kind opened from the list."""
    window = MainWindow(paths=paths, keeper=NoKeyring())
    qtbot.addWidget(window)
    window.open_store(store)
    window.show()
    section = window.show_section(kind.title)
    assert isinstance(section, kind)
    return section


def close_kit(window: MainWindow) -> None:
    """The window's kit closed as closing the window does, before pytest-qt closes the
    window (the store fixture's teardown then finds it closed): its sections dropped, so no
    timer of theirs (the watched folder's poll) reaches the closed store in a later test."""
    assert window.kit is not None
    window.close_store()


def queue_demo_outage(store: Store) -> int:
    """Demo partners and an outage whose first notice is queued and not delivered (the
    longest timer text the top bar shows); returns the messages queued."""
    kit = Kit.open(store)
    load_demo(kit)
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    flow = NewIncidentFlow(service=service, kind="disaster")
    flow.set_services(["subscriptions"])
    flow.prefill()
    flow.fields.update(impact="Renewals are not charged.", actions="Restarting the gateway.")
    flow.queue()
    row = kit.store.conn.execute("SELECT count(*) FROM outbox WHERE state = 'queued'").fetchone()
    return int(row[0])


def overdue_banner(qtbot: QtBot, window: MainWindow) -> IncidentsSection:
    """The overdue alert in the top bar (its clock stopped: the deadline is minutes away,
    and the next tick would take the alert down)."""
    section = window.show_section("Incidents")
    assert isinstance(section, IncidentsSection)
    section.tick()
    section.timer.stop()
    deadline = next(d for found in section.deadlines.values() for d in found)
    section.alerts.show(Alert(deadline, "overdue"))
    qtbot.waitUntil(section.banner.isVisible)
    return section
