"""After a crash the kit comes back with a disaster typed and not queued: its partners still
wait for the first word, so the top bar shows that draft's notify-by deadline, not the
quieter timer of planned work days ahead; the alert names it too."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot

from app.incidents.drafts import Drafts, new_scope
from app.paths import KitPaths
from app.store.store import Store
from app.timefmt import iso
from tests.incidents.test_schedule_window import _open, window_kit
from tests.reports import conftest as scripted_night
from tests.reports.conftest import T0, Clock

clock = scripted_night.clock
__all__ = ["clock", "window_kit"]  # fixtures, shared


@pytest.fixture(autouse=True)
def _widgets_collected_here() -> Iterator[None]:
    """This module's dialogs are collected on the main thread once qtbot has closed them,
    not by a garbage collection that happens to run in a later test's worker thread."""
    yield
    gc.collect()


def test_the_top_bar_shows_an_unqueued_disasters_notify_deadline(
    qtbot: QtBot, paths: KitPaths, window_kit: Store, clock: Clock
) -> None:
    clock.at(T0)
    _window, section = _open(qtbot, paths, window_kit)
    service = section.service
    service.create(
        "downtime",
        "Index rebuild",
        ["subscriptions"],
        window=(T0 + timedelta(days=2), T0 + timedelta(days=2, hours=2)),
    )
    section.reload()
    assert "starts in 2 d" in section.urgent.text()

    # what the wizard kept when the kit died: a disaster detected 12 minutes ago, not queued
    detected = T0 - timedelta(minutes=12)
    Drafts(service.conn).save(
        new_scope("disaster"),
        {
            "kind": "disaster",
            "title": "SMS gateway down",
            "services": ["subscriptions"],
            "detected": iso(detected),
        },
    )
    section.reload()  # as when the window opens again after the crash
    due = (detected + timedelta(minutes=service.notify_minutes())).astimezone()
    urgent = section.urgent.text()
    assert urgent.startswith("Draft “SMS gateway down”  notify")
    assert f"notify partners by {due:%H:%M}" in urgent and "starts in" not in urgent
    assert "SMS gateway down" in section.drafts_bar.text.text()  # and where to take it up

    clock.at(due + timedelta(minutes=1))
    section.tick()
    assert "overdue 1 min" in section.urgent.text()
    assert section.banner.toolTip().startswith("Draft “SMS gateway down”: partners should")
    assert f"partners should have been notified by {due:%H:%M}. Send now." in (
        section.banner.toolTip()
    )

    # queued (or thrown away), the draft has no deadline of its own any more
    Drafts(service.conn).drop(new_scope("disaster"))
    section.refresh_drafts()
    section.tick()
    assert "starts in" in section.urgent.text()
