"""The Outbox on a 1024×600 screen, in Polish (and English), with the overdue banner
showing and messages in every state (a tester's finding: the counts line and the buttons
made the Messages tab wider than the window; "Wyślij kolejkę teraz" and "Eksportuj .eml…"
were cut at its right edge and the section scrolled sideways): nothing needs a sideways
scroll, every button lies whole inside the window, and a button that moved onto another
line still works."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea, QFileDialog, QPushButton
from pytestqt.qtbot import QtBot

from app.delivery.outbox import Outbox
from app.kit import Kit
from app.paths import KitPaths
from app.store.store import Store
from app.ui.outbox.section import OutboxSection
from tests.delivery.conftest import queue
from tests.support import fit
from tests.support.unlocked import overdue_banner, queue_demo_outage, small_window


def _every_state(store: Store) -> None:
    """The demo outage queued, then a night's messages sent, failed, left uncertain and
    handed off: the longest counts line ("… w kolejce · 12 wysłanych · 3 nieudane ·
    4 niepewne · 2 przekazane")."""
    queue_demo_outage(store)
    kit = Kit.open(store)
    night = [m.id for m in queue(kit, [f"noc{i}@example.net" for i in range(21)])]
    outbox = Outbox(conn=kit.store.conn, audit=kit.audit)
    states = ["sent"] * 12 + ["failed"] * 3 + ["uncertain"] * 4
    for message, state in zip(night[: len(states)], states, strict=True):
        assert outbox.claim(message, path="relay")
        outbox.finish(message, state=state, path="relay", reply="250 OK")
    assert len(outbox.hand_off(night[-2:], path="webmail")) == 2


@pytest.mark.parametrize("language", ["pl", "en"])
def test_the_outbox_fits_a_1024x600_screen_under_the_overdue_banner(
    qtbot: QtBot,
    language: str,
    store: Store,
    paths: KitPaths,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _every_state(store)
    window = small_window(qtbot, store, paths, language)
    incidents = overdue_banner(qtbot, window)
    outbox = window.show_section("Outbox")
    assert isinstance(outbox, OutboxSection)
    qtbot.waitUntil(outbox.isVisible)
    qtbot.wait(50)  # layouts settle
    assert incidents.banner.isVisible()  # the banner stays above the Outbox
    assert all(f"{n} " in outbox.counts_label.text() for n in (12, 3, 4, 2))  # every state

    area = window.stack.currentWidget()
    assert isinstance(area, QAbstractScrollArea)
    assert not area.horizontalScrollBar().isVisible()
    assert outbox.minimumSizeHint().width() <= area.viewport().width()
    assert fit.scrolls_sideways(window) == []
    buttons = [b for b in outbox.findChildren(QPushButton) if b.isVisible()]
    assert outbox.send_button in buttons and outbox.eml_button in buttons
    for button in buttons:
        shown = fit.visible_rect(button)
        assert shown == button.rect(), (button.text(), shown, button.rect())
        left = button.mapTo(window, button.rect().topLeft()).x()
        right = button.mapTo(window, button.rect().topRight()).x()
        assert left >= 0 and right < window.width(), (button.text(), left, right)
        assert button.width() >= button.sizeHint().width(), button.text()
    assert fit.problems(window) == []

    # "Eksportuj .eml…", cut off before: clicked, the queued e-mails are written
    stick = tmp_path / "USB"
    stick.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(stick))
    qtbot.mouseClick(outbox.eml_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: str(stick) in outbox.message.text(), timeout=20000)
    written = list(stick.iterdir())
    assert written and {p.suffix for p in written} == {".eml"}
