"""A time said back to the officer names its zone so a person reads it at a glance: an
abbreviation (CET) or the offset (UTC+05:30) — never Windows' zone name in words
("Greenwich Standard Time", as a new user saw under Windows Python), nor a bare "+0530"."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from app.incidents.clock import said
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
