"""The Outbox window in Polish shows the kit's own words on each message in Polish (issue
15): a partner's server's refusal around its own words, a message a power cut left in the
middle of its send, the officer's decision made with the real button — stored in English,
read in the window's language. A real SMTP server in its own process sends behind it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt, QThreadPool
from pytestqt.qtbot import QtBot

from app import i18n
from app.delivery.outbox import Outbox
from app.kit import Kit
from app.ui.language import install_language
from app.ui.outbox.section import OutboxSection
from tests.delivery.conftest import queue, set_delivery_doc
from tests.delivery.servers import delivery_toml, relay_process

REFUSED = "serwer odrzucił odbiorcę: 550 5.1.1 No such user here"
INTERRUPTED = (
    "przerwana w trakcie wysyłania (awaria lub brak zasilania): mogła wyjść; rozstrzygnij ją"
)
MARKED_SENT = "dyżurny oznaczył ją jako wysłaną"
ENGLISH = ("recipient refused", "interrupted while sending", "the officer marked it sent")


@pytest.fixture
def sections(qtbot: QtBot) -> Iterator[list[OutboxSection]]:
    """The window in Polish; its sections stop before the store closes, as the window stops
    them before it locks."""
    install_language("pl")
    i18n.install("pl")  # the autouse fixture puts English back
    made: list[OutboxSection] = []
    yield made
    for section in made:
        section.shutdown()
    QThreadPool.globalInstance().waitForDone()


def _column(section: OutboxSection, title: str) -> int:
    return next(
        c
        for c in range(section.model.columnCount())
        if section.model.headerData(c, Qt.Orientation.Horizontal) == title
    )


def _replies(section: OutboxSection) -> dict[str, str]:
    reply = _column(section, "Odpowiedź serwera")
    return {
        section.model.row_at(row).recipient: str(
            section.model.data(section.model.index(row, reply))
        )
        for row in range(section.model.rowCount())
    }


def _select(section: OutboxSection, message: int) -> None:
    row = next(r for r in range(section.model.rowCount()) if section.model.row_at(r).id == message)
    section.table.selectionModel().select(
        section.model.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def test_the_outbox_window_reads_the_kits_words_in_polish(
    qtbot: QtBot, kit: Kit, tmp_path: Path, sections: list[OutboxSection]
) -> None:
    outbox = Outbox(conn=kit.store.conn, audit=kit.audit)
    with relay_process(tmp_path / "relay", unknown=["gone@example.com"]) as relay:
        set_delivery_doc(kit, delivery_toml(("relay", relay.port, "none")))
        queue(kit, ["ok@example.com", "gone@example.com"])
        [crash] = queue(kit, ["crash@example.com"])
        outbox.claim(crash.id, path="relay")  # then the power went out
        section = OutboxSection(kit)
        qtbot.addWidget(section)
        sections.append(section)
        # the first probe finds the relay working and sends the queue by itself
        qtbot.waitUntil(
            lambda: {m.state for m in outbox.messages()} == {"sent", "failed", "uncertain"},
            timeout=20000,
        )
        qtbot.waitUntil(lambda: section.runner.sending is None, timeout=10000)
    section.reload()
    replies = _replies(section)
    assert replies["gone@example.com"] == REFUSED
    assert replies["crash@example.com"] == INTERRUPTED

    _select(section, crash.id)
    assert INTERRUPTED in section.details.toPlainText()  # its attempt, in the details pane
    qtbot.mouseClick(section.mark_sent_button, Qt.MouseButton.LeftButton)
    assert outbox.get(crash.id).state == "sent"
    replies = _replies(section)
    assert replies["crash@example.com"] == MARKED_SENT
    text = " ".join(replies.values()) + section.details.toPlainText() + section.message.text()
    assert not [words for words in ENGLISH if words in text], text
