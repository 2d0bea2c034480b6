"""An incident from its row in the store: the columns read and how each becomes a field."""

from __future__ import annotations

from datetime import datetime

from app.incidents.model import Incident
from app.timefmt import now

INCIDENT_COLUMNS = (
    "id, reference, kind, title, services, groups, detected_at, window_start, window_end, "
    "notify_minutes, state, created_at, closed_at, withdrawn_reason"
)


def stored_time(value: object) -> datetime | None:
    if not value:
        return None
    return datetime.fromisoformat(str(value).replace("Z", "+00:00"))


def incident_from_row(r: tuple[object, ...]) -> Incident:
    """An incident from its row (the columns in `INCIDENT_COLUMNS` order)."""
    return Incident(
        reference=str(r[1]),
        kind=str(r[2]),
        title=str(r[3]),
        services=tuple(str(r[4]).split(";")) if r[4] else (),
        groups=tuple(str(r[5]).split(";")) if r[5] else (),
        detected_at=stored_time(r[6]) or now(),
        notify_minutes=int(str(r[9])),
        window_start=stored_time(r[7]),
        window_end=stored_time(r[8]),
        state=str(r[10]),
        created_at=stored_time(r[11]),
        closed_at=stored_time(r[12]),
        id=int(str(r[0])),
        withdrawn_reason=str(r[13]) if r[13] is not None else None,
    )
