"""A zone typed after a time by its abbreviation or its name: "09:30 CET" as the kit's own
notices print it, "09:30 Europe/Warsaw". An abbreviation stands for the offset it has
wherever it is used (CET is +01:00 in Oslo, Stockholm and Warsaw alike); one used for
different offsets (IST: India, Ireland, Israel) is refused, naming them."""

from __future__ import annotations

import zoneinfo
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from importlib import resources
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

#: the fortnights around now looked at for what each zone calls its times (summer, winter)
_FORTNIGHTS = range(-13, 14)
#: the zone an ambiguous abbreviation's offset is best known by, named first when the kit
#: asks which is meant (IST: Asia/Kolkata, not its old name Asia/Calcutta; CST: Chicago and
#: Shanghai, not Bahia Banderas and Chongqing); other zones: canonical names first
_BEST_KNOWN = (
    "America/Chicago",
    "America/New_York",
    "America/Denver",
    "America/Los_Angeles",
    "America/Havana",
    "America/Sao_Paulo",
    "America/Mexico_City",
    "Asia/Shanghai",
    "Asia/Kolkata",
    "Asia/Jerusalem",
    "Asia/Tokyo",
    "Asia/Seoul",
    "Asia/Karachi",
    "Europe/Dublin",
    "Europe/London",
    "Europe/Berlin",
    "Europe/Paris",
    "Europe/Warsaw",
    "Europe/Helsinki",
    "Europe/Moscow",
    "Africa/Johannesburg",
    "Africa/Lagos",
    "Australia/Sydney",
    "Pacific/Auckland",
)


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
    if "/" in label:  # as people type it: "europe/warsaw" is Europe/Warsaw
        name = _zone_names().get(label.lower(), label)
        try:
            return ZoneInfo(name)
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


def other_season(label: str, moment: datetime) -> tuple[str, timedelta, bool] | None:
    """`label` is an abbreviation this computer's clock prints, but for the other season
    than at `moment` ("CEST" for a December time in Warsaw: an hour off): what the clock
    prints then, its offset, and whether `label` is the summer one; else None."""
    typed = _local_offsets().get(label.upper())
    local = moment.astimezone()
    name, offset = local.tzname() or "", local.utcoffset()
    if typed is None or offset is None or typed == offset or name.upper() == label.upper():
        return None
    return name, offset, typed > offset


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
    canonical = _canonical()

    def known(name: str) -> tuple[int, bool, bool, str]:
        """The best-known zone first, then canonical ones (Asia/Kolkata, not Asia/Calcutta),
        a region's name (Europe/Dublin, not Eire), then by name."""
        rank = _BEST_KNOWN.index(name) if name in _BEST_KNOWN else len(_BEST_KNOWN)
        return (rank, name not in canonical, "/" not in name, name)

    for name in sorted(available_timezones(), key=known):
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


@lru_cache(maxsize=1)
def _zone_names() -> dict[str, str]:
    """Every zone's name by its lower-case spelling."""
    return {name.lower(): name for name in available_timezones()}


def _canonical() -> set[str]:
    """The zones tzdata's zone1970.tab lists (canonical names, not old links such as
    Asia/Calcutta): from the system's zone files, else the tzdata package (Windows)."""
    for folder in zoneinfo.TZPATH:
        table = Path(folder) / "zone1970.tab"
        if table.is_file():
            return _tab_zones(table.read_text(encoding="utf-8"))
    try:
        text = resources.files("tzdata.zoneinfo").joinpath("zone1970.tab").read_text("utf-8")
    except (ModuleNotFoundError, OSError):
        return set()
    return _tab_zones(text)


def _tab_zones(text: str) -> set[str]:
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return {row[2] for row in rows if len(row) > 2}
