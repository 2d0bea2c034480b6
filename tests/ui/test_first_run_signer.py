"""First start can pin IT's bundle signing key, with its fingerprint shown to compare."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from app.bundles import minisign
from app.bundles.trust import TrustStore
from app.commands.context import CliContext
from app.kit import Kit
from app.store.keys import NoKeyring
from app.ui.app import create_store
from app.ui.bundles.first_signer import SignerChoice, add_signer_choice
from app.ui.first_run import FirstRunDialog
from app.ui.main_window import MainWindow

PASSPHRASE = "Correct-Horse-42-battery"


def test_first_run_pins_the_chosen_signer(qtbot: QtBot, tmp_path: Path) -> None:
    key = minisign.generate().public
    pub = tmp_path / "it.pub"
    pub.write_text(key.file_text())
    not_a_key = tmp_path / "notes.pub"
    not_a_key.write_text("hello\n")

    dialog = FirstRunDialog(tmp_path / "kit")
    qtbot.addWidget(dialog)
    choice: SignerChoice = add_signer_choice(dialog, dialog.extra)
    choice.set_file(not_a_key)
    assert choice.key is None and "Not a signing key" in choice.fingerprint.text()
    choice.set_file(pub)
    assert key.fingerprint in choice.fingerprint.text()

    dialog.operator.setText("Night Duty")
    dialog.passphrase.setText(PASSPHRASE)
    dialog.repeat.setText(PASSPHRASE)
    dialog.buttons.accepted.emit()
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted

    ctx = CliContext(home=tmp_path / "kit", passphrase_file=None, as_json=False, keeper=NoKeyring())
    window = MainWindow(paths=ctx.paths, keeper=ctx.keeper)
    qtbot.addWidget(window)
    store = create_store(dialog, ctx, window)
    kit = Kit.open(store)
    signers = TrustStore(conn=kit.store.conn, audit=kit.audit).signers()
    assert [(s.role, s.fingerprint) for s in signers] == [("primary", key.fingerprint)]
    assert kit.audit.entries(action_prefix="bundle.signer_pinned")
    store.close()


def test_a_path_typed_into_the_signer_field_is_read(qtbot: QtBot, tmp_path: Path) -> None:
    """The field took focus and looked editable, and what was typed there was dropped: a
    typed (or pasted, with its quotes) path is read on Enter (or leaving the field), its fingerprint
    shown; a wrong one is said, and clearing the field pins nobody."""
    from PySide6.QtCore import Qt

    key = minisign.generate().public
    pub = tmp_path / "it.pub"
    pub.write_text(key.file_text())
    dialog = FirstRunDialog(tmp_path / "kit")
    qtbot.addWidget(dialog)
    choice: SignerChoice = add_signer_choice(dialog, dialog.extra)
    dialog.show()
    qtbot.keyClicks(dialog.operator, "Night Duty")
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClicks(dialog.repeat, PASSPHRASE)
    qtbot.keyClicks(choice.path, str(tmp_path / "nothing.pub"))
    qtbot.keyClick(choice.path, Qt.Key.Key_Return)
    assert choice.key is None and "Not a signing key" in choice.fingerprint.text()
    choice.path.selectAll()
    qtbot.keyClicks(choice.path, f'"{pub}"')
    qtbot.keyClick(choice.path, Qt.Key.Key_Return)
    assert choice.key == key and key.fingerprint in choice.fingerprint.text()
    assert dialog.isVisible() and dialog.result() == 0  # Enter read the path, did not press OK
    choice.path.setFocus()
    choice.path.selectAll()
    qtbot.keyClick(choice.path, Qt.Key.Key_Delete)
    qtbot.keyClick(choice.path, Qt.Key.Key_Return)
    assert choice.key is None and choice.fingerprint.text() == ""
