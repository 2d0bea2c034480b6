"""The Reports section on a 1024×600 screen in Polish (a tester's finding): the report's
preview does not scroll sideways (its boxes 100 % wide plus their margins overflowed the
view by a few pixels), and an alert banner's text keeps clear of the banner's right edge."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTextBrowser
from pytestqt.qtbot import QtBot

from app.contacts.demo import load_demo
from app.incidents.flow import NewIncidentFlow
from app.incidents.service import IncidentService
from app.kit import Kit
from app.paths import KitPaths
from app.store.store import Store
from app.timefmt import now
from app.ui.incidents.section import IncidentsSection
from app.ui.main_window import MainWindow
from app.ui.reports.section import ReportsSection
from tests.support.unlocked import SMALL, queue_demo_outage, small_window

CLEAR = 14  # pixels between a banner's last letter and its right edge, at least


def _ink_right(label: QLabel) -> int:
    """The rightmost column of the label's dark letters (black on the orange banner)."""
    image = label.grab().toImage()
    return max(
        x
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).lightness() < 80
    )


def _fits(preview: QTextBrowser) -> None:
    """Nothing to scroll sideways: the report's boxes end inside the view, no sideways bar."""
    assert preview.document().size().width() <= preview.viewport().width(), (
        preview.document().size(),
        preview.viewport().width(),
    )
    assert not preview.horizontalScrollBar().isVisible()


def _outage_due_soon(store: Store) -> None:
    """Demo partners and an outage detected 12 minutes ago whose first notice is queued and
    not delivered: its 15-minute deadline is near ("soon"), the long Polish alert."""
    kit = Kit.open(store)
    load_demo(kit)
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    flow = NewIncidentFlow(service=service, kind="disaster")
    flow.detected = now() - timedelta(minutes=12)
    flow.set_services(["subscriptions"])
    flow.prefill()
    flow.fields.update(impact="Renewals are not charged.", actions="Restarting the gateway.")
    flow.queue()


def _window(qtbot: QtBot, store: Store, paths: KitPaths) -> MainWindow:
    return small_window(qtbot, store, paths, "pl")


def test_the_polish_banner_keeps_clear_of_its_right_edge(
    qtbot: QtBot, store: Store, paths: KitPaths
) -> None:
    _outage_due_soon(store)
    window = _window(qtbot, store, paths)
    incidents = window.show_section("Incidents")
    assert isinstance(incidents, IncidentsSection)
    incidents.tick()  # (the section's own timer, without the wait): the alert is raised
    window.show_section("Reports")
    banner = incidents.banner
    qtbot.waitUntil(banner.isVisible)
    assert incidents.alerts.current is not None and incidents.alerts.current.level == "soon"
    assert len(banner.shown_text().split("\n")) == 2  # the long Polish alert: two lines
    assert banner.width() - 1 - _ink_right(banner) >= CLEAR


@pytest.mark.parametrize("size", [SMALL, (1920 - 16, 1080 - 48)])
def test_the_polish_preview_does_not_scroll_sideways(
    qtbot: QtBot, store: Store, paths: KitPaths, size: tuple[int, int]
) -> None:
    queue_demo_outage(store)
    window = _window(qtbot, store, paths)
    window.resize(*size)
    reports = window.show_section("Reports")
    assert isinstance(reports, ReportsSection)
    qtbot.mouseClick(reports.preview_button, Qt.MouseButton.LeftButton)
    preview = reports.panel.preview
    qtbot.waitUntil(lambda: "OK-" in preview.toPlainText(), timeout=20000)
    qtbot.waitUntil(lambda: not reports.panel.busy)
    qtbot.wait(50)
    _fits(preview)
    # narrower and wider again (the officer drags the window): still no sideways scroll
    for width in (size[0] - 37, size[0]):
        window.resize(width, size[1])
        qtbot.wait(50)
        _fits(preview)
