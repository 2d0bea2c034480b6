"""F16 from the window: Backups ▸ Restore from a file… with a backup made before two notices
went out to a real relay. The restored store keeps them sent (partners are not told again),
and the window says so once."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from app.delivery.outbox import Outbox
from app.kit import Kit
from app.paths import KitPaths
from app.store.store import Store
from app.ui.sections.backups import BackupsSection
from tests.delivery.conftest import make_delivery, queue, set_delivery_doc
from tests.delivery.servers import delivery_toml, relay_process
from tests.support.unlocked import close_kit, unlocked_section
from tests.ui.test_restore_from_file import _audit_actions, restore_picked

KEPT = "2 messages sent after this backup was made are kept as sent; they will not go out again."


def test_the_window_keeps_sent_messages_sent_after_a_restore(
    qtbot: QtBot,
    kit: Kit,
    store: Store,
    paths: KitPaths,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with relay_process(paths.home.parent / "relay") as relay:
        set_delivery_doc(kit, delivery_toml(("relay", relay.port, "none")))
        messages = queue(kit, ["ops@kestrel.example", "noc@tapir.example"])
        made = store.backup("manual")  # both still queued in it
        assert make_delivery(kit).send().sent == 2
        store.close()

        window, section = unlocked_section(qtbot, paths, BackupsSection)
        warned = restore_picked(qtbot, monkeypatch, section, made.path)
        qtbot.waitUntil(lambda: getattr(window, "notice_box", None) is not None, timeout=60000)
        box = window.notice_box
        assert box.isVisible() and KEPT in box.text() and warned == []
        assert box.text().startswith(f"Restored the store from {made.path.name}.")
        box.accept()
        assert window.kit is not None
        outbox = Outbox(conn=window.kit.store.conn, audit=window.kit.audit)
        assert [m.state for m in outbox.get_many([m.id for m in messages])] == ["sent", "sent"]
        shown = _audit_actions(window)
        assert shown[:2] == ["outbox.carried_over", "store.restored"]
        assert sorted(relay.message_ids()) == sorted(m.message_id for m in messages)
    close_kit(window)
