"""The procedure's rules as plain functions: each returns the problems, in words a duty
officer can act on; an empty list means "allowed"."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from app.errors import UserError
from app.i18n import Msg, Words, translate
from app.incidents.model import FINAL_STAGES, KIND_STAGES, Incident, Notice, Recipient, stage_label
from app.incidents.standing import owed, what_to_do
from app.incidents.told import NoticeDelivery
from app.timefmt import local_text, read_time


def stage_problems(
    incident: Incident,
    notices: Sequence[Notice],
    stage: str,
    *,
    moment: datetime | None = None,
) -> list[str]:
    """May a notice of `stage` be queued now (`moment`) in this incident?"""
    allowed = KIND_STAGES[incident.kind]
    if stage not in allowed:
        return [
            Msg.tr("A {kind} incident has no '{stage}' notice; its stages are {allowed}.").format(
                kind=Words.tr(incident.kind), stage=stage, allowed=", ".join(allowed)
            )
        ]
    if not incident.is_open:
        return [
            Msg.tr("{reference} is closed; open a new incident for a new problem.").format(
                reference=incident.reference
            )
        ]
    stages = [n.stage for n in notices]
    final = [s for s in stages if s in FINAL_STAGES[incident.kind]]
    if final:
        return [
            Msg.tr(
                "{reference} already had its {lower} notice; close it, or open a new incident."
            ).format(
                reference=incident.reference,
                lower=stage_label(final[0], incident.kind).lower(),
            )
        ]
    planned = incident.kind == "downtime"  # its initial notice is its announcement
    if stage == "initial" and stages:
        said = (
            Msg.tr("{reference} already had its announcement; post an update instead.")
            if planned
            else Msg.tr("{reference} already had its initial notice; post an update instead.")
        )
        return [said.format(reference=incident.reference)]
    if stage != "initial" and not stages:
        said = (
            Msg.tr("{reference} has had no announcement yet; send that first.")
            if planned
            else Msg.tr("{reference} has had no initial notice yet; send that first.")
        )
        return [said.format(reference=incident.reference)]
    opens = incident.window_start
    if stage == "completed" and opens is not None and moment is not None and moment < opens:
        return [
            Msg.tr(
                "The planned work of {reference} has not started yet (its window opens "
                "{opens}): it cannot be completed. Send a cancellation instead, or wait "
                "until the window opens."
            ).format(reference=incident.reference, opens=local_text(opens))
        ]
    return []


def close_problems(
    incident: Incident,
    notices: Sequence[Notice],
    delivery: Mapping[int, NoticeDelivery] | None = None,
    *,
    window: bool = False,
) -> list[str]:
    """May the incident be closed? Only once its closing notice reached every partner
    (`delivery`; without it a queued closing notice counts). `window`: what to do in the
    window's words (its buttons), else the command line's (its commands)."""
    if not incident.is_open:
        return [Msg.tr("{reference} is already closed.").format(reference=incident.reference)]
    finals = FINAL_STAGES[incident.kind]
    final = next((n for n in notices if n.stage in finals), None)
    if final is None:
        if not notices:
            return [
                Msg.tr(
                    "{reference} has had no notice: if it was opened by mistake, withdraw it "
                    "(with the reason) instead of closing it."
                ).format(reference=incident.reference)
            ]
        if incident.kind == "downtime":
            return [
                Msg.tr(
                    "{reference} is planned work: partners must get a completion (or "
                    "cancellation) notice before it can be closed."
                ).format(reference=incident.reference)
            ]
        return [
            Msg.tr(
                "{reference} cannot be closed before partners get the resolution notice."
            ).format(reference=incident.reference)
        ]
    found = delivery.get(final.id) if delivery is not None else None
    if delivery is not None and (found is None or not found.delivered):
        return [_not_reached_everyone(final, incident, found, window=window)]
    return []


def _not_reached_everyone(
    final: Notice, incident: Incident, found: NoticeDelivery | None, *, window: bool
) -> str:
    """Closing waits for the closing notice: what to do for each of its copies not yet with
    its partner — send the ones that move by themselves, and the officer's part for every
    copy that waits for them (app/incidents/standing.py), not only the most pressing."""
    status = found.summary() if found is not None else Msg.tr("nothing sent yet")
    said = [
        Msg.tr(
            "The {label} notice of {reference} has not reached every partner yet ({status})."
        ).format(
            label=stage_label(final.stage, incident.kind).lower(),
            reference=incident.reference,
            status=status,
        )
    ]
    # the partners not told yet, by their copies: not a told partner's leftover SMS
    copies = owed(found.owed_states()) if found is not None else {}
    if found is None or found.partners_in("queued") or not copies:
        said.append(
            Msg.tr(
                "Send it (Send now), hand it off by webmail or .eml and confirm it (Mark sent "
                "in the Outbox), or record that you told them another way (Told another way)."
            )
            if window
            else Msg.tr(
                "Send it ('outage-kit outbox send'), hand it off ('outage-kit outbox webmail' "
                "or 'export-eml') and confirm it ('outage-kit outbox settle ID --as sent'), or "
                "record that you told them another way ('outage-kit incident told')."
            )
        )
    said += [what_to_do(word, count, window=window) for word, count in copies.items()]
    said.append(Msg.tr("Then it can be closed."))
    return " ".join(said)


#: outbox states in which a message may already have left the kit
LEFT_STATES = ("sending", "sent", "delivered", "uncertain", "handed-off")


def withdraw_problems(
    incident: Incident, delivery: Mapping[int, NoticeDelivery], reason: str
) -> list[str]:
    """An incident opened by mistake may be withdrawn while nothing of it has left the kit."""
    if not incident.is_open:
        return [Msg.tr("{reference} is already closed.").format(reference=incident.reference)]
    problems: list[str] = []
    if not reason.strip():
        problems.append(
            Msg.tr("Say why the incident is withdrawn (e.g. 'false alarm: monitoring').")
        )
    left = sum(d.count(state) for d in delivery.values() for state in LEFT_STATES)
    if left:
        final = translate("Labels", "Resolution" if incident.kind == "disaster" else "Cancellation")
        final = final.lower()
        problems.append(
            Msg.tr(
                "%n message(s) of {reference} have already gone out (or may have): "
                "partners heard about it, so it ends with a {final} notice, not a withdrawal.",
                "",
                left,
            ).format(reference=incident.reference, final=final)
        )
    return problems


def parse_promise(text: str, *, now: datetime) -> datetime:
    """The promised next update: a date and time, or a bare local time like '10:00'
    (looking ahead: more than 12 hours gone means tomorrow)."""
    return read_time(text, what=Msg.tr("the next update time"), now=now, bare="future")


def promise_problems(text: str, *, now: datetime) -> tuple[datetime | None, list[str]]:
    """The parsed promise, or the problem with it (missing, unreadable, in the past)."""
    if not text.strip():
        return None, [Msg.tr("Say when the next update comes at the latest (next_update).")]
    try:
        moment = parse_promise(text, now=now)
    except UserError as err:
        return None, [str(err)]
    if moment <= now:
        return moment, [
            Msg.tr("The promised next update {time} is in the past; promise a later time.").format(
                time=local_text(moment)
            )
        ]
    return moment, []


def audience_for_follow_up(
    earlier: Sequence[Recipient],
    current: Sequence[Recipient],
    removals: Mapping[str, str],
    listed: Mapping[str, Recipient],
) -> tuple[list[Recipient], list[str]]:
    """Everyone who heard before, plus anyone new in the incident's groups (additions are
    fine); a removal needs a stated reason, so nobody silently stops hearing. Partners are
    reached as the directory (`listed`, by key) has them now: a newer bundle may have added
    SMS, or changed a phone, language or zone; one no longer listed keeps the last details."""
    problems: list[str] = []
    by_key: dict[str, Recipient] = {r.key: listed.get(r.key, r) for r in earlier}
    for recipient in current:
        by_key[recipient.key] = recipient
    for key, reason in removals.items():
        if key not in by_key:
            problems.append(
                Msg.tr("{key} is not in this incident's audience; nothing to remove.").format(
                    key=key
                )
            )
        elif not reason.strip():
            problems.append(
                Msg.tr(
                    "Removing {label} from the audience needs a reason (partners who heard the "
                    "first notice must hear the last)."
                ).format(label=by_key[key].label)
            )
    kept = [r for key, r in by_key.items() if key not in removals]
    return kept, problems


def no_longer_listed(audience: Sequence[Recipient], listed: Mapping[str, Recipient]) -> list[str]:
    """A warning naming the partners who still hear this incident though the directory no
    longer lists them (a newer bundle dropped them): the officer decides, with a reason."""
    gone = [r.label for r in audience if r.key not in listed]
    if not gone:
        return []
    return [
        Msg.tr(
            "No longer in the contact directory, still told about this incident (partners "
            "who heard the first notice hear the last): {names}. To stop, remove them with "
            "a reason."
        ).format(names=", ".join(gone))
    ]
