"""Times in a notice, in the recipient's own time zone (issue 15, point 3).

A time reaches a template as a `NoticeTime`: text such as "2026-11-22 03:12 CET" (the zone's
abbreviation, or its offset where the zone has none, "UTC-03:00"), which also offers
`.utc` ("2026-11-22 02:12 UTC") and `.both` ("2026-11-22 03:12 CET (02:12 UTC)") for a
template that wants UTC too; the filters `utc`, `local` and `with_utc` do the same.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, tzinfo

from app.localfmt import zone_label

_TIME = re.compile(
    r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2})?\s*(?P<zone>UTC|GMT|Z|[+-]\d{2}:?\d{2})?$"
)


def zone(name: str) -> tzinfo:
    """The zone of a contact; UTC for a name this machine does not know (no tzdata)."""
    # imported here: the window's start formats times (`zone_label`) but needs no zone
    # database, which costs ~3 ms of it (sysconfig, the tz path)
    import zoneinfo

    try:
        return zoneinfo.ZoneInfo(name or "UTC")
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return UTC


def local_text(moment: datetime, where: tzinfo) -> str:
    local = moment.astimezone(where)
    return f"{local:%Y-%m-%d %H:%M} {zone_label(local)}"


#: a time as the kit writes it for the record inside a sentence (`partner_time`)
_WRITTEN_UTC = re.compile(r"\b(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}) UTC\b")


def localize(text: str, where: tzinfo) -> str:
    """Free text with every time written "2026-03-15 01:00 UTC" (the kit's own sentences
    write them so; an officer may too) in the reader's zone: "2026-03-15 02:00 CET"."""

    def local(found: re.Match[str]) -> str:
        try:
            moment = datetime.fromisoformat(f"{found[1]}T{found[2]}").replace(tzinfo=UTC)
        except ValueError:
            return found[0]  # not a real date (2026-13-40): left as written
        return local_text(moment, where)

    return _WRITTEN_UTC.sub(local, text)


def utc_text(moment: datetime) -> str:
    return f"{moment.astimezone(UTC):%Y-%m-%d %H:%M} UTC"


class NoticeTime(str):
    """A time as a template shows it: local to the recipient, with UTC at hand."""

    moment: datetime
    where: tzinfo

    def __new__(cls, moment: datetime, where: tzinfo) -> NoticeTime:
        made = super().__new__(cls, local_text(moment, where))
        made.moment = moment
        made.where = where
        return made

    @property
    def local(self) -> str:
        return str(self)

    @property
    def utc(self) -> str:
        return utc_text(self.moment)

    @property
    def both(self) -> str:
        if zone_label(self.moment.astimezone(self.where)) == "UTC":
            return self.utc
        return f"{self} ({self.moment.astimezone(UTC):%H:%M} UTC)"


def parse_field_time(value: str) -> datetime | None:
    """A field whose whole value is a date and time ("2026-11-22 02:12 UTC",
    "2026-11-22T03:12+01:00", "2026-11-22 03:12" = this workstation's time), else None."""
    text = value.strip()
    match = _TIME.match(text)
    if not match:
        return None
    stamp = text[: match.start("zone")].strip() if match["zone"] else text
    try:
        moment = datetime.fromisoformat(stamp.replace(" ", "T"))
    except ValueError:
        return None
    label = match["zone"]
    if label in ("UTC", "GMT", "Z"):
        return moment.replace(tzinfo=UTC)
    if label:
        return datetime.fromisoformat(f"{stamp.replace(' ', 'T')}{label}").astimezone(UTC)
    return moment.astimezone().astimezone(UTC)


def utc_filter(value: object) -> str:
    return value.utc if isinstance(value, NoticeTime) else str(value)


def local_filter(value: object) -> str:
    return str(value)


def with_utc_filter(value: object) -> str:
    return value.both if isinstance(value, NoticeTime) else str(value)
