"""The two kinds of error (STYLE.md habit 6).

`UserError` is the user's or the environment's: bad input, a locked store, no network
path. It carries a message that says what happened and what to do; nothing was lost.
Anything else that escapes is our bug: logged, shown with details, the program goes on.

Each kind of `UserError` has a stable `kind` name: `outage-kit --json` reports it as the
`error` of its answer, so a script tells a refused notice from a locked store without reading
English (README, "Command line"). The names are a contract: add new ones, never rename.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class UserError(Exception):
    """A problem the person can act on. `str(err)` is the whole message; `details` holds what
    a script needs besides it (e.g. the list of problems)."""

    kind = "invalid"

    def __init__(self, *args: object, details: Mapping[str, Any] | None = None) -> None:
        super().__init__(*args)
        self.details: dict[str, Any] = dict(details or {})


class StoreLocked(UserError):
    """The store cannot be opened without a key or passphrase."""

    kind = "locked"


class WrongPassphrase(UserError):
    """The recovery passphrase did not unwrap the store key."""

    kind = "wrong_passphrase"


class StoreCorrupt(UserError):
    """The database failed its integrity check."""

    kind = "damaged"


class NotFound(UserError):
    """The thing named (a file, an incident, a message, a path, a setting …) does not exist."""

    kind = "not_found"


class Refused(UserError):
    """The kit refuses to do it as asked (a rule of the procedure, a signature, …)."""

    kind = "refused"


class Busy(UserError):
    """Someone else holds what is needed right now (another sender, the database); try again."""

    kind = "busy"


class DiskFull(UserError):
    """No room left to write; what was stored before is unchanged."""

    kind = "disk_full"


class UsageError(UserError):
    """The command line itself is wrong or incomplete: an unknown option, a missing argument,
    or an answer that must come from a flag because there is no terminal to ask on."""

    kind = "usage"


class Cancelled(UserError):
    """The person stopped the work before it finished; nothing half-done was kept."""

    kind = "cancelled"
