"""The first-run choice "IT's signing key": pin the first trusted bundle signer at once, so
the first signed bundle can be imported without another trip to the settings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.bundles.minisign import PublicKey
from app.bundles.trust import TrustStore
from app.errors import UserError
from app.kit import Kit
from app.store.store import Store
from app.ui.recent_folder import remember, start_folder

OBJECT_NAME = "first_signer"


class _PathField(QLineEdit):
    """Enter reads the typed path and stays in the dialog: it must not press OK and create
    the store before the officer compared the fingerprint it shows."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)  # Enter: editingFinished, then the event is ignored
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()


class SignerChoice(QWidget):
    """The key file's path, typed or set by *Choose…*, and its fingerprint to compare with
    IT's (a typed path is read when the field is left or Enter is pressed)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(OBJECT_NAME)
        self.key: PublicKey | None = None
        self._loaded = ""  # the path `key` was read from
        self.path = _PathField()
        self.path.editingFinished.connect(self._typed)
        self.path.setPlaceholderText(self.tr("optional: IT's bundle signing key (.pub)"))
        self.choose = QPushButton(self.tr("Choose…"))
        self.choose.clicked.connect(self._choose)
        self.fingerprint = QLabel()
        self.fingerprint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Trusted bundle signer")))
        row.addWidget(self.path, 1)
        row.addWidget(self.choose)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.fingerprint)

    def _choose(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("IT's bundle signing key"),
            start_folder(),
            self.tr("Public keys (*.pub)"),
        )
        if remember(chosen):
            self.set_file(Path(chosen))

    def _typed(self) -> None:
        text = self.path.text().strip().strip('"')  # a path copied with its quotes
        if not text:
            self.key = None
            self.fingerprint.clear()
        elif self.key is None or text != self._loaded:
            self.set_file(Path(text).expanduser())

    def set_file(self, path: Path) -> None:
        self._loaded = str(path)
        self.path.setText(str(path))
        try:
            self.key = PublicKey.load(path)
        except UserError as err:
            self.key = None
            self.fingerprint.setText(self.tr("Not a signing key: {err}").format(err=err))
            self.fingerprint.setStyleSheet("color: #b00020;")
            return
        self.fingerprint.setText(
            self.tr("Fingerprint {fingerprint} — compare it with the one IT gave you.").format(
                fingerprint=self.key.fingerprint
            )
        )
        self.fingerprint.setStyleSheet("")


def add_signer_choice(dialog: QDialog, extra: QVBoxLayout) -> SignerChoice:
    choice = SignerChoice(dialog)
    extra.addWidget(choice)
    return choice


def pin_chosen_signer(dialog: QDialog, store: Store) -> None:
    choice = dialog.findChild(SignerChoice, OBJECT_NAME)
    if choice is None or choice.key is None:
        return
    kit = Kit.open(store)
    TrustStore(conn=kit.store.conn, audit=kit.audit).pin(choice.key, role="primary")
