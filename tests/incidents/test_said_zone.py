"""A time said back to the officer names its zone so a person reads it at a glance: an
abbreviation (CET) or the offset (UTC+05:30) — never Windows' zone name in words
("Greenwich Standard Time", as a new user saw under Windows Python), nor a bare "+0530"."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from app import localfmt
from app.incidents.clock import said
from app.timefmt import iso, local_stamp, local_text
from tests.support.forms_bundle import officer_zone

ZONE = re.compile(r"\((?:\S+ ){2}\S+ (?P<zone>[^)]*)\)$")


def _zone(text: str) -> str:
    found = ZONE.search(text)
    assert found, text
    return found.group("zone")


def test_this_computers_zone_is_said_as_an_abbreviation_or_an_offset() -> None:
    now = datetime.now(UTC)
    zone = _zone(said(now - timedelta(minutes=30), now))
    assert re.fullmatch(r"[A-Z]{2,5}|UTC[+-]\d\d:\d\d", zone), zone


def test_a_zone_without_an_abbreviation_is_said_as_its_offset() -> None:
    now = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
    with officer_zone("<+0530>-5:30"):
        text = said(now - timedelta(hours=1), now)
    assert text.startswith("today 16:30 (") and _zone(text) == "UTC+05:30", text
    with officer_zone("Europe/Warsaw"):
        assert _zone(said(now, now)) == "CET"


def test_the_kits_own_times_name_the_zone_by_the_same_rule() -> None:
    """`local_text` (the window, the command line, the reports) names the zone as notices to
    partners do; `local_stamp` (files other systems read: a CSV) keeps the numeric offset."""
    winter, summer = (
        datetime(2026, 1, 15, 12, 0, tzinfo=UTC),
        datetime(2026, 7, 15, 12, 0, tzinfo=UTC),
    )
    expected = {
        ("Europe/Warsaw", winter): ("2026-01-15 13:00 CET", "+0100"),
        ("Europe/Warsaw", summer): ("2026-07-15 14:00 CEST", "+0200"),
        ("Australia/Sydney", winter): ("2026-01-15 23:00 AEDT", "+1100"),
        ("Asia/Kolkata", summer): ("2026-07-15 17:30 IST", "+0530"),
        ("America/Bogota", summer): ("2026-07-15 07:00 UTC-05:00", "-0500"),
        ("<+0530>-5:30", summer): ("2026-07-15 17:30 UTC+05:30", "+0530"),
    }
    for (zone, moment), (shown, offset) in expected.items():
        with officer_zone(zone):
            assert local_text(moment) == shown, zone
            assert local_text(iso(moment)) == shown, zone  # stored ISO text reads the same
            assert local_stamp(moment) == f"{shown.rsplit(' ', 1)[0]} {offset}", zone
    with officer_zone("Europe/Warsaw"):
        assert localfmt.moment_text(summer, language="pl") == "15.07.2026 14:00 CEST"
