"""The wizard's kept draft holds what "Detected at" shows: once the officer's text is
refused, the draft no longer keeps the earlier time the field does not show any more. After
a crash the refused text comes back refused, holding the wizard, and nothing counts a
notify-by deadline from a time the officer replaced."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app.incidents.clock import draft_deadlines
from app.incidents.drafts import Drafts, new_scope
from app.incidents.service import IncidentService
from app.kit import Kit
from app.ui.incidents.wizard import NewIncidentDialog
from tests.support.forms_bundle import load_forms_bundle, officer_zone
from tests.support.wizard_steps import open_wizard, retype


@pytest.fixture(autouse=True)
def _widgets_collected_here() -> Iterator[None]:
    """This module's dialogs are collected on the main thread once qtbot has closed them,
    not by a garbage collection that happens to run in a later test's worker thread."""
    yield
    gc.collect()


@pytest.fixture
def service(kit: Kit, tmp_path: Path) -> Iterator[IncidentService]:
    load_forms_bundle(kit, tmp_path / "src")
    with officer_zone("Europe/Warsaw"):
        yield IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)


def _kept(qtbot: QtBot, service: IncidentService, **expected: Any) -> dict[str, Any]:
    """The draft as the wizard saves it by itself (half a second after the last key)."""
    drafts = Drafts(service.conn)

    def saved() -> bool:
        found = drafts.load(new_scope("disaster")) or {}
        return all(found.get(k) == v for k, v in expected.items())

    qtbot.waitUntil(saved, timeout=3000)
    return drafts.load(new_scope("disaster")) or {}


def test_a_refused_detection_time_is_kept_as_typed_not_the_time_before(
    qtbot: QtBot, service: IncidentService
) -> None:
    dialog = open_wizard(qtbot, service)
    retype(qtbot, dialog.detected, "27.11.2026 05:30")
    _kept(qtbot, service, detected="2026-11-27T04:30:00Z", detected_typed="")

    retype(qtbot, dialog.detected, "half past five")
    assert "is not a time the kit can read" in dialog.detected_note.text()
    kept = _kept(qtbot, service, detected=None, detected_typed="half past five")
    assert kept["title"] == "Billing down"
    waiting = Drafts(service.conn).waiting()
    assert "its detection time “half past five” not readable yet" in waiting[0].describe()
    assert draft_deadlines(waiting, service.notify_minutes()) == []  # no clock from 05:30

    # the kit dies here; the officer opens the wizard again
    dialog.keeper.stop()
    dialog.timer.stop()
    again = NewIncidentDialog(service, "disaster")
    qtbot.addWidget(again, before_close_func=lambda d: d.done(0))
    again.show()
    assert again.detected.text() == "half past five"  # what the officer last saw
    assert "is not a time the kit can read" in again.detected_note.text()
    assert "detection time is not readable yet" in again.resumed.text()
    assert again.clock.text() == "notify-by: give when it was detected"
    assert not again.next.isEnabled()

    retype(qtbot, again.detected, "27.11.2026 05:40")
    assert again.next.isEnabled()
    assert again.flow.detected == datetime(2026, 11, 27, 4, 40, tzinfo=UTC)
    _kept(qtbot, service, detected="2026-11-27T04:40:00Z", detected_typed="")
    waiting = Drafts(service.conn).waiting()
    [deadline] = draft_deadlines(waiting, service.notify_minutes())
    detected = datetime(2026, 11, 27, 4, 40, tzinfo=UTC)
    assert deadline.due == detected + timedelta(minutes=service.notify_minutes())
