"""Confirming a decision: how many records, to what, and (for a write-off) why."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.backlog.model import STATUS_LABELS
from app.ui.labels import label as shown_label


class DecisionDialog(QDialog):
    def __init__(self, *, status: str, count: int, scope: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.status = status
        label = shown_label(STATUS_LABELS[status])
        self.setWindowTitle(self.tr("Set to {label}").format(label=label))
        self.question = QLabel(
            self.tr("Set <b>%Ln</b> record(s) ({scope}) to <b>{label}</b>?", "", count).format(
                scope=scope, label=label
            )
            + (self.tr(" You can undo this afterwards.") if count else "")
        )
        self.question.setWordWrap(True)
        self.note = QLineEdit()
        self.note.setPlaceholderText(
            self.tr("Why (required for a write-off), e.g. claim raised with the supplier")
            if status == "write-off"
            else self.tr("Note (optional)")
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Set %Ln to {label}", "", count).format(label=label))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.note.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self._count = count
        self._check()
        self.setMinimumWidth(460)

    def _check(self) -> None:
        needs_note = self.status == "write-off" and not self.note.text().strip()
        self.ok_button.setEnabled(self._count > 0 and not needs_note)
