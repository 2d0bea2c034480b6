"""Every time the command line reads is said back as the kit understood it ("Detected:
today 05:30 (Tue 2026-12-01 05:30 CET) = 2026-12-01 04:30 UTC (typed '05:30')."), on stderr
so stdout stays what scripts read; and a planned-work window is read the way every other
time is (`timefmt.read_time`: 05:30, 1.12.2026 5:30, offsets; a summer-time gap refused
with the reason)."""

from __future__ import annotations

import sys
from datetime import datetime

from app.commands.context import CliContext
from app.errors import UserError
from app.i18n import Cli
from app.incidents.clock import said
from app.incidents.model import partner_time
from app.timefmt import now, read_time


def say_understood(ctx: CliContext, label: str, typed: str, moment: datetime) -> None:
    """'{label}: today 05:30 (…) = 2026-12-01 04:30 UTC (typed '05:30').' on stderr (not
    with --json: the JSON holds the time)."""
    if ctx.as_json:
        return
    print(
        Cli.tr("{label}: {said} = {utc} (typed {typed!r}).").format(
            label=label, said=said(moment, now()), utc=partner_time(moment), typed=typed
        ),
        file=sys.stderr,
    )


def read_window(text: str, option: str = "--window") -> tuple[datetime, datetime]:
    """'START/END' as a person types it: '1.12.2026 01:00/03:00', '2026-12-01T01:00/03:00',
    '01:00/03:00' (ahead: today, or tomorrow when more than 12 hours gone). A bare END is on
    the start's day, or the day after when the window runs past midnight ('23:00/01:00')."""
    start, sep, end = text.partition("/")
    if not sep or not start.strip() or not end.strip():
        raise UserError(
            Cli.tr(
                "{option} {text!r} must be START/END, e.g. 1.12.2026 01:00/03:00 or "
                "2026-12-01T01:00/2026-12-01T03:00."
            ).format(option=option, text=text)
        )
    start_at = read_time(
        start, what=Cli.tr("the window's start ({option})").format(option=option), bare="future"
    )
    end_at = read_time(
        end,
        what=Cli.tr("the window's end ({option})").format(option=option),
        now=start_at,
        bare="future",
    )
    if end_at <= start_at:
        raise UserError(
            Cli.tr(
                "{option} {text!r}: the end ({end}) is not after the start ({start}). Give "
                "the end's date too when the work ends another day."
            ).format(
                option=option, text=text, end=partner_time(end_at), start=partner_time(start_at)
            )
        )
    return start_at, end_at


def say_window(ctx: CliContext, text: str, window: tuple[datetime, datetime]) -> None:
    start, _, end = text.partition("/")
    say_understood(ctx, Cli.tr("Window start"), start.strip(), window[0])
    say_understood(ctx, Cli.tr("Window end"), end.strip(), window[1])
