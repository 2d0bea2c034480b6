"""The procedure's rules as plain functions: each returns the problems, in words a duty
officer can act on; an empty list means "allowed"."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime, time, timedelta

from app.errors import UserError
from app.incidents.model import FINAL_STAGES, KIND_STAGES, STAGE_LABELS, Incident, Notice, Recipient
from app.timefmt import local_text, parse_time

# A bare time ("10:00") more than this far in the past means tomorrow ("01:00" at 23:30).
_BARE_TIME_WRAP = timedelta(hours=12)


def stage_problems(incident: Incident, notices: Sequence[Notice], stage: str) -> list[str]:
    """May a notice of `stage` be queued now in this incident?"""
    allowed = KIND_STAGES[incident.kind]
    if stage not in allowed:
        return [
            f"A {incident.kind} incident has no '{stage}' notice; its stages are "
            f"{', '.join(allowed)}."
        ]
    if not incident.is_open:
        return [f"{incident.reference} is closed; open a new incident for a new problem."]
    stages = [n.stage for n in notices]
    final = [s for s in stages if s in FINAL_STAGES[incident.kind]]
    if final:
        return [
            f"{incident.reference} already had its {STAGE_LABELS[final[0]].lower()} notice; "
            "close it, or open a new incident."
        ]
    if stage == "initial" and stages:
        return [f"{incident.reference} already had its initial notice; post an update instead."]
    if stage != "initial" and not stages:
        return [f"{incident.reference} has had no initial notice yet; send that first."]
    return []


def close_problems(incident: Incident, notices: Sequence[Notice]) -> list[str]:
    if not incident.is_open:
        return [f"{incident.reference} is already closed."]
    finals = FINAL_STAGES[incident.kind]
    if any(n.stage in finals for n in notices):
        return []
    if incident.kind == "downtime":
        return [
            f"{incident.reference} is planned work: partners must get a completion (or "
            "cancellation) notice before it can be closed."
        ]
    return [f"{incident.reference} cannot be closed before partners get the resolution notice."]


def parse_promise(text: str, *, now: datetime) -> datetime:
    """The promised next update: ISO 8601 date-time, or a bare local time like '10:00'."""
    value = text.strip()
    try:
        bare = time.fromisoformat(value) if len(value) <= 8 and ":" in value else None
    except ValueError:
        bare = None
    if bare is None:
        return parse_time(value, what="the next update time")
    local_now = now.astimezone()
    moment = datetime.combine(local_now.date(), bare, tzinfo=local_now.tzinfo)
    if moment < local_now - _BARE_TIME_WRAP:
        moment += timedelta(days=1)
    return moment.astimezone(now.tzinfo)


def promise_problems(text: str, *, now: datetime) -> tuple[datetime | None, list[str]]:
    """The parsed promise, or the problem with it (missing, unreadable, in the past)."""
    if not text.strip():
        return None, ["Say when the next update comes at the latest (next_update)."]
    try:
        moment = parse_promise(text, now=now)
    except UserError as err:
        return None, [str(err)]
    if moment <= now:
        return moment, [
            f"The promised next update {local_text(moment)} is in the past; promise a later time."
        ]
    return moment, []


def audience_for_follow_up(
    earlier: Sequence[Recipient],
    current: Sequence[Recipient],
    removals: Mapping[str, str],
) -> tuple[list[Recipient], list[str]]:
    """Everyone who heard before, plus anyone new in the incident's groups (additions are
    fine); a removal needs a stated reason, so nobody silently stops hearing."""
    problems: list[str] = []
    by_key: dict[str, Recipient] = {r.key: r for r in earlier}
    for recipient in current:
        by_key.setdefault(recipient.key, recipient)
    for key, reason in removals.items():
        if key not in by_key:
            problems.append(f"{key} is not in this incident's audience; nothing to remove.")
        elif not reason.strip():
            problems.append(
                f"Removing {by_key[key].label} from the audience needs a reason "
                "(partners who heard the first notice must hear the last)."
            )
    kept = [r for key, r in by_key.items() if key not in removals]
    return kept, problems
