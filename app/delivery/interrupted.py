"""What a stop left of a sending round, sorted as recovery sorts it (per sending session, the
first unfinished claim may have been on the wire, those claimed behind it never were), and
how the outbox will stand once recovered, read without writing (a full disk)."""

from __future__ import annotations

from collections.abc import Sequence

from app.store import db


def split_sending(conn: db.Connection, *, skip: Sequence[int] = ()) -> tuple[list[int], list[int]]:
    """The `sending` rows (but `skip`) as recovery sorts them: (uncertain, untried)."""
    rows = conn.execute(
        "SELECT id, claim_session FROM outbox WHERE state = 'sending' "
        "ORDER BY claim_session, claim_seq, id"
    ).fetchall()
    uncertain: list[int] = []
    untried: list[int] = []
    sessions: set[str] = set()
    for message, session in rows:
        if int(message) in skip:
            continue
        if session is None or session not in sessions:
            uncertain.append(int(message))
            if session is not None:
                sessions.add(str(session))
        else:
            untried.append(int(message))
    return uncertain, untried


def interrupted_outlook(conn: db.Connection, counts: dict[str, int]) -> dict[str, int]:
    """`counts` (the outbox's per state) as `Outbox.recover_interrupted` will leave them:
    outcomes stored aside but not yet in their rows applied, `sending` claims sorted."""
    pending = {
        int(m): str(state)
        for m, state in conn.execute("SELECT message, state FROM outbox_unaudited WHERE NOT stored")
    }
    uncertain, untried = split_sending(conn, skip=list(pending))
    found = dict(counts)
    for state in pending.values():
        found["sending"] -= 1
        found[state] = found.get(state, 0) + 1
    found["sending"] -= len(uncertain) + len(untried)
    found["uncertain"] += len(uncertain)
    found["queued"] += len(untried)
    return found
