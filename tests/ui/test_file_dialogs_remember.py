"""The next file dialog opens where the officer last picked a file: a new user chose IT's
key on a USB stick, then Import contact bundle opened in the home folder again (and again
after each bundle); the Backlog's and the Reports' dialogs did not follow either. Qt's file
dialog itself is not driven here (a native dialog); what the kit asks it to open is."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app.contacts.demo import load_demo
from app.incidents.service import IncidentService
from app.kit import Kit
from app.ui import recent_folder
from app.ui.backlog.section import BacklogSection
from app.ui.bundles.controller import BundleController
from app.ui.bundles.first_signer import SignerChoice
from app.ui.reports.section import ReportsSection


def test_the_bundle_dialog_opens_where_the_key_was_chosen(
    qtbot: QtBot, kit: Kit, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stick = tmp_path / "usb-stick"
    stick.mkdir()
    (stick / "it-ostrava.pub").write_text("not a key", encoding="utf-8")
    opened: list[str] = []

    def dialog(_parent: object, _title: str, folder: str, _filter: str) -> tuple[str, str]:
        opened.append(folder)
        return (str(stick / "it-ostrava.pub"), "") if len(opened) == 1 else ("", "")

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(dialog))
    monkeypatch.setattr(recent_folder, "_last", [])
    signer = SignerChoice()
    qtbot.addWidget(signer)
    signer._choose()
    host = QWidget()
    qtbot.addWidget(host)
    bundles = BundleController(kit, host)
    bundles.choose_file()  # cancelled: nothing opened, the folder kept
    bundles.choose_file()
    assert opened == [str(Path.home()), str(stick), str(stick)]
    bundles.freshen.stop()


def test_backlog_and_reports_dialogs_open_where_the_last_file_was_picked(
    qtbot: QtBot, kit: Kit, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The quarantine export from a stick, then its mapping, the write-off report, the
    decisions, a balance snapshot and a report export all start in that stick's folder."""
    stick = tmp_path / "usb-stick"
    stick.mkdir()
    export = stick / "bms-telephony.csv"
    export.write_text("not read here\n", encoding="utf-8")
    opened: list[str] = []

    def open_file(_parent: object, _title: str, folder: str, _filter: str) -> tuple[str, str]:
        opened.append(folder)
        return (str(export), "") if len(opened) == 1 else ("", "")

    def save_file(_parent: object, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        opened.append(str(Path(suggested).parent))
        return ("", "")  # cancelled: nothing written

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(open_file))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_file))
    monkeypatch.setattr(recent_folder, "_last", [])
    load_demo(kit)
    IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings).create(
        "disaster", "Billing down", ["platform"]
    )

    backlog = BacklogSection(kit)
    qtbot.addWidget(backlog)
    backlog.show()
    backlog.shown()
    records = backlog.records
    dialog = records.open_import()
    choose_file, choose_mapping = [
        b for b in dialog.findChildren(QPushButton) if b.text() == "Choose…"
    ]
    qtbot.mouseClick(choose_file, Qt.MouseButton.LeftButton)
    assert dialog.file.text() == str(export)
    qtbot.mouseClick(choose_mapping, Qt.MouseButton.LeftButton)
    dialog.reject()
    qtbot.mouseClick(records.report_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(records.decisions_button, Qt.MouseButton.LeftButton)
    backlog.tabs.setCurrentIndex(backlog.tabs.count() - 1)
    [snapshot] = [b for b in backlog.findChildren(QPushButton) if b.text() == "Import snapshot…"]
    qtbot.mouseClick(snapshot, Qt.MouseButton.LeftButton)

    reports = ReportsSection(kit)
    qtbot.addWidget(reports)
    reports.show()
    reports.shown()
    qtbot.mouseClick(reports.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: reports.panel.document is not None and not reports.panel.busy)
    qtbot.mouseClick(reports.panel.export_buttons["csv"], Qt.MouseButton.LeftButton)

    assert opened[0] == str(Path.home())  # nothing picked yet in this run
    assert opened[1:] == [str(stick)] * 5, opened
