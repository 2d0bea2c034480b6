"""F23: on a full disk the window opens read-only (a banner saying so, what works and what to
free where), the officer still reads contacts and writes a disaster notice, hands it out by
webmail and as .eml files on a USB stick, nothing is written to the store; once room comes
back, "Check again" returns the kit to normal without a restart. Real small tmpfs mounts
(root only; skipped elsewhere), the real window driven by keys and clicks."""

from __future__ import annotations

import email
import logging
from collections.abc import Iterator
from email import policy
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from app.kit import Kit
from app.paths import KitPaths
from app.store.keys import NoKeyring
from app.store.unlock import unlock_with_passphrase
from app.ui.contacts.section import ContactsSection
from app.ui.incidents.hand_out import HandOutDialog
from app.ui.incidents.section import IncidentsSection
from app.ui.incidents.wizard import NewIncidentDialog
from app.ui.outbox.section import OutboxSection
from app.ui.read_only import NeedsRoomSection
from tests.conftest import PASSPHRASE
from tests.delivery.conftest import set_delivery_doc
from tests.incidents.test_window import Officer
from tests.store.damage import tmpfs
from tests.store.test_disk_full import fill
from tests.support.cli import CliRunner
from tests.support.unlocked import unlocked_window

WEBMAIL = '[[webmail]]\nname = "gmail"\ncompose_url = "gmail"\n'


@pytest.fixture
def full_disk(tmp_path: Path, passphrase_file: Path) -> Iterator[tuple[KitPaths, Path]]:
    """A demo kit with a webmail path on a small disk filled to the last byte; the filler."""
    with tmpfs(tmp_path / "disk", "24m") as disk:
        cli = CliRunner(home=disk / "kit", passphrase_file=passphrase_file)
        assert cli("init", "--operator", "Night Duty", "--demo").code == 0
        kit = Kit.open(unlock_with_passphrase(KitPaths(cli.home), PASSPHRASE, NoKeyring()))
        try:
            set_delivery_doc(kit, WEBMAIL)
        finally:
            kit.close()
        yield KitPaths(cli.home), fill(disk)


def _store_files(paths: KitPaths) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in (paths.database, paths.key_file)}


def test_a_full_disk_opens_read_only_and_a_notice_still_goes_out(
    qtbot: QtBot,
    tmp_path: Path,
    full_disk: tuple[KitPaths, Path],
    caplog: pytest.LogCaptureFixture,
) -> None:
    paths, filler = full_disk
    before = _store_files(paths)
    window = unlocked_window(qtbot, paths)
    kit = window.kit
    assert kit is not None and kit.read_only is not None
    banner = window.read_only_banner
    assert banner.isVisible()
    said = banner.title.text() + "\n" + banner.text.text()
    assert f"The disk holding {paths.home} is full" in said
    assert "read-only" in said and "Still working" in said and "Free at least" in said
    assert str(paths.home.parent) in said  # where to free (the disk's top)
    assert "--home" not in said  # a window user has no command line (F22)
    assert "READ-ONLY" in window.health_label.text()

    contacts = window.show_section("Contacts")
    assert isinstance(contacts, ContactsSection)  # read as always
    assert isinstance(window.show_section("Outbox"), NeedsRoomSection)  # says why instead

    officer = Officer(qtbot)
    section = window.show_section("Incidents")
    assert isinstance(section, IncidentsSection)
    officer.click(section.disaster_button)
    dialog = section.dialog
    assert isinstance(dialog, NewIncidentDialog)
    officer.tick(dialog.services, "SMS/MPS gateways")
    officer.click(dialog.next)
    officer.type(dialog.form.editors["impact"], "Partners cannot send SMS through gateways.")
    officer.type(dialog.form.editors["actions"], "Gateway team restarting the SMPP binds.")
    officer.click(dialog.next)
    assert dialog.queue.isEnabled(), dialog.preview.problems.text()
    assert "Hand out" in dialog.queue.text()
    officer.click(dialog.queue)
    hand_out = getattr(dialog, "hand_out", None)
    assert isinstance(hand_out, HandOutDialog)
    assert hand_out.texts and hand_out.texts[0].channel == "email"
    text = hand_out.texts[0]
    assert "Gateway team restarting" in text.body and text.recipients

    officer.click(hand_out.copy_recipients)
    assert QGuiApplication.clipboard().text() == ", ".join(text.recipients)
    opened: list[str] = []
    hand_out.opener = lambda url: opened.append(url) is None
    officer.click(hand_out.webmail)
    assert opened
    bcc = {a for url in opened for a in parse_qs(urlsplit(url).query)["bcc"][0].split(",")}
    assert bcc == set(text.recipients)  # everyone, in Bcc
    assert all(parse_qs(urlsplit(url).query).get("to", [""]) == [""] for url in opened)

    with tmpfs(tmp_path / "stick", "64m") as stick:
        written = hand_out.save_eml_to(stick / "notice")
        emails = [m for m in hand_out.messages if m.channel == "email"]
        assert len(written) == len(emails) > 0
        mails = [email.message_from_bytes(p.read_bytes(), policy=policy.SMTP) for p in written]
        assert {str(m["To"]).split("<")[-1].rstrip(">") for m in mails} == {
            m.recipient for m in emails
        }
        assert all(m["X-Unsent"] == "1" and "Gateway team" in m.get_content() for m in mails)
        assert "Saved" in hand_out.said.text()
    hand_out.accept()
    dialog.done(0)
    assert _store_files(paths) == before  # nothing written to the store

    filler.unlink()  # the officer frees room
    officer.click(banner.check)
    assert window.kit is not None and window.kit.read_only is None
    assert not banner.isVisible()
    assert isinstance(window.show_section("Outbox"), OutboxSection)
    qtbot.waitUntil(lambda: window.health_label.text() == "store OK", timeout=20000)

    fill(filler.parent)  # full again while the kit is open: its next look sees it
    window.room_timer.timeout.emit()
    assert window.kit is not None and window.kit.read_only is not None
    assert banner.isVisible() and isinstance(window.show_section("Outbox"), NeedsRoomSection)
    window.lock()
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR] == []
