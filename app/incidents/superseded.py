"""Older copies a later notice made obsolete: never sent after it.

A copy of a notice is *superseded* once a later notice of the same incident reached the same
partner (on any channel: `told.TOLD_STATES`, the partner known by the notices' audiences as
`told.py` counts them). Sent then, it would tell a partner who has the resolution that the
outage goes on, with a promise already kept. So such a copy is held instead of sent: when a
send round comes to its channel (`hold_superseded`), when its incident is closed, and the
officer's Send again or Retry of it is refused (`refusal`) with the way out: No longer
needed (`outbox settle ID --as superseded`). Held copies stay as history; the incident page
counts them as superseded, not as held copies to re-issue."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence

from app.audit import AuditLog
from app.delivery.outbox import Outbox
from app.delivery.replies import said
from app.i18n import Msg
from app.incidents.model import stage_label
from app.incidents.told import TOLD_STATES
from app.records import EqualByFields, lazy_record
from app.store import db
from app.timefmt import local_text

#: copies the kit holds by itself once superseded: they would leave with the next send (or
#: a retry); uncertain and handed-off copies are the officer's (Mark sent, or No longer needed)
SENDABLE = ("queued", "failed")
#: the officer's copies: once their incident is closed and a later notice reached the
#: partner, whether they arrived no longer matters — held then, nothing asks about them
OFFICERS = ("uncertain", "handed-off")


@lazy_record
class Later(EqualByFields):
    """The newest later notice that reached the partner of an older copy."""

    message: int  # the older copy
    reference: str
    notice_id: int  # the later notice
    stage: str
    recipient: str  # where it reached them (their e-mail or phone)
    at: str  # when it did (ISO 8601, UTC)
    kind: str = "disaster"  # the incident's: how it names the later notice's stage


def superseded(
    conn: db.Connection,
    *,
    states: Collection[str] = SENDABLE,
    ids: Sequence[int] | None = None,
    channel: str | None = None,
    reference: str | None = None,
    closed: bool = False,
) -> dict[int, Later]:
    """The messages in `states` (of `ids`, `channel`, incident `reference` when given) that a
    later notice of their incident reached their partner since: message id → that notice
    (`closed`: of closed incidents only).
    A few indexed queries over the incidents concerned, whatever the outbox's size."""
    where = [f"o.state IN ({', '.join('?' * len(states))})", "o.notice_id IS NOT NULL"]
    params: list[object] = list(states)
    if channel is not None:
        where.append("o.channel = ?")
        params.append(channel)
    if reference is not None:
        where.append("o.incident_ref = ?")
        params.append(reference)
    if ids is not None:
        if not ids:
            return {}
        where.append(f"o.id IN ({', '.join('?' * len(ids))})")
        params += list(ids)
    # only a copy with a later notice of its incident can be superseded: an index probe
    # each (notices_incident), so a big first notice costs no reading of its audience
    where.append(
        "EXISTS (SELECT 1 FROM notices l WHERE l.incident_id = n.incident_id AND l.id > n.id)"
    )
    if closed:
        where.append("n.incident_id IN (SELECT id FROM incidents WHERE state = 'closed')")
    candidates = conn.execute(
        "SELECT o.id, o.notice_id, o.recipient, o.incident_ref, n.incident_id, i.kind "
        "FROM outbox o JOIN notices n ON n.id = o.notice_id "
        "JOIN incidents i ON i.id = n.incident_id "
        f"WHERE {' AND '.join(where)}",
        params,
    ).fetchall()
    incidents = {int(r[4]): str(r[3]) for r in candidates}
    if not incidents:
        return {}
    partner = _partners(conn, list(incidents))
    reached = _reached(conn, incidents, partner)
    found: dict[int, Later] = {}
    for message, notice_id, recipient, reference_, incident_id, kind in candidates:
        key = partner.get((int(notice_id), str(recipient)))
        later = [
            told
            for told in reached.get((int(incident_id), key or ""), ())
            if told[0] > int(notice_id)
        ]
        if key is None or not later:
            continue
        newest, stage, address, at = max(later)
        found[int(message)] = Later(
            int(message), str(reference_), newest, stage, address, at, str(kind)
        )
    return found


def _partners(conn: db.Connection, incidents: list[int]) -> dict[tuple[int, str], str]:
    """(notice, address) → the partner's key in that notice's audience."""
    marks = ", ".join("?" * len(incidents))
    found: dict[tuple[int, str], str] = {}
    for notice_id, key, email, phone in conn.execute(
        "SELECT a.notice_id, a.contact_key, a.email, a.phone FROM notice_audience a "
        f"JOIN notices n ON n.id = a.notice_id WHERE n.incident_id IN ({marks})",
        incidents,
    ):
        for address in (email, phone):
            if address:
                found[(int(notice_id), str(address))] = str(key)
    return found


