"""The Templates editor in Polish runs the one template check `templates lint`, `templates
edit` and `bundle build` run: a template naming a field the kit lacks is not "✔ Bez
problemów" above a preview that cannot render, and a template asking fields the other
languages do not ask is refused on screen as Save would refuse it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app import i18n
from app.notices.catalog import CatalogTemplate, TemplateCatalog
from app.notices.kit_fields import INCIDENT_FIELDS
from app.paths import KitPaths
from app.store.store import Store
from app.ui.language import install_language
from app.ui.templates_view.section import TemplatesSection
from tests.support.polish_keys import type_text
from tests.support.templates_window import templates_open_on

KEY = ("disaster", "resolved", "pl", "email")


@pytest.fixture
def section(qtbot: QtBot, store: Store, paths: KitPaths) -> Iterator[TemplatesSection]:
    install_language("pl")
    i18n.install("pl")
    with templates_open_on(qtbot, store, paths, KEY) as shown:
        assert "Bez problemów" in shown.lint.text()
        yield shown


def _type_and_wait(qtbot: QtBot, section: TemplatesSection, text: str) -> str:
    section.editor.setFocus()
    section.editor.selectAll()
    qtbot.keyClick(section.editor, Qt.Key.Key_Delete)
    type_text(qtbot, section.editor, text)
    assert section.editor.toPlainText() == text
    # the check runs once typing pauses: the text shown is then its verdict on what was typed
    qtbot.waitUntil(
        lambda: not section.debounce.isActive() and section.lint.text().startswith(("✖", "✔")),
        timeout=10000,
    )
    return section.lint.text()


def _stored(section: TemplatesSection) -> CatalogTemplate:
    return TemplateCatalog(conn=section.kit.store.conn).get("disaster", "resolved", "pl")


def test_a_field_the_kit_lacks_is_refused_on_screen_in_polish(
    qtbot: QtBot, section: TemplatesSection
) -> None:
    before = _stored(section).source
    shown = _type_and_wait(
        qtbot,
        section,
        "Subject: Awaria usunięta: {{ incident.title }}\n\n"
        "Szanowni Państwo,\n"
        "awaria „{{ incident.tytul }}” została usunięta.\n"
        "Czas usunięcia: {{ resolved_at }}\n"
        "Podsumowanie: {{ summary }}\n",
    )
    assert shown.startswith("✖ "), shown
    assert (
        "{{ incident.tytul }} w wierszu 4: program nie ma pola „tytul”; jego pola to: "
        + ", ".join(INCIDENT_FIELDS)
    ) in shown, shown
    assert "Bez problemów" not in shown and "dict object" not in shown
    assert section.preview.toPlainText() == ""
    assert not section.save_button.isEnabled()
    qtbot.mouseClick(section.save_button, Qt.MouseButton.LeftButton)
    assert _stored(section).origin == "shipped" and _stored(section).source == before

    # one letter off: the field it meant
    shown = _type_and_wait(
        qtbot,
        section,
        "Subject: Awaria usunięta: {{ incident.titel }}\n\n"
        "Czas usunięcia: {{ resolved_at }}\nPodsumowanie: {{ summary }}\n",
    )
    assert "w wierszu 1: program nie ma pola „titel”" in shown
    assert "Czy chodziło o „title”?" in shown, shown


def test_fields_the_other_languages_do_not_ask_are_refused_as_on_the_command_line(
    qtbot: QtBot, section: TemplatesSection
) -> None:
    shown = _type_and_wait(
        qtbot,
        section,
        "Subject: Awaria usunięta: {{ incident.title }}\n\n"
        "Wpływ: {{ wpływ }}\nPrzyczyna: {{ przyczyna }}\n",
    )
    assert "języki różnią się polami" in shown and "pl: przyczyna, wpływ" in shown, shown
    assert not section.save_button.isEnabled()


def test_legacy_labels_with_commas_are_quoted_and_an_unclosed_field_named_where_it_opens(
    qtbot: QtBot, section: TemplatesSection
) -> None:
    shown = _type_and_wait(
        qtbot,
        section,
        "Subject: Awaria usunięta\n\nSzanowni Państwo, problem: &^\n"
        "usunięty od &^\nCzas: {{ resolved_at }}\n{{ summary }}\n",
    )
    assert shown.startswith("✔ Bez problemów"), shown
    assert '"&^Szanowni Państwo, problem", "&^usunięty od", resolved_at, summary' in shown

    shown = _type_and_wait(
        qtbot, section, "Subject: Awaria {{ incident.title\n\nPodsumowanie: {{ summary }}\n"
    )
    assert shown.startswith("✖ wiersz 1: „{{” nie jest zamknięte: brakuje „}}”."), shown
