"""ISO 8601 times. A time given without a zone is the workstation's local time."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo

from app import localfmt
from app.errors import UserError
from app.i18n import Msg
from app.textsearch import plain_letters
from app.zone_names import AmbiguousZone, offset_text, other_season, zone_named


def now() -> datetime:
    return datetime.now(UTC)


_clock = now  # (read_time's own `now` is the moment it reads against)


def parse_time(text: str, *, what: str = "time") -> datetime:
    """An aware datetime from ISO 8601 text (date-only means local midnight)."""
    value = text.strip()
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise UserError(
            Msg.tr(
                "{capitalize} {text!r} is not an ISO 8601 time. Write it like "
                "2026-11-22T03:15 (local time) or 2026-11-22T02:15Z."
            ).format(capitalize=what.capitalize(), text=text)
        ) from None
    if parsed.tzinfo is None:
        parsed = parsed.astimezone()  # naive → the workstation's local zone
    return parsed.astimezone(UTC)


def parse_date(text: str, *, what: str = "date") -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise UserError(
            Msg.tr("{capitalize} {text!r} is not a date like 2026-11-22.").format(
                capitalize=what.capitalize(), text=text
            )
        ) from None


def local_midnight(day: date) -> datetime:
    return datetime.combine(day, time()).astimezone().astimezone(UTC)


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def local_text(moment: datetime | str) -> str:
    """For people: local time, minutes precision, with its zone as notices to partners name
    it (`localfmt.zone_label`), as the kit's language writes a date (2026-12-01 05:30 CET;
    1.12.2026 05:30 CET in Polish; 2026-12-01 10:00 UTC+05:30 where the zone has no
    abbreviation).
    Never for machine-readable output: that takes `iso`."""
    return localfmt.moment_text(moment)


def typed_text(moment: datetime) -> str:
    """`moment` as an officer would type it, for a field the kit fills in (the wizard's
    "Detected at": now): this computer's time as the kit's language writes it; in the hour
    the clocks pass twice (autumn) with its offset ("2027-10-31 02:45 +02:00"), which
    `read_time` asks for then — else the kit would refuse its own suggestion."""
    local = moment.astimezone()
    text = localfmt.datetime_text(local)
    wall = local.replace(tzinfo=None)
    if (
        wall.replace(fold=0).astimezone().utcoffset()
        != wall.replace(fold=1).astimezone().utcoffset()
    ):
        text += f" {_offset(local)}"
    return text


def local_stamp(moment: datetime | str) -> str:
    """`local_text` for files other systems read (a CSV for billing): the same in every
    language, 2026-12-01 05:30 +0100."""
    return localfmt.moment_text(moment, language=localfmt.MACHINE)


# a time typed a little ahead of this clock is a clock difference, not a typo
CLOCK_SKEW = timedelta(minutes=2)
# looking back, a bare time more than this far ahead means yesterday ("23:50" typed at
# 00:20); less far ahead it stays today and is refused as in the future (a typo, or the
# wrong clock): a guess that moved it a whole day back would hide the mistake
_PAST_WRAP = timedelta(hours=1)
# looking ahead, a bare time ("10:00") more than this far gone means tomorrow
_FUTURE_WRAP = timedelta(hours=12)
# a bare time still ahead today is yesterday's only when that was this recently (a night
# shift typing 23:50 after midnight); further back it is a mistake to ask about
_BACK_WRAP = timedelta(hours=12)
# Patterns of typed times, as text: `re` compiles (and keeps) each when a time is first read,
# which a start of the window never does
_ZONE = r"(?i)^(?P<rest>.*?\d)\s*(?P<zone>(?:UTC|GMT)?[+-]\d{2}:?\d{2}|UTC|GMT|Z)$"
# a zone by its abbreviation as the kit prints it ("09:30 CET") or its name (Europe/Warsaw)
_NAMED_ZONE = r"^(?P<rest>.*?\d)\s+(?P<zone>[A-Z]{2,5}|[A-Za-z_]+(?:/[A-Za-z0-9_+-]+)+)$"
_CLOCK = r"^(?P<h>\d{1,2}):(?P<m>\d{2})(?::(?P<s>\d{2}))?$"
_ISO_DAY = r"^(?P<y>\d{4})[-/](?P<m>\d{1,2})[-/](?P<d>\d{1,2})$"
_DOTTED_DAY = r"^(?P<d>\d{1,2})\.(?P<m>\d{1,2})(?:\.(?P<y>\d{4})?)?$"
# "5.30" as people write 05:30 in Poland, Czechia, Germany: a time when it cannot be a
# day and a month (minutes of 13 and more); "5.12" stays 5 December
_DOTTED_CLOCK = r"^(?P<h>\d{1,2})\.(?P<m>\d{2})$"
_SLASHED_DAY = r"^\d{1,2}/\d{1,2}(/\d{2,4})?$"
_ISO_JOIN = r"(?<=\d)T(?=\d)"


def read_time(
    text: str, *, what: str = "time", now: datetime | None = None, bare: str = "past"
) -> datetime:
    """A time as a person types it, as an aware UTC datetime. Reads ISO 8601
    ("2026-12-01 05:30", "2026-12-01T04:30Z"), the day first with dots as in Poland and
    much of Europe ("1.12.2026 5:30"; "1.12. 5:30" is the nearest 1 December), the time first too
    ("05:30 1.12.2026"), a time with a dot ("5.30": minutes of 13 and more cannot be a
    month), the kit's own "2026-12-01 04:30 UTC", "now", and a bare time ("05:30"): today
    in this computer's zone. With `bare` "past" (a detection time) a bare time still ahead
    is yesterday only when that was within the last 12 hours (at 00:20, "23:50" is the
    evening before); otherwise it is refused naming both readings. "either" (a notice field:
    a start, or an end still ahead) takes yesterday the same way but keeps a time up to an
    hour ahead, across midnight too (at 23:36, "00:03" is tomorrow's, not this morning's);
    "future" takes tomorrow for a time more than 12 hours gone. A zone may follow (UTC, Z,
    +01:00). A local time the clocks skip or pass twice (summer time) is refused unless an
    offset is given. A day may be a word: "yesterday 23:10", "today", "tomorrow" (and the
    kit's language's: "wczoraj 23:10", "dziś", "jutro"), the day in the zone given, else
    this computer's. Anything else is a UserError saying how to write it — "01/12/2026"
    too: it reads differently in different countries; and an abbreviation of this
    computer's zone for the other season ("11:30 CEST" in December in Warsaw: an hour off)."""
    moment = _read_time(text, what=what, now=now, bare=bare)
    value = " ".join(text.replace(",", " ").split())
    found = re.match(_NAMED_ZONE, value)
    season = other_season(found["zone"], moment) if found and "/" not in found["zone"] else None
    if found is None or season is None:
        return moment
    name, offset, summer = season
    said = (
        Msg.tr(
            "{capitalize} {text!r}: {typed} is summer time; on {day} {place} is on {name} "
            "({offset}). Write {name}, or the offset."
        )
        if summer
        else Msg.tr(
            "{capitalize} {text!r}: {typed} is winter (standard) time; on {day} {place} is on "
            "{name} ({offset}). Write {name}, or the offset."
        )
    )
    raise UserError(
        said.format(
            capitalize=what.capitalize(),
            text=text,
            typed=found["zone"].upper(),
            day=dotted_text(moment.astimezone()),
            place=zone_name().rsplit("/", 1)[-1].replace("_", " "),
            name=name,
            offset=offset_text(offset),
        )
    )


