"""Times and durations as a manager reads them: local clock times, whole minutes."""

from __future__ import annotations

from datetime import datetime, timedelta

from app.i18n import Msg


def clock(moment: datetime | None, *, since: datetime | None = None) -> str:
    """'03:27' (local), with the date when it is not the day of `since`."""
    if moment is None:
        return "—"
    local = moment.astimezone()
    if since is not None and local.date() == since.astimezone().date():
        return local.strftime("%H:%M")
    return local.strftime("%Y-%m-%d %H:%M")


def stamp(moment: datetime | None) -> str:
    """Date and local time with the zone's offset (facts, CSV)."""
    if moment is None:
        return ""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M %z")


def span(length: timedelta | None) -> str:
    """'2 h 05 min', '27 min', 'under a minute'."""
    if length is None:
        return "—"
    minutes = round(length.total_seconds() / 60)
    if minutes < 0:
        return "-" + span(-length)
    if minutes == 0:
        return Msg.tr("under a minute")
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return Msg.tr("{days} {hours} h {minutes} min").format(
            days=Msg.tr("%n d", "", days), hours=hours, minutes=f"{mins:02}"
        )
    if hours:
        return Msg.tr("{hours} h {minutes} min").format(hours=hours, minutes=f"{mins:02}")
    return Msg.tr("{minutes} min").format(minutes=mins)


def minutes(length: timedelta | None) -> str:
    """Whole minutes for tables and CSV ('' when unknown)."""
    if length is None:
        return ""
    return str(round(length.total_seconds() / 60))


def plural(count: int, word: str, many: str | None = None) -> str:
    return f"{count} {word if count == 1 else (many or word + 's')}"
