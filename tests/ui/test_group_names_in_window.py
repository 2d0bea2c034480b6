"""The Contacts section and `contacts groups` name the partner groups in the kit's language:
a Polish window listed "Everyone" and "Subscription partners" (and the services they hear
about in English) though the bundle names them "Wszyscy partnerzy" and "Abonamenty"
(groups.csv `name.pl`); the incident page and the report already used those names."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.kit import Kit
from app.paths import KitPaths
from app.store.store import Store
from app.ui.contacts.section import ContactsSection
from tests.reports.test_group_names_polish import _bundle
from tests.support.cli import CliRunner
from tests.support.unlocked import small_window


def test_the_polish_contacts_section_names_groups_in_polish(
    qtbot: QtBot, store: Store, paths: KitPaths, tmp_path: Path
) -> None:
    _bundle(Kit.open(store), tmp_path / "bundle")
    window = small_window(qtbot, store, paths, "pl")
    section = window.show_section("Contacts")
    assert isinstance(section, ContactsSection)
    chosen = [section.group.itemText(i) for i in range(section.group.count())]
    assert sorted(chosen[1:]) == ["Abonamenty", "Wszyscy partnerzy"], chosen
    model = section.groups_model
    shown = [model.index(r, 0).data(Qt.ItemDataRole.DisplayRole) for r in range(model.rowCount())]
    assert sorted(shown) == ["Abonamenty", "Wszyscy partnerzy"]


def test_contacts_groups_names_them_in_the_kits_language(
    kit: Kit, cli: CliRunner, tmp_path: Path
) -> None:
    _bundle(kit, tmp_path / "bundle")
    kit.store.close()
    polish = cli.subprocess("contacts", "groups", env={"OUTAGE_KIT_LANG": "pl"})
    assert polish.code == 0, polish.err
    assert "Wszyscy partnerzy" in polish.out and "Everyone" not in polish.out
    english = cli.subprocess("contacts", "groups", env={"OUTAGE_KIT_LANG": "en"})
    assert "Everyone" in english.out and "Wszyscy" not in english.out
