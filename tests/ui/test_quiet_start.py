"""A window start and unlock writes no Qt warning (a negative minimum height on the lock
panel's message used to warn at every start)."""

from __future__ import annotations

from typing import Any

from pytestqt.qtbot import QtBot

from app.paths import KitPaths
from app.store.store import Store
from tests.support.unlocked import unlocked_window


def test_a_window_start_and_unlock_write_no_qt_warning(
    qtbot: QtBot,
    qtlog: Any,  # pytest-qt's captured Qt messages
    store: Store,
    paths: KitPaths,
) -> None:
    store.close()
    unlocked_window(qtbot, paths)
    assert [m.message for m in qtlog.records if "setMinimumSize" in m.message] == []
    # (the offscreen test platform's own note about size hints aside: no window sends it)
    warned = [m.message for m in qtlog.records if m.type.name != "QtDebugMsg"]
    assert [m for m in warned if not m.startswith("This plugin does not support")] == []
