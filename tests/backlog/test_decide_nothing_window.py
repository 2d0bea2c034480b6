"""A search that matches nothing offers no decision (a new-user walk: "Set 0 to Cleansed"
was offered, and its dialog opened): the decision buttons are off and say why; a search
that matches again turns them back on. The real section, typed into and clicked."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.ui.backlog.section import BacklogSection


def test_no_decision_is_offered_on_a_search_that_matches_nothing(
    qtbot: QtBot, section: BacklogSection
) -> None:
    panel = section.records
    bar = panel.search_bar
    qtbot.keyClicks(bar.text, "no-such-record-zz")
    qtbot.mouseClick(bar.search_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.matches == 0)
    for status, button in panel.decision_buttons.items():
        assert not button.isEnabled(), status
        assert "nothing to decide" in button.toolTip()
    qtbot.mouseClick(panel.decision_buttons["cleansed"], Qt.MouseButton.LeftButton)
    assert panel.decision_dialog is None  # nothing opened

    bar.text.clear()
    qtbot.mouseClick(bar.search_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.matches > 0)
    assert all(b.isEnabled() and not b.toolTip() for b in panel.decision_buttons.values())
