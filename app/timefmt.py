"""ISO 8601 times. A time given without a zone is the workstation's local time."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from app.errors import UserError
from app.i18n import Msg


def now() -> datetime:
    return datetime.now(UTC)


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
