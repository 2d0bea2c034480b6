"""The paths page's Add path menu driven as a person does: the path dialog's fields typed
key by key, Save clicked."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from app.ui.outbox.paths_page import PathsPage
from app.ui.outbox.profile_dialog import ProfileDialog

#: the Add path menu's entries
SMTP, WEBMAIL, MODEM = 0, 1, 2


def type_text(qtbot: QtBot, editor: QWidget, text: str) -> None:
    """Typed key by key, as a keyboard with Polish letters sends them (QTest's keyClicks
    knows Latin-1 keys only: it aborts on "–")."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(editor, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
    qtbot.wait(1)


def add_path(qtbot: QtBot, page: PathsPage, entry: int, values: dict[str, str]) -> str:
    """Add path ▸ `entry`, `values` typed into the dialog, Save clicked: what the dialog
    said ("" when it saved and closed)."""
    said: list[str] = []

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ProfileDialog):
            QTimer.singleShot(50, fill)
            return
        for key, text in values.items():
            dialog.edits[key].clear()
            type_text(qtbot, dialog.edits[key], text)
        box = dialog.findChild(QDialogButtonBox)
        qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Save), Qt.LeftButton)
        said.append(dialog.problems.text())
        if dialog.isVisible():
            dialog.reject()

    QTimer.singleShot(50, fill)
    page.add_button.menu().actions()[entry].trigger()
    return said[0]
