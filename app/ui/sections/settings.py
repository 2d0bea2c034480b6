"""Settings: timers and limits, the recovery passphrase, key rotation."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import recovery
from app.kit import Kit
from app.settings import SETTINGS
from app.ui.errors import show_error
from app.ui.section import Section

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class SettingsSection(Section):
    title = "Settings"

    def __init__(self, kit: Kit, parent: QWidget | None = None) -> None:
        super().__init__(kit, parent)
        self.spins: dict[str, QSpinBox] = {}
        timers = QGroupBox("Timers and limits")
        form = QFormLayout(timers)
        for spec in SETTINGS:
            spin = QSpinBox()
            spin.setRange(spec.minimum, spec.maximum)
            spin.setSuffix(f" {spec.unit}")
            spin.setValue(kit.settings.get(spec.key))
            self.spins[spec.key] = spin
            form.addRow(spec.label, spin)
        self.save_button = QPushButton("Save settings")
        self.save_button.clicked.connect(self.save)
        form.addRow(self.save_button)

        secret = QGroupBox("Recovery passphrase")
        pform = QFormLayout(secret)
        self.old_pass = _password_field()
        self.new_pass = _password_field()
        self.new_pass2 = _password_field()
        pform.addRow("Current passphrase", self.old_pass)
        pform.addRow("New passphrase", self.new_pass)
        pform.addRow("Repeat new passphrase", self.new_pass2)
        self.change_button = QPushButton("Change passphrase")
        self.change_button.clicked.connect(self.change_passphrase)
        self.rekey_button = QPushButton("Rotate the store key…")
        self.rekey_button.setToolTip(
            "Re-encrypts the store and its backups with a new key (needs the current passphrase)."
        )
        self.rekey_button.clicked.connect(self.rotate_key)
        pform.addRow(self.change_button)
        pform.addRow(self.rekey_button)
        self.message = QLabel()
        self.message.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(f"Operator: <b>{kit.operator}</b> · data folder: {kit.store.paths.home}")
        )
        layout.addWidget(timers)
        layout.addWidget(secret)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def save(self) -> None:
        try:
            for key, spin in self.spins.items():
                self.kit.settings.set(key, spin.value())
        except Exception as err:
            show_error(self, err)
            return
        window = cast("MainWindow", self.window())
        window.idle.set_minutes(self.kit.settings.get("idle_lock_minutes"))
        self.kit.store.backups.keep = self.kit.settings.get("backup_keep")
        self.message.setText("Settings saved.")

    def change_passphrase(self) -> None:
        new, repeated = self.new_pass.text(), self.new_pass2.text()
        problems = recovery.new_passphrase_problems(new, repeated, operator=self.kit.operator)
        if problems:
            self.message.setText("Not changed: " + " ".join(problems))
            return
        try:
            recovery.change_passphrase(
                self.kit, current=self.old_pass.text(), new=new, repeated=repeated
            )
        except Exception as err:
            show_error(self, err)
            return
        for field in (self.old_pass, self.new_pass, self.new_pass2):
            field.clear()
        self.message.setText("Recovery passphrase changed. Keep the new one safe.")

    def rotate_key(self) -> None:
        answer = QMessageBox.question(
            self,
            "Rotate the store key",
            "Re-encrypt the store and every backup with a new random key? The recovery "
            "passphrase stays the same. Enter it in 'Current passphrase' first.",
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        window = cast("MainWindow", self.window())
        try:
            recovery.rotate_key(self.kit, passphrase=self.old_pass.text(), keeper=window.keeper)
        except Exception as err:
            show_error(self, err)
            return
        self.old_pass.clear()
        self.message.setText("The store key was rotated.")
