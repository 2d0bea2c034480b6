"""Templates section: the lint runs after typing stops, through the same bounded check the
bundle build and import use, off the GUI thread. A hostile template typed into the editor is
stopped with the reason while the window keeps turning its event loop; Save never stores it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QListWidgetItem, QMessageBox
from pytestqt.qtbot import QtBot

from app.notices.catalog import TemplateCatalog
from app.paths import KitPaths
from app.store.store import Store
from app.ui.main_window import MainWindow
from app.ui.templates_view.section import TemplatesSection
from tests.support.templates_window import templates_open_on

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
    with templates_open_on(qtbot, store, paths, ("disaster", "initial", "pl", "email")) as shown:
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

    _type(qtbot, section, EDIT)  # asks the fields its stage's other languages ask
    qtbot.waitUntil(lambda: "No problems" in section.lint.text(), timeout=10000)
    assert "impact" in section.lint.text()
    assert "Subject: Awaria ‹incident.title›" in section.preview.toPlainText()
    assert "Skutki: ‹impact›" in section.preview.toPlainText()
    assert section.save_button.isEnabled()
    qtbot.mouseClick(section.save_button, Qt.MouseButton.LeftButton)
    assert _stored_origin(section) == "local"


# -- leaving a template with unsaved changes ------------------------------------------------

# the fields the shipped English initial notice asks (a local edit must ask the same)
EDIT = (
    "Subject: Awaria {{ incident.title }}\n\nSkutki: {{ impact }}\nStart: {{ started }}\n"
    "Kroki: {{ actions }}\nKolejna informacja: {{ next_update }}\n"
)


def _answer(qtbot: QtBot, button: QMessageBox.StandardButton, seen: list[str]) -> None:
    """Click `button` of the question box once it is up (as the user would)."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        qtbot.mouseClick(box.button(button), Qt.MouseButton.LeftButton)

    QTimer.singleShot(20, click)


def _item(section: TemplatesSection, start: str) -> QListWidgetItem:
    items = [section.list.item(i) for i in range(section.list.count())]
    return next(i for i in items if i.text().startswith(start))


