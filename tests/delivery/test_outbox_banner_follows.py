"""The Outbox's line over its table says what happened and no more (a tester's finding):
messages sent as soon as they were queued are not "A path came back"; and once another
process changes the outbox (here: the failed message retried and settled from the command
line's own connection) the last send's "1 failed" gives way to what the outbox holds now,
and the table follows, within the section's regular look (5 s)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from app.audit import AuditLog
from app.delivery.outbox import Outbox
from app.kit import Kit
from app.ui.outbox.section import OutboxSection
from tests.delivery.conftest import queue, set_delivery_doc
from tests.delivery.servers import delivery_toml, relay_process


@pytest.fixture
def sections() -> Iterator[list[OutboxSection]]:
    made: list[OutboxSection] = []
    yield made
    for section in made:
        section.shutdown()
    QThreadPool.globalInstance().waitForDone()


def test_the_banner_says_what_happened_and_follows_other_processes(
    qtbot: QtBot, kit: Kit, tmp_path: Path, sections: list[OutboxSection]
) -> None:
    with relay_process(tmp_path / "relay", unknown=["gone@example.com"]) as relay:
        set_delivery_doc(kit, delivery_toml(("relay", relay.port, "none")))
        section = OutboxSection(kit)
        sections.append(section)
        qtbot.addWidget(section)
        section.resize(1024, 600)
        section.show()
        qtbot.waitUntil(lambda: bool(section.runner.last_probes), timeout=15000)
        queue(kit, ["ok@example.com", "gone@example.com"])
        # the section's regular look sends what was just queued, by itself
        qtbot.waitUntil(lambda: "1 failed" in section.message.text(), timeout=20000)
        said = section.message.text()
        assert "came back" not in said and said.startswith("Newly queued messages: "), said

        # the command line (its own connection) tries the refused one again: it is refused
        # again, then the officer settles nothing — the outbox changed under the window
        qtbot.waitUntil(lambda: section.runner.probing is None, timeout=15000)
        other = kit.store.connect()
        try:
            outside = Outbox(conn=other, audit=AuditLog(conn=other, actor="Night Duty"))
            [failed] = outside.messages(state="failed")
            outside.retry(failed.id)
            outside.hand_off([failed.id], path="by hand: phoned")
        finally:
            other.close()
        qtbot.waitUntil(lambda: "1 failed" not in section.message.text(), timeout=12000)
        said = section.message.text()
        assert said.startswith("The outbox changed since the last send"), said
        assert "1 handed off" in said or "handed" in said, said
        states = {section.model.row_at(r).state for r in range(section.model.rowCount())}
        assert states == {"sent", "handed-off"}, states
