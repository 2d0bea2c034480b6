"""The notices print "09:20 CET"; the officer types it back the same way (a tester's
finding: "09:30 CET" was refused, only UTC or an offset was read). The wizard's time fields
and the command line's time options take the abbreviations the kit prints (CET, CEST,
EET) and the zones' names (Europe/Warsaw); one that stands for several offsets (IST) is
refused naming them; one nobody uses says what to write. English and Polish."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.incidents.service import IncidentService
from tests.support import wizard_steps
from tests.support.cli import CliRunner
from tests.support.wizard_steps import open_wizard, retype

service = wizard_steps.service  # the forms bundle, a Warsaw officer


@pytest.mark.parametrize("language", ["en", "pl"])
def test_the_wizard_reads_cet_and_zone_names_as_the_notices_print_them(
    qtbot: QtBot,
    service: IncidentService,
    language: str,
) -> None:
    dialog = open_wizard(qtbot, service, language)
    retype(qtbot, dialog.detected, "27.11.2026 05:30 CET")
    assert dialog.flow.detected == datetime(2026, 11, 27, 4, 30, tzinfo=UTC)
    qtbot.mouseClick(dialog.next, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == 1

    start = dialog.form.editors["start_time"]
    note = dialog.form.notes["start_time"]
    retype(qtbot, dialog.form.editors["customer_impact"], "Renewals are not charged.")
    retype(qtbot, start, "27.11.2026 06:10 EET")
    assert dialog.flow.fields["start_time"] == "2026-11-27 04:10 UTC", note.text()
    retype(qtbot, start, "27.11.2026 05:10 Europe/Warsaw")
    assert dialog.flow.fields["start_time"] == "2026-11-27 04:10 UTC", note.text()
    assert dialog.next.isEnabled()

    retype(qtbot, start, "27.11.2026 05:10 IST")  # India, Ireland, Israel
    assert not dialog.next.isEnabled()
    said = note.text()
    assert "IST" in said and "+05:30" in said and "+01:00" in said and "+02:00" in said
    assert "Europe/Warsaw" in said  # what to write instead
    retype(qtbot, start, "27.11.2026 05:10 XYZ")
    assert not dialog.next.isEnabled() and "XYZ" in note.text()
    if language == "pl":
        assert "strefy czasowej XYZ" in note.text()  # said in Polish


def test_the_command_line_reads_cet_for_detection_and_a_field(
    cli: CliRunner,
    service: IncidentService,
    tmp_path: Path,
) -> None:
    service.conn.commit()
    detected = (datetime.now(UTC) - timedelta(hours=1)).replace(second=0, microsecond=0)
    cet = detected.astimezone(ZoneInfo("Europe/Warsaw"))
    typed = f"{cet:%d.%m.%Y %H:%M} {cet.tzname()}"
    opened = cli.subprocess(
        "--json",
        *("incident", "new", "--kind", "disaster", "--title", "Billing down"),
        *("--services", "billing", "--detected", typed),
    )
    assert opened.code == 0, opened.err
    incident = json.loads(opened.out)
    assert datetime.fromisoformat(incident["detected"]) == detected
    fields = tmp_path / "fields.json"
    promise = (detected + timedelta(hours=3)).astimezone(ZoneInfo("Europe/Warsaw"))
    promised = f"{promise:%d.%m.%Y %H:%M} {promise.tzname()}"
    said = {"customer_impact": "No renewals.", "start_time": typed, "next_update": promised}
    fields.write_text(json.dumps(said), encoding="utf-8")
    notify = cli.subprocess(
        "--json",
        *("incident", "notify", incident["reference"], "--stage", "initial"),
        *("--fields", str(fields)),
    )
    assert notify.code == 0, notify.err
    read = json.loads(notify.out)["times_read"]
    assert datetime.fromisoformat(read["start_time"]["utc"]) == detected
    assert datetime.fromisoformat(json.loads(notify.out)["next_update"]) == promise

    refused = cli.subprocess(
        *("incident", "new", "--kind", "disaster", "--title", "Billing down"),
        *("--services", "billing", "--detected", "05:30 IST"),
        env={"TZ": "Europe/Warsaw"},
    )
    assert refused.code != 0
    assert "IST stands for more than one time zone" in refused.err, refused.err


@pytest.mark.parametrize("zone", ["America/Chicago", "Asia/Kolkata"])
def test_an_abbreviation_several_zones_use_is_this_computers_when_its_clock_prints_it(
    cli: CliRunner, service: IncidentService, zone: str
) -> None:
    """An officer in Chicago types "CST" (China's CST is +08:00), one in Bangalore "IST"
    (Ireland's and Israel's too): the workstation's own meaning, not a refusal."""
    service.conn.commit()
    detected = (datetime.now(UTC) - timedelta(hours=1)).replace(second=0, microsecond=0)
    here = detected.astimezone(ZoneInfo(zone))
    typed = f"{here:%d.%m.%Y %H:%M} {here.tzname()}"
    opened = cli.subprocess(
        "--json",
        *("incident", "new", "--kind", "disaster", "--title", "Billing down"),
        *("--services", "billing", "--detected", typed),
        env={"TZ": zone},
    )
    assert opened.code == 0, opened.err
    assert datetime.fromisoformat(json.loads(opened.out)["detected"]) == detected
