"""The Outbox at 1024×600 after a send found the modem unplugged (a new-user walk: the
table scrolled sideways — Subject and "Server's reply" off-screen — and the three-line red
"Paths down: modem ([Errno 2] could not open port …)" pushed Retry / Mark sent / Send again /
No longer needed below the fold, half cut). Now every column shows without a sideways
scroll, the decision buttons lie whole in view, and the message says what a person would
("the modem at … is not plugged in or not found"); the raw error stays in the log."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView
from pytestqt.qtbot import QtBot

from app.kit import Kit
from app.paths import KitPaths
from app.store.store import Store
from app.ui.main_window import MainWindow
from app.ui.outbox.section import OutboxSection
from tests.delivery.conftest import queue, set_delivery_doc
from tests.support import fit
from tests.support.unlocked import small_window

PORT = "/dev/ttyUSB7"  # no such device on a test machine
LONG_SUBJECT = "[OK-2026-0001] Update: SMS gateway outage — MT billing delayed for all partners"


def sent_in_the_outbox(
    qtbot: QtBot,
    store: Store,
    paths: KitPaths,
    language: str,
    caplog: pytest.LogCaptureFixture,
    down: str,
) -> tuple[MainWindow, OutboxSection]:
    """The window at 1024×600 in `language`, its Outbox open and Send queued now clicked;
    back once the send is over and its message names `down` (what it found down)."""
    window = small_window(qtbot, store, paths, language)
    outbox = window.show_section("Outbox")
    assert isinstance(outbox, OutboxSection)
    qtbot.waitUntil(outbox.isVisible)
    qtbot.waitUntil(lambda: outbox.runner.sending is None and outbox.runner.probing is None)
    with caplog.at_level(logging.INFO):
        qtbot.mouseClick(outbox.send_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: down in outbox.message.text(), timeout=20000)
        qtbot.waitUntil(lambda: outbox.runner.sending is None, timeout=20000)
    qtbot.wait(100)  # layouts settle
    return window, outbox


@pytest.mark.parametrize("language", ["en", "pl"])
def test_the_outbox_shows_its_columns_and_buttons_when_the_modem_is_unplugged(
    qtbot: QtBot,
    language: str,
    store: Store,
    paths: KitPaths,
    caplog: pytest.LogCaptureFixture,
) -> None:
    kit = Kit.open(store)
    set_delivery_doc(kit, f'[modem]\nport = "{PORT}"\nbaud = 115200\n')
    names = [f"noc-{i}@a-rather-long-partner-domain.example.com" for i in range(6)]
    queue(kit, names, subject=LONG_SUBJECT)
    queue(kit, ["+46700000011", "+46700000012"], channel="sms", subject=LONG_SUBJECT)
    window, outbox = sent_in_the_outbox(qtbot, store, paths, language, caplog, PORT)
    said = outbox.message.text()
    assert outbox.message.isVisible()
    assert "Errno" not in said and "No such file" not in said, said
    if language == "en":
        assert f"the modem at {PORT} is not plugged in or not found" in said, said
    logged = " ".join(r.getMessage() for r in caplog.records)
    assert "No such file or directory" in logged  # the detail, for whoever reads the log

    # every column in view: no sideways scroll in the table, Subject and the reply shown
    table = outbox.table
    assert not table.horizontalScrollBar().isVisible()
    header = table.horizontalHeader()
    assert header.length() <= table.viewport().width() + 1
    for column in (7, 8):  # Subject, Server's reply
        assert header.sectionSize(column) >= 80, (column, header.sectionSize(column))
        assert header.sectionViewportPosition(column) < table.viewport().width()
    assert header.sectionResizeMode(7) != QHeaderView.ResizeMode.ResizeToContents

    # the decision buttons whole, without scrolling the section
    for button in (
        outbox.retry_button,
        outbox.mark_sent_button,
        outbox.resend_button,
        outbox.unneeded_button,
    ):
        assert button.isVisible()
        shown = fit.visible_rect(button)
        assert shown == button.rect(), (button.text(), shown, button.rect())
    assert fit.scrolls_sideways(window) == []
    assert fit.problems(window) == []
    outbox.shutdown()
