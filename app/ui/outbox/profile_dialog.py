"""Edit or add an SMTP, webmail or modem profile (checked like delivery.toml)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.delivery.config import (
    COMPOSE_PRESETS,
    DEFAULT_PORTS,
    SECURITIES,
    DeliveryConfigProblems,
    ModemProfile,
    Profile,
    SmtpProfile,
    WebmailProfile,
    checked_profile,
    profile_to_dict,
)
from app.i18n import tr_noop
from app.ui.outbox.path_words import kind_name

SMTP_FIELDS = (
    ("name", tr_noop("ProfileDialog", "Name")),
    ("host", tr_noop("ProfileDialog", "Host")),
    ("from", tr_noop("ProfileDialog", "From address")),
    ("username", tr_noop("ProfileDialog", "User name (empty: no login)")),
    ("reply_to", tr_noop("ProfileDialog", "Reply-To (optional)")),
    ("source_address", tr_noop("ProfileDialog", "Source IP (optional)")),
    ("ca_file", tr_noop("ProfileDialog", "CA file (optional)")),
)


class ProfileDialog(QDialog):
    def __init__(self, kind: str, profile: Profile | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        title = self.tr("Edit {kind} path") if profile else self.tr("New {kind} path")
        self.setWindowTitle(title.format(kind=kind_name(kind)))
        self.result_profile: Profile | None = None
        values: dict[str, Any] = profile_to_dict(profile) if profile else {}
        form = QFormLayout()
        self.edits: dict[str, QLineEdit] = {}
        self.security = QComboBox()
        self.port = QSpinBox()
        self.port.setRange(1, 4_000_000 if kind == "modem" else 65535)
        if kind == "smtp":
            for key, label in SMTP_FIELDS:
                self._line(form, key, label, values)
            self.security.addItems(SECURITIES)
            self.security.setCurrentText(str(values.get("security", "starttls")))
            self.port.setValue(int(values.get("port", DEFAULT_PORTS["starttls"])))
            self.security.currentTextChanged.connect(lambda s: self.port.setValue(DEFAULT_PORTS[s]))
            form.insertRow(2, self.tr("Security"), self.security)
            form.insertRow(3, self.tr("Port"), self.port)
        elif kind == "webmail":
            self._line(form, "name", self.tr("Name"), values)
            self._line(form, "compose_url", self.tr("Compose URL"), values)
            hint = QLabel(
                self.tr(
                    "'gmail', 'outlook', or an https:// URL with {{bcc}}, {{subject}} and "
                    "{{body}}. Presets: {COMPOSE_PRESETS}."
                ).format(COMPOSE_PRESETS=", ".join(COMPOSE_PRESETS))
            )
            hint.setTextFormat(Qt.TextFormat.PlainText)  # "<address>" is no tag
            hint.setWordWrap(True)
            form.addRow(hint)
        else:
            self._line(form, "name", self.tr("Name"), values or {"name": "modem"})
            self._line(form, "port", self.tr("Serial port"), values)
            self.edits["port"].setPlaceholderText(self.tr("/dev/ttyUSB2 or COM4"))
            self.port.setValue(int(values.get("baud", 115200)))
            form.addRow(self.tr("Baud"), self.port)
        if profile is not None:
            self.edits["name"].setReadOnly(True)
        self.problems = QLabel()
        self.problems.setTextFormat(Qt.TextFormat.PlainText)  # the typed values as typed
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b00020;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def _line(self, form: QFormLayout, key: str, label: str, values: dict[str, Any]) -> None:
        edit = QLineEdit(str(values.get(key, "")))
        self.edits[key] = edit
        form.addRow(self.tr(label), edit)

    def data(self) -> dict[str, Any]:
        data: dict[str, Any] = {k: e.text().strip() for k, e in self.edits.items()}
        data["kind"] = self.kind
        if self.kind == "smtp":
            data["security"] = self.security.currentText()
            data["port"] = self.port.value()
        elif self.kind == "modem":
            data["baud"] = self.port.value()
        return {k: v for k, v in data.items() if v != "" or k in ("name", "host", "from")}

    def _check(self) -> None:
        try:
            profile = checked_profile(self.data())  # a password in clear is refused here too
        except DeliveryConfigProblems as err:
            self.problems.setText(self.tr("Not saved: ") + "; ".join(err.problems))
            return
        assert isinstance(profile, SmtpProfile | WebmailProfile | ModemProfile)
        self.result_profile = profile
        self.accept()
