"""Times as partners read them: their zone's abbreviation, or its offset where the zone has
no letters for a name; UTC at hand for a template that wants both."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from app.notices.localtime import NoticeTime, parse_field_time, zone

WINTER = datetime(2026, 11, 30, 21, 40, tzinfo=UTC)
SUMMER = datetime(2026, 7, 1, 21, 40, tzinfo=UTC)


@pytest.mark.parametrize(
    ("moment", "where", "shown"),
    [
        (WINTER, "Europe/London", "2026-11-30 21:40 GMT"),
        (SUMMER, "Europe/London", "2026-07-01 22:40 BST"),
        (WINTER, "Europe/Warsaw", "2026-11-30 22:40 CET"),
        (SUMMER, "Europe/Stockholm", "2026-07-01 23:40 CEST"),
        (WINTER, "America/Sao_Paulo", "2026-11-30 18:40 UTC-03:00"),
        (WINTER, "Asia/Kolkata", "2026-12-01 03:10 IST"),
        (WINTER, "UTC", "2026-11-30 21:40 UTC"),
        (WINTER, "Mars/Olympus_Mons", "2026-11-30 21:40 UTC"),  # unknown here: UTC, stated
    ],
)
def test_local_time_with_its_abbreviation_or_offset(
    moment: datetime, where: str, shown: str
) -> None:
    assert NoticeTime(moment, zone(where)) == shown


def test_utc_as_well() -> None:
    stockholm = NoticeTime(WINTER, zone("Europe/Stockholm"))
    assert stockholm.utc == "2026-11-30 21:40 UTC"
    assert stockholm.both == "2026-11-30 22:40 CET (21:40 UTC)"
    assert NoticeTime(WINTER, zone("UTC")).both == "2026-11-30 21:40 UTC"


@pytest.mark.parametrize(
    "text", ["2026-11-30 21:40 UTC", "2026-11-30T22:40+01:00", "2026-11-30T21:40Z"]
)
def test_a_field_holding_a_time_is_a_time(text: str) -> None:
    assert parse_field_time(text) == WINTER


@pytest.mark.parametrize("text", ["21:40 UTC", "2026-11-30", "since 2026-11-30 21:40", ""])
def test_anything_else_stays_text(text: str) -> None:
    assert parse_field_time(text) is None
