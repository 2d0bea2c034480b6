"""The alert banner says what the top bar says: once raised it follows its deadline as
partners are told ("3 partners not told yet" becomes "1"), moves to the most urgent deadline
still due when its own is met, and goes once none is due — a new user saw the banner keep
"3 partners not told" for over a minute while the top bar said 1."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from app.incidents.clock import Alert, Deadline
from app.ui.incidents.alerts import AlertPresenter

NOW = datetime(2026, 12, 1, 3, 20, tzinfo=UTC)


def _notify(reference: str, waiting: str, minutes_ago: int = 5) -> Deadline:
    due = NOW - timedelta(minutes=minutes_ago)
    return Deadline(reference, "notify", due, due - timedelta(minutes=5), waiting)


def test_the_banner_follows_its_deadline_and_goes_when_none_is_due(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    banner = QLabel(parent)
    alerts = AlertPresenter(banner, parent)
    alerts.show(
        Alert(_notify("OK-2026-0007", "initial notice: 3 partners not told yet"), "overdue")
    )
    assert "3 partners not told yet" in banner.text()

    alerts.follow([_notify("OK-2026-0007", "initial notice: 1 partner not told yet")], NOW)
    assert "1 partner not told yet" in banner.text() and "3 partners" not in banner.text()
    assert len(alerts.shown) == 1  # followed quietly: no second tray message or beep

    # its deadline met (no longer due), another incident's still is: the banner names that one
    other = _notify("OK-2026-0008", "", minutes_ago=1)
    met = Deadline("OK-2026-0007", "update", NOW + timedelta(hours=1), NOW + timedelta(minutes=50))
    alerts.follow([met, other], NOW)
    assert "OK-2026-0008" in banner.text() and "OK-2026-0007" not in banner.text()

    alerts.follow([met], NOW)
    assert banner.isHidden() and banner.text() == ""
