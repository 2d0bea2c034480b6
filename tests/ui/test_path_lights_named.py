"""Every path light says which path it is: in a 1024×600 window the status bar showed
`ścieżki: ● ● ● ●` — four lights, one red, and no way to tell which path was down without
hovering. Each light now has its path's name, cut short as the room needs (whole in the
tooltip), and two paths named alike still differ."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from app.contacts.demo import load_demo
from app.delivery.probe import PathProbe
from app.kit import Kit
from app.paths import KitPaths
from app.store.store import Store
from app.ui.outbox.lights import PathLights
from app.ui.outbox.section import OutboxSection
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
    seen = _names_seen(lights)
    assert len(seen) == len(PATHS), seen
    for shown, probe in zip(seen, PATHS, strict=True):
        head, cut, tail = shown.partition("…")
        assert len(head) >= 2, seen  # a name, not a bare light
        assert probe.name.startswith(head) and probe.name.endswith(tail), seen
        assert cut or shown == probe.name, seen
    assert len(set(seen)) == len(seen), seen  # relay-1 and relay-2 told apart
    assert all(probe.name in lights.toolTip() for probe in PATHS)
    window.resize(1920, 1000)  # a wide monitor: the whole names
    qtbot.waitUntil(lambda: not lights.is_compact())
    assert _names_seen(lights) == [lights.tr("paths: ") + PATHS[0].name] + [
        p.name for p in PATHS[1:]
    ]