def _read_time(text: str, *, what: str, now: datetime | None, bare: str) -> datetime:
    """`read_time` but the season of the zone's abbreviation."""
    value = " ".join(text.replace(",", " ").split())
    if not value:
        raise UserError(Msg.tr("Give the {what}, e.g. 05:30 or 1.12.2026 05:30.").format(what=what))
    current = now or _clock()
    if value.lower() in ("now", Msg.tr("now").lower()):
        return current.astimezone(UTC).replace(second=0, microsecond=0)
    if ":" in value and len(value) > 8:
        try:  # ISO 8601 as a program writes it, seconds and fractions too
            parsed = datetime.fromisoformat(value)
        except ValueError:
            pass
        else:
            return (parsed if parsed.tzinfo else _local(parsed, text, what)).astimezone(UTC)
    found = re.match(_ZONE, value) or re.match(_NAMED_ZONE, value)
    rest, where = (found["rest"], _zone(found["zone"], text, what)) if found else (value, None)
    today = (current.astimezone(where) if where else current.astimezone()).date()
    day, clock = _day_and_clock(rest, text, what, today)

    def on(when: date) -> datetime:
        naive = datetime.combine(when, clock)
        return naive.replace(tzinfo=where) if where else _local(naive, text, what)

    if day is not None:
        return on(day).astimezone(UTC)
    if bare == "future":
        moment = on(today)
        if moment < current - _FUTURE_WRAP:
            moment = on(today + timedelta(days=1))
        return moment.astimezone(UTC)
    moment = on(today)
    ahead = CLOCK_SKEW if bare == "past" else _PAST_WRAP
    if moment <= current + ahead:
        # just after midnight-to-be: "00:03" typed at 23:36 is 27 minutes ahead (tomorrow),
        # read as "just ahead" as it would be at noon, not as this morning's 00:03: kept
        # when a time ahead may be meant, else refused naming both readings
        after = _next_day(on, today) if moment < current - _BACK_WRAP else None
        if after is None or after > current + _PAST_WRAP:
            return moment.astimezone(UTC)
        if after <= current + ahead:
            return after.astimezone(UTC)
        tomorrow = Msg.tr(
            "{capitalize} {text!r}: tomorrow {clock} is still ahead (it is {now} now) and "
            "today {clock} is over 12 hours gone. Write the date too, e.g. {example}."
        )
        raise _refused(tomorrow, what, text, clock, current, moment, where)
    before = on(today - timedelta(days=1))
    if before >= current - _BACK_WRAP:
        return before.astimezone(UTC)
    if bare != "past":
        return moment.astimezone(UTC)
    today_ahead = Msg.tr(
        "{capitalize} {text!r}: today {clock} is still ahead (it is {now} now) and "
        "yesterday {clock} is over 12 hours gone. Write the date too, e.g. {example}."
    )
    raise _refused(today_ahead, what, text, clock, current, before, where)


