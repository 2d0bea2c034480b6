"""The locked kit: asks for the recovery passphrase, with back-off after wrong tries.
Shown inside the main window (not a modal dialog), so nothing else is blocked."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.errors import UserError
from app.paths import KitPaths
from app.store.keys import SecretKeeper
from app.store.passphrase import UnlockThrottle
from app.store.unlock import unlock_with_passphrase


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
        title = QLabel("Outage Kit is locked")
        title.setStyleSheet("font-size: 20pt; font-weight: bold;")
        hint = QLabel("Enter the recovery passphrase to unlock the encrypted store.")
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText("Recovery passphrase")
        self.passphrase.setMinimumWidth(380)
        self.passphrase.returnPressed.connect(self.try_unlock)
        self.button = QPushButton("Unlock")
        self.button.setDefault(True)
        self.button.clicked.connect(self.try_unlock)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for widget in (title, hint, self.passphrase, self.button, self.message):
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
            store = unlock_with_passphrase(self._paths, self.passphrase.text(), self._keeper)
        except UserError as err:
            self._throttle.failed()
            self.passphrase.selectAll()
            self.message.setText(str(err))
            self._update_wait()
            return
        self._throttle.succeeded()
        self.passphrase.clear()
        self.message.clear()
        self.unlocked.emit(store)

    def _update_wait(self) -> None:
        wait = self._throttle.wait_seconds()
        blocked = wait > 0
        self.button.setEnabled(not blocked)
        self.passphrase.setEnabled(not blocked)
        if blocked:
            self.button.setText(f"Wait {wait:.0f} s")
            self._tick.start()
        else:
            self.button.setText("Unlock")
            self._tick.stop()
            self.passphrase.setFocus()
