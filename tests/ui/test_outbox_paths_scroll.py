"""The Outbox on a 1024×600 screen: its Delivery paths tab (eight buttons, a path's details,
the last probe) scrolls inside its tab instead of making the whole Outbox — and its Messages
tab — taller than the window gives it. Clicked through the window as a person does."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea
from pytestqt.qtbot import QtBot

from app.kit import Kit
from app.paths import KitPaths
from app.store.keys import NoKeyring
from app.store.store import Store
from app.ui.main_window import MainWindow
from app.ui.outbox.section import OutboxSection
from tests.delivery.conftest import set_delivery_doc
from tests.delivery.servers import delivery_toml, free_port


def test_the_paths_tab_scrolls_in_its_tab(qtbot: QtBot, store: Store, paths: KitPaths) -> None:
    kit = Kit.open(store)
    set_delivery_doc(kit, delivery_toml(*[(f"relay-{n}", free_port(), "none") for n in range(4)]))
    window = MainWindow(paths=paths, keeper=NoKeyring())
    qtbot.addWidget(window)
    window.open_store(store)
    window.resize(1008, 552)  # a 1024×600 screen less the frame and the task bar
    window.show()
    qtbot.waitUntil(lambda: window.health_label.text() == "store OK", timeout=10000)
    outbox = window.show_section("Outbox")
    assert isinstance(outbox, OutboxSection)
    outbox.ensure_page()
    paths_tab = outbox.tabs.widget(1)
    qtbot.mouseClick(
        outbox.tabs.tabBar(),
        Qt.MouseButton.LeftButton,
        pos=outbox.tabs.tabBar().tabRect(1).center(),
    )
    assert outbox.tabs.currentWidget() is paths_tab
    outbox.paths_page.list.setCurrentRow(0)  # a path's details and its last probe shown
    qtbot.waitUntil(lambda: "relay-0" in outbox.paths_page.details.text())

    section_area = outbox.parentWidget().parentWidget()
    assert isinstance(section_area, QScrollArea)
    qtbot.waitUntil(lambda: section_area.viewport().height() > 0)
    # the Outbox's height is not the paths tab's: that tab scrolls in itself
    page_needs = outbox.paths_page.minimumSizeHint().height()
    assert outbox.minimumSizeHint().height() < page_needs
    # the Outbox fits the room the window gives it: its tabs, not the section, scroll
    assert outbox.minimumSizeHint().height() <= section_area.viewport().height()
    assert section_area.verticalScrollBar().maximum() == 0
    assert isinstance(paths_tab, QScrollArea)
    paths_tab.ensureWidgetVisible(outbox.paths_page.probe_button)
    qtbot.mouseClick(outbox.paths_page.probe_button, Qt.MouseButton.LeftButton)