def _refused(
    message: str,
    what: str,
    text: str,
    clock: time,
    current: datetime,
    past: datetime,
    where: tzinfo | None,
) -> UserError:
    """A bare time neither of whose readings can be taken, `message` naming both: what was
    typed, now, and the past reading as an example of the date to write."""
    return UserError(
        message.format(
            capitalize=what.capitalize(),
            text=text,
            clock=f"{clock:%H:%M}",
            now=f"{current.astimezone(where) if where else current.astimezone():%H:%M}",
            example=dotted_text(past.astimezone(where) if where else past, clock=True),
        )
    )


def dotted_text(day: date, *, clock: bool = False) -> str:
    """ "1.12.2026" (with " 05:30" when `clock`), as an officer types a date: written out by
    hand because strftime's "%-d" is glibc's alone (Windows refuses it)."""
    text = f"{day.day}.{day.month}.{day.year}"
    return f"{text} {day:%H:%M}" if clock and isinstance(day, datetime) else text


def _next_day(on: Callable[[date], datetime], today: date) -> datetime | None:
    """Tomorrow at the typed clock; None where tomorrow has no such clock (summer time)."""
    try:
        return on(today + timedelta(days=1))
    except UserError:
        return None


def zone_name() -> str:
    """This computer's zone as people name it ("Europe/Warsaw"), else its abbreviation."""
    named = os.environ.get("TZ", "").lstrip(":")
    if "/" in named and not named.startswith("/"):
        return named
    try:
        target = os.path.realpath("/etc/localtime")
    except OSError:
        target = ""
    if "zoneinfo/" in target:
        return target.split("zoneinfo/", 1)[1]
    return datetime.now().astimezone().tzname() or "local time"


def _local(naive: datetime, text: str, what: str) -> datetime:
    """A wall-clock time in this computer's zone — refused where summer time makes it
    ambiguous: the clocks skip it (spring) or pass it twice (autumn)."""
    first, second = naive.replace(fold=0).astimezone(), naive.replace(fold=1).astimezone()
    if first.utcoffset() == second.utcoffset():
        return first
    named = {
        "capitalize": what.capitalize(),
        "text": text,
        "clock": f"{naive:%H:%M}",
        "day": dotted_text(naive),
        "zone": zone_name(),
    }
    if first.astimezone(UTC).astimezone().replace(tzinfo=None) != naive:
        later = max(first, second).astimezone().replace(tzinfo=None)
        raise UserError(
            Msg.tr(
                "{capitalize} {text!r}: there is no {clock} on {day} in {zone}: the clocks "
                "went forward; write {later} or the UTC time."
            ).format(**named, later=f"{later:%H:%M}")
        )
    offsets = sorted({_offset(first), _offset(second)}, reverse=True)
    raise UserError(
        Msg.tr(
            "{capitalize} {text!r}: {clock} happens twice on the night of {day} in {zone} "
            "(the clocks went back): write {first} or {second} after it, or the UTC time."
        ).format(**named, first=offsets[0], second=offsets[-1])
    )


