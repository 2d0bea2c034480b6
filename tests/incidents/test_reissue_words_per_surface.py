"""Re-issuing refused, in the words of where the officer reads it (a walk: the re-issue
dialog said "then 'outage-kit paths probe'" beside the Outbox's tabs): the window names its
sections and buttons, the command line its commands — as closing refused does
(tests/ui/test_close_words_per_surface.py). English and Polish."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.kit import Kit
from app.paths import KitPaths
from app.ui.incidents.reissue_dialog import ReissueDialog
from app.ui.language import install_language
from tests.incidents.test_plan_reissue import held_announcement
from tests.incidents.test_schedule_window import _open
from tests.reports import conftest as scripted_night
from tests.reports.conftest import Clock
from tests.support.cli import CliRunner
from tests.support.mail_sink import MailSink

clock = scripted_night.clock
__all__ = ["clock"]  # a fixture


def _refused_in_the_window(
    qtbot: QtBot, kit: Kit, paths: KitPaths, reference: str, language: str = "en"
) -> str:
    """The page's Re-issue… clicked, then the dialog's Re-issue: what the dialog says."""
    _window, section = _open(qtbot, paths, kit.store)
    install_language(language)
    section.reload(select=reference)
    qtbot.mouseClick(section.page.reissue_button, Qt.MouseButton.LeftButton)
    dialog = section.dialog
    assert isinstance(dialog, ReissueDialog)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.queued is None and dialog.isVisible()  # refused: nothing queued
    said = dialog.problems.text()
    dialog.reject()
    return said


def test_no_modem_names_the_outbox_buttons_in_the_window(
    qtbot: QtBot, kit: Kit, paths: KitPaths, clock: Clock, sink: MailSink
) -> None:
    _service, reference = held_announcement(kit, clock, sink)  # no modem set up
    said = _refused_in_the_window(qtbot, kit, paths, reference)
    assert "No SMS modem is set up" in said, said
    assert "Outbox → Delivery paths" in said and "Probe now" in said, said
    assert "(Told another way)" in said, said
    assert "outage-kit" not in said, said


def test_no_modem_names_the_outbox_buttons_in_polish(
    qtbot: QtBot, kit: Kit, paths: KitPaths, clock: Clock, sink: MailSink
) -> None:
    _service, reference = held_announcement(kit, clock, sink)
    said = _refused_in_the_window(qtbot, kit, paths, reference, "pl")
    assert "Nie skonfigurowano modemu SMS" in said, said
    assert "Skrzynka nadawcza → Ścieżki wysyłki" in said and "Sprawdź teraz" in said, said
    assert "(Przekazano inaczej)" in said, said
    assert "outage-kit" not in said, said


def test_no_modem_names_the_commands_on_the_command_line(
    kit: Kit, clock: Clock, sink: MailSink, cli: CliRunner
) -> None:
    _service, reference = held_announcement(kit, clock, sink)
    kit.store.close()
    refused = cli("incident", "reissue", reference)
    said = " ".join(refused.err.split())
    assert refused.code != 0 and "No SMS modem is set up" in said, said
    assert "'outage-kit paths probe'" in said and "'outage-kit incident told'" in said, said
    assert "Probe now" not in said and "Told another way" not in said, said
    assert "Outbox →" not in said, said
