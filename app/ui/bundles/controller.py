"""Where bundles come in: the file dialog, drag-and-drop, and the watched folder."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from app.bundles.names import SIGNATURE_SUFFIX
from app.bundles.watch import signed_bundles, watched_folder
from app.kit import Kit
from app.ui.bundles.status import BundleStatusLabel
from app.ui.recent_folder import remember, start_folder

if TYPE_CHECKING:
    from app.bundles.history import AppliedBundle
    from app.ui.bundles.import_dialog import BundleImportDialog

# A USB stick is mounted some time after it is plugged in: look again this often.
POLL_MS = 5000
# IT may apply a bundle from the command line while the window is open: the status bar
# reads the applied bundle again this often (one row).
STATUS_MS = 10000


class BundleController(QObject):
    bundle_applied = Signal(object)  # AppliedBundle

    def __init__(self, kit: Kit, parent: QWidget) -> None:
        super().__init__(parent)
        self.kit = kit
        self.parent_widget = parent
        self.status_label = BundleStatusLabel(kit)
        self.dialog: BundleImportDialog | None = None
        self._seen: set[tuple[str, float, int]] = set()
        self.import_action = QAction(self.tr("&Import contact bundle…"), self)
        self.import_action.triggered.connect(self.choose_file)
        self.settings_action = QAction(self.tr("Contact &bundle and signers…"), self)
        self.settings_action.triggered.connect(self.open_settings)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(lambda _path: self.scan_watched())
        self.poll = QTimer(self)
        self.poll.setInterval(POLL_MS)
        self.poll.timeout.connect(self.scan_watched)
        self.freshen = QTimer(self)
        self.freshen.setInterval(STATUS_MS)
        self.freshen.timeout.connect(self.status_label.refresh)
        self.freshen.start()
        if kit.read_only is not None:  # importing is writing: switched off, and why
            for action in (self.import_action, self.settings_action):
                action.setEnabled(False)
                action.setToolTip(str(kit.read_only))
            return
        self.watch_changed()

    def actions(self) -> list[QAction]:
        return [self.import_action, self.settings_action]

    # -- the three ways in ----------------------------------------------------------------

    def choose_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog  # Qt's dialogs: when first asked

        path, _ = QFileDialog.getOpenFileName(
            self.parent_widget,
            self.tr("Import contact bundle"),
            start_folder(watched_folder(self.kit.store.conn)),
            self.tr("Signed bundles (*.zip *.minisig)"),
        )
        if remember(path):
            self.open_bundle(Path(path))

    def take_dropped(self, paths: list[Path]) -> bool:
        bundles = [p for p in paths if p.suffix == ".zip" or p.name.endswith(SIGNATURE_SUFFIX)]
        if not bundles:
            return False
        if self.kit.read_only is not None:
            from app.errors import read_only_store
            from app.ui.errors import show_error

            show_error(self.parent_widget, read_only_store())
            return True
        self.open_bundle(bundles[0])
        return True

    def scan_watched(self) -> None:
        folder = watched_folder(self.kit.store.conn)
        if folder is None or self.dialog is not None:
            return
        if folder.is_dir() and str(folder) not in self.watcher.directories():
            self.watcher.addPath(str(folder))
        for path in signed_bundles(folder):
            stat = path.stat()
            mark = (str(path), stat.st_mtime, stat.st_size)
            if mark not in self._seen:
                self._seen.add(mark)
                self.open_bundle(path, quiet_if_applied=True)
                return

    def watch_changed(self) -> None:
        if self.watcher.directories():
            self.watcher.removePaths(self.watcher.directories())
        folder = watched_folder(self.kit.store.conn)
        if folder is None:
            self.poll.stop()
            return
        self.poll.start()
        self.scan_watched()

    # -- the flow ---------------------------------------------------------------------------

    def open_bundle(self, path: Path, *, quiet_if_applied: bool = False) -> BundleImportDialog:
        # Signature and archive code load only when a bundle actually arrives (start-up time).
        from app.bundles.importer import bundle_files
        from app.ui.bundles.import_dialog import BundleImportDialog

        bundle, _signature = bundle_files(path)
        dialog = BundleImportDialog(self.kit, bundle, self.parent_widget)
        dialog.applied.connect(self._applied)
        dialog.finished.connect(lambda _code: self._closed(dialog))
        self.dialog = dialog
        if quiet_if_applied:
            dialog.checked.connect(lambda: self._show_unless_applied(dialog))
        else:
            dialog.open()
        dialog.start()
        return dialog

    def _show_unless_applied(self, dialog: BundleImportDialog) -> None:
        inspection = dialog.inspection
        if inspection is not None and inspection.already_applied:
            dialog.deleteLater()
            self.dialog = None
            return
        dialog.open()

    def _closed(self, dialog: BundleImportDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _applied(self, applied: AppliedBundle) -> None:
        self.status_label.refresh()
        self.bundle_applied.emit(applied)

    def open_settings(self) -> None:
        from app.ui.bundles.settings_dialog import BundleSettingsDialog

        dialog = BundleSettingsDialog(self.kit, self.parent_widget)
        dialog.watch_changed.connect(self.watch_changed)
        dialog.import_requested.connect(self.choose_file)
        dialog.open()
