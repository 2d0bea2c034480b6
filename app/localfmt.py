"""Dates and numbers as the kit's language writes them for people (issue 15: "dates and
numbers follow the locale"). The window (app/ui/language.py), the command line, the
services' messages and the reports' prose all write them here, so the top bar, a Backlog
cell, `backlog query` and a report say one amount or one day the same way.

English keeps the kit's ISO look for dates (2026-11-30 23:05) and writes 12,345 and
1,234.56; Polish writes as Poland does: 30.11.2026 23:05, 12 345 (a non-breaking space, and
only from five digits on: 1234), 1234,56. These are Qt's (CLDR's) forms for en_GB and pl_PL
(tests/ui/test_locale_forms.py holds them against QLocale) — written out here because the
core never imports Qt and the command line must stay quick.

Machine-readable output never comes through here: --json, CSV and XLSX cells and stored
text keep ISO 8601 and plain numbers whatever the language.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from app import i18n

#: the form of files other systems read, whatever the kit's language (ISO dates, 1234.56)
MACHINE = "machine"
#: per language: grouping separator, decimal separator, the fewest digits grouped
_NUMBERS = {"en": (",", ".", 4), "pl": ("\u00a0", ",", 5), MACHINE: ("", ".", 99)}


def _lang(language: str | None) -> str:
    code = language or i18n.language()
    return code if code in _NUMBERS else i18n.SOURCE_LANGUAGE


def day_text(day: date, *, language: str | None = None) -> str:
    """'2026-12-01' in English, '1.12.2026' in Polish."""
    if _lang(language) == "pl":
        return f"{day.day}.{day.month:02}.{day.year}"
    return day.strftime("%Y-%m-%d")


def wall_text(moment: datetime, *, seconds: bool = False, language: str | None = None) -> str:
    """A date and clock time as they are, never moved between zones (a stored wall-clock
    time, or one already in the zone to show): '2026-12-01 05:30', '1.12.2026 05:30'."""
    clock = moment.strftime("%H:%M:%S" if seconds else "%H:%M")
    return f"{day_text(moment, language=language)} {clock}"


def stored_wall_text(text: str, *, seconds: bool = False, language: str | None = None) -> str:
    """A stored wall-clock time without a zone ('2026-11-20T13:45:00', as billing wrote
    it) for people, never moved between zones: '2026-11-20 13:45', '20.11.2026 13:45'.
    Empty stays empty; a text that is not such a time is shown as it is."""
    if not text:
        return ""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return text
    if (
        len(text) == 19
        and text[4] == text[7] == "-"
        and text[10] in "T "
        and text[13] == text[16] == ":"
        and moment.year >= 1000
        and _lang(language) != "pl"
    ):
        # 'YYYY-MM-DDTHH:MM:SS', as billing writes it: already in the English form, cut
        # out of the text (strftime is 9 µs of the 13 a Backlog cell took)
        return f"{text[:10]} {text[11:19] if seconds else text[11:16]}"
    return wall_text(moment, seconds=seconds, language=language)


def stored_day_or_time_text(
    text: str, *, seconds: bool = False, language: str | None = None
) -> str:
    """A stored wall-clock time as the kit writes it: a day alone ('2026-11-30' billing
    wrote, stored '2026-11-30T00:00:00') as a day, '2026-11-30' / '30.11.2026'; one with a
    time of day as `stored_wall_text`."""
    if text.endswith("T00:00:00"):
        try:
            return day_text(datetime.fromisoformat(text), language=language)
        except ValueError:
            return text
    return stored_wall_text(text, seconds=seconds, language=language)


def datetime_text(moment: datetime, *, utc: bool = False, language: str | None = None) -> str:
    """An instant in this machine's time (in UTC when `utc`), minutes precision."""
    shown = moment.astimezone(UTC) if utc else moment.astimezone()
    return wall_text(shown, language=language)


def zone_label(moment: datetime) -> str:
    """The zone of an aware `moment` as people read it, the rule of the notices to partners
    too: its abbreviation ('CET', 'CEST', 'IST', 'AEDT') — or its offset ('UTC+05:30',
    'UTC-05:00') where the zone has only a number for a name (the tz database's '-05'), or
    a name in words (Windows' 'Central European Standard Time')."""
    name = moment.tzname() or ""
    if name.isalpha() and name.isascii() and name.upper() == name:
        return name
    return _offset_text(moment)


def _offset_text(moment: datetime) -> str:
    """'UTC+05:30', 'UTC-05:00'; 'UTC' for no offset."""
    offset = moment.utcoffset()
    if not offset:
        return "UTC"
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02}:{abs(minutes) % 60:02}"


def zone_note(moment: datetime) -> str:
    """The zone this machine's local times of `moment`'s year are in, for a workbook whose
    date cells hold them (a spreadsheet has no zones): its `zone_label` with its offset,
    'CET, UTC+01:00' — both where the zone changes over the year, as most do,
    'CET, UTC+01:00 / CEST, UTC+02:00' ('UTC+05:30' alone where the label is the offset)."""
    year = moment.astimezone().year
    notes: list[str] = []
    for month in (1, 7):  # mid-winter and mid-summer, north or south
        local = datetime(year, month, 15, 12, tzinfo=UTC).astimezone()
        label = zone_label(local)
        note = label if label.startswith("UTC") else f"{label}, {_offset_text(local)}"
        if note not in notes:
            notes.append(note)
    return " / ".join(notes)


def moment_text(moment: datetime | str, *, language: str | None = None) -> str:
    """An instant (or its ISO text) in this machine's time with its zone (`zone_label`):
    '2026-12-01 05:30 CET', '1.12.2026 05:30 CET', '2026-12-01 10:00 UTC+05:30'. For
    files other systems read (`MACHINE`) the numeric offset: '2026-12-01 05:30 +0100'."""
    value = (
        datetime.fromisoformat(moment.replace("Z", "+00:00")) if isinstance(moment, str) else moment
    )
    local = value.astimezone()
    zone = local.strftime("%z") if language == MACHINE else zone_label(local)
    return f"{wall_text(local, language=language)} {zone}"


def count_text(count: int, *, language: str | None = None) -> str:
    """'12,345' in English, '12 345' in Polish ('1234': Polish groups from five digits)."""
    group, _, fewest = _NUMBERS[_lang(language)]
    digits = str(abs(int(count)))
    if len(digits) >= fewest:
        head = len(digits) % 3 or 3
        parts = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
        digits = group.join(parts)
    return ("-" if count < 0 else "") + digits


def amount_text(minor: int, *, language: str | None = None) -> str:
    """An amount in minor units (cents, grosze, öre) as a number a person reads:
    '1,234.56' in English, '1234,56' / '12 345,60' in Polish."""
    whole, cents = divmod(abs(minor), 100)
    point = _NUMBERS[_lang(language)][1]
    sign = "-" if minor < 0 else ""
    return f"{sign}{count_text(whole, language=language)}{point}{cents:02d}"


def money_text(minor: int | None, currency: str = "", *, language: str | None = None) -> str:
    """An amount and its currency after it, as the command line and the reports' prose
    write it: '145.02 SEK', '145,02 SEK' (empty when there is no amount)."""
    if minor is None:
        return ""
    number = amount_text(minor, language=language)
    return f"{number} {currency}" if currency else number