def _offset(moment: datetime) -> str:
    text = moment.strftime("%z")
    return f"{text[:3]}:{text[3:]}"


def relative_days() -> dict[str, int]:
    """The words for a day counted from today, in English and the kit's language, each
    to its distance in days: "yesterday" and "wczoraj" → -1. Polish takes "dziś" and
    "dzisiaj", and each word also without its Polish letters ("dzis"): a keyboard without
    them types it so."""
    words: dict[str, int] = {}
    # each translation may give several words, separated by commas
    for source, said, days in (
        ("today", Msg.tr("today", "words typed for this day, comma-separated"), 0),
        ("yesterday", Msg.tr("yesterday", "words typed for this day, comma-separated"), -1),
        ("tomorrow", Msg.tr("tomorrow", "words typed for this day, comma-separated"), 1),
    ):
        for word in [source, *said.split(",")]:
            cleaned = word.strip().lower()
            if cleaned:
                words[cleaned] = days
                words[plain_letters(cleaned)] = days
    return words


def _day_and_clock(rest: str, text: str, what: str, today: date) -> tuple[date | None, time]:
    day, clock = _parts(rest, text, what, today, _forms)
    if clock is None:
        if day is None:
            raise _unreadable(text, what)
        if re.match(_DOTTED_CLOCK, rest.strip()):
            raise UserError(
                Msg.tr(
                    "{capitalize} {text!r} reads as a date, {day}, with no time of day. For a "
                    "time write {clock}; for that day add the time, e.g. {example}."
                ).format(
                    capitalize=what.capitalize(),
                    text=text,
                    day=f"{day:%Y-%m-%d}",
                    clock=rest.strip().replace(".", ":"),
                    example=f"{dotted_text(day)} 05:30",
                )
            )
        raise UserError(
            Msg.tr("{capitalize} {text!r} has no time of day: add it, e.g. {example}.").format(
                capitalize=what.capitalize(), text=text, example=f"{text.strip()} 05:30"
            )
        )
    return day, clock


def _parts(
    rest: str, text: str, what: str, today: date, forms: Callable[[], str]
) -> tuple[date | None, time | None]:
    """The day and the time of day in `rest`, either missing; `forms` says what to write
    when a part cannot be read."""
    day: date | None = None
    clock: time | None = None
    relative = relative_days()
    for part in re.sub(_ISO_JOIN, " ", rest).split():
        if day is None and part.lower() in relative:
            day = today + timedelta(days=relative[part.lower()])
            continue
        if re.match(_SLASHED_DAY, part):
            raise UserError(
                Msg.tr(
                    "{capitalize} {text!r}: a date with slashes reads differently in different "
                    "countries (1 December or 12 January?). Write 1.12.2026 or 2026-12-01."
                ).format(capitalize=what.capitalize(), text=text)
            )
        iso_day, dotted, hours = (
            re.match(_ISO_DAY, part),
            re.match(_DOTTED_DAY, part),
            re.match(_CLOCK, part),
        )
        dotted_clock = re.match(_DOTTED_CLOCK, part)
        if dotted_clock and int(dotted_clock["m"]) > 12 and clock is None:
            hours, dotted = dotted_clock, None
        try:
            if day is None and iso_day:
                day = date(int(iso_day["y"]), int(iso_day["m"]), int(iso_day["d"]))
            elif day is None and dotted:
                month, number = int(dotted["m"]), int(dotted["d"])
                day = date(int(dotted["y"]), month, number) if dotted["y"] else None
                day = day or _nearest(month, number, today)
            elif clock is None and hours:
                clock = time(int(hours["h"]), int(hours["m"]), int(hours.groupdict().get("s") or 0))
            else:
                raise _unreadable(text, what, forms)
        except ValueError:
            raise UserError(
                Msg.tr("{capitalize} {text!r}: there is no such date or time.").format(
                    capitalize=what.capitalize(), text=text
                )
                + " "
                + forms()
            ) from None
    return day, clock


