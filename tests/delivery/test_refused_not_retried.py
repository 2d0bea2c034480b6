"""A copy the partner's server refused for good (550: no such user) is not offered Retry (a
new-user walk: Retry was enabled on it; clicked, it went out, was refused again, and the
incident page itself said sending it again will not help). The Retry button is off, its
tooltip and the details say why and what helps; `outbox retry N` refuses it with the same
reason. A copy refused for a while (451) is simply queued again. A real SMTP server in its
own process refuses the address."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel
from pytestqt.qtbot import QtBot

from app.delivery.outbox import Outbox
from app.kit import Kit
from app.ui.outbox.section import OutboxSection
from tests.delivery.conftest import queue, set_delivery_doc
from tests.delivery.servers import delivery_toml, relay_process
from tests.delivery.test_outbox_banner_follows import sections  # noqa: F401 (the fixture)
from tests.support.cli import CliRunner

WHAT_HELPS = "Ask IT to fix the address in the contact bundle"


def outbox_selecting(
    qtbot: QtBot,
    kit: Kit,
    shown: list[OutboxSection],
    message: int,
    ready: Callable[[], bool],
) -> OutboxSection:
    """The Outbox shown (its first probe sends what is queued) and, once `ready` and the
    send is over, the row of `message` selected."""
    section = OutboxSection(kit)
    qtbot.addWidget(section)
    shown.append(section)
    section.show()
    qtbot.waitUntil(ready, timeout=20000)
    qtbot.waitUntil(lambda: section.runner.sending is None, timeout=10000)
    section.reload()
    row = next(r for r in range(section.model.rowCount()) if section.model.row_at(r).id == message)
    section.table.selectionModel().select(
        section.model.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    return section


def test_a_copy_refused_for_good_is_not_retried_in_the_window_nor_by_the_command(
    qtbot: QtBot,
    kit: Kit,
    tmp_path: Path,
    cli: CliRunner,
    sections: list[OutboxSection],  # noqa: F811
) -> None:
    outbox = Outbox(conn=kit.store.conn, audit=kit.audit)
    with relay_process(tmp_path / "relay", unknown=["gone@example.com"]) as relay:
        set_delivery_doc(kit, delivery_toml(("relay", relay.port, "none")))
        [gone, fine] = queue(kit, ["gone@example.com", "ok@example.com"])
        # the first probe finds the relay working and sends the queue by itself
        section = outbox_selecting(
            qtbot, kit, sections, gone.id, lambda: outbox.get(gone.id).state == "failed"
        )
        assert not section.retry_button.isEnabled()
        assert "refused the selected message for good" in section.retry_button.toolTip()
        details = section.details.toPlainText()
        assert "refused by the server for good" in details and WHAT_HELPS in details, details
        assert "550" in details
        # in the window's words: its button, not a command (a walk read the command here)
        assert "Told another way… on the incident page" in details, details
        assert "outage-kit" not in details, details

    result = cli("outbox", "retry", str(gone.id))
    assert result.code != 0
    assert "refused by the server for good" in result.err and WHAT_HELPS in result.err
    # in the command line's words: its command, not a button
    assert "'outage-kit incident told " in result.err, result.err
    assert "Told another way" not in result.err, result.err
    assert outbox.get(gone.id).state == "failed"  # nothing moved
    assert outbox.get(fine.id).state == "sent"
