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


class KeyFileDamaged(UserError):
    """The key file is unreadable or holds values the kit never writes."""


class DiskFull(UserError):
    """The disk (or the user's quota) has no room left; nothing half-written was kept."""


class StoreBusy(UserError):
    """Another Outage Kit process held the store's write lock for longer than the kit waits."""


_DISK_FULL_TEXT = ("database or disk is full", "no space left on device", "disk quota exceeded")
_DISK_FULL_ERRNO = (28, 122)  # ENOSPC, EDQUOT (Linux); Windows maps a full disk to ENOSPC


def is_disk_full(exc: BaseException) -> bool:
    if isinstance(exc, OSError) and exc.errno in _DISK_FULL_ERRNO:
        return True
    if isinstance(exc, OSError) and getattr(exc, "winerror", None) in (39, 112):
        return True  # ERROR_HANDLE_DISK_FULL, ERROR_DISK_FULL
    return any(text in str(exc).lower() for text in _DISK_FULL_TEXT)


def disk_full(where: object) -> DiskFull:
    return DiskFull(
        f"The disk holding {where} is full. Nothing was changed: the store is as it was "
        "before. Free some space (or move the data folder with --home) and try again."
    )


def store_busy() -> StoreBusy:
    return StoreBusy(
        "Another Outage Kit window or command (for example a large backlog import) is "
        "writing to the store and did not finish in time. Nothing was changed; wait for it "
        "to finish and try again."
    )


def as_user_error(exc: BaseException, where: object) -> UserError | None:
    """The UserError a full disk or a busy store deserves, or None for anything else."""
    if isinstance(exc, UserError):
        return exc
    if is_disk_full(exc):
        return disk_full(where)
    if "database is locked" in str(exc) or "database table is locked" in str(exc):
        return store_busy()
    return None
