"""Zones as a new user typed them (the walk of 2 December): "11:30 CEST" in December was
taken silently as +02:00 for a Warsaw officer — an hour off — and is refused naming what
Warsaw uses then; "europe/warsaw" in lower case was "not a time zone the kit knows"; the
ambiguity message named Asia/Calcutta for IST and Bahia Banderas and Chongqing for CST
instead of the zones people know. Window and command line, English and Polish."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.incidents.service import IncidentService
from tests.support import wizard_steps
from tests.support.cli import CliRunner
from tests.support.wizard_steps import open_wizard, retype

service = wizard_steps.service  # the forms bundle, a Warsaw officer


@pytest.mark.parametrize("language", ["en", "pl"])
def test_the_wizard_refuses_summer_time_in_winter_and_reads_zone_names_in_any_case(
    qtbot: QtBot, service: IncidentService, language: str
) -> None:
    dialog = open_wizard(qtbot, service, language)
    retype(qtbot, dialog.detected, "27.11.2026 05:30 CEST")
    assert dialog.flow.detected is None or dialog.flow.detected != datetime(
        2026, 11, 27, 3, 30, tzinfo=UTC
    )
    said = dialog.detected_note.text()
    assert "CEST" in said and "CET (+01:00)" in said and "27.11.2026" in said, said
    if language == "pl":
        assert "czas letni" in said, said
    else:
        assert "CEST is summer time" in said and "Warsaw is on CET" in said, said
    qtbot.mouseClick(dialog.next, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == 0  # refused: the officer stays on the first page

    retype(qtbot, dialog.detected, "27.11.2026 05:30 europe/warsaw")
    assert dialog.flow.detected == datetime(2026, 11, 27, 4, 30, tzinfo=UTC)
    retype(qtbot, dialog.detected, "27.11.2026 05:30 CET")
    assert dialog.flow.detected == datetime(2026, 11, 27, 4, 30, tzinfo=UTC)

    retype(qtbot, dialog.detected, "27.11.2026 05:30 CST")  # Chicago, Havana, Shanghai
    said = dialog.detected_note.text()
    assert "America/Chicago" in said and "Asia/Shanghai" in said, said
    assert "Bahia_Banderas" not in said and "Chongqing" not in said, said
    retype(qtbot, dialog.detected, "27.11.2026 05:30 IST")
    said = dialog.detected_note.text()
    assert "Asia/Kolkata" in said and "Calcutta" not in said, said


def test_the_command_line_refuses_summer_time_in_winter(
    cli: CliRunner, service: IncidentService
) -> None:
    service.conn.commit()
    new = ("incident", "new", "--kind", "disaster", "--title", "Billing down")
    refused = cli.subprocess(
        *new,
        *("--services", "billing", "--detected", "27.11.2026 05:30 CEST"),
        env={"TZ": "Europe/Warsaw"},
    )
    assert refused.code != 0
    assert "CEST is summer time; on 27.11.2026 Warsaw is on CET (+01:00)" in refused.err
    polish = cli.subprocess(
        *new,
        *("--services", "billing", "--detected", "27.11.2026 05:30 CEST"),
        env={"TZ": "Europe/Warsaw", "OUTAGE_KIT_LANG": "pl"},
    )
    assert polish.code != 0 and "CEST to czas letni" in polish.err, polish.err
    opened = cli.subprocess(
        "--json",
        *new,
        *("--services", "billing", "--detected", "27.11.2026 05:30 europe/warsaw"),
        env={"TZ": "Europe/Warsaw"},
    )
    assert opened.code == 0, opened.err
