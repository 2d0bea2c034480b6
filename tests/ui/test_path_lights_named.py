"""Every path light says which path it is: in a 1024×600 window the status bar showed
`ścieżki: ● ● ● ●` — four lights, one red, and no way to tell which path was down without
hovering; then `de… ● Łą… ● gm… ● mo… ●`, cut for a message that was not there. Each light
has its path's name, whole while the bar says nothing else, cut short only as a message
needs (whole in the tooltip), and two paths named alike still differ."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from app.contacts.demo import load_demo
from app.delivery.probe import PathProbe
from app.kit import Kit
from app.paths import KitPaths
from app.store.store import Store
from app.ui import status_bar
from app.ui.incidents.section import IncidentsSection
from app.ui.outbox.lights import PathLights
from app.ui.outbox.section import OutboxSection
from tests.support.layout_screens import longest_message
from tests.support.unlocked import small_window

PATHS = [
    PathProbe("office-relay", "smtp", True, "250 OK"),
    PathProbe("relay-1", "smtp", False, "connection refused"),
    PathProbe("relay-2", "smtp", True, "250 OK"),
    PathProbe("Łączność zapasowa", "webmail", True, "signed in"),
]


def _names_seen(lights: PathLights) -> list[str]:
    """The text before each light, as a person reads the status bar."""
    document = QTextDocument()
    document.setHtml(lights.text())
    return [part.strip() for part in document.toPlainText().split("●")[:-1]]


def _whole(lights: PathLights) -> list[str]:
    return [lights.tr("paths: ") + PATHS[0].name] + [p.name for p in PATHS[1:]]


@pytest.mark.parametrize("language", ["en", "pl"])
def test_each_light_is_named_in_a_small_window(
    qtbot: QtBot, store: Store, paths: KitPaths, language: str
) -> None:
    load_demo(Kit.open(store))
    window = small_window(qtbot, store, paths, language)
    outbox = window.section("Outbox")
    assert isinstance(outbox, OutboxSection)
    lights = outbox.lights
    qtbot.waitUntil(lambda: bool(lights.probes), timeout=30000)  # the window's own probe
    lights.show_probes(PATHS)
    qtbot.waitUntil(lights.isVisible)
    bar = window.statusBar()
    # nothing said in the status bar: the room beside its labels holds the whole names
    # (four lights with two letters each, 'of… ● re… ●', told the officer little)
    qtbot.waitUntil(lambda: _names_seen(lights) == _whole(lights))
    labels_end = window.health_label.geometry().right()
    assert lights.mapTo(bar, lights.rect().topLeft()).x() > labels_end
    assert lights.geometry().right() <= bar.width()

    # the longest message (a notice queued and sending): the lights give way, named still
    incidents = window.show_section("Incidents")
    assert isinstance(incidents, IncidentsSection)
    message = longest_message(incidents)
    assert status_bar.say(incidents, message) == message  # whole, not cut
    seen = _names_seen(lights)
    assert len(seen) == len(PATHS), seen
    for shown, probe in zip(seen, PATHS, strict=True):
        head, cut, tail = shown.partition("…")
        assert len(head) >= 2, seen  # a name, not a bare light
        assert probe.name.startswith(head) and probe.name.endswith(tail), seen
        assert cut or shown == probe.name, seen
    assert len(set(seen)) == len(seen), seen  # relay-1 and relay-2 told apart
    assert all(probe.name in lights.toolTip() for probe in PATHS)
    bar.clearMessage()  # the message's time over: the names whole again
    qtbot.waitUntil(lambda: _names_seen(lights) == _whole(lights))
    window.resize(1920, 1000)  # a wide monitor: the whole names
    qtbot.waitUntil(lambda: not lights.is_compact())
    assert _names_seen(lights) == _whole(lights)
