"""A long status-bar message on a 1024×600 screen (the send summary beside every path's
light and an old contact bundle's label) is cut with "…" where the labels on its right
begin, never under them; the whole text is the bar's tooltip; on a wide monitor it shows
whole."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from app.delivery.dispatch import DispatchReport
from app.paths import KitPaths
from app.store.store import Store
from app.ui.bundles.status import BundleStatusLabel
from app.ui.incidents.section import IncidentsSection
from app.ui.outbox.section import OutboxSection
from tests.support.layout_screens import FOUR_PATHS, longest_message
from tests.support.unlocked import small_window
from tests.ui.test_small_screen import _night


@pytest.mark.parametrize("language", ["en", "pl"])
def test_a_long_message_is_cut_to_its_room_and_whole_in_the_tooltip(
    qtbot: QtBot, store: Store, paths: KitPaths, language: str
) -> None:
    _night(store)
    window = small_window(qtbot, store, paths, language)
    outbox = window.section("Outbox")
    assert isinstance(outbox, OutboxSection)
    qtbot.waitUntil(lambda: bool(outbox.lights.probes), timeout=30000)
    outbox.lights.show_probes(FOUR_PATHS)
    bundle = next(w for w in window._section_status if isinstance(w, BundleStatusLabel))
    # an old bundle's label, as long as it gets
    bundle.setText(
        bundle.tr("bundle v{version} (%n day(s))", "", 412).format(version=12)
        + bundle.tr(" · expired")
    )
    incidents = window.show_section("Incidents")
    assert isinstance(incidents, IncidentsSection)
    bar = window.statusBar()
    qtbot.wait(50)  # the bar lays out its labels
    # a notice queued and sending (its short form), then the send's summary in its place
    message = longest_message(incidents)
    incidents._sending = incidents._say(message)
    report = DispatchReport(
        total=14,
        sent=9,
        failed=1,
        uncertain=2,
        held=1,
        left_queued=1,
        by_path={"office-relay": 7, "sms-modem": 2},
        paths_down={"modem-smtp": "connection refused"},
    )
    incidents._sent(report, False)
    summary = incidents.tr("Send finished: {summary}").format(summary=report.summary())
    shown = bar.currentMessage()
    assert shown != summary and shown.endswith("…")
    assert summary.startswith(shown[:-1])
    right = [w for w in [outbox.lights, bundle] if w.isVisible()]
    left = min(w.mapTo(bar, w.rect().topLeft()).x() for w in right)
    assert bar.fontMetrics().horizontalAdvance(shown) + 6 <= left
    assert bar.toolTip() == summary
    # a wide monitor: a long message whole
    window.resize(1920, 1000)
    qtbot.waitUntil(lambda: not outbox.lights.is_compact())
    qtbot.wait(50)
    assert incidents._say(message) == message == bar.currentMessage()
