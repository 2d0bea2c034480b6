"""First start: operator, recovery passphrase (twice), where the data lives."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.firstrun import FirstRunForm
from app.ui.recent_folder import remember


class FirstRunDialog(QDialog):
    def __init__(self, home: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Outage Kit — first start"))
        self.setMinimumWidth(520)
        intro = QLabel(
            self.tr(
                "<b>Create the encrypted store.</b><br>Everything the kit keeps — contacts, "
                "notices, backlog — is encrypted on this disk. The <b>recovery passphrase</b> "
                "opens "
                "it where the system keyring cannot (a new profile, a headless machine). Write it "
                "down and keep it safe."
            )
        )
        intro.setWordWrap(True)
        self.operator = QLineEdit()
        self.operator.setPlaceholderText(self.tr("e.g. NOC duty officer"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("12+ characters, mixed — or four or more words"))
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.home = QLineEdit(str(home))
        browse = QPushButton(self.tr("Change…"))
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.home, 1)
        folder_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Operator name"), self.operator)
        form.addRow(self.tr("Recovery passphrase"), self.passphrase)
        form.addRow(self.tr("Repeat passphrase"), self.repeat)
        form.addRow(self.tr("Data folder"), folder_row)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create store"))
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        self.extra = QVBoxLayout()  # first-run choices added by later features
        layout.addLayout(self.extra)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.tried = False  # Create was pressed: from then on the problems follow the typing
        for field in (self.operator, self.passphrase, self.repeat, self.home):
            field.textChanged.connect(self._recheck)

    def form(self) -> FirstRunForm:
        text = self.home.text().strip()
        return FirstRunForm(
            operator=self.operator.text(),
            passphrase=self.passphrase.text(),
            repeat=self.repeat.text(),
            home=Path(text).expanduser() if text else None,
        )

    def _browse(self) -> None:
        chosen = remember(
            QFileDialog.getExistingDirectory(
                self, self.tr("Where should the kit keep its data?"), self.home.text()
            )
        )
        if chosen:
            self.home.setText(chosen)

    def _recheck(self) -> None:
        """Once problems are shown, they follow the typing: a line saying the passphrase is
        too short must not stay under a good one."""
        if self.tried:
            self.problems.setText("\n".join(self.form().problems()))

    def _try_accept(self) -> None:
        self.tried = True
        problems = self.form().problems()
        self.problems.setText("\n".join(problems))
        if not problems:
            self.accept()