def _reached(
    conn: db.Connection, incidents: Mapping[int, str], partner: Mapping[tuple[int, str], str]
) -> dict[tuple[int, str], list[tuple[int, str, str, str]]]:
    """(incident, partner) → (notice, stage, address, earliest time) of each notice that
    reached them."""
    by_reference = {ref: incident for incident, ref in incidents.items()}
    refs = list(by_reference)
    earliest: dict[tuple[int, str, int], tuple[str, str, str]] = {}
    for notice_id, recipient, updated, stage, reference in conn.execute(
        "SELECT o.notice_id, o.recipient, o.updated_at, n.stage, o.incident_ref FROM outbox o "
        "JOIN notices n ON n.id = o.notice_id "
        f"WHERE o.incident_ref IN ({', '.join('?' * len(refs))}) "
        f"AND o.state IN ({', '.join('?' * len(TOLD_STATES))})",
        [*refs, *TOLD_STATES],
    ):
        key = partner.get((int(notice_id), str(recipient)))
        if key is None:
            continue
        slot = (by_reference[str(reference)], key, int(notice_id))
        if slot not in earliest or str(updated) < earliest[slot][2]:
            earliest[slot] = (str(stage), str(recipient), str(updated))
    found: dict[tuple[int, str], list[tuple[int, str, str, str]]] = defaultdict(list)
    for (incident, key, notice_id), (stage, address, at) in earliest.items():
        found[(incident, key)].append((notice_id, stage, address, at))
    return found


def hold_superseded(
    conn: db.Connection,
    audit: AuditLog,
    *,
    ids: Sequence[int] | None = None,
    channel: str | None = None,
) -> list[int]:
    """Queued or failed copies (of `ids`, `channel`) a later notice made obsolete → held,
    each with why (`replies.SUPERSEDED`), audited; so are the uncertain and handed-off ones
    of a closed incident (its close holds them: this catches those closed before it did), so
    nothing asks the officer to settle them any more. Returns the ids held."""
    held: list[int] = []
    with db.transaction(conn):
        for states in (SENDABLE, OFFICERS):
            found = superseded(
                conn, states=states, ids=ids, channel=channel, closed=states == OFFICERS
            )
            held += _hold(conn, audit, found, states)
    return sorted(held)


def hold_at_close(conn: db.Connection, audit: AuditLog, reference: str) -> list[int]:
    """The uncertain and handed-off copies of `reference` (being closed) whose partner has a
    later notice → held as superseded: whether they arrived no longer matters, and nothing
    (the close, the incident page, `incident show`) asks the officer about them after the
    end (the close holds its queued and failed copies itself)."""
    found = superseded(conn, states=OFFICERS, reference=reference)
    return _hold(conn, audit, found, OFFICERS)


def _hold(
    conn: db.Connection, audit: AuditLog, found: Mapping[int, Later], states: Sequence[str]
) -> list[int]:
    """`found` (in `states`) → held, each saying a later notice of its incident reached the
    partner (`replies.SUPERSEDED`): the incident page counts them as superseded."""
    from app.delivery.replies import SUPERSEDED

    outbox = Outbox(conn=conn, audit=audit)
    held: list[int] = []
    for reference, messages in _by_reference(found).items():
        why = said(SUPERSEDED, reference=reference)
        held += outbox.supersede(messages, why=why, states=states)
    return held


def _by_reference(found: Mapping[int, Later]) -> dict[str, list[int]]:
    grouped: dict[str, list[int]] = defaultdict(list)
    for later in sorted(found.values(), key=lambda f: f.message):
        grouped[later.reference].append(later.message)
    return grouped


def settle_problem(conn: db.Connection, messages: Sequence[int], as_: str) -> str | None:
    """Why the officer's decision `as_` on `messages` is refused, if it is: Send again on a
    copy a later notice reached the partner after (it would reach them after that one), or
    No longer needed on an uncertain or handed-off copy no later notice reached them after
    (one in another state: `Outbox.settle` says so)."""
    if as_ not in ("resend", "superseded"):
        return None
    later = superseded(conn, states=("uncertain", "handed-off"), ids=messages)
    if as_ == "resend":
        stale = [later[m] for m in messages if m in later]
        return refusal(stale[0], again=True) if stale else None
    rest = [m for m in messages if m not in later]
    still = (
        conn.execute(
            f"SELECT id, incident_ref FROM outbox WHERE id IN ({', '.join('?' * len(rest))}) "
            "AND state IN ('uncertain', 'handed-off') ORDER BY id LIMIT 1",
            rest,
        ).fetchone()
        if rest
        else None
    )
    if still is None:
        return None
    # nothing later reached its partner: the copy is still needed
    return Msg.tr(
        "Message {message} is still needed: no later notice of {reference} has reached that "
        "partner. Choose Mark sent if it arrived, else Send again."
    ).format(message=still[0], reference=still[1] or "-")


def reached_text(later: Later) -> str:
    """'a later notice of OK-2026-0001 (resolution) reached ops@… at 08:37 UTC'."""
    return Msg.tr("a later notice of {reference} ({stage}) reached {recipient} at {time}").format(
        reference=later.reference,
        stage=stage_label(later.stage, later.kind).lower(),
        recipient=later.recipient,
        time=local_text(later.at),
    )


def refusal(later: Later, *, again: bool) -> str:
    """Why the older copy `later.message` is not queued again (`again`: Send again, else
    Retry), what reached the partner since, and what to do instead."""
    text = Msg.tr(
        "Message {message} is not sent again: since it, {reached}. Sent now, this older "
        "notice would reach them after that one."
    ).format(message=later.message, reached=reached_text(later))
    if again:
        return (
            text
            + " "
            + Msg.tr(
                "Mark it No longer needed (Outbox), or 'outage-kit outbox settle {message} --as "
                "superseded'; Mark sent only if you know it arrived."
            ).format(message=later.message)
        )
    return text + " " + Msg.tr("It is held when the outbox is next sent; nothing more is needed.")
