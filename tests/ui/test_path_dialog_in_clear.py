"""The path dialog refuses a login without TLS where the values are typed: it stays open and
says why (before, it closed and the window said "delivery.toml has problems")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.ui.outbox.profile_dialog import ProfileDialog


def test_a_login_without_tls_is_refused_in_the_dialog(qtbot: QtBot) -> None:
    dialog = ProfileDialog("smtp", None)
    qtbot.addWidget(dialog)
    dialog.show()
    for key, text in (
        ("name", "night-relay"),
        ("host", "smtp.example.com"),
        ("from", "duty@example.com"),
        ("username", "noc"),
    ):
        qtbot.keyClicks(dialog.edits[key], text)
    dialog.security.setCurrentText("none")
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.result_profile is None
    said = dialog.problems.text()
    assert "would send the password in clear" in said and "delivery.toml" not in said
