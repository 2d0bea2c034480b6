"""The Contacts section follows a signed contact bundle applied while it is on screen: the
officer who applies IT's new bundle (from the watched USB stick) sees its partners and groups
at once, with the group and the partner they had chosen still chosen — not the old directory
until they open the section again."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.bundles import minisign
from app.bundles.importer import BundleImporter
from app.bundles.watch import set_watched_folder
from app.kit import Kit
from app.paths import KitPaths
from app.store.store import Store
from app.ui.contacts.section import ContactsSection
from app.ui.main_window import MainWindow
from app.ui.runbooks.section import RunbooksSection
from tests.bundles.conftest import Build
from tests.support.unlocked import close_kit, section_on

NEW_PARTNER = (
    "Epsilon Mobile,Billing desk,billing@epsilon.example.com,,en,UTC,all;subscriptions,email\n"
)
NEW_GROUP = "nordics,Nordic partners,Partners in the Nordics\n"


def _shown(section: ContactsSection) -> list[str]:
    model = section.contacts_model
    return [model.row_at(i).organisation for i in range(model.rowCount())]


def _groups(section: ContactsSection) -> list[str]:
    model = section.groups_model
    return [model.row_at(i).id for i in range(model.rowCount())]


def _chosen(section: ContactsSection) -> list[str]:
    rows = section.contacts.selectionModel().selectedRows()
    return [section.contacts_model.row_at(r.row()).organisation for r in rows]


def test_contacts_on_screen_show_the_bundle_just_applied(
    qtbot: QtBot,
    kit: Kit,
    store: Store,
    paths: KitPaths,
    trusted: minisign.SecretKey,
    build: Build,
    source: Path,
    tmp_path: Path,
) -> None:
    importer = BundleImporter(conn=kit.store.conn, audit=kit.audit)
    importer.apply(importer.inspect(build(1)))
    newer = tmp_path / "source-v2"
    shutil.copytree(source, newer)
    with (newer / "contacts.csv").open("a", encoding="utf-8") as contacts:
        contacts.write(NEW_PARTNER)
    with (newer / "groups.csv").open("a", encoding="utf-8") as groups:
        groups.write(NEW_GROUP)
    stick = tmp_path / "usb"
    stick.mkdir()
    set_watched_folder(kit.store.conn, kit.audit, stick)

    section = section_on(qtbot, paths, store, ContactsSection)
    window = section.window()
    assert isinstance(window, MainWindow)
    group = section.group.findData("subscriptions")
    section.group.setCurrentIndex(group)  # the officer looks at one group
    assert sorted(_shown(section)) == ["Beta Games", "Epsilon Apps"]
    row = _shown(section).index("Epsilon Apps")
    at = section.contacts.visualRect(section.contacts_model.index(row, 0)).center()
    qtbot.mouseClick(section.contacts.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert _chosen(section) == ["Epsilon Apps"]
    assert "nordics" not in _groups(section)

    runbooks = window.section("Runbooks")
    assert isinstance(runbooks, RunbooksSection)
    bundle = build(2, folder=newer)
    for path in (bundle, bundle.with_name(bundle.name + ".minisig")):
        path.rename(stick / path.name)
    runbooks.bundles.scan_watched()  # what the folder watcher / poll timer call
    dialog = runbooks.bundles.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.apply_button.isEnabled, timeout=10000)
    with qtbot.waitSignal(dialog.applied, timeout=10000):
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)

    assert window.stack.currentWidget().isAncestorOf(section)  # still on Contacts
    assert sorted(_shown(section)) == ["Beta Games", "Epsilon Apps", "Epsilon Mobile"]
    assert section.group.currentData() == "subscriptions"
    assert _chosen(section) == ["Epsilon Apps"]
    assert "nordics" in _groups(section)
    assert section.count.text() == "3 contacts"
    close_kit(window)
