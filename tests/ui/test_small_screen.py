"""The window on a 1024×600 duty workstation, in English and in Polish (longer words): in
every section and every tab of it, each visible button, box and field lies inside the window
and inside the pane that holds it (nothing past the right edge, no page scrolling sideways),
no button is narrower than its text needs, no list is squeezed unreadable; the top bar,
with an incident's long timer in it, takes at most two lines of text; the Backlog keeps rows
of records in sight with every filter open under an alert banner; the navigation column
stays narrow; and a status-bar message is not covered by the delivery path lights."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QTabWidget
from pytestqt.qtbot import QtBot

from app.backlog.importer import BacklogImporter
from app.incidents.clock import Alert
from app.kit import Kit
from app.paths import KitPaths
from app.store.keys import NoKeyring
from app.store.store import Store
from app.ui.backlog.section import BacklogSection
from app.ui.elided import ElidedLabel
from app.ui.incidents.section import IncidentsSection
from app.ui.main_window import NAV_MAX, NAV_MIN, NAV_POINTS
from app.ui.outbox.section import OutboxSection
from app.ui.sections import SECTIONS
from tests.backlog.conftest import HEADER, sample_rows
from tests.conftest import OPERATOR, PASSPHRASE
from tests.support import fit
from tests.support.layout_screens import FOUR_PATHS, longest_message
from tests.support.unlocked import SMALL, overdue_banner, queue_demo_outage, small_window

#: the walk's top bar in Polish, cut at 1024×600 ("… rozstrzygnij w Skrzynce nadawczej")
_POLISH_UNCERTAIN = (
    "powiadomienie wstępne: 1 kopia niepewna, mogła nie dotrzeć: rozstrzygnij w Skrzynce nadawczej"
)


def _twelve(label: ElidedLabel) -> int:
    """A line of `label`'s font at 12 pt, the top bar's largest."""
    font = QFont(label.font())
    font.setPointSize(12)
    return QFontMetrics(font).lineSpacing()


def _night(store: Store) -> None:
    """Demo partners, 300 quarantine records and an outage whose first notice is queued and
    not delivered: the longest timer text the top bar shows ("… — initial notice: queued,
    not delivered")."""
    export = store.paths.home.parent / "telephony.csv"
    export.write_text("\n".join([HEADER, *sample_rows(300)]) + "\n", encoding="utf-8")
    BacklogImporter(conn=store.conn, audit=Kit.open(store).audit).run(export)
    queue_demo_outage(store)


@pytest.mark.parametrize("language", ["en", "pl"])
def test_every_section_fits_a_1024x600_screen(
    qtbot: QtBot, store: Store, paths: KitPaths, language: str
) -> None:
    _night(store)
    window = small_window(qtbot, store, paths, language)
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
    _night(store)
    window = small_window(qtbot, store, paths, language)
    section = window.show_section("Incidents")
    assert isinstance(section, IncidentsSection)
    section.tick()
    qtbot.wait(20)
    urgent = section.urgent
    whole = urgent.text()
    assert whole.startswith("OK-") and " — " in whole  # the timer and what is waiting
    lines = urgent.shown_text().split("\n")
    assert lines[0].startswith("OK-")  # the reference and its deadline stay in sight
    assert not urgent.is_cut(), urgent.shown_text()  # a smaller font, not "…"
    # no taller than two lines of 12 pt (three lines of a smaller font at most)
    assert len(lines) * urgent.fontMetrics().lineSpacing() <= 2 * _twelve(urgent) + 4, lines
    button = section.disaster_button.height()
    bar = window.header.geometry().height()
    assert bar <= max(button, 2 * _twelve(urgent) + 4) + 4, (bar, button)
    for label in (urgent, section.disaster_button, section.planned_button):
        right = label.mapTo(window, label.rect().topRight()).x()
        assert right < window.width()
    # the walk's longest: a copy uncertain ("… maybe not received: settle in the Outbox")
    deadline = next(d for found in section.deadlines.values() for d in found)
    section.timer.stop()
    said = "initial notice: 1 copy uncertain, maybe not received: settle in the Outbox"
    long = replace(deadline, waiting=said if language == "en" else _POLISH_UNCERTAIN)
    section.deadlines = {long.reference: [long]}
    section.tick(reloading=True)
    qtbot.wait(20)
    lines = urgent.shown_text().split("\n")
    assert not urgent.is_cut(), urgent.shown_text()
    assert len(lines) * urgent.fontMetrics().lineSpacing() <= 2 * _twelve(urgent) + 4, lines
    assert window.header.geometry().height() <= bar + 2  # no taller for it
    # an alert under the buttons: no taller than two lines of 12 pt, nothing cut
    section.alerts.show(Alert(long, "overdue"))
    banner = section.banner
    qtbot.waitUntil(banner.isVisible)
    shown = banner.shown_text().split("\n")
    assert not banner.is_cut(), shown
    assert len(shown) * banner.fontMetrics().lineSpacing() <= 2 * _twelve(banner) + 4, shown
    assert banner.text().removeprefix("⚠ ") == section.alerts.shown[-1]
    padding = 2 * 4  # the banner's style sheet
    tall = len(shown) * banner.fontMetrics().lineSpacing() + padding + 4
    qtbot.waitUntil(lambda: banner.height() <= tall)  # laid out at its width
    qtbot.waitUntil(lambda: window.header.geometry().height() <= bar + banner.height() + 8)
    section.alerts.clear()
    # a wide monitor: the whole timer beside the buttons, nothing cut
    window.resize(1920, 1000)
    qtbot.waitUntil(lambda: not urgent.is_cut())
    assert urgent.shown_text().replace("\n", " ") == urgent.text()
    assert urgent.toolTip() == ""


@pytest.fixture
def profile_store(tmp_path: Path) -> Iterator[Store]:
    """A store in a Windows-like profile folder: long, with spaces and Polish letters, yet
    within what Windows allows a data folder (a deeper one is refused: test_long_paths.py)."""
    home = tmp_path / "Łukasz Żółw-Wiśniewska" / "OneDrive - Operator Sp. z o.o." / "Dyżury"
    home = home / "Outage Kit"
    made = Store.create(
        KitPaths(home / "duty desk 2"), operator=OPERATOR, passphrase=PASSPHRASE, keeper=NoKeyring()
    )
    yield made
    made.close()


def test_a_long_data_folder_is_cut_in_the_middle_not_the_window(
    qtbot: QtBot, profile_store: Store
) -> None:
    """Settings names the data folder: a profile path (the Windows lane's was 100 letters)
    pushed the section sideways at 1024×600. Now it is cut in the middle, whole in the
    tooltip, and the folder's own name stays in sight."""
    home = profile_store.paths.home
    window = small_window(qtbot, profile_store, profile_store.paths, "pl")
    section = window.show_section("Settings")
    qtbot.waitUntil(section.isVisible)
    qtbot.wait(20)  # layouts settle
    assert fit.all_problems(window) == []
    folder = section.findChild(ElidedLabel, "data_folder")
    assert folder is not None and folder.is_cut()
    assert str(home) in folder.toolTip()
    assert folder.shown_text().endswith("duty desk 2") and "…" in folder.shown_text()


@pytest.mark.parametrize("language", ["en", "pl"])
def test_the_backlog_keeps_rows_in_sight_with_more_filters_and_a_banner(
    qtbot: QtBot, store: Store, paths: KitPaths, language: str
) -> None:
    _night(store)
    window = small_window(qtbot, store, paths, language)
    overdue_banner(qtbot, window)
    section = window.show_section("Backlog")
    assert isinstance(section, BacklogSection)
    records, bar = section.records, section.records.search_bar
    qtbot.waitUntil(lambda: records.model.rowCount() > 0)
    qtbot.mouseClick(bar.more, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(bar.advanced.isVisible)
    qtbot.wait(50)  # layouts settle

    def rows_in_sight() -> float:
        row = records.table.verticalHeader().defaultSectionSize()
        return fit.visible_rect(records.table.viewport()).height() / row

    assert rows_in_sight() >= 5, rows_in_sight()
    assert fit.all_problems(window) == []
    # the filters scroll instead; Search, Clear and Fewer filters stay in sight wherever
    # the filters are scrolled to
    area = records.filters_area
    assert area.verticalScrollBar().maximum() > 0
    buttons = (bar.search_button, bar.clear_button, bar.more)
    for end in (area.verticalScrollBar().maximum(), 0):
        area.verticalScrollBar().setValue(end)
        qtbot.wait(20)
        assert [fit.visible_rect(b).size() == b.size() for b in buttons] == [True] * 3
    area.ensureWidgetVisible(bar.service)
    qtbot.waitUntil(lambda: fit.visible_rect(bar.service).height() == bar.service.height())
    qtbot.keyClicks(bar.service, "467000001")
    qtbot.mouseClick(bar.search_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: 0 < records.model.rowCount() < 300)
    assert rows_in_sight() >= 5, rows_in_sight()
    # Enter in the Carrier list (the name completed from its start) searches at once
    carrier = bar.carrier.itemText(bar.carrier.count() - 1)
    bar.service.clear()
    area.ensureWidgetVisible(bar.carrier)
    with qtbot.waitSignal(bar.search_requested) as searched:
        qtbot.keyClicks(bar.carrier, carrier[:-1])
        qtbot.keyClick(bar.carrier, Qt.Key.Key_Return)
    assert searched.args is not None and searched.args[0].carrier.startswith(carrier[:-1])
    assert bar.carrier.findText(carrier[:-1]) in (
        -1,
        bar.carrier.findText(carrier),
    )  # no new choice
    # Fewer filters: less to scroll, the rows stay
    scrolled = area.verticalScrollBar().maximum()
    qtbot.mouseClick(bar.more, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not bar.advanced.isVisible())
    qtbot.waitUntil(lambda: area.verticalScrollBar().maximum() < scrolled)
    assert rows_in_sight() >= 5
    # a wide monitor: every filter in sight at once, nothing to scroll
    qtbot.mouseClick(bar.more, Qt.MouseButton.LeftButton)
    window.resize(1920, 1000)
    qtbot.waitUntil(lambda: area.verticalScrollBar().maximum() == 0)
    assert rows_in_sight() >= 15


@pytest.mark.parametrize("language", ["en", "pl"])
def test_the_navigation_column_fits_its_longest_title_compactly(
    qtbot: QtBot, store: Store, paths: KitPaths, language: str
) -> None:
    _night(store)
    window = small_window(qtbot, store, paths, language)
    nav = window.nav
    assert nav.width() <= NAV_MAX
    items = [nav.item(row) for row in range(nav.count())]
    font = items[0].font()
    font.setPointSize(NAV_POINTS)  # the list's style sheet
    metrics = QFontMetrics(font)
    room = nav.viewport().width() - 2 * 5  # the items' padding
    for item in items:
        assert item.toolTip() == item.text()  # whole there even if a count makes it long
        title = item.text().split(" (")[0]
        assert metrics.horizontalAdvance(title) <= room, (title, room)
    counted = (metrics.horizontalAdvance(i.text().split(" (")[0] + " (99)") for i in items)
    assert nav.width() <= max(NAV_MIN, max(counted) + 40)  # no dead space beside them


@pytest.mark.parametrize("language", ["en", "pl"])
def test_a_status_message_is_not_covered_by_the_path_lights(
    qtbot: QtBot, store: Store, paths: KitPaths, language: str
) -> None:
    _night(store)
    window = small_window(qtbot, store, paths, language)
    outbox = window.section("Outbox")
    assert isinstance(outbox, OutboxSection)
    lights = outbox.lights
    # the window's own first probe of the demo paths lands first (on a loaded machine it
    # came after the test's and replaced its lights)
    qtbot.waitUntil(lambda: bool(lights.probes), timeout=30000)
    lights.show_probes(FOUR_PATHS)  # every kind of path set up: the longest lights
    incidents = window.show_section("Incidents")
    assert isinstance(incidents, IncidentsSection)
    message = longest_message(incidents)
    incidents._say(message)  # what the kit says when a notice is queued and sending
    bar = window.statusBar()
    qtbot.waitUntil(lambda: bar.currentMessage() == message)
    qtbot.wait(20)
    permanent = [w for w in [*bar.findChildren(type(lights)), lights] if w.isVisible()]
    others = [w for w in window._section_status if w.isVisible()]  # the bundle status too
    left = min(w.mapTo(bar, w.rect().topLeft()).x() for w in [*permanent, *others])
    needed = bar.fontMetrics().horizontalAdvance(message)
    margin = 8  # the bar's own margin before the message
    assert needed + margin <= left, (needed, left)
    assert lights.is_compact()  # only the lights; each path named in the tooltip
    for probe in FOUR_PATHS:
        assert probe.name in lights.toolTip()
    assert bar.toolTip() == message
    window.resize(1920, 1000)  # a wide monitor: the names beside the lights
    qtbot.waitUntil(lambda: not lights.is_compact())
    assert all(probe.name in lights.text() for probe in FOUR_PATHS)
