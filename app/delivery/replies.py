"""The kit's own replies on a message (held, closed): stored as English keys, shown in the
language of whoever reads them."""

from __future__ import annotations

import re

from app.i18n import Msg, tr_noop

HELD_REPLY = tr_noop(
    "Msg", "held: its promised update time passed before it could leave; re-issue the notice"
)
#: messages of a closed incident still waiting: stored with the reference in English (the
#: key), shown in the kit's language (`shown_reply`) whoever closed it in which language
CLOSED_REPLY = tr_noop("Msg", "held: {reference} was closed; partners have its end")
_CLOSED = re.compile(r"^held: (?P<reference>\S+) was closed; partners have its end$")


def closed_reply(reference: str) -> str:
    """The stored reply of a message held because its incident was closed."""
    return CLOSED_REPLY.format(reference=reference)


def shown_reply(stored: str) -> str:
    """A message's last reply as the officer reads it: the kit's own replies (stored as
    English keys) in the kit's language, a server's reply as the server wrote it."""
    if stored == HELD_REPLY:
        return Msg.tr(HELD_REPLY)
    found = _CLOSED.match(stored)
    if found is not None:
        return Msg.tr(CLOSED_REPLY).format(reference=found["reference"])
    return stored
