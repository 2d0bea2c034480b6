"""The first-run form's problems follow the typing: a new user fixed a too-short passphrase
and the red "It is shorter than 12 characters." stayed under the good one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.ui.first_run import FirstRunDialog

GOOD = "Hrebicek-nocni-smena-2026!"  # typed: keyClicks takes Latin-1 only


def test_a_fixed_passphrase_clears_the_problem_it_had(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = FirstRunDialog(tmp_path / "kit")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.operator, "Nocni sluzba")
    qtbot.keyClicks(dialog.passphrase, "heslo123")
    qtbot.keyClicks(dialog.repeat, "heslo123")
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    assert "shorter than 12" in dialog.problems.text()

    for field in (dialog.passphrase, dialog.repeat):
        field.selectAll()
        qtbot.keyClicks(field, GOOD)
    assert dialog.problems.text() == ""
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Backspace)  # a slip: they differ now
    assert "differ" in dialog.problems.text()
    qtbot.keyClicks(dialog.repeat, "!")
    assert dialog.problems.text() == ""
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
