"""A bundle that changes a template the officer edited here says so in its diff, before the
officer accepts (a walk's finding: the diff said only "kept: template … (edited on this
workstation)", so the officer could not know IT's new text would not be used): the local
edit stays in force, the bundle's text applies once the template is reset — in the window's
import dialog and in `bundle import`'s preview, en + pl."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocumentFragment
from pytestqt.qtbot import QtBot

from app.bundles import minisign
from app.bundles.importer import BundleImporter
from app.kit import Kit
from app.notices.catalog import TemplateCatalog
from app.ui.bundles.import_dialog import BundleImportDialog
from app.ui.language import install_language
from app.ui.main_window import MainWindow
from tests.bundles.conftest import Build
from tests.bundles.test_local_edit_keeps_bundle import (
    LOCAL_EDIT,
    SV_UPDATE,
    SV_UPDATE_V2,
    _shown,
    edited_then_v2,
    kit_with_bundle,
)
from tests.bundles.test_window import _drop, window
from tests.support.cli import CliRunner

__all__ = ["kit_with_bundle", "window"]  # fixtures
SV = "templates/disaster/update.sv.j2"
CHANGED = (
    f"edited here: template {SV} — the bundle changes it too. Your edit stays in force over "
    "the bundle's text, which applies once you remove the edit (Templates ▸ Remove local "
    "edit, 'outage-kit templates reset'), unless you take the bundle's now"
)
# how to take it, named as each front end does it (a walk: the sentence ended "…unless you
# take the bundle's now", without saying how)
CLI_TAKE = CHANGED + ": run the import again with --discard-local-edits"
WINDOW_TAKE = (
    CHANGED + ": tick “Replace the contacts and templates edited on this workstation with "
    "the bundle's” below before Apply"
)


def test_bundle_import_says_it_changes_a_template_edited_here(
    kit_with_bundle: tuple[CliRunner, Path],
    source: Path,
    key_prefix: Path,
    key_passphrase_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    cli, _ = kit_with_bundle
    v2 = edited_then_v2(cli, source, key_prefix, key_passphrase_file, tmp_path)

    preview = cli("bundle", "import", str(v2))  # no --yes, no terminal: shown, not applied
    assert preview.code != 0
    assert CLI_TAKE in preview.out, preview.out
    assert "No changes to the directory apart from the local edits below." in preview.out
    shown = cli("--json", "bundle", "import", str(v2)).json()["details"]["output"]
    assert CHANGED in shown["local_edits"][0], shown
    monkeypatch.setenv("OUTAGE_KIT_LANG", "pl")
    polish = cli("bundle", "import", str(v2)).out
    monkeypatch.delenv("OUTAGE_KIT_LANG")
    assert "pakiet też go zmienia" in polish and "Twoja zmiana obowiązuje" in polish, polish

    # what it said is what happens: the edit stays, the reset brings the bundle's new text
    assert cli("bundle", "import", str(v2), "--yes").code == 0
    assert _shown(cli, "disaster/update.sv")["source"] == LOCAL_EDIT
    assert cli("templates", "reset", "disaster/update.sv").code == 0
    assert _shown(cli, "disaster/update.sv")["source"] == SV_UPDATE_V2


def test_the_import_dialog_says_it_changes_a_template_edited_here(
    qtbot: QtBot,
    window: MainWindow,
    kit: Kit,
    importer: BundleImporter,
    trusted: minisign.SecretKey,
    build: Build,
    source: Path,
) -> None:
    (source / "templates/disaster/update.sv.j2").write_text(SV_UPDATE, encoding="utf-8")
    importer.apply(importer.inspect(build(1)))
    TemplateCatalog(conn=kit.store.conn, audit=kit.audit).save_local(
        "disaster", "update", "sv", "email", LOCAL_EDIT
    )
    (source / "templates/disaster/update.sv.j2").write_text(SV_UPDATE_V2, encoding="utf-8")
    v2 = build(2)

    dialog = _drop(window, v2)
    qtbot.waitUntil(dialog.apply_button.isEnabled, timeout=10000)
    assert WINDOW_TAKE in _local_edits(dialog)
    assert dialog.discard_local.isVisible()
    qtbot.mouseClick(dialog.decline_button, Qt.MouseButton.LeftButton)

    install_language("pl")
    try:
        dialog = _drop(window, v2)
        qtbot.waitUntil(dialog.apply_button.isEnabled, timeout=10000)
        said = _local_edits(dialog)
    finally:
        install_language("en")
    assert "pakiet też go zmienia" in said and "Twoja zmiana obowiązuje" in said, said


def _local_edits(dialog: BundleImportDialog) -> str:
    """What the dialog says under "Local edits on this workstation", as shown."""
    assert dialog.local_edits.isVisible()
    return QTextDocumentFragment.fromHtml(dialog.local_edits.text()).toPlainText()
