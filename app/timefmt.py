"""ISO 8601 times. A time given without a zone is the workstation's local time."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo

from app.errors import UserError
from app.i18n import Msg


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
    """For people: local time, minutes precision, with the zone's offset."""
    value = (
        datetime.fromisoformat(moment.replace("Z", "+00:00")) if isinstance(moment, str) else moment
    )
    return value.astimezone().strftime("%Y-%m-%d %H:%M %z")


# a time typed a little ahead of this clock is a clock difference, not a typo
CLOCK_SKEW = timedelta(minutes=2)
# looking back, a bare time more than this far ahead means yesterday ("23:50" typed at
# 00:20); less far ahead it stays today and is refused as in the future (a typo, or the
# wrong clock): a guess that moved it a whole day back would hide the mistake
_PAST_WRAP = timedelta(hours=1)
# looking ahead, a bare time ("10:00") more than this far gone means tomorrow
_FUTURE_WRAP = timedelta(hours=12)
_ZONE = re.compile(r"^(?P<rest>.*?\d)\s*(?P<zone>UTC|GMT|Z|[+-]\d{2}:?\d{2})$", re.IGNORECASE)
_CLOCK = re.compile(r"^(?P<h>\d{1,2}):(?P<m>\d{2})(?::(?P<s>\d{2}))?$")
_ISO_DAY = re.compile(r"^(?P<y>\d{4})[-/](?P<m>\d{1,2})[-/](?P<d>\d{1,2})$")
_DOTTED_DAY = re.compile(r"^(?P<d>\d{1,2})\.(?P<m>\d{1,2})(?:\.(?P<y>\d{4})?)?$")
_SLASHED_DAY = re.compile(r"^\d{1,2}/\d{1,2}(/\d{2,4})?$")
_ISO_JOIN = re.compile(r"(?<=\d)T(?=\d)")


def read_time(
    text: str, *, what: str = "time", now: datetime | None = None, bare: str = "past"
) -> datetime:
    """A time as a person types it, as an aware UTC datetime. Reads ISO 8601
    ("2026-12-01 05:30", "2026-12-01T04:30Z"), the day first with dots as in Poland and
    much of Europe ("1.12.2026 5:30"; "1.12. 5:30" is this year), the time first too
    ("05:30 1.12.2026"), the kit's own "2026-12-01 04:30 UTC", "now", and a bare time ("05:30"):
    today in this computer's zone — unless `bare` is "past" and that is more than an hour
    ahead (then yesterday: at 00:20, "23:50" is the evening before) or "future" and it is more than
    12 hours gone (then tomorrow). A zone may follow (UTC, Z, +01:00). Anything else is a
    UserError saying how to write it — "01/12/2026" too: it reads differently in
    different countries."""
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
            return (parsed if parsed.tzinfo else parsed.astimezone()).astimezone(UTC)
    found = _ZONE.match(value)
    rest, where = (found["rest"], _zone(found["zone"], text, what)) if found else (value, None)
    day, clock = _day_and_clock(rest, text, what, current)
    today = (current.astimezone(where) if where else current.astimezone()).date()

    def on(when: date) -> datetime:
        naive = datetime.combine(when, clock)
        return naive.replace(tzinfo=where) if where else naive.astimezone()

    moment = on(day or today)
    if day is None and bare == "past" and moment > current + _PAST_WRAP:
        moment = on(today - timedelta(days=1))
    elif day is None and bare == "future" and moment < current - _FUTURE_WRAP:
        moment = on(today + timedelta(days=1))
    return moment.astimezone(UTC)


def _day_and_clock(rest: str, text: str, what: str, now: datetime) -> tuple[date | None, time]:
    day: date | None = None
    clock: time | None = None
    for part in _ISO_JOIN.sub(" ", rest).split():
        if _SLASHED_DAY.match(part):
            raise UserError(
                Msg.tr(
                    "{capitalize} {text!r}: a date with slashes reads differently in different "
                    "countries (1 December or 12 January?). Write 1.12.2026 or 2026-12-01."
                ).format(capitalize=what.capitalize(), text=text)
            )
        iso_day, dotted, hours = _ISO_DAY.match(part), _DOTTED_DAY.match(part), _CLOCK.match(part)
        try:
            if day is None and iso_day:
                day = date(int(iso_day["y"]), int(iso_day["m"]), int(iso_day["d"]))
            elif day is None and dotted:
                year = int(dotted["y"]) if dotted["y"] else now.astimezone().year
                day = date(year, int(dotted["m"]), int(dotted["d"]))
            elif clock is None and hours:
                clock = time(int(hours["h"]), int(hours["m"]), int(hours["s"] or 0))
            else:
                raise _unreadable(text, what)
        except ValueError:
            raise UserError(
                Msg.tr("{capitalize} {text!r}: there is no such date or time.").format(
                    capitalize=what.capitalize(), text=text
                )
            ) from None
    if clock is None:
        if day is None:
            raise _unreadable(text, what)
        raise UserError(
            Msg.tr("{capitalize} {text!r} has no time of day: add it, e.g. {example}.").format(
                capitalize=what.capitalize(), text=text, example=f"{text.strip()} 05:30"
            )
        )
    return day, clock


def _zone(label: str, text: str, what: str) -> tzinfo:
    if label.upper() in ("UTC", "GMT", "Z"):
        return UTC
    digits = label[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:])
    if hours > 14 or minutes > 59:
        raise _unreadable(text, what)
    offset = timedelta(hours=hours, minutes=minutes)
    return timezone(-offset if label.startswith("-") else offset)


def _unreadable(text: str, what: str) -> UserError:
    return UserError(
        Msg.tr(
            "{capitalize} {text!r} is not a time the kit can read. Write it like 05:30 "
            "(today), 1.12.2026 05:30 or 2026-12-01 05:30; add UTC or +01:00 for a time "
            "in another zone than this computer's."
        ).format(capitalize=what.capitalize(), text=text)
    )
