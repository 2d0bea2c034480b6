"""The Outbox at 1024×600 after a send found the office relay down (a walk): "Paths down"
quoted "[Errno 111] Connection refused", and in Polish the "Odpowiedź serwera" header was
cut to "dpowiedź serwe". Now the reason reads as a person says it (the system's text in the
log, no partner's address there) and every column's header is whole, in both languages.
The relay's port is bound and never listened on; Send queued now is clicked."""

from __future__ import annotations

import socket

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.kit import Kit
from app.paths import KitPaths
from app.store.store import Store
from tests.delivery.conftest import queue, set_delivery_doc
from tests.delivery.servers import delivery_toml
from tests.delivery.test_paths_down_words import RAW
from tests.support import fit
from tests.ui.test_outbox_paths_down_fits import sent_in_the_outbox

SUBJECT = "[OK-2026-0001] Update: SMS gateway outage — MT billing delayed for all partners"
PARTNERS = [f"noc-{i}@a-rather-long-partner-domain.example.com" for i in range(6)]
REFUSED = {
    "en": "nothing answers on 127.0.0.1:{port}: the connection was refused",
    "pl": "nic nie odpowiada na 127.0.0.1:{port}: połączenie odrzucono",
}


@pytest.mark.parametrize("language", ["en", "pl"])
def test_a_refused_relay_said_plainly_and_every_header_whole(
    qtbot: QtBot,
    language: str,
    store: Store,
    paths: KitPaths,
    caplog: pytest.LogCaptureFixture,
) -> None:
    kit = Kit.open(store)
    with socket.socket() as held:  # bound, never listening: connecting is refused
        held.bind(("127.0.0.1", 0))
        port = int(held.getsockname()[1])
        set_delivery_doc(kit, delivery_toml(("office-relay", port, "none")))
        queue(kit, PARTNERS, subject=SUBJECT)
        window, outbox = sent_in_the_outbox(qtbot, store, paths, language, caplog, "office-relay")
    said = outbox.message.text()
    assert REFUSED[language].format(port=port) in said, said
    assert not RAW.search(said), said
    logged = " ".join(r.getMessage() for r in caplog.records)
    assert "ConnectionRefusedError" in logged, logged  # the detail, for whoever reads the log
    assert not any(p in logged for p in PARTNERS), logged

    table = outbox.table
    header = table.horizontalHeader()
    model = table.model()
    assert header.length() <= table.viewport().width() + 1  # no sideways scroll
    for column in range(header.count()):
        title = model.headerData(column, Qt.Orientation.Horizontal)
        assert header.sectionSize(column) >= header.sectionSizeHint(column), (
            title,
            header.sectionSize(column),
            header.sectionSizeHint(column),
        )
    assert header.sectionSize(7) >= 80  # the subject keeps room beside the reply
    assert fit.scrolls_sideways(window) == []
    outbox.shutdown()
