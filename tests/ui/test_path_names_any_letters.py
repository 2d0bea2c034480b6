"""A delivery path may be named in the officer's language: "Łączność zapasowa" and "Modem –
Żabka" were refused ("must be 1–40 letters, digits, '.', '_' or '-' (no spaces)"), in the
path dialog and by `paths add`. Letters of any language, spaces and punctuation are
accepted; what is unsafe (a control character, a name too long, one starting with
punctuation) is still refused, saying what to change."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.contacts.demo import load_demo
from app.kit import Kit
from app.store.store import Store
from app.ui.outbox.paths_page import PathsPage
from tests.delivery.conftest import make_delivery
from tests.support.cli import CliRunner
from tests.support.path_dialog import MODEM, WEBMAIL, add_path


def test_polish_path_names_are_accepted_in_the_window(qtbot: QtBot, store: Store) -> None:
    kit = Kit.open(store)
    load_demo(kit)
    delivery = make_delivery(kit)
    page = PathsPage(lambda: delivery)
    qtbot.addWidget(page)
    page.show()
    page.reload()
    assert (
        add_path(qtbot, page, WEBMAIL, {"name": "Łączność zapasowa", "compose_url": "gmail"}) == ""
    )
    assert add_path(qtbot, page, MODEM, {"name": "Modem – Żabka", "port": "/dev/ttyUSB2"}) == ""
    rows = [page.list.item(r).text() for r in range(page.list.count())]
    assert any(row.startswith("Łączność zapasowa  (") for row in rows), rows
    assert any(row.startswith("Modem – Żabka  (") for row in rows), rows

    too_long = "Łączność zapasowa przez modem w serwerowni B"  # 44 characters
    said = add_path(qtbot, page, WEBMAIL, {"name": too_long, "compose_url": "gmail"})
    assert "44 characters long" in said and "at most 40" in said
    said = add_path(qtbot, page, WEBMAIL, {"name": "– zapas", "compose_url": "gmail"})
    assert "must start with a letter or a digit" in said
    assert page.list.count() == len(rows)  # nothing half-added


def test_paths_add_takes_a_polish_name_and_refuses_a_control_character(cli: CliRunner) -> None:
    assert cli("init", "--operator", "Night Duty").code == 0
    added = cli("paths", "add", "webmail", "Łączność zapasowa", "compose_url=gmail")
    assert added.code == 0, added.err
    assert "Łączność zapasowa" in cli("paths", "list").out
    refused = cli("paths", "add", "webmail", "Zapas\x1b[2J", "compose_url=gmail")
    assert refused.code == 2, refused.err
    assert "control character" in refused.err and "U+001B" in refused.err
    assert "Zapas" not in cli("paths", "list").out.replace("Łączność zapasowa", "")
