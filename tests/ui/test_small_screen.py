"""The window on a 1024×600 duty workstation, in English and in Polish (longer words): in
every section and every tab of it, each visible button, box and field lies inside the window
and inside the pane that holds it (nothing past the right edge, no page scrolling sideways),
no button is narrower than its text needs, no list is squeezed unreadable; and the top bar,
with an incident's long timer in it, takes at most two lines of text."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QTabWidget
from pytestqt.qtbot import QtBot

from app.incidents.clock import Alert
from app.paths import KitPaths
from app.store.keys import NoKeyring
from app.store.store import Store
from app.ui.incidents.section import IncidentsSection
from app.ui.language import install_language
from app.ui.main_window import MainWindow
from app.ui.sections import SECTIONS
from tests.support import fit
from tests.support.unlocked import queue_demo_outage

#: what a window gets on a 1024×600 screen (fit_to_screen: room for frame and task bar)
SMALL = (1024 - 16, 600 - 48)


def _small_window(qtbot: QtBot, store: Store, paths: KitPaths, language: str) -> MainWindow:
    install_language(language)  # the conftest puts English back afterwards
    window = MainWindow(paths=paths, keeper=NoKeyring())
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.health_checked, timeout=10000):
        window.open_store(store)
        window.show()
        window.resize(*SMALL)
    qtbot.waitSignal(window.sections_ready, timeout=5000, raising=False)
    return window


@pytest.mark.parametrize("language", ["en", "pl"])
def test_every_section_fits_a_1024x600_screen(
    qtbot: QtBot, store: Store, paths: KitPaths, language: str
) -> None:
    queue_demo_outage(store)
    window = _small_window(qtbot, store, paths, language)
    assert (window.width(), window.height()) == SMALL
    found: list[str] = []
    for entry in SECTIONS:
        section = window.show_section(entry.title)
        qtbot.waitUntil(section.isVisible)
        qtbot.wait(20)  # layouts settle
        found += [f"{entry.title}: {p}" for p in fit.all_problems(window)]
        tabs = [t for t in section.findChildren(QTabWidget) if t.isVisible()]
        for tabbed in tabs[:1]:  # the section's own tabs (a tab's inner tabs show anyway)
            for index in range(1, tabbed.count()):
                tabbed.setCurrentIndex(index)
                qtbot.waitUntil(tabbed.currentWidget().isVisible)
                qtbot.wait(20)
                where = f"{entry.title} ▸ {tabbed.tabText(index)}"
                found += [f"{where}: {p}" for p in fit.all_problems(window)]
            tabbed.setCurrentIndex(0)
    assert found == []
    assert window.width() == SMALL[0]  # no section widened the window


@pytest.mark.parametrize("language", ["en", "pl"])
def test_the_top_bar_takes_two_lines_at_most(
    qtbot: QtBot, store: Store, paths: KitPaths, language: str
) -> None:
    queue_demo_outage(store)
    window = _small_window(qtbot, store, paths, language)
    section = window.show_section("Incidents")
    assert isinstance(section, IncidentsSection)
    section.tick()
    qtbot.wait(20)
    urgent = section.urgent
    whole = urgent.text()
    assert whole.startswith("OK-") and " — " in whole  # the timer and what is waiting
    lines = urgent.shown_text().split("\n")
    assert len(lines) <= 2
    assert lines[0].startswith("OK-")  # the reference and its deadline stay in sight
    if language == "pl":  # too long for a small screen's top bar: cut, whole in the tooltip
        assert urgent.is_cut() and lines[-1].endswith("…")
        assert urgent.toolTip() == whole
    line = urgent.fontMetrics().lineSpacing()
    button = section.disaster_button.height()
    bar = window.header.geometry().height()
    assert bar <= max(button, 2 * line + 4), (bar, button, line)
    for label in (urgent, section.disaster_button, section.planned_button):
        right = label.mapTo(window, label.rect().topRight()).x()
        assert right < window.width()
    # an alert under the buttons: two lines at most as well, whole in its tooltip
    deadline = next(d for found in section.deadlines.values() for d in found)
    section.alerts.show(Alert(deadline, "overdue"))
    banner = section.banner
    qtbot.waitUntil(banner.isVisible)
    assert len(banner.shown_text().split("\n")) <= 2
    assert banner.text().removeprefix("⚠ ") == section.alerts.shown[-1]
    padding = 2 * 4  # the banner's style sheet
    assert banner.height() <= 2 * banner.fontMetrics().lineSpacing() + padding + 4
    assert window.header.geometry().height() <= bar + banner.height() + 8
    section.alerts.clear()
    # a wide monitor: the whole timer beside the buttons, nothing cut
    window.resize(1920, 1000)
    qtbot.waitUntil(lambda: not urgent.is_cut())
    assert urgent.shown_text().replace("\n", " ") == whole
    assert urgent.toolTip() == ""
