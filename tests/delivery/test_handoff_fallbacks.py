"""Webmail hand-off when no browser opens: the officer gets the link and a Copy button, the
kit says "opened" only when a browser took it, and no partner address or notice text goes
to stderr or the log."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from app.delivery.webmail import open_in_browser
from app.kit import Kit
from app.paths import KitPaths
from app.ui.outbox.handoff_dialog import HandOffDialog
from app.ui.outbox.section import OutboxSection
from tests.delivery.conftest import queue, set_delivery_doc
from tests.support.cli import CliRunner

PARTNERS = ["alpha.partner@example.com", "beta.partner@example.net"]
BODY = "Impact: roaming billing is delayed.\nNext update no later than 03:30."
LEFT = Qt.MouseButton.LeftButton
WEBMAIL = '[[webmail]]\nname = "gmail"\ncompose_url = "gmail"\n'


def failing_launchers(folder: Path) -> Path:
    """xdg-open and gio that fail loudly, printing what they were given (as the real ones
    do when no browser is set up)."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("xdg-open", "gio"):
        script = folder / name
        script.write_text(
            f'#!/bin/sh\necho "{name}: no method available for opening $*" >&2\nexit 3\n'
        )
        script.chmod(0o755)
    return folder


@pytest.fixture
def no_browser(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    bin_dir = failing_launchers(tmp_path / "bin")
    env = {"PATH": f"{bin_dir}:/usr/bin:/bin", "BROWSER": ""}
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    return env


def test_no_browser_means_not_opened_and_nothing_printed(
    no_browser: dict[str, str], capfd: pytest.CaptureFixture[str]
) -> None:
    assert open_in_browser("https://mail.google.com/?bcc=alpha.partner%40example.com") is False
    out, err = capfd.readouterr()
    assert "partner" not in out + err


def test_the_command_line_shows_the_link_and_keeps_partners_out_of_stderr_and_the_log(
    cli: CliRunner, kit: Kit, paths: KitPaths, no_browser: dict[str, str]
) -> None:
    set_delivery_doc(kit, WEBMAIL)
    messages = queue(kit, PARTNERS, body=BODY)
    result = cli.subprocess("outbox", "webmail", "--open", env=no_browser)
    assert result.code == 0, result.err
    assert "No web browser opened" in result.out and "Opened the" not in result.out
    [link] = [line for line in result.out.splitlines() if line.startswith("https://")]
    assert "alpha.partner@example.com" in link  # the officer can open it by hand
    ids = " ".join(str(m.id) for m in messages)
    assert f"outage-kit outbox settle {ids} --as sent" in result.out
    log = paths.log_file.read_text() if paths.log_file.exists() else ""
    for secret in [*PARTNERS, "alpha.partner", "roaming billing", "roaming%20billing"]:
        assert secret not in result.err
        assert secret not in log


@pytest.fixture
def sections(kit: Kit) -> Iterator[list[OutboxSection]]:
    made: list[OutboxSection] = []
    yield made
    for section in made:
        section.shutdown()
    QThreadPool.globalInstance().waitForDone()


def test_the_dialog_shows_the_link_and_a_copy_button_when_no_browser_opens(
    qtbot: QtBot, kit: Kit, sections: list[OutboxSection]
) -> None:
    set_delivery_doc(kit, WEBMAIL)
    queue(kit, PARTNERS, body=BODY)
    section = OutboxSection(kit)
    qtbot.addWidget(section)
    sections.append(section)
    dialog = HandOffDialog(section.delivery, opener=lambda url: False)
    qtbot.addWidget(dialog)
    dialog.show()
    [batch] = dialog.batches
    assert not dialog.link_box.isVisible()
    qtbot.mouseClick(dialog.open_button, LEFT)
    text = dialog.list.item(0).text()
    assert "no browser opened" in text and "opened in the browser" not in text
    assert dialog.link_box.isVisible() and dialog.link_edit.text() == batch.url
    qtbot.mouseClick(dialog.copy_button, LEFT)
    assert QGuiApplication.clipboard().text() == batch.url
    assert "The link is on the clipboard" in dialog.clip_label.text()
    qtbot.mouseClick(dialog.sent_button, LEFT)  # sent from a browser by hand
    assert section.delivery.outbox.counts()["sent"] == 2
    assert not dialog.link_box.isVisible()
    dialog.close()  # the link leaves the clipboard with the dialog
    assert QGuiApplication.clipboard().text() != batch.url


def test_the_dialog_says_opened_when_a_browser_took_it(
    qtbot: QtBot, kit: Kit, sections: list[OutboxSection]
) -> None:
    set_delivery_doc(kit, WEBMAIL)
    queue(kit, PARTNERS, body=BODY)
    section = OutboxSection(kit)
    qtbot.addWidget(section)
    sections.append(section)
    dialog = HandOffDialog(section.delivery, opener=lambda url: True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.open_button, LEFT)
    assert "opened in the browser, confirm it" in dialog.list.item(0).text()
    assert not dialog.link_box.isVisible()
