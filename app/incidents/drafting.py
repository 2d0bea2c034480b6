"""What stops an incident being opened as drafted (the wizard and `incident new` ask this
before anything is stored)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from app.contacts.model import KINDS
from app.i18n import Msg
from app.incidents.clock import duration
from app.timefmt import CLOCK_SKEW, dotted_text, local_text


def draft_problems(
    kind: str,
    title: str,
    services: Sequence[str],
    known: set[str],
    detected: datetime | None,
    window: tuple[datetime, datetime] | None,
    moment: datetime,
) -> list[str]:
    """Every reason the incident cannot be opened; `known`: the directory's service ids."""
    problems: list[str] = []
    if kind not in KINDS:
        problems.append(
            Msg.tr("Kind must be one of {kinds}, not {kind!r}.").format(
                kinds=", ".join(KINDS), kind=kind
            )
        )
    if not title.strip():
        problems.append(Msg.tr("Give the incident a short title (e.g. 'SMS gateways down')."))
    if not services:
        problems.append(Msg.tr("Choose at least one affected service."))
    for service in services:
        if service not in known:
            listed = ", ".join(sorted(known)) or Msg.tr("none: load contacts first")
            problems.append(
                Msg.tr("Unknown service {service!r}; known services: {listed}.").format(
                    service=service, listed=listed
                )
            )
    if detected is not None:
        problems += detected_problems(detected, moment)
    if kind == "downtime":
        if window is None:
            problems.append(Msg.tr("Planned work needs its window: --window START/END."))
        elif window[1] <= window[0]:
            problems.append(Msg.tr("The window ends before it starts."))
        elif window[1] <= moment:
            problems.append(
                Msg.tr(
                    "The window has already ended ({end}): planned work is announced "
                    "before it happens. Give a window that ends in the future; work "
                    "already done is not planned work."
                ).format(end=local_text(window[1]))
            )
    elif window is not None:
        problems.append(
            Msg.tr(
                "A disaster has no window: --window is for planned work (--kind "
                "downtime). Leave it out; give when the problem began with --detected."
            )
        )
    return problems


def detected_problems(detected: datetime, moment: datetime) -> list[str]:
    """A detection time ahead of this clock (more than a clock difference) is a mistake."""
    if detected <= moment + CLOCK_SKEW:
        return []
    return [
        Msg.tr(
            "The detection time {detected} is in the future (it is {now} now): give when "
            "the problem was detected; for the evening before, write the date too."
        ).format(detected=local_text(detected), now=local_text(moment))
    ]


# a detection time further back than this is more likely a wrong date than a late notice
FAR_PAST_DAYS = 2


def far_past_warning(detected: datetime, moment: datetime) -> str:
    """'that is 8 months ago — is the date right?' for a detection time days back (a typo
    in the year or the month); nothing is refused: a late notice is still a notice."""
    days = (moment - detected).days
    if days <= FAR_PAST_DAYS:
        return ""
    ago = Msg.tr("%n month(s)", "", days // 30) if days >= 60 else Msg.tr("%n day(s)", "", days)
    return Msg.tr("That is {ago} ago — is the date right?").format(ago=ago)


def past_start_warning(window: tuple[datetime, datetime], moment: datetime) -> str:
    """Planned work whose window has already opened (a bare "23:00" typed at 23:16 is this
    evening's, 16 minutes gone): kept, as work under way that was not announced may still
    be registered, but said (after the start as understood, which it does not repeat), with
    the date to write when the work is still to come."""
    start = window[0]
    if start >= moment - CLOCK_SKEW or window[1] <= moment:
        return ""
    wall = start.astimezone().replace(tzinfo=None)
    ahead = wall + timedelta(days=(moment - start).days + 1)  # the next such clock
    return Msg.tr(
        "The window opened {ago} ago: partners hear of work already under way. If it is "
        "still to come, give its date, e.g. {example}."
    ).format(
        ago=duration(int((moment - start).total_seconds())), example=dotted_text(ahead, clock=True)
    )
