"""A zone typed after a time by its abbreviation or its name: "09:30 CET" as the kit's own
notices print it, "09:30 Europe/Warsaw". An abbreviation stands for the offset it has
wherever it is used (CET is +01:00 in Oslo, Stockholm and Warsaw alike); one used for
different offsets (IST: India, Ireland, Israel) is refused, naming them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

#: the fortnights around now looked at for what each zone calls its times (summer, winter)
_FORTNIGHTS = range(-13, 14)


class AmbiguousZone(ValueError):
    """An abbreviation used for more than one offset: `choices` maps each offset to a zone."""

    def __init__(self, label: str, choices: dict[timedelta, str]) -> None:
        super().__init__(label)
        self.label = label
        self.choices = choices


def zone_named(label: str) -> tzinfo | None:
    """The zone `label` names: an IANA name (Europe/Warsaw) or an abbreviation a zone
    prints (CET, CEST, EET); None when no zone is so named. An abbreviation used for
    different offsets in different zones is this computer's when its clock prints it (CST
    in Chicago is -06:00, not China's +08:00); else AmbiguousZone."""
    if "/" in label:
        try:
            return ZoneInfo(label)
        except (ZoneInfoNotFoundError, ValueError):
            return None
    offsets = _abbreviations().get(label.upper())
    if not offsets:
        return None
    if len(offsets) > 1:
        here = _local_offsets().get(label.upper())
        if here is None:
            raise AmbiguousZone(label.upper(), dict(offsets))
        offsets = {here: ""}
    (offset,) = offsets
    return timezone(offset, label.upper())


def offset_text(offset: timedelta) -> str:
    """+01:00, -03:00, +05:30."""
    sign = "-" if offset < timedelta() else "+"
    minutes = abs(int(offset.total_seconds())) // 60
    return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def _moments() -> list[datetime]:
    start = datetime.now(UTC).replace(hour=12, minute=0, second=0, microsecond=0)
    return [start + timedelta(weeks=2 * f) for f in _FORTNIGHTS]


def _local_offsets() -> dict[str, timedelta]:
    """What this computer's clock calls its times in summer and winter, with their offsets."""
    found: dict[str, timedelta] = {}
    for moment in _moments():
        local = moment.astimezone()
        short, offset = local.tzname(), local.utcoffset()
        if short and offset is not None:
            found.setdefault(short.upper(), offset)
    return found


@lru_cache(maxsize=1)
def _abbreviations() -> dict[str, dict[timedelta, str]]:
    """Each letter abbreviation the zones print (not "-03", which is an offset), with the
    offsets it stands for and a zone that uses each (read once: ~0.15 s)."""
    found: dict[str, dict[timedelta, str]] = {}
    moments = _moments()
    # a region's name first (Europe/Dublin, not Eire), the first of them named for each
    for name in sorted(available_timezones(), key=lambda n: ("/" not in n, n)):
        try:
            zone = ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            continue
        for moment in moments:
            local = moment.astimezone(zone)
            short, offset = local.tzname(), local.utcoffset()
            if short and offset is not None and short.isalpha() and short.upper() == short:
                found.setdefault(short, {}).setdefault(offset, name)
    return found
