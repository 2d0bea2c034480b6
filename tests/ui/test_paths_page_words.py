"""The delivery paths page shows a path's settings as the officer typed them and in the
officer's words: a From of "Duty desk <duty@example.net>" showed as "sender: Duty desk" (the
address taken for an HTML tag), and a Polish window listed "(modem, pakiet)", "security:
none", "reply to:" — delivery.toml's keys, not words. Typed and clicked as a person does."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot

from app import i18n
from app.contacts.demo import load_demo
from app.kit import Kit
from app.store.store import Store
from app.ui.language import install_language
from app.ui.outbox.path_words import PathWords
from app.ui.outbox.paths_page import PathsPage
from app.ui.outbox.profile_dialog import ProfileDialog
from tests.delivery.conftest import make_delivery
from tests.support.path_dialog import SMTP, add_path

FROM = "Duty desk <duty@example.net>"


def _seen(label: QLabel) -> str:
    """What a person reads in `label`, as Qt renders it."""
    if label.textFormat() == Qt.TextFormat.PlainText:
        return label.text()
    document = QTextDocument()
    document.setHtml(label.text())
    return document.toPlainText()


def _page(qtbot: QtBot, store: Store) -> PathsPage:
    kit = Kit.open(store)
    load_demo(kit)  # a relay, a webmail, a modem
    delivery = make_delivery(kit)
    page = PathsPage(lambda: delivery)
    qtbot.addWidget(page)
    page.resize(900, 700)
    page.show()
    page.reload()
    return page


@pytest.fixture
def polish() -> Iterator[None]:
    install_language("pl")
    yield
    install_language(i18n.SOURCE_LANGUAGE)


def test_a_from_with_its_address_in_angle_brackets_is_shown_whole(
    qtbot: QtBot, store: Store
) -> None:
    page = _page(qtbot, store)
    values = {"name": "night-relay", "host": "smtp.example.net", "from": FROM}
    said = add_path(qtbot, page, SMTP, {**values, "reply_to": "<noc>"})
    assert "'<noc>'" in said  # the Reply-To refused, named as typed
    assert add_path(qtbot, page, SMTP, values) == ""
    rows = [page.list.item(r).text() for r in range(page.list.count())]
    row = next(r for r, text in enumerate(rows) if text.startswith("night-relay"))
    page.list.setCurrentRow(row)
    shown = _seen(page.details)
    assert f"From address: {FROM}" in shown
    assert "SMTP server" in shown and "sender" not in shown


def test_a_refused_value_is_named_as_typed_in_the_dialog(qtbot: QtBot) -> None:
    dialog = ProfileDialog("smtp", None)
    qtbot.addWidget(dialog)
    dialog.show()
    for key, text in (("name", "night-relay"), ("host", "smtp.example.net"), ("from", "<duty>")):
        qtbot.keyClicks(dialog.edits[key], text)
    box = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Save), Qt.LeftButton)
    assert "'<duty>'" in _seen(dialog.problems)


@pytest.mark.usefixtures("polish")
def test_the_polish_page_names_kinds_and_settings_in_polish(qtbot: QtBot, store: Store) -> None:
    page = _page(qtbot, store)
    rows = [page.list.item(r).text() for r in range(page.list.count())]
    modem = PathWords.tr("GSM modem")
    assert any(f"({modem}, pakiet)" in text for text in rows), rows
    assert not any("(modem," in text or "(smtp," in text for text in rows), rows
    page.list.setCurrentRow(0)  # the demo relay: security = "none", a display name
    shown = _seen(page.details)
    assert "Adres nadawcy: Partner Operations (DEMO) <noc-duty@example.com>" in shown
    assert "Zabezpieczenie: " + PathWords.tr("none (no TLS)") in shown
    for key in ("host:", "security:", "sender:", "reply to:", "— smtp"):
        assert key not in shown, shown
