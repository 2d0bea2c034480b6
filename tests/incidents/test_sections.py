"""Contacts and Templates sections, the incidents table model and the timer alerts, in the
real window."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.contacts.demo import load_demo
from app.kit import Kit
from app.notices.catalog import TemplateCatalog
from app.paths import KitPaths
from app.store.keys import NoKeyring
from app.store.store import Store
from app.ui.contacts.section import ContactsSection
from app.ui.incidents.section import IncidentsSection
from app.ui.main_window import MainWindow
from app.ui.templates_view.section import TemplatesSection
from tests.ui.test_templates_view import _answer


@pytest.fixture
def window(qtbot: QtBot, store: Store, paths: KitPaths) -> Iterator[MainWindow]:
    load_demo(Kit.open(store))
    shown = MainWindow(paths=paths, keeper=NoKeyring())
    qtbot.addWidget(shown)
    shown.open_store(store)
    shown.show()
    # pytest-qt closes the window (which drops its sections) before fixture teardown runs.
    qtbot.waitUntil(lambda: shown.health_label.text() == "store OK", timeout=10000)
    yield shown


def test_contacts_search_and_group_filter(qtbot: QtBot, window: MainWindow) -> None:
    section = window.show_section("Contacts")
    assert isinstance(section, ContactsSection)
    assert section.demo_note.isVisibleTo(section)
    assert section.contacts_model.rowCount() == 15
    qtbot.keyClicks(section.search, "ipanema")
    assert section.contacts_model.rowCount() == 2
    section.search.clear()
    section.group.setCurrentIndex(section.group.findData("brazil"))
    rows = [section.contacts_model.row_at(i) for i in range(section.contacts_model.rowCount())]
    assert rows and all("brazil" in c.groups for c in rows)
    assert section.groups_model.rowCount() == 4


def test_template_local_edit_with_live_lint(qtbot: QtBot, window: MainWindow) -> None:
    section = window.show_section("Templates")
    assert isinstance(section, TemplatesSection)
    items = [section.list.item(i) for i in range(section.list.count())]
    target = next(i for i in items if i.text().startswith("disaster initial pl e-mail"))
    section.list.setCurrentItem(target)
    qtbot.waitUntil(lambda: "No problems" in section.lint.text())
    assert "impact" in section.lint.text()
    section.editor.setPlainText("no subject line {{ impact }}")
    qtbot.waitUntil(lambda: "Subject" in section.lint.text())
    assert not section.save_button.isEnabled()
    # a local edit asks the same fields as the other languages of its stage
    section.editor.setPlainText(
        "Subject: Awaria {{ incident.title }}\n\n{{ impact }}\nStart: {{ started }}\n"
        "{{ actions }}\nKolejna: {{ next_update }}\n"
    )
    qtbot.waitUntil(lambda: "No problems" in section.lint.text())
    assert "Awaria ‹incident.title›" in section.preview.toPlainText()
    qtbot.waitUntil(section.save_button.isEnabled, timeout=10000)
    qtbot.mouseClick(section.save_button, Qt.MouseButton.LeftButton)
    assert window.kit is not None
    catalog = TemplateCatalog(conn=window.kit.store.conn)
    assert catalog.get("disaster", "initial", "pl").origin == "local"
    assert section.remove_button.isEnabled()
    asked: list[str] = []
    _answer(qtbot, QMessageBox.StandardButton.Yes, asked)  # "Remove the local edit…?"
    qtbot.mouseClick(section.remove_button, Qt.MouseButton.LeftButton)
    assert asked and "shipped template comes back" in asked[0]
    assert catalog.get("disaster", "initial", "pl").origin == "shipped"


def test_incidents_model_and_notify_by_alert(
    qtbot: QtBot, window: MainWindow, qtmodeltester: object
) -> None:
    section = window.show_section("Incidents")
    assert isinstance(section, IncidentsSection)
    detected = datetime.now(UTC) - timedelta(minutes=12)
    incident = section.service.create("disaster", "SMS down", ["sms"], detected=detected)
    section.reload()
    qtmodeltester.check(section.model)  # type: ignore[attr-defined]
    assert section.model.rowCount() == 1
    assert "notify by" in section.timer_text(incident)
    assert section.timer_state(incident) == "soon"
    assert incident.reference in section.urgent.text()
    assert section.banner.isVisibleTo(section.banner.parentWidget())
    assert "notify partners by" in section.banner.text()
    assert section.alerts.shown == [section.banner.text().removeprefix("⚠ ")]
    section.tick()
    assert len(section.alerts.shown) == 1  # raised once, not every second
