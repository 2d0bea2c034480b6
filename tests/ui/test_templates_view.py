"""Templates section: the lint runs after typing stops, through the same bounded check the
bundle build and import use, off the GUI thread. A hostile template typed into the editor is
stopped with the reason while the window keeps turning its event loop; Save never stores it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from pytestqt.qtbot import QtBot

from app.kit import Kit
from app.notices.catalog import TemplateCatalog
from app.paths import KitPaths
from app.store.keys import NoKeyring
from app.store.store import Store
from app.ui.main_window import MainWindow
from app.ui.templates_view.section import TemplatesSection

CHECKING = "Checking the template…"
# 10,000 × 10,000 turns: each range is within the number bound, only the time bound stops it.
LOOPING = (
    "Subject: Awaria {{ incident.title }}\n\n"
    "{% for i in range(10000) %}{% for j in range(10000) %}{% endfor %}{% endfor %}"
    "Impact: {{ impact }}\n"
)
HUGE = "Subject: Awaria\n\n{{ 'a'*100000000 }}\n"


@pytest.fixture
def section(qtbot: QtBot, store: Store, paths: KitPaths) -> Iterator[TemplatesSection]:
    Kit.open(store)
    window = MainWindow(paths=paths, keeper=NoKeyring())
    qtbot.addWidget(window)
    window.open_store(store)
    window.show()
    shown = window.show_section("Templates")
    assert isinstance(shown, TemplatesSection)
    items = [shown.list.item(i) for i in range(shown.list.count())]
    target = next(i for i in items if i.text().startswith("disaster initial pl e-mail"))
    shown.list.setCurrentItem(target)
    qtbot.waitUntil(lambda: "No problems" in shown.lint.text(), timeout=10000)
    yield shown


def _type(qtbot: QtBot, section: TemplatesSection, text: str) -> None:
    section.editor.selectAll()
    qtbot.keyClick(section.editor, Qt.Key.Key_Delete)
    for number, line in enumerate(text.split("\n")):
        if number:
            qtbot.keyClick(section.editor, Qt.Key.Key_Return)
        qtbot.keyClicks(section.editor, line)
    assert section.editor.toPlainText() == text


def _stored_origin(section: TemplatesSection) -> str:
    catalog = TemplateCatalog(conn=section.kit.store.conn)
    return catalog.get("disaster", "initial", "pl").origin


def test_a_looping_template_is_stopped_while_the_window_keeps_working(
    qtbot: QtBot, section: TemplatesSection
) -> None:
    _type(qtbot, section, LOOPING)
    # Typing started no check of its own: the lint waits for a pause.
    assert CHECKING not in section.lint.text()
    qtbot.waitUntil(lambda: section.lint.text() == CHECKING, timeout=5000)
    assert not section.save_button.isEnabled()
    # The check runs for the whole time bound; the event loop must turn meanwhile.
    turned: list[str] = []
    QTimer.singleShot(0, lambda: turned.append(section.lint.text()))
    qtbot.waitUntil(lambda: "refused" in section.lint.text(), timeout=30000)
    assert turned == [CHECKING]
    assert "longer than" in section.lint.text() and "loop" in section.lint.text()
    assert section.preview.toPlainText() == ""
    assert not section.save_button.isEnabled()
    qtbot.mouseClick(section.save_button, Qt.MouseButton.LeftButton)
    section.save()  # also the keyboard's way in: nothing unchecked is stored
    assert _stored_origin(section) == "shipped"


def test_a_huge_value_is_refused_with_the_reason_and_a_normal_template_previews(
    qtbot: QtBot, section: TemplatesSection
) -> None:
    _type(qtbot, section, HUGE)
    qtbot.waitUntil(lambda: "refused" in section.lint.text(), timeout=10000)
    assert "'*' builds a value of more than 20,000 characters" in section.lint.text()
    assert not section.save_button.isEnabled()
    qtbot.mouseClick(section.save_button, Qt.MouseButton.LeftButton)
    assert _stored_origin(section) == "shipped"

    _type(qtbot, section, "Subject: Awaria {{ incident.title }}\n\nSkutki: {{ impact }}\n")
    qtbot.waitUntil(lambda: "No problems" in section.lint.text(), timeout=10000)
    assert "impact" in section.lint.text()
    assert "Subject: Awaria SMS gateways down" in section.preview.toPlainText()
    assert "Skutki: ‹impact›" in section.preview.toPlainText()
    assert section.save_button.isEnabled()
    qtbot.mouseClick(section.save_button, Qt.MouseButton.LeftButton)
    assert _stored_origin(section) == "local"
