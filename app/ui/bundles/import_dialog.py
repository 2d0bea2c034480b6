"""Verification → diff → accept or decline → apply, for one bundle file. Verifying and
applying run off the GUI thread, each on its own database connection."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.audit import AuditLog
from app.bundles.diff import BundleDiff
from app.bundles.history import AppliedBundle
from app.bundles.importer import BundleImporter, Inspection
from app.errors import UserError
from app.i18n import Words, tr_noop
from app.kit import Kit
from app.ui import tasks
from app.ui.errors import show_error
from app.ui.language import local_text

AREAS = (
    ("contact", tr_noop("BundleImportDialog", "Contacts")),
    ("group", tr_noop("BundleImportDialog", "Groups")),
    ("service", tr_noop("BundleImportDialog", "Services")),
    ("routing", tr_noop("BundleImportDialog", "Routing")),
    ("template", tr_noop("BundleImportDialog", "Templates")),
    ("runbook", tr_noop("BundleImportDialog", "Runbooks")),
    ("delivery path", tr_noop("BundleImportDialog", "Delivery paths")),
)
OK_STYLE = "color: #1b5e20; font-weight: bold; font-size: 12pt;"
BAD_STYLE = "color: #b00020; font-weight: bold; font-size: 12pt;"
WARN_STYLE = "background: #fff3cd; color: #5c4400; padding: 6px; border: 1px solid #e0c060;"


class BundleImportDialog(QDialog):
    applied = Signal(object)  # AppliedBundle
    checked = Signal()  # verification finished, either way

    def __init__(self, kit: Kit, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import contact bundle — {name}").format(name=path.name))
        self.resize(760, 560)
        self.kit = kit
        self.path = path
        self.inspection: Inspection | None = None
        self.result_applied: AppliedBundle | None = None

        self.verdict = QLabel(self.tr("Verifying the signature…"))
        self.verdict.setWordWrap(True)
        self.verdict.setStyleSheet("font-size: 12pt;")
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(WARN_STYLE)
        self.warnings.hide()
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        # the local edits and what the bundle does to each, wrapped (a tree elides them)
        self.local_edits = QLabel()
        self.local_edits.setWordWrap(True)
        self.local_edits.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.local_edits.hide()
        self.tree.hide()
        self.discard_local = QCheckBox(
            self.tr(
                "Replace the contacts and templates edited on this workstation with the bundle's"
            )
        )
        self.discard_local.hide()
        self.buttons = QDialogButtonBox()
        self.apply_button = QPushButton(self.tr("Apply bundle"))
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply)
        self.decline_button = QPushButton(self.tr("Decline"))
        self.decline_button.clicked.connect(self.reject)
        self.buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.decline_button, QDialogButtonBox.ButtonRole.RejectRole)

        layout = self._layout = QVBoxLayout(self)
        layout.addWidget(self.verdict)
        layout.addWidget(self.details)
        layout.addWidget(self.warnings)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.local_edits)
        layout.addWidget(self.discard_local)
        layout.addWidget(self.buttons)

    # -- verification -------------------------------------------------------------------

    def start(self) -> None:
        kit, path = self.kit, self.path

        def work(progress: object, token: tasks.CancelToken) -> Inspection:
            conn = kit.store.connect()
            try:
                audit = AuditLog(conn=conn, actor=kit.operator)
                return BundleImporter(conn=conn, audit=audit).inspect(path)
            finally:
                conn.close()

        tasks.start(tasks.Task(work, on_done=self._verified, on_error=self._refused))

    def _refused(self, err: BaseException) -> None:
        if not isinstance(err, UserError):
            show_error(self, err)
            self.reject()
            return
        self.verdict.setText(self.tr("✖ Refused — this bundle was not applied"))
        self.verdict.setStyleSheet(BAD_STYLE)
        self.details.setText(str(err))
        self.details.setStyleSheet("font-size: 11pt;")
        self._layout.insertStretch(self._layout.indexOf(self.buttons), 1)  # text stays on top
        self.apply_button.hide()
        self.decline_button.setText(self.tr("Close"))
        self.checked.emit()

    def _verified(self, inspection: Inspection) -> None:
        self.inspection = inspection
        manifest, signer = inspection.manifest, inspection.signer
        self.verdict.setText(
            self.tr("✔ Signature verified: signed by the trusted {role} key {key_id}").format(
                role=Words.tr(signer.role), key_id=signer.key_id
            )
        )
        self.verdict.setStyleSheet(OK_STYLE)
        current = inspection.current
        expires = local_text(manifest.expires) if manifest.expires else self.tr("never")
        self.details.setText(
            self.tr(
                "<b>{name}</b> version <b>{version}</b> (this kit has {value})<br>Issued "
                "{issued} · expires {expires}<br>Signer fingerprint {fingerprint}"
            ).format(
                name=manifest.name,
                version=manifest.version,
                value=(
                    self.tr("version {version}").format(version=current.version)
                    if current
                    else self.tr("no bundle")
                ),
                issued=local_text(manifest.issued),
                expires=expires,
                fingerprint=signer.fingerprint,
            )
        )
        if inspection.warnings:
            self.warnings.setText("⚠ " + "\n⚠ ".join(inspection.warnings))
            self.warnings.show()
        if inspection.already_applied:
            self.details.setText(
                self.details.text() + self.tr("<br><b>This bundle is already applied.</b>")
            )
            self.apply_button.hide()
            self.decline_button.setText(self.tr("Close"))
        else:
            self._fill_tree(inspection.diff)
            self.discard_local.setVisible(inspection.diff.has_local_edits)
            self.apply_button.setEnabled(True)
            self.apply_button.setDefault(True)
        self.checked.emit()

    def _fill_tree(self, diff: BundleDiff) -> None:
        self.tree.clear()
        for area, title in AREAS:
            changes = diff.by_area(area)
            if not changes:
                continue
            counts = " ".join(
                f"{sign}{diff.count(area, kind)}"
                for sign, kind in (("+", "added"), ("−", "removed"), ("~", "changed"))
                if diff.count(area, kind)
            )
            top = QTreeWidgetItem([f"{self.tr(title)}  ({counts})"])
            top.addChildren([QTreeWidgetItem([c.text()]) for c in changes])
            self.tree.addTopLevelItem(top)
            top.setExpanded(len(changes) <= 12)
        if diff.has_local_edits:
            heading = self.tr("Local edits on this workstation (kept unless you tick below)")
            lines = [f"<b>{escape(heading)}</b>"]
            take = self.tr("tick “{box}” below before Apply").format(box=self.discard_local.text())
            lines += [f"• {escape(line.strip())}" for line in diff.local_edit_lines(take=take)]
            self.local_edits.setText("<br>".join(lines))
        self.local_edits.setVisible(diff.has_local_edits)
        if not self.tree.topLevelItemCount():
            self.tree.addTopLevelItem(QTreeWidgetItem([diff.no_changes()]))
        self.tree.show()

    # -- apply --------------------------------------------------------------------------

    def apply(self) -> None:
        inspection = self.inspection
        if inspection is None:
            return
        kit, keep = self.kit, not self.discard_local.isChecked()
        self.apply_button.setEnabled(False)
        self.decline_button.setEnabled(False)
        self.verdict.setText(self.tr("Applying…"))

        def work(progress: object, token: tasks.CancelToken) -> AppliedBundle:
            conn = kit.store.connect()
            try:
                audit = AuditLog(conn=conn, actor=kit.operator)
                importer = BundleImporter(conn=conn, audit=audit)
                return importer.apply(inspection, keep_local_edits=keep)
            finally:
                conn.close()

        tasks.start(tasks.Task(work, on_done=self._applied, on_error=self._apply_failed))

    def _applied(self, applied: AppliedBundle) -> None:
        self.result_applied = applied
        self.applied.emit(applied)
        self.accept()

    def _apply_failed(self, err: BaseException) -> None:
        self.decline_button.setEnabled(True)
        self.decline_button.setText(self.tr("Close"))
        self.verdict.setText(self.tr("✖ Not applied — the previous bundle is unchanged"))
        self.verdict.setStyleSheet(BAD_STYLE)
        show_error(self, err)
