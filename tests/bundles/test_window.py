"""The import flow in the real window: a bundle dropped onto it → verification → diff →
apply; the status bar, the Runbooks section, the signers dialog and the watched folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.bundles import minisign
from app.bundles.history import current_bundle
from app.bundles.trust import TrustStore
from app.bundles.watch import set_watched_folder
from app.kit import Kit
from app.paths import KitPaths
from app.store.keys import NoKeyring
from app.store.store import Store
from app.ui.bundles.import_dialog import BundleImportDialog
from app.ui.bundles.settings_dialog import BundleSettingsDialog
from app.ui.main_window import MainWindow
from app.ui.runbooks import open_runbook
from app.ui.runbooks.section import RunbooksSection
from tests.bundles.conftest import Build


@pytest.fixture
def window(qtbot: QtBot, kit: Kit, store: Store, paths: KitPaths) -> MainWindow:
    win = MainWindow(paths=paths, keeper=NoKeyring())
    qtbot.addWidget(win)
    win.open_store(store)
    win.show()
    return win


def _runbooks(window: MainWindow) -> RunbooksSection:
    section = window.section("Runbooks")
    assert isinstance(section, RunbooksSection)
    return section


def _drop(window: MainWindow, path: Path) -> BundleImportDialog:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    dialog = _runbooks(window).bundles.dialog
    assert dialog is not None
    return dialog


def test_drop_verify_diff_apply(
    qtbot: QtBot, window: MainWindow, trusted: minisign.SecretKey, build: Build
) -> None:
    status = _runbooks(window).bundles.status_label
    assert status.text() == "no bundle"
    dialog = _drop(window, build(1))
    qtbot.waitUntil(dialog.apply_button.isEnabled, timeout=10000)
    assert dialog.verdict.text().startswith("✔ Signature verified")
    assert "partner-directory" in dialog.details.text()
    areas = [dialog.tree.topLevelItem(i).text(0) for i in range(dialog.tree.topLevelItemCount())]
    assert "Contacts  (+5)" in areas and "Runbooks  (+2)" in areas
    assert not dialog.discard_local.isVisible()

    with qtbot.waitSignal(dialog.applied, timeout=10000):
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert status.text() == "bundle v1 (0 days)"
    assert window.kit is not None and current_bundle(window.kit.store.conn) is not None

    section = _runbooks(window)
    window.show_section("Runbooks")
    assert section.list.count() == 2 and not section.empty.isVisible()
    qtbot.keyClicks(section.search, "bcc")
    assert [section.list.item(i).text() for i in range(section.list.count())] == [
        "Send through webmail"
    ]
    assert "Bcc" in section.page.toPlainText()
    assert open_runbook(window, "connect-modem")
    assert section.search.text() == ""
    assert "solid blue" in section.page.toPlainText()
    assert not open_runbook(window, "no-such-runbook")


def test_an_unknown_signer_is_refused_in_the_window(
    qtbot: QtBot, window: MainWindow, trusted: minisign.SecretKey, build: Build
) -> None:
    dialog = _drop(window, build(1, key=minisign.generate()))
    qtbot.waitUntil(lambda: dialog.verdict.text().startswith("✖"), timeout=10000)
    assert "does not trust" in dialog.details.text()
    assert dialog.apply_button.isHidden()
    assert _runbooks(window).bundles.status_label.text() == "no bundle"


def test_an_expired_bundle_shows_its_warning_before_applying(
    qtbot: QtBot, window: MainWindow, trusted: minisign.SecretKey, source: Path, tmp_path: Path
) -> None:
    from datetime import timedelta

    from app.bundles.builder import build_bundle, write_bundle
    from app.timefmt import now

    out = tmp_path / "expired.zip"
    write_bundle(
        build_bundle(
            source, key=trusted, version=1, expires_days=30, at=now() - timedelta(days=70)
        ),
        out,
    )
    dialog = _drop(window, out)
    qtbot.waitUntil(dialog.apply_button.isEnabled, timeout=10000)
    assert dialog.warnings.isVisible() and "EXPIRED" in dialog.warnings.text()
    with qtbot.waitSignal(dialog.applied, timeout=10000):
        dialog.apply_button.click()
    assert _runbooks(window).bundles.status_label.text() == "bundle v1 (70 days) · expired"


def test_the_watched_folder_opens_a_new_bundle(
    qtbot: QtBot, window: MainWindow, trusted: minisign.SecretKey, build: Build, tmp_path: Path
) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    assert window.kit is not None
    set_watched_folder(window.kit.store.conn, window.kit.audit, stick)
    controller = _runbooks(window).bundles
    controller.watch_changed()
    assert controller.dialog is None
    bundle = build(1)
    for path in (bundle, bundle.with_name(bundle.name + ".minisig")):
        path.rename(stick / path.name)
    controller.scan_watched()  # what the file watcher / poll timer call
    dialog = controller.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.apply_button.isEnabled, timeout=10000)
    assert dialog.isVisible()


def test_signers_dialog_pins_after_showing_the_fingerprint(
    qtbot: QtBot,
    window: MainWindow,
    signer: minisign.SecretKey,
    key_prefix: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert window.kit is not None
    dialog = BundleSettingsDialog(window.kit, window)
    qtbot.addWidget(dialog)
    asked: list[str] = []

    def answer(parent: object, title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    dialog.pin(Path(str(key_prefix) + ".pub"), "primary")
    assert signer.public.fingerprint in asked[0]
    assert signer.public.fingerprint in dialog.signer_labels["primary"].text()
    assert dialog.signer_labels["backup"].text() == "none pinned"
    signers = TrustStore(conn=window.kit.store.conn, audit=window.kit.audit).signers()
    assert [s.role for s in signers] == ["primary"]
