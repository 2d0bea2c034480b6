"""Finding a partner's number fast, as typed: "osla laka" finds "Ośla Łąka" (SQLite's lower()
left "Ś" as it was), "+48 500" finds "+48500000001" (kept without spaces), in the window's
Contacts search and on the command line — which now prints the phone beside the e-mail (the
number is what an officer who must phone a partner needs; a tester's finding)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.contacts.directory import DirectoryStore
from app.contacts.model import Contact, Directory, Group
from app.kit import Kit
from app.paths import KitPaths
from app.store.store import Store
from app.ui.contacts.section import ContactsSection
from tests.support.cli import CliRunner
from tests.support.unlocked import close_kit, unlocked_section

CONTACTS = [
    Contact(
        organisation="Ośla Łąka Telekom",
        name="Dyżur NOC",
        email="noc@osla.example.net",
        phone="+48500000001",
        language="pl",
        groups=("all",),
        channels=("email", "sms"),
    ),
    Contact(
        organisation="Fjord Mobile",
        name="Night desk",
        email="night@fjord.example.org",
        phone="+4790000555",
        groups=("all",),
    ),
]


def _load(kit: Kit) -> None:
    DirectoryStore(conn=kit.store.conn, audit=kit.audit).replace(
        Directory(groups=[Group(id="all", name="All")], contacts=CONTACTS),
        origin="bundle",
        reason="test",
    )


def test_the_command_line_shows_the_phone_and_finds_it_as_typed(kit: Kit, cli: CliRunner) -> None:
    _load(kit)
    kit.store.close()

    def found(text: str) -> list[str]:
        listed = cli("--json", "contacts", "list", "--search", text).json()
        return [c["organisation"] for c in listed]

    assert found("osla laka") == ["Ośla Łąka Telekom"]
    assert found("OŚLA") == ["Ośla Łąka Telekom"]
    assert found("+48 500") == ["Ośla Łąka Telekom"]
    assert found("900 00 555") == ["Fjord Mobile"]
    assert found("dyzur") == ["Ośla Łąka Telekom"]
    assert found("555 999") == []
    shown = cli("contacts", "list").out
    line = next(row for row in shown.splitlines() if row.startswith("Ośla"))
    assert "noc@osla.example.net" in line and "+48500000001" in line


def test_the_window_finds_a_partner_typed_without_marks_or_by_number(
    qtbot: QtBot, kit: Kit, store: Store, paths: KitPaths
) -> None:
    _load(kit)
    store.close()
    window, section = unlocked_section(qtbot, paths, ContactsSection)

    def typed(text: str) -> list[str]:
        section.search.clear()
        qtbot.keyClicks(section.search, text)
        model = section.contacts_model
        return [model.index(r, 0).data() for r in range(model.rowCount())]

    assert typed("osla laka") == ["Ośla Łąka Telekom"]
    assert typed("+47 900") == ["Fjord Mobile"]
    assert "1 contact" in section.count.text()
    assert typed("nobody here") == []
    close_kit(window)
