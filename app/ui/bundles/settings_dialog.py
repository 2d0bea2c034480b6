"""Contact bundle and signers: what is applied, its history, the pinned primary and backup
keys (fingerprint shown before pinning), and the watched folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.bundles.history import AppliedBundle, applied_bundles
from app.bundles.minisign import PublicKey
from app.bundles.trust import ROLES, TrustStore
from app.bundles.watch import set_watched_folder, watched_folder
from app.errors import UserError
from app.i18n import Words
from app.kit import Kit
from app.ui.errors import show_error
from app.ui.language import local_text
from app.ui.recent_folder import remember, start_folder
from app.ui.table_model import Column, RowsModel


class BundleSettingsDialog(QDialog):
    watch_changed = Signal()
    import_requested = Signal()

    def __init__(self, kit: Kit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Contact bundle and signers"))
        self.resize(820, 520)
        self.kit = kit
        self.trust = TrustStore(conn=kit.store.conn, audit=kit.audit)

        self.signer_labels: dict[str, QLabel] = {}
        self.remove_buttons: dict[str, QPushButton] = {}
        signers = QGroupBox(
            self.tr("Trusted signers (only bundles signed by these keys are applied)")
        )
        grid = QGridLayout(signers)
        for row, role in enumerate(ROLES):
            label = QLabel()
            label.setWordWrap(True)
            self.signer_labels[role] = label
            pin = QPushButton(self.tr("Trust a {role} key file…").format(role=Words.tr(role)))
            pin.clicked.connect(lambda _=False, r=role: self.pin_from_file(r))
            remove = QPushButton(self.tr("Remove"))
            remove.clicked.connect(lambda _=False, r=role: self.remove(r))
            self.remove_buttons[role] = remove
            grid.addWidget(QLabel(f"<b>{Words.tr(role).capitalize()}</b>"), row, 0)
            grid.addWidget(label, row, 1)
            grid.addWidget(pin, row, 2)
            grid.addWidget(remove, row, 3)
        grid.setColumnStretch(1, 1)

        watch = QGroupBox(
            self.tr("Watched folder (e.g. a USB stick): new bundles there open by themselves")
        )
        self.watch_label = QLabel()
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self.choose_watch)
        clear = QPushButton(self.tr("Stop watching"))
        clear.clicked.connect(lambda: self._set_watch(None))
        watch_row = QHBoxLayout(watch)
        watch_row.addWidget(self.watch_label, 1)
        watch_row.addWidget(choose)
        watch_row.addWidget(clear)

        yes = self.tr("yes")
        self.history: RowsModel[AppliedBundle] = RowsModel(
            [
                Column(self.tr("Version"), lambda b: b.version),
                Column(self.tr("Name"), lambda b: b.name),
                Column(self.tr("Issued"), lambda b: local_text(b.issued)),
                Column(self.tr("Applied"), lambda b: local_text(b.applied_at)),
                Column(self.tr("Signer"), lambda b: f"{Words.tr(b.signer_role)} {b.signer_key_id}"),
                Column(self.tr("Expired then"), lambda b: yes if b.expired_on_apply else ""),
            ]
        )
        table = QTableView()
        table.setModel(self.history)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)

        import_button = QPushButton(self.tr("Import contact bundle…"))
        import_button.clicked.connect(self._import)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(import_button, QDialogButtonBox.ButtonRole.ActionRole)

        layout = QVBoxLayout(self)
        layout.addWidget(signers)
        layout.addWidget(watch)
        layout.addWidget(QLabel(self.tr("<b>Bundles applied on this kit</b> (newest first)")))
        layout.addWidget(table, 1)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        held = {s.role: s for s in self.trust.signers()}
        for role, label in self.signer_labels.items():
            signer = held.get(role)
            label.setText(
                self.tr("key {key_id} · fingerprint {fingerprint}").format(
                    key_id=signer.key_id, fingerprint=signer.fingerprint
                )
                if signer
                else self.tr("none pinned")
            )
            self.remove_buttons[role].setEnabled(signer is not None)
        folder = watched_folder(self.kit.store.conn)
        self.watch_label.setText(str(folder) if folder else self.tr("not watching any folder"))
        self.history.set_rows(applied_bundles(self.kit.store.conn))

    def pin_from_file(self, role: str) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("IT's {role} public key").format(role=Words.tr(role)),
            start_folder(),
            self.tr("minisign public keys (*.pub)"),
        )
        if remember(path):
            self.pin(Path(path), role)

    def pin(self, path: Path, role: str, *, confirm: bool = True) -> None:
        try:
            key = PublicKey.load(path)
        except UserError as err:
            show_error(self, err)
            return
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Trust this signer?"),
                self.tr(
                    "Key id {key_id_text}\nFingerprint {fingerprint}\n\nCompare the fingerprint "
                    "with IT (by phone, not by e-mail) before you trust it as the {role} signer. "
                    "Trust it?"
                ).format(
                    key_id_text=key.key_id_text, fingerprint=key.fingerprint, role=Words.tr(role)
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            self.trust.pin(key, role=role)
        except UserError as err:
            show_error(self, err)
        self.refresh()

    def remove(self, role: str) -> None:
        self.trust.remove(role)
        self.refresh()

    def choose_watch(self) -> None:
        folder = remember(
            QFileDialog.getExistingDirectory(
                self, self.tr("Folder to watch for bundles"), start_folder()
            )
        )
        if folder:
            self._set_watch(Path(folder))

    def _set_watch(self, folder: Path | None) -> None:
        set_watched_folder(self.kit.store.conn, self.kit.audit, folder)
        self.refresh()
        self.watch_changed.emit()

    def _import(self) -> None:
        self.accept()
        self.import_requested.emit()
