"""A delivery path may be named in the officer's language: "Łączność zapasowa" and "Modem –
Żabka" were refused ("must be 1–40 letters, digits, '.', '_' or '-' (no spaces)"), in the
path dialog and by `paths add`. Letters of any language, spaces and punctuation are
accepted; what is unsafe (a control character, a name too long, one starting with
punctuation) is still refused, saying what to change."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from app.contacts.demo import load_demo
from app.kit import Kit
from app.store.store import Store
from app.ui.outbox.paths_page import PathsPage
from app.ui.outbox.profile_dialog import ProfileDialog
from tests.delivery.conftest import make_delivery
from tests.support.cli import CliRunner


def _type(qtbot: QtBot, editor: QWidget, text: str) -> None:
    """Typed key by key, as a keyboard with Polish letters sends them (QTest's keyClicks
    knows Latin-1 keys only: it aborts on "–")."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(editor, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
    qtbot.wait(1)


def _add(qtbot: QtBot, page: PathsPage, kind: int, values: dict[str, str]) -> str:
    """Add path ▸ the `kind`-th entry, `values` typed, Save clicked: what the dialog said."""
    said: list[str] = []

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ProfileDialog):
            QTimer.singleShot(50, fill)
            return
        for key, text in values.items():
            dialog.edits[key].clear()
            _type(qtbot, dialog.edits[key], text)
        box = dialog.findChild(QDialogButtonBox)
        qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Save), Qt.LeftButton)
        said.append(dialog.problems.text())
        if dialog.isVisible():
            dialog.reject()

    QTimer.singleShot(50, fill)
    page.add_button.menu().actions()[kind].trigger()
    return said[0]


def test_polish_path_names_are_accepted_in_the_window(qtbot: QtBot, store: Store) -> None:
    kit = Kit.open(store)
    load_demo(kit)
    delivery = make_delivery(kit)
    page = PathsPage(lambda: delivery)
    qtbot.addWidget(page)
    page.show()
    page.reload()
    assert _add(qtbot, page, 1, {"name": "Łączność zapasowa", "compose_url": "gmail"}) == ""
    assert _add(qtbot, page, 2, {"name": "Modem – Żabka", "port": "/dev/ttyUSB2"}) == ""
    rows = [page.list.item(r).text() for r in range(page.list.count())]
    assert any(row.startswith("Łączność zapasowa  (") for row in rows), rows
    assert any(row.startswith("Modem – Żabka  (") for row in rows), rows

    too_long = "Łączność zapasowa przez modem w serwerowni B"  # 44 characters
    said = _add(qtbot, page, 1, {"name": too_long, "compose_url": "gmail"})
    assert "44 characters long" in said and "at most 40" in said
    said = _add(qtbot, page, 1, {"name": "– zapas", "compose_url": "gmail"})
    assert "must start with a letter or a digit" in said
    assert page.list.count() == len(rows)  # nothing half-added


def test_paths_add_takes_a_polish_name_and_refuses_a_control_character(cli: CliRunner) -> None:
    assert cli("init", "--operator", "Night Duty").code == 0
    added = cli("paths", "add", "webmail", "Łączność zapasowa", "compose_url=gmail")
    assert added.code == 0, added.err
    assert "Łączność zapasowa" in cli("paths", "list").out
    refused = cli("paths", "add", "webmail", "Zapas\x1b[2J", "compose_url=gmail")
    assert refused.code == 2, refused.err
    assert "control character" in refused.err and "U+001B" in refused.err
    assert "Zapas" not in cli("paths", "list").out.replace("Łączność zapasowa", "")
