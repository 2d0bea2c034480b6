"""IT applies a bundle from the command line while the window is open: the window's status
bar stops saying "no bundle" and names the applied version by itself (a new user found it
saying "no bundle" until the window was restarted)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

import app.ui.bundles.controller as controller
from app.bundles import minisign
from app.kit import Kit
from app.ui.bundles.controller import BundleController
from tests.bundles.conftest import Build
from tests.support.cli import CliRunner


def test_the_status_bar_follows_a_bundle_applied_elsewhere(
    qtbot: QtBot,
    kit: Kit,
    trusted: minisign.SecretKey,
    build: Build,
    cli: CliRunner,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(controller, "STATUS_MS", 200)  # the same reading, sooner
    host = QWidget()
    qtbot.addWidget(host)
    bundles = BundleController(kit, host)
    assert bundles.status_label.text() == "no bundle"

    bundle: Path = build(7, name="partners-v7.zip")
    applied = cli.subprocess("bundle", "import", str(bundle), "--yes")  # another process
    assert applied.code == 0, applied.err
    qtbot.waitUntil(lambda: bundles.status_label.text().startswith("bundle v7"), timeout=10000)
    assert "0 days" in bundles.status_label.text()
    bundles.freshen.stop()  # as the window does before its store closes (_drop_sections)
