"""Confirming a decision: how many records, to what, and (for a write-off) why. Records
billing has already closed (Completed, Withdrawn) are counted and left out unless the
officer ticks them in."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.backlog.actions import closed_detail
from app.ui.backlog.records_model import status_text


class DecisionDialog(QDialog):
    def __init__(
        self,
        *,
        status: str,
        count: int,
        scope: str,
        parent: QWidget | None,
        closed: dict[str, int] | None = None,
        already: int = 0,
    ) -> None:
        """`count`: every record picked; `closed`: those of them billing has closed;
        `already`: those already in `status` (left as they are: the undo counts without them)."""
        super().__init__(parent)
        self.status = status
        self._label = status_text(status)
        self._scope = scope
        self._count = count
        self._closed = sum((closed or {}).values())
        self._already = already
        self.setWindowTitle(self.tr("Set to {label}").format(label=self._label))
        self.question = QLabel()
        self.question.setWordWrap(True)
        detail = closed_detail(closed or {})
        self.closed_note = QLabel(
            self.tr(
                "Billing has already closed %Ln of these ({detail}): they were billed or "
                "taken out, and a decision on them would hand billing a change back "
                "(Completed → Cleansed is billed again). They are left out.",
                "",
                self._closed,
            ).format(detail=detail)
        )
        self.closed_note.setWordWrap(True)
        self.include_closed = QCheckBox(
            self.tr("Change the %Ln closed record(s) too", "", self._closed)
        )
        self.closed_note.setVisible(self._closed > 0)
        self.include_closed.setVisible(self._closed > 0)
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
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.note.textChanged.connect(self._check)
        self.include_closed.toggled.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.closed_note)
        layout.addWidget(self.include_closed)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self._check()
        self.setMinimumWidth(460)

    @property
    def changing(self) -> int:
        """The records the decision picks: closed ones only when ticked."""
        picked = self._count - self._already
        return picked if self.include_closed.isChecked() else picked - self._closed

    def _check(self) -> None:
        count = self.changing
        self.question.setText(
            self.tr("Set <b>%Ln</b> record(s) ({scope}) to <b>{label}</b>?", "", count).format(
                scope=self._scope, label=self._label
            )
            + (
                self.tr(
                    " %Ln of those picked are {label} already and stay as they are.",
                    "",
                    self._already,
                ).format(label=self._label)
                if self._already
                else ""
            )
            + (self.tr(" You can undo this afterwards.") if count else "")
        )
        self.ok_button.setText(self.tr("Set %Ln to {label}", "", count).format(label=self._label))
        needs_note = self.status == "write-off" and not self.note.text().strip()
        self.ok_button.setEnabled(count > 0 and not needs_note)
