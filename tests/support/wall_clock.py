"""This computer's wall clock for tests that type times as an officer does, at whatever hour
and season CI runs them: minutes counted in UTC (2 hours after 01:59 on the night the clocks
go forward is 04:59, not the 03:59 a fixed offset says), and the hour the clocks pass twice,
when the kit asks which of the two a bare time means."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta


def minutes_from(moment: datetime, minutes: int) -> datetime:
    """`minutes` after `moment` (before, when negative), in this computer's zone."""
    return (moment.astimezone(UTC) + timedelta(minutes=minutes)).astimezone()


def passed_twice(moment: datetime) -> bool:
    """The wall clock of `moment` happens twice that night in this computer's zone."""
    wall = moment.astimezone().replace(tzinfo=None)
    return (
        wall.replace(fold=0).astimezone().utcoffset()
        != wall.replace(fold=1).astimezone().utcoffset()
    )


def with_offset(moment: datetime, text: str) -> str:
    """`text` (a time typed for `moment`) with its offset where its hour happens twice, as
    the kit asks then ("02:30 +02:00")."""
    if not passed_twice(moment):
        return text
    offset = f"{moment.astimezone():%z}"
    return f"{text} {offset[:3]}:{offset[3:]}"


def gone(clock: str) -> str:
    """A clock time of the small hours typed for a moment that has passed ("02:00 UTC",
    "01:00", up to 04:00), with the date that makes it past: today's from 04:30 on, else
    yesterday's — one date for every such time, so their order stays as written. A bare
    "02:00" typed at 00:38 is still ahead today and the kit rightly refuses it as a start
    (the last CI ran its tests at that hour)."""
    text, utc = (clock[:-4], True) if clock.endswith(" UTC") else (clock, False)
    now = datetime.now(UTC) if utc else datetime.now().astimezone()
    assert text <= "04:00", "gone() dates the small hours only"
    day = now.date() if (now.hour, now.minute) >= (4, 30) else now.date() - timedelta(days=1)
    return f"{day:%Y-%m-%d} {text}" + (" UTC" if utc else "")
