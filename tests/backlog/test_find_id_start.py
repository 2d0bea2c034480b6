"""Find with the start of a Quarantine ID: the window says why nothing matched.

Find matches a whole Quarantine ID (or the start of a service identifier or batch file).
An officer who typed "Q00001" — the start of a dozen IDs — saw "0 matching records" and
nothing more, and could take it that those records are not in the kit. Found walking the
Backlog on a million records.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.ui.backlog.section import BacklogSection


def _find(qtbot: QtBot, section: BacklogSection, text: str) -> None:
    bar = section.records.search_bar
    bar.text.clear()
    qtbot.keyClicks(bar.text, text)
    qtbot.keyClick(bar.text, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: section.records.busy is None)


def test_the_start_of_an_id_gets_told_to_type_it_whole(
    qtbot: QtBot, section: BacklogSection
) -> None:
    panel = section.records
    _find(qtbot, section, "q00001")
    assert panel.matches == 0
    said = panel.result_label.text()
    assert panel.result_label.isVisible()
    assert "'q00001'" in said and "whole Quarantine ID" in said

    _find(qtbot, section, "Q000012")  # the whole ID: found, nothing to explain
    assert panel.matches == 1 and not panel.result_label.isVisible()

    _find(qtbot, section, "nothing-like-it")  # no ID starts so: no hint about IDs
    assert panel.matches == 0 and "Quarantine ID" not in panel.result_label.text()
