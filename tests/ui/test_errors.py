from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.ui.errors import show_error


def _boxes() -> list[QMessageBox]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]


def test_a_bug_shows_details_and_the_program_goes_on(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    try:
        raise RuntimeError("table exploded")
    except RuntimeError as err:
        show_error(window, err)
    assert window.isVisible()
    boxes = _boxes()
    assert len(boxes) == 1
    box = boxes[0]
    assert "This is a bug, not your mistake" in box.text()
    assert "RuntimeError: table exploded" in box.detailedText()
    box.close()
