"""Times and durations as a manager reads them: local clock times, whole minutes, the day
as the report's language (the kit's) writes it (1.12.2026 in Polish, app.localfmt)."""

from __future__ import annotations

from datetime import datetime, timedelta

from app.i18n import Msg
from app.localfmt import moment_text, wall_text


def clock(moment: datetime | None, *, since: datetime | None = None) -> str:
    """'03:27' (local), with the date when it is not the day of `since`."""
    if moment is None:
        return "—"
    local = moment.astimezone()
    if since is not None and local.date() == since.astimezone().date():
        return local.strftime("%H:%M")
    return wall_text(local)


def stamp(moment: datetime | None) -> str:
    """Date and local time with its zone, CET or UTC+05:30 (the facts, the notices' details)."""
    if moment is None:
        return ""
    return moment_text(moment)


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


def verdict_text(verdict: str) -> str:
    """A verdict as people read it (the report body, the XLSX), in the kit's language; the
    CSV keeps the key ("LATE") for other systems."""
    words = {
        "ON TIME": Msg.tr("ON TIME"),
        "LATE": Msg.tr("LATE"),
        "NOT DUE YET": Msg.tr("NOT DUE YET"),
        "KEPT": Msg.tr("KEPT"),
        "MISSED": Msg.tr("MISSED"),
        "NOT NEEDED": Msg.tr("not needed (withdrawn)"),
    }
    return words.get(verdict, verdict)
