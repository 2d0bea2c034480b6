"""Settings: timers and limits, the recovery passphrase, key rotation."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import recovery
from app.i18n import Msg, stored_choice
from app.kit import Kit
from app.running_work import no_work_running
from app.settings import SETTINGS, unit_name
from app.ui.elided import ElidedLabel
from app.ui.errors import show_error
from app.ui.language import language_names
from app.ui.section import Section
from app.ui.wheel import Combo
from app.ui.wheel_boxes import SpinBox

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class SettingsSection(Section):
    title = "Settings"  # the navigation key; shown translated (app.ui.sections)

    def __init__(self, kit: Kit, parent: QWidget | None = None) -> None:
        super().__init__(kit, parent)
        self.spins: dict[str, QSpinBox] = {}
        timers = QGroupBox(self.tr("Timers and limits"))
        form = QFormLayout(timers)
        # long labels (Polish) keep clear of their fields, and go above them when the
        # window is too narrow for both on one line
        form.setHorizontalSpacing(18)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for spec in SETTINGS:
            spin = SpinBox()
            spin.setRange(spec.minimum, spec.maximum)
            spin.setSuffix(" " + unit_name(spec.unit))
            spin.setValue(kit.settings.get(spec.key))
            self.spins[spec.key] = spin
            form.addRow(Msg.tr(spec.label), spin)
        self.save_button = QPushButton(self.tr("Save settings"))
        self.save_button.clicked.connect(self.save)
        form.addRow(self.save_button)

        secret = QGroupBox(self.tr("Recovery passphrase"))
        pform = QFormLayout(secret)
        self.old_pass = _password_field()
        self.new_pass = _password_field()
        self.new_pass2 = _password_field()
        pform.addRow(self.tr("Current passphrase"), self.old_pass)
        pform.addRow(self.tr("New passphrase"), self.new_pass)
        pform.addRow(self.tr("Repeat new passphrase"), self.new_pass2)
        self.change_button = QPushButton(self.tr("Change passphrase"))
        self.change_button.clicked.connect(self.change_passphrase)
        self.rekey_button = QPushButton(self.tr("Rotate the store key…"))
        self.rekey_button.setToolTip(
            self.tr(
                "Re-encrypts the store and its backups with a new key "
                "(needs the current passphrase)."
            )
        )
        self.rekey_button.clicked.connect(self.rotate_key)
        pform.addRow(self.change_button)
        pform.addRow(self.rekey_button)
        self.message = QLabel()
        self.message.setWordWrap(True)

        layout = QVBoxLayout(self)
        who = QHBoxLayout()
        who.addWidget(
            QLabel(
                self.tr("Operator: <b>{operator}</b>").format(operator=html.escape(kit.operator))
            )
        )
        # a profile folder on Windows is long (C:\Users\…\AppData\Local\…): cut in the
        # middle, whole in the tooltip, never widening the section on a small screen
        folder = ElidedLabel(
            self.tr("· data folder: {home}").format(home=kit.store.paths.home),
            mode=Qt.TextElideMode.ElideMiddle,
        )
        folder.setObjectName("data_folder")
        who.addWidget(folder, 1)
        layout.addLayout(who)
        layout.addWidget(self._language_box())
        layout.addWidget(timers)
        layout.addWidget(secret)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def _language_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Language"))
        row = QHBoxLayout(box)
        self.language = Combo()
        for choice, label in language_names():
            self.language.addItem(label, choice)
        self.language.setCurrentIndex(
            max(0, self.language.findData(stored_choice(self.kit.store.paths.home)))
        )
        self.language_button = QPushButton(self.tr("Use this language"))
        self.language_button.setToolTip(
            self.tr(
                "The window and the command line speak this language on this workstation; "
                "dates and numbers follow it too."
            )
        )
        self.language_button.clicked.connect(self.apply_language)
        row.addWidget(self.language, 1)
        row.addWidget(self.language_button)
        return box

    def apply_language(self) -> None:
        choice = str(self.language.currentData())
        window = cast("MainWindow", self.window())
        try:
            window.change_language(choice)  # builds this section again, in the new language
        except OSError as err:  # the data folder refused the small language file
            show_error(self, err)

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
        self.message.setText(self.tr("Settings saved."))

    def change_passphrase(self) -> None:
        new, repeated = self.new_pass.text(), self.new_pass2.text()
        problems = recovery.new_passphrase_problems(new, repeated, operator=self.kit.operator)
        if problems:
            self.message.setText(self.tr("Not changed:") + " " + " ".join(problems))
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
        self.message.setText(self.tr("Recovery passphrase changed. Keep the new one safe."))

    def rotate_key(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Rotate the store key"),
            self.tr(
                "Re-encrypt the store and every backup in {backups} with a new random key? The "
                "recovery passphrase stays the same. Enter it in 'Current passphrase' first.\n\n"
                "Copies kept outside the data folder (made with 'outage-kit backup --out', or "
                "copied to a USB stick) keep the OLD key and will no longer restore: make a new "
                "off-site copy right after."
            ).format(backups=self.kit.store.paths.backups)
            + self._copies_text(),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        window = cast("MainWindow", self.window())
        try:
            with no_work_running(self.kit.store.paths.home, "rekey"):
                recovery.rotate_key(self.kit, passphrase=self.old_pass.text(), keeper=window.keeper)
        except Exception as err:
            show_error(self, err)
            return
        self.old_pass.clear()
        self.message.setText(
            self.tr(
                "The store key was rotated. Copies kept elsewhere (made with 'outage-kit backup "
                "--out', or copied by hand to a USB stick) still have the OLD key and no longer "
                "restore. Make a new off-site copy now: Backups ▸ Make a backup now, then copy "
                "the newest file from {backups} to the stick, or run 'outage-kit backup --out "
                "FILE'."
            ).format(backups=self.kit.store.paths.backups)
            + self._copies_text()
        )

    def _copies_text(self) -> str:
        return recovery.copies_text(
            recovery.offsite_copies(self.kit),
            self.tr("Off-site copies this kit made (they keep the old key):"),
        )
