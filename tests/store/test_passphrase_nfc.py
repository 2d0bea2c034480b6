"""A passphrase with Polish letters is the same passphrase however its letters are encoded: a
file saved by a Mac editor holds "Zażółć" decomposed (z + combining dot …, NFD) where the
window's field and a Linux terminal give the composed letters (NFC). The file was refused as
the wrong passphrase (a tester's finding). A key file wrapped before the kit normalised (with
a decomposed passphrase) still opens, either way."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from app.paths import KitPaths
from app.store.keys import SCRYPT_N, KeyFile, NoKeyring
from app.store.unlock import unlock_with_passphrase
from app.ui.main_window import MainWindow
from tests.support.cli import CliRunner
from tests.support.first_run import created_store, first_run_dialog

TYPED = unicodedata.normalize("NFC", "Zażółć gęślą jaźń 2026")
DECOMPOSED = unicodedata.normalize("NFD", TYPED)


def _type(qtbot: QtBot, editor: QLineEdit, text: str) -> None:
    """Key presses carrying the letters, as a Polish keyboard layout sends them
    (qtbot.keyClicks types Latin-1 only)."""
    editor.setFocus()
    for letter in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                editor, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, letter)
            )
    qtbot.wait(1)


def _decomposed_file(tmp_path: Path) -> Path:
    path = tmp_path / "passphrase-from-a-mac.txt"
    path.write_bytes((DECOMPOSED + "\n").encode("utf-8"))
    assert TYPED.encode("utf-8") not in path.read_bytes()  # truly another encoding
    return path


def test_typed_at_first_start_then_opened_with_a_decomposed_file(
    qtbot: QtBot, tmp_path: Path
) -> None:
    home = tmp_path / "kit"
    dialog = first_run_dialog(qtbot, home)
    _type(qtbot, dialog.passphrase, TYPED)
    _type(qtbot, dialog.repeat, TYPED)
    assert dialog.passphrase.text() == TYPED
    dialog.buttons.accepted.emit()
    created_store(qtbot, dialog, home)[0].close()

    cli = CliRunner(home=home, passphrase_file=_decomposed_file(tmp_path))
    opened = cli("check")
    assert opened.code == 0, opened.err
    assert "does not open this store" not in opened.err


def test_created_with_a_decomposed_file_then_unlocked_by_typing(
    qtbot: QtBot, tmp_path: Path
) -> None:
    home = tmp_path / "kit"
    cli = CliRunner(home=home, passphrase_file=_decomposed_file(tmp_path))
    made = cli("init", "--operator", "Night Duty")
    assert made.code == 0, made.err
    window = MainWindow(paths=KitPaths(home), keeper=NoKeyring())
    qtbot.addWidget(window)
    window.show()
    _type(qtbot, window.lock_panel.passphrase, TYPED)
    qtbot.keyClick(window.lock_panel.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.kit is not None, timeout=10000)
    assert window.kit is not None
    window.kit.close()
    window.kit = None


def test_a_key_file_wrapped_decomposed_before_still_opens(tmp_path: Path) -> None:
    """Before this change the key was wrapped with the passphrase's bytes as given: a store
    set up from a Mac editor's file holds a decomposed wrap. Both spellings open it."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    paths = KitPaths(tmp_path / "kit")
    cli = CliRunner(home=paths.home, passphrase_file=_decomposed_file(tmp_path))
    assert cli("init", "--operator", "Night Duty").code == 0
    raw = KeyFile.load(paths.key_file).unwrap(TYPED)
    old = KeyFile.load(paths.key_file)
    kek = Scrypt(salt=old.salt, length=32, n=SCRYPT_N, r=8, p=1).derive(DECOMPOSED.encode())
    wrapped = AESGCM(kek).encrypt(old.nonce, raw, old.store_id.encode("utf-8"))
    KeyFile(old.store_id, old.salt, old.nonce, wrapped).save(paths.key_file)

    for spelling in (TYPED, DECOMPOSED):
        unlock_with_passphrase(paths, spelling, NoKeyring()).close()
    assert cli("check").code == 0
