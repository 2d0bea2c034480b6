"""Copies a server refused for good: its last try ended in a 5xx refusing the recipient's
address (not the path; not the message refused after the server took the address, nor an
address refused by a rule of the relay's own — RFC 3463's class X.7, "550 5.7.1 Relaying
denied" — which may be retried once whoever runs the server has looked at it). Trying
one again reaches the same server with the same address and is refused again, so Retry and
`outbox retry` refuse it and say what helps: IT fixes the address in the contact bundle,
and the partner is told another way meanwhile."""

from __future__ import annotations

import re
from collections.abc import Collection

from app.delivery.replies import MESSAGE_REFUSED, RECIPIENT_REFUSED, shown_reply
from app.i18n import Msg
from app.store import db

PERMANENT = 500  # SMTP: 5xx is a permanent refusal, 4xx a temporary one
# The server took the address and refused the message itself once it had it all: about the
# server (a filter, a full disk, its own fault: "500 Error: …"), not the partner's address,
# and nothing else sends that notice to them once it is fixed: Retry stays the officer's.
_MESSAGE_REFUSED = MESSAGE_REFUSED.split("{", 1)[0]
# An address refused for the relay's security or policy (5.7.x: relaying denied, sender not
# allowed, authentication required): about the relay and this desk, not the partner.
_RELAY_RULE = re.compile(re.escape(RECIPIENT_REFUSED.split("{", 1)[0]) + r"5\d\d[ -]5\.7\.\d")


def refused_for_good(conn: db.Connection, ids: Collection[int]) -> dict[int, str]:
    """Of the messages `ids`, the failed ones whose last try a server refused with a 5xx,
    with that refusal as it was stored."""
    if not ids:
        return {}
    marks = ", ".join("?" * len(ids))
    rows = conn.execute(
        "SELECT o.id, a.code, a.reply FROM outbox o JOIN outbox_attempts a ON a.message = o.id "
        f"WHERE o.state = 'failed' AND o.id IN ({marks}) "
        "AND a.id = (SELECT max(id) FROM outbox_attempts WHERE message = o.id)",
        list(ids),
    )
    return {
        int(i): str(reply or "")
        for i, code, reply in rows
        if (code or 0) >= PERMANENT and not servers_fault(reply)
    }


def servers_fault(reply: str | None) -> bool:
    """Whether the stored `reply` is a server's refusal for a fault or a rule of its own —
    of the message itself once it had it all, or of an address by the relay's policy —
    retried by the officer once the server is mended, not a refusal of the address."""
    text = str(reply or "")
    return text.startswith(_MESSAGE_REFUSED) or _RELAY_RULE.match(text) is not None


def why_not_again(
    message: int, reply: str, *, window: bool = False, reference: str | None = None
) -> str:
    """Why a copy refused for good is not tried again, and what the officer does instead, in
    the words of where it is read: the Outbox's details (`window`) name the incident page's
    button, the command line its command (with the message's incident, `reference`)."""
    if window:
        said = Msg.tr(
            "Message {id} was refused by the server for good ({reply}); sending it again will "
            "be refused again. Ask IT to fix the address in the contact bundle, and tell the "
            "partner another way meanwhile (Told another way… on the incident page)."
        )
    else:
        said = Msg.tr(
            "Message {id} was refused by the server for good ({reply}); sending it again will "
            "be refused again. Ask IT to fix the address in the contact bundle, and tell the "
            "partner another way meanwhile ('outage-kit incident told {reference} --how …')."
        )
    return said.format(id=message, reply=shown_reply(reply), reference=reference or "REF")