def _click_item(qtbot: QtBot, section: TemplatesSection, start: str) -> None:
    item = _item(section, start)
    section.list.scrollToItem(item)
    rect = section.list.visualItemRect(item)
    qtbot.mouseClick(section.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_cancel_keeps_the_template_and_the_typed_text(
    qtbot: QtBot, section: TemplatesSection
) -> None:
    _type(qtbot, section, EDIT)
    seen: list[str] = []
    _answer(qtbot, QMessageBox.StandardButton.Cancel, seen)
    _click_item(qtbot, section, "disaster update pl e-mail")
    assert seen and "unsaved changes" in seen[0]
    assert section.list.currentItem().text().startswith("disaster initial pl e-mail")
    assert section.editor.toPlainText() == EDIT
    qtbot.waitUntil(lambda: section.save_button.isEnabled(), timeout=10000)
    assert section.revert_button.isEnabled()
    assert _stored_origin(section) == "shipped"


def test_save_stores_the_edit_before_the_other_template_opens(
    qtbot: QtBot, section: TemplatesSection
) -> None:
    _type(qtbot, section, EDIT)  # switched before the debounced check has run
    seen: list[str] = []
    _answer(qtbot, QMessageBox.StandardButton.Save, seen)
    _click_item(qtbot, section, "disaster update pl e-mail")
    assert seen
    assert section.current is not None and section.current.stage == "update"
    assert _stored_origin(section) == "local"
    qtbot.waitUntil(lambda: "(local)" in _item(section, "disaster initial pl e-mail").text())
    _click_item(qtbot, section, "disaster initial pl e-mail")  # nothing unsaved: no question
    assert section.editor.toPlainText() == EDIT


def test_save_of_a_broken_text_stays_with_the_reason(
    qtbot: QtBot, section: TemplatesSection
) -> None:
    _type(qtbot, section, HUGE)
    seen: list[str] = []
    _answer(qtbot, QMessageBox.StandardButton.Save, seen)
    errors: list[str] = []
    QTimer.singleShot(0, lambda: _answer(qtbot, QMessageBox.StandardButton.Ok, errors))
    _click_item(qtbot, section, "disaster update pl e-mail")
    assert errors and "not saved" in errors[0]
    assert section.list.currentItem().text().startswith("disaster initial pl e-mail")
    assert section.editor.toPlainText() == HUGE
    assert _stored_origin(section) == "shipped"


def test_discard_puts_the_stored_text_back_and_leaving_the_section_asks(
    qtbot: QtBot, section: TemplatesSection
) -> None:
    window = section.window()
    assert isinstance(window, MainWindow)
    shipped = section.current.source if section.current else ""
    _type(qtbot, section, EDIT)
    seen: list[str] = []
    _answer(qtbot, QMessageBox.StandardButton.Cancel, seen)
    templates_row = window.nav.currentRow()
    window.nav.setCurrentRow(0)  # another section
    assert seen and window.nav.currentRow() == templates_row
    assert section.isVisible() and section.editor.toPlainText() == EDIT

    _answer(qtbot, QMessageBox.StandardButton.Cancel, seen)
    window.close()
    assert len(seen) == 2 and window.isVisible()

    _answer(qtbot, QMessageBox.StandardButton.Discard, seen)
    _click_item(qtbot, section, "disaster update pl e-mail")
    assert len(seen) == 3
    assert section.current is not None and section.current.stage == "update"
    _click_item(qtbot, section, "disaster initial pl e-mail")
    assert section.editor.toPlainText() == shipped
    assert _stored_origin(section) == "shipped"


def test_save_of_a_looping_text_on_leaving_checks_it_while_the_window_answers(
    qtbot: QtBot, section: TemplatesSection
) -> None:
    """Save in the question checks the text on a worker thread under a busy dialog: a
    template that loops for the whole time bound does not freeze the window."""
    _type(qtbot, section, LOOPING)
    seen: list[str] = []
    _answer(qtbot, QMessageBox.StandardButton.Save, seen)
    busy: list[bool] = []

    def tick() -> None:  # a GUI-thread timer: fires only while the event loop turns
        dialog = section.save_dialog
        if dialog is not None and dialog.isVisible():
            busy.append(True)
            _answer(qtbot, QMessageBox.StandardButton.Ok, errors)  # the refusal, once shown
        elif (
            seen
            and isinstance(box := QApplication.activeModalWidget(), QMessageBox)
            and box.button(QMessageBox.StandardButton.Ok) is not None
        ):
            # the refusal came with no busy dialog (checked on the GUI thread): answered so
            # the test fails on `busy` instead of waiting forever
            errors.append(box.text())
            qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        else:
            QTimer.singleShot(20, tick)

    errors: list[str] = []
    QTimer.singleShot(0, tick)
    _click_item(qtbot, section, "disaster update pl e-mail")
    assert seen and busy == [True]
    assert errors and "not saved" in errors[0] and "loop" in errors[0]
    assert section.save_dialog is None
    assert section.list.currentItem().text().startswith("disaster initial pl e-mail")
    assert section.editor.toPlainText() == LOOPING
    assert _stored_origin(section) == "shipped"


BUNDLE_EN = "Subject: Update {{ incident.title }}\n\nProgress: {{ progress }}\n"
BUNDLE_PL = "Subject: Aktualizacja {{ incident.title }}\n\nPostep: {{ progress }}\n"
LOCAL_PL = "Subject: Aktualizacja (dyżur)\n\nPostep prac: {{ progress }}\n"


def test_remove_local_edit_asks_which_version_comes_back_and_obeys_the_answer(
    qtbot: QtBot, section: TemplatesSection
) -> None:
    """The bundle's disaster update templates, the Polish one edited here: removing the
    edit asks first, says the bundle's template comes back, and No keeps the edit."""
    conn = section.kit.store.conn
    conn.executemany(
        "INSERT INTO templates (kind, stage, language, channel, source, origin) "
        "VALUES ('disaster', 'update', ?, 'email', ?, 'bundle')",
        [("en", BUNDLE_EN), ("pl", BUNDLE_PL)],
    )
    catalog = TemplateCatalog(conn=conn, audit=section.kit.audit)
    catalog.save_local("disaster", "update", "pl", "email", LOCAL_PL)
    section.reload()
    _click_item(qtbot, section, "disaster update pl e-mail (local)")
    qtbot.waitUntil(section.remove_button.isEnabled, timeout=10000)

    seen: list[str] = []
    _answer(qtbot, QMessageBox.StandardButton.No, seen)
    qtbot.mouseClick(section.remove_button, Qt.MouseButton.LeftButton)
    assert seen and "Remove the local edit of templates/disaster/update.pl.j2?" in seen[0]
    assert "The bundle template comes back: templates/disaster/update.pl.j2." in seen[0]
    assert _item(section, "disaster update pl e-mail").text().endswith("(local)")
    assert catalog.get("disaster", "update", "pl").source == LOCAL_PL

    _answer(qtbot, QMessageBox.StandardButton.Yes, seen)
    qtbot.mouseClick(section.remove_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 2
    qtbot.waitUntil(lambda: _item(section, "disaster update pl e-mail").text().endswith("(bundle)"))
    back = catalog.get("disaster", "update", "pl")
    assert (back.origin, back.source) == ("bundle", BUNDLE_PL)
    assert section.editor.toPlainText() == BUNDLE_PL


def test_remove_local_edit_of_a_shipped_template_says_the_shipped_one_comes_back(
    qtbot: QtBot, section: TemplatesSection
) -> None:
    _type(qtbot, section, EDIT)
    qtbot.waitUntil(section.save_button.isEnabled, timeout=10000)
    qtbot.mouseClick(section.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(section.remove_button.isEnabled, timeout=10000)
    seen: list[str] = []
    _answer(qtbot, QMessageBox.StandardButton.Yes, seen)
    qtbot.mouseClick(section.remove_button, Qt.MouseButton.LeftButton)
    assert seen and "The shipped template comes back: templates/disaster/initial.pl.j2." in seen[0]
    assert _stored_origin(section) == "shipped"


def test_an_edit_asking_other_fields_than_its_stage_cannot_be_saved(
    qtbot: QtBot, section: TemplatesSection
) -> None:
    _type(qtbot, section, "Subject: Awaria\n\nPostep: {{ progress }}\n")
    qtbot.waitUntil(lambda: "do not agree on their fields" in section.lint.text(), timeout=10000)
    assert not section.save_button.isEnabled()
    assert _stored_origin(section) == "shipped"


def test_a_restore_asks_for_the_unsaved_template_first_and_cancel_keeps_it(
    qtbot: QtBot, section: TemplatesSection, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A restore offered while a template is being edited (the health check's offer, a backup
    dropped on the window) dropped the sections and the typed text with them, in silence;
    it asks Save / Discard / Cancel first, as leaving the section does."""
    window = section.window()
    assert isinstance(window, MainWindow)
    backup = store.backup("manual").path
    _type(qtbot, section, EDIT)
    seen: list[str] = []
    _answer(qtbot, QMessageBox.StandardButton.Cancel, seen)
    window.restore(backup)
    assert seen and "unsaved changes" in seen[0]
    assert window.restore_dialog is None  # nothing restored
    assert section.isVisible() and section.editor.toPlainText() == EDIT

    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    _answer(qtbot, QMessageBox.StandardButton.Discard, seen)
    window.restore(backup)
    assert len(seen) == 2
    qtbot.waitUntil(
        lambda: window.restore_dialog is None and window.kit is not None and bool(window.sections),
        timeout=30000,
    )
    assert window.kit is not None and window.kit.audit.entries()[0].action == "store.restored"
