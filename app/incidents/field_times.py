"""The times an officer types into a notice's fields, read once before anything renders.

A time field (one the notice's templates show as a time, or a name the kit reads as one:
app/incidents/model.py `is_time_field`) is read with the shared reader (`read_time`):
"10:20", "1.12.2026 10:20", "2026-12-01 09:20 UTC" all become the kit's own
"2026-12-01 09:20 UTC", which every partner then reads in their zone. An end that is
still ahead (a resolution at 11:05 typed at 10:38) is refused: partners would be told the
trouble ended when it has not; so is an end before the incident began (its detection, or
planned work's window start): partners would be told it ended before it started. A clock
typed into a field the templates show as text is refused too: each partner would read the
officer's "10:20" as their own clock.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from datetime import datetime

from app.errors import UserError
from app.i18n import Msg
from app.incidents.clock import duration, said
from app.incidents.model import (
    NEXT_UPDATE,
    START_FIELDS,
    START_WORDS,
    Incident,
    Notice,
    is_time_field,
    must_be_past,
    named_like,
    partner_time,
)
from app.notices.localtime import parse_field_time
from app.timefmt import CLOCK_SKEW, now, read_time

# a value that holds a clock ("10:20", "1.12. 10:20"): worth reading as a time
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b")


def read_field_times(
    fields: dict[str, str], times: Collection[str], *, kind: str, stage: str
) -> list[str]:
    """Rewrites each time field of `fields` as the kit writes times; returns the problems
    (each names its field). `times`: the fields the notice's templates show as times.
    (`next_update` is the promise: the service reads it.)"""
    problems: list[str] = []
    moment = now()
    for name, value in fields.items():
        if name == NEXT_UPDATE or not value:
            continue
        what = Msg.tr("the field '{name}'").format(name=name)
        if not is_time_field(name, times):
            problems += _clock_in_text(name, value, what, moment)
            continue
        try:
            typed = read_time(value, what=what, now=moment, bare="either")
        except UserError as err:
            problems.append(str(err))
            continue
        if must_be_past(name, kind, stage) and typed > moment + CLOCK_SKEW:
            problems.append(ahead_problem(what, typed, moment))
            continue
        fields[name] = partner_time(typed)
    return problems


def ahead_problem(what: str, typed: datetime, moment: datetime) -> str:
    """Why an end (or a disaster's start) still ahead of now is refused."""
    return Msg.tr(
        "{capitalize} says {time}, {ahead} from now: it cannot be in the future (partners "
        "would be told it has happened). Write when it happened; if it has not yet, send "
        "this notice once it has."
    ).format(
        capitalize=what[:1].upper() + what[1:],
        time=said(typed, moment),
        ahead=duration(int((typed - moment).total_seconds())),
    )


def stored_times(fields: Mapping[str, str]) -> list[tuple[str, datetime]]:
    """A stored notice's time fields (name, moment), in order, the promise left out."""
    found = []
    for name, value in fields.items():
        moment = parse_field_time(value) if name != NEXT_UPDATE and value else None
        if moment is not None:
            found.append((name, moment))
    return found


def told_start(notices: Sequence[Notice]) -> datetime | None:
    """The start of the trouble the incident's first notice told partners (a field named
    like a start: "started", a bundle's "trouble_from"), if it told one: the earliest, as
    the kit also fills in its own start names with the detection for the templates that
    use them."""
    for notice in notices:
        found = [
            moment
            for name, moment in stored_times(notice.fields)
            if named_like(name, START_FIELDS, START_WORDS)
        ]
        if found:
            return min(found)
    return None


def end_before_start(
    name: str, ended: datetime, incident: Incident, told_start: datetime | None = None
) -> list[str]:
    """The problem of an end (`name`, the field a closing notice tells it in) before the
    trouble began: the start partners were told (`told_start`), else a disaster's detection
    (it was still on when detected), planned work's window start. The same minute is kept."""
    if told_start is not None:
        began = told_start
        head = Msg.tr(
            "The field '{name}' says it ended {end}, before the start partners were told "
            "({began}): partners would be told it ended before it began."
        )
    elif incident.kind == "downtime" and incident.window_start is not None:
        began = incident.window_start
        head = Msg.tr(
            "The field '{name}' says it ended {end}, before the planned work's window starts "
            "({began}): partners would be told it ended before it began."
        )
    else:
        began = incident.detected_at
        head = Msg.tr(
            "The field '{name}' says it ended {end}, before the incident was detected "
            "({began}): partners would be told it ended before it began."
        )
    if ended >= began:
        return []
    moment = now()
    tail = Msg.tr(
        "Write when it really ended, at or after {began} (with its date if it was not today)."
    )
    return [
        head.format(name=name, end=said(ended, moment), began=said(began, moment))
        + " "
        + tail.format(began=said(began, moment).split(" (")[0])
    ]


def _clock_in_text(name: str, value: str, what: str, moment: datetime) -> list[str]:
    """A field the templates show as typed, holding nothing but a time without its zone.
    (A legacy `&^` blank is filled in as typed, after rendering: it has no way to be a
    time, and the old procedure's Polish templates are read by one zone.)"""
    if name.startswith("&^") or not _CLOCK.search(value) or parse_field_time(value) is not None:
        return []
    try:
        typed = read_time(value, what=what, now=moment, bare="either")
    except UserError:
        return []  # words with a clock in them ("down since 10:20 for some"): text
    return [
        Msg.tr(
            "{capitalize} holds a time ({value}), but the templates show it as typed: partners "
            "in other time zones would read {value} as their own clock. Write it in full with "
            "its zone, e.g. {example} (each partner then reads their own local time), and ask "
            "IT to show the field as a time in the bundle ({{{{ {name}|local }}}})."
        ).format(
            capitalize=what[:1].upper() + what[1:],
            value=value,
            example=partner_time(typed),
            name=name.split(".")[0],
        )
    ]
