"""What the outbox's attempts say of each delivery path since a look: which delivered, and
which took none of the recipients it was given (a relay that answers and greets, then
refuses every address: "550 5.7.1 Relaying denied"). Whoever sent — this window, another
one, `outage-kit outbox send` — wrote its attempts in the store, so a window's path lights
follow every sender, not only its own sends (a relay the command line delivered through
stayed red in the window, 'DOWN — it refused every recipient')."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from app.delivery.replies import EVERY_RECIPIENT_REFUSED, RECIPIENT_REFUSED, said
from app.i18n import Msg
from app.store import db

if TYPE_CHECKING:  # the probe module loads where paths are probed
    from app.delivery.probe import PathProbe

# how the reply of an attempt a server refused the recipient of begins
_REFUSED = RECIPIENT_REFUSED.split("{", 1)[0]


@dataclass(frozen=True)
class PathsTried:
    """The attempts after a look, by path."""

    upto: int  # the newest attempt read (the next look reads after it)
    delivered: frozenset[str] = frozenset()  # paths that took at least one message
    # paths that took none: why, as a send's paths down say it
    refusing: dict[str, str] = field(default_factory=dict)


def tried_since(conn: db.Connection, after: int = 0) -> PathsTried:
    """The paths tried in the attempts after `after` (0: all of them, as a window or
    `paths probe` starts), each as its latest attempts leave it: delivered, when it took a
    message after its last refusal of a recipient; refusing (with that refusal), when it
    refused a recipient after the last message it took."""
    rows = conn.execute(
        "SELECT path, max(CASE WHEN outcome IN ('sent', 'delivered') THEN id END), "
        "max(CASE WHEN substr(reply, 1, ?) = ? THEN id END), max(id) "
        # a hand-off (webmail, .eml) is the officer's, not a try of a sending path
        "FROM outbox_attempts WHERE id > ? AND outcome != 'handed-off' GROUP BY path",
        (len(_REFUSED), _REFUSED, after),
    ).fetchall()
    if not rows:
        return PathsTried(after)
    delivered = frozenset(
        str(path) for path, took, refused, _ in rows if took and took > (refused or 0)
    )
    refusing = {}
    for path, took, refused, _newest in rows:
        if refused and refused > (took or 0):
            found = conn.execute("SELECT reply FROM outbox_attempts WHERE id = ?", (refused,))
            reply = str(found.fetchone()[0]).removeprefix(_REFUSED)
            refusing[str(path)] = said(EVERY_RECIPIENT_REFUSED, reply=reply)
    return PathsTried(max(int(r[3]) for r in rows), delivered, refusing)


def as_tried(probes: list[PathProbe], refusing: dict[str, str]) -> list[PathProbe]:
    """The probes as the officer is shown them: a path that answers but refused every
    recipient of its last send is not working, whatever a probe (which sends nothing)
    finds; the next send tries it again first (IT may have mended it)."""
    again = Msg.tr("The next send tries it again: a probe cannot tell whether it takes mail now.")
    return [
        replace(p, ok=False, summary=f"{refusing[p.name]}. {again}")
        if p.ok and p.enabled and p.name in refusing
        else p
        for p in probes
    ]
