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


def test_the_path_lights_show_the_paths_a_bundle_brings(
    qtbot: QtBot,
    kit: Kit,
    trusted: minisign.SecretKey,
    build: Build,
    cli: CliRunner,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Before: "paths: none set up" stayed red after the bundle brought a relay, until the
    officer found "Probe now" (a new user waited 40 s, then went looking)."""
    from PySide6.QtCore import QThreadPool

    from app.ui.outbox import section as section_module
    from app.ui.outbox.section import OutboxSection

    monkeypatch.setattr(section_module, "REFRESH_MS", 200)
    section = OutboxSection(kit)
    qtbot.addWidget(section)
    try:
        qtbot.waitUntil(lambda: "none set up" in section.lights.text(), timeout=15000)
        applied = cli.subprocess("bundle", "import", str(build(7)), "--yes")  # IT, by CLI
        assert applied.code == 0, applied.err
        qtbot.waitUntil(lambda: "office-relay" in section.lights.text(), timeout=30000)
        assert "none set up" not in section.lights.text()
        assert "modem-smtp" in section.lights.toolTip()
    finally:
        section.shutdown()
        QThreadPool.globalInstance().waitForDone()
