"""The locked kit: asks for the recovery passphrase, with back-off after wrong tries.
Shown inside the main window (not a modal dialog), so nothing else is blocked."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QPushButton, QVBoxLayout, QWidget

from app.audit import AuditLog, chain_problems
from app.errors import StoreCorrupt, UserError
from app.incidents.restored import not_checked
from app.paths import KitPaths
from app.store.keys import SecretKeeper
from app.store.passphrase import UnlockThrottle
from app.store.store import Store
from app.store.unlock import UnlockSources, unlock_damaged, unlock_with_passphrase
from app.ui.language import datetime_text


class LockPanel(QWidget):
    unlocked = Signal(object)  # Store

    def __init__(
        self,
        *,
        paths: KitPaths,
        keeper: SecretKeeper,
        throttle: UnlockThrottle,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._paths = paths
        self._keeper = keeper
        self._throttle = throttle
        title = QLabel(self.tr("Outage Kit is locked"))
        title.setStyleSheet("font-size: 20pt; font-weight: bold;")
        hint = QLabel(self.tr("Enter the recovery passphrase to unlock the encrypted store."))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Recovery passphrase"))
        self.passphrase.setMinimumWidth(380)
        self.passphrase.returnPressed.connect(self.try_unlock)
        self.button = QPushButton(self.tr("Unlock"))
        self.button.setDefault(True)
        self.button.clicked.connect(self.try_unlock)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.setFixedWidth(480)  # a long message wraps to its full height
        # shown only when the passphrase is right but the store itself does not open
        self.restore_button = QPushButton(self.tr("Restore the newest good backup…"))
        self.restore_button.clicked.connect(self.restore_newest)
        self.restore_button.setVisible(False)
        self._damaged_with = ""
        # the store is closed while locked (its key is out of memory): say what that stops
        self.paused = QLabel(
            self.tr(
                "While the kit is locked, nothing is sent and planned notices do not fire: "
                "messages queued from the command line wait for the unlock, or for "
                "'outage-kit outbox send' (for example from a scheduled task)."
            )
        )
        self.paused.setWordWrap(True)
        self.paused.setFixedWidth(480)
        self.paused.setMinimumHeight(self.paused.heightForWidth(480))  # every line shows
        self.paused.setStyleSheet("color: #555555;")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        widgets = (
            title,
            hint,
            self.passphrase,
            self.button,
            self.message,
            self.restore_button,
            self.paused,
        )
        for widget in widgets:
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self._tick = QTimer(self)
        self._tick.setInterval(250)
        self._tick.timeout.connect(self._update_wait)

    def set_paths(self, paths: KitPaths) -> None:
        self._paths = paths

    def focus(self) -> None:
        self.passphrase.setFocus()

    def try_unlock(self) -> None:
        if self._throttle.wait_seconds() > 0:
            return
        try:
            store = unlock_with_passphrase(
                self._paths, self.passphrase.text(), self._keeper, read_only_ok=True
            )
        except StoreCorrupt as err:  # the passphrase was right: the store file is damaged
            self._damaged_with = self.passphrase.text()
            self._say(
                self.tr(
                    "The passphrase is right, but the store file is damaged ({reason}). Restore "
                    "the newest good backup below; the damaged file is kept aside, nothing is "
                    "deleted."
                ).format(reason=str(err).split(" (", 1)[-1].split(")", 1)[0])
            )
            self.restore_button.setVisible(True)
            return
        except UserError as err:
            self._throttle.failed()
            self.passphrase.selectAll()
            self._say(str(err))
            self._update_wait()
            return
        self._throttle.succeeded()
        self.passphrase.clear()
        self._say("")
        self.unlocked.emit(store)

    def restore_newest(self) -> None:
        """Replace a store that does not open with the newest backup that reads sound; the
        damaged file is kept aside (backups/unsound) for a specialist."""
        passphrase = self._damaged_with
        sources = UnlockSources(keeper=self._keeper, prompt=lambda: passphrase)
        try:
            damaged = unlock_damaged(self._paths, sources)
            try:
                good = damaged.backups.newest_good()
                if good is None:
                    self._say(
                        self.tr(
                            "No sound backup was found in {folder}. Copy the data folder aside "
                            "(nothing in it is deleted) and ask for help."
                        ).format(folder=self._paths.backups)
                    )
                    return
                offer = self.tr(
                    "The store file is damaged. Replace it with the newest good backup, made "
                    "{time}? The damaged file is kept aside in {folder}."
                ).format(time=datetime_text(good.created), folder=self._paths.backups / "unsound")
                # the store does not open: what the backup would take back cannot be named
                answer = QMessageBox.question(
                    self, self.tr("Restore backup"), offer + "\n\n" + not_checked()
                )
                if answer != QMessageBox.StandardButton.Yes:
                    return
                damaged.restore(good.path, verify=chain_problems)
            finally:
                damaged.close()
            store = unlock_with_passphrase(self._paths, passphrase, self._keeper)
        except UserError as err:
            self._say(str(err))
            return
        self._restored(store, good.path.name)

    def _restored(self, store: Store, name: str) -> None:
        AuditLog(conn=store.conn, actor=store.meta("operator", "operator")).append(
            "store.restored", file=name, replaced="damaged store"
        )
        self._damaged_with = ""
        self.restore_button.setVisible(False)
        self.passphrase.clear()
        self._say("")
        self.unlocked.emit(store)

    def _say(self, text: str) -> None:
        """A message in full: the centred label is given the height its wrapped text needs."""
        self.message.setText(text)
        # heightForWidth is -1 for an empty label: a negative minimum is a Qt warning
        self.message.setMinimumHeight(max(0, self.message.heightForWidth(self.message.width())))

    def _update_wait(self) -> None:
        wait = self._throttle.wait_seconds()
        blocked = wait > 0
        self.button.setEnabled(not blocked)
        self.passphrase.setEnabled(not blocked)
        if blocked:
            self.button.setText(self.tr("Wait {wait:.0f} s").format(wait=wait))
            self._tick.start()
        else:
            self.button.setText(self.tr("Unlock"))
            self._tick.stop()
            self.passphrase.setFocus()
