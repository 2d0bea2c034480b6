"""The incident page's colours and short times, shared with the Incidents section and the
timeline's rows."""

from __future__ import annotations

from datetime import datetime

from app.incidents.clock import Deadline
from app.timefmt import now
from app.ui.language import datetime_text

OVERDUE = "#b00020"
SOON = "#e65100"
SENDING = "#0d47a1"
#: the states of copies that have not reached partners and may still be sent by the kit
#: (a failed copy was refused by the server, an uncertain one may have reached it: neither
#: is sent again by itself, `_refused_text` and `_uncertain_text` say them)
STUCK_STATES = ("queued", "sending")
#: the kinds of path that send by themselves (webmail and .eml need the officer)
SENDERS = ("smtp", "modem")
#: a window at least this tall shows the page's timer large (a 1024×600 screen: smaller)
ROOMY = 700
STATE_COLOURS = {"sent": "#1b5e20", "failed": OVERDUE, "uncertain": SOON, "held": OVERDUE}


def short_time(moment: datetime) -> str:
    """'03:40' today, else '2026-11-21 03:40' (local time)."""
    local = moment.astimezone()
    same_day = local.date() == now().astimezone().date()
    return local.strftime("%H:%M") if same_day else datetime_text(moment)


def deadline_style(deadline: Deadline, points: int | None = 14) -> str:
    """Its colour by state, bold; `points` None: the label sizes its own font."""
    state = deadline.state(now())
    colour = {"overdue": OVERDUE, "soon": SOON}.get(state, "#0d47a1")
    size = f" font-size: {points}pt;" if points is not None else ""
    return f"color: {colour};{size} font-weight: bold;"