def _nearest(month: int, number: int, today: date) -> date:
    """A day typed without its year ("1.1."): the one nearest today, so that on 31 December
    "1.1. 01:00" is tomorrow's and on 1 January "31.12. 23:50" last night's (this year's was
    a year away). ValueError when no year has it (31.11.)."""
    found = []
    for year in (today.year - 1, today.year, today.year + 1):
        try:
            found.append(date(year, month, number))
        except ValueError:  # 29.2. in a year without it
            continue
    if not found:
        raise ValueError(f"no {number}.{month}.")
    return min(found, key=lambda day: abs((day - today).days))


def _zone(label: str, text: str, what: str) -> tzinfo:
    if label.upper() in ("UTC", "GMT", "Z"):
        return UTC
    if label[:3].upper() in ("UTC", "GMT"):  # "UTC-03:00", as the kit prints a zone unnamed
        label = label[3:]
    if label[0] not in "+-":
        return _named_zone(label, text, what)
    digits = label[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:])
    if hours > 14 or minutes > 59:
        raise _unreadable(text, what)
    offset = timedelta(hours=hours, minutes=minutes)
    return timezone(-offset if label.startswith("-") else offset)


def _named_zone(label: str, text: str, what: str) -> tzinfo:
    """CET, EET, Europe/Warsaw: the zone, or a UserError saying why not."""
    try:
        zone = zone_named(label)
    except AmbiguousZone as err:
        choices = ", ".join(
            f"{offset_text(offset)} ({name})" for offset, name in sorted(err.choices.items())
        )
        raise UserError(
            Msg.tr(
                "{capitalize} {text!r}: {zone} stands for more than one time zone ({choices}). "
                "Write the offset (e.g. +01:00) or the zone's name (e.g. Europe/Warsaw) instead."
            ).format(capitalize=what.capitalize(), text=text, zone=err.label, choices=choices)
        ) from None
    if zone is None:
        raise UserError(
            Msg.tr(
                "{capitalize} {text!r}: {zone} is not a time zone the kit knows. Write UTC, an "
                "offset (e.g. +01:00), an abbreviation such as CET or the zone's name (e.g. "
                "Europe/Warsaw)."
            ).format(capitalize=what.capitalize(), text=text, zone=label)
        )
    return zone


def _unreadable(text: str, what: str, forms: Callable[[], str] | None = None) -> UserError:
    """`forms`: what to write instead (a time's by default; a date filter's `_day_forms`)."""
    said = (
        Msg.tr("{capitalize} {text!r} is not a date the kit can read.")
        if forms is _day_forms
        else Msg.tr("{capitalize} {text!r} is not a time the kit can read.")
    )
    return UserError(
        said.format(capitalize=what.capitalize(), text=text) + " " + (forms or _forms)()
    )


def read_day(text: str, *, what: str = "date", now: datetime | None = None) -> date | datetime:
    """A day, or a day and a time of day, as a person types it into a date filter, read as
    the wall clock (no zone: billing's dates are written so): the days `read_time` reads
    (2026-11-28, 28.11.2026 as the kit shows dates in Polish, 28.11. the nearest, today,
    yesterday, and the kit's language's words), a time after it if wanted (28.11.2026
    13:45, 2026-11-28T13:45). A time alone, or anything else, is refused naming the forms."""
    value = " ".join(text.replace(",", " ").split())
    if ":" in value and len(value) > 8:
        try:  # ISO 8601 as a program writes it
            return datetime.fromisoformat(value).replace(tzinfo=None)
        except ValueError:
            pass
    current = now or _clock()
    day, clock = _parts(value, text, what, current.astimezone().date(), _day_forms)
    if day is None:
        raise _unreadable(text, what, _day_forms)
    return day if clock is None else datetime.combine(day, clock)


def _day_forms() -> str:
    return Msg.tr(
        "Write it like 28.11.2026, 28.11. (the nearest), 2026-11-28, today or yesterday; "
        "a time may follow: 28.11.2026 13:45."
    )


def _forms() -> str:
    return Msg.tr(
        "Write it like 05:30 or 5.30 (today), yesterday 23:10, tomorrow 06:00, 1.12.2026 "
        "05:30 or 2026-12-01 05:30; add UTC or +01:00 for another zone."
    )
