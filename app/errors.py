"""The two kinds of error (STYLE.md habit 6).

`UserError` is the user's or the environment's: bad input, a locked store, no network
path. It carries a message that says what happened and what to do; nothing was lost.
Anything else that escapes is our bug: logged, shown with details, the program goes on.
"""


class UserError(Exception):
    """A problem the person can act on. `str(err)` is the whole message."""


class StoreLocked(UserError):
    """The store cannot be opened without a key or passphrase."""


class WrongPassphrase(UserError):
    """The recovery passphrase did not unwrap the store key."""


class StoreCorrupt(UserError):
    """The database failed its integrity check."""
