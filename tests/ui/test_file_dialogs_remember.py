"""The next file dialog opens where the officer last picked a file: a new user chose IT's
key on a USB stick, then Import contact bundle opened in the home folder again (and again
after each bundle). Qt's file dialog itself is not driven here (a native dialog); what the
kit asks it to open is."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from app.kit import Kit
from app.ui import recent_folder
from app.ui.bundles.controller import BundleController
from app.ui.bundles.first_signer import SignerChoice


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
