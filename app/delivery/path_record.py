"""What the outbox's attempts say of each delivery path since a look: which delivered, and
which took none of the recipients it was given (a relay that answers and greets, then
refuses every address: "550 5.7.1 Relaying denied"). Whoever sent — this window, another
one, `outage-kit outbox send` — wrote its attempts in the store, so a window's path lights
follow every sender, not only its own sends (a relay the command line delivered through
stayed red in the window, 'DOWN — it refused every recipient')."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.delivery.replies import EVERY_RECIPIENT_REFUSED, RECIPIENT_REFUSED, said
from app.store import db

# how the reply of an attempt a server refused the recipient of begins
_REFUSED = RECIPIENT_REFUSED.split("{", 1)[0]


@dataclass(frozen=True)
class PathsTried:
    """The attempts after a look, by path."""

    upto: int  # the newest attempt read (the next look reads after it)
    delivered: frozenset[str] = frozenset()  # paths that took at least one message
    # paths that took none: why, as a send's paths down say it
    refusing: dict[str, str] = field(default_factory=dict)


def newest_attempt(conn: db.Connection) -> int:
    """The id of the newest attempt (0: none yet): where the first look starts."""
    row = conn.execute("SELECT coalesce(max(id), 0) FROM outbox_attempts").fetchone()
    return int(row[0])


def tried_since(conn: db.Connection, after: int) -> PathsTried:
    """The paths tried in the attempts after `after`: those that delivered, and those that
    delivered nothing and refused a recipient (with the last such refusal)."""
    rows = conn.execute(
        "SELECT path, max(outcome IN ('sent', 'delivered')), "
        "max(CASE WHEN substr(reply, 1, ?) = ? THEN id END), max(id) "
        # a hand-off (webmail, .eml) is the officer's, not a try of a sending path
        "FROM outbox_attempts WHERE id > ? AND outcome != 'handed-off' GROUP BY path",
        (len(_REFUSED), _REFUSED, after),
    ).fetchall()
    if not rows:
        return PathsTried(after)
    delivered = frozenset(str(path) for path, took, _refused, _newest in rows if took)
    refusals = {str(path): int(refused) for path, took, refused, _ in rows if refused and not took}
    refusing = {}
    for path, attempt in refusals.items():
        found = conn.execute("SELECT reply FROM outbox_attempts WHERE id = ?", (attempt,))
        reply = str(found.fetchone()[0]).removeprefix(_REFUSED)
        refusing[path] = said(EVERY_RECIPIENT_REFUSED, reply=reply)
    return PathsTried(max(int(r[3]) for r in rows), delivered, refusing)
