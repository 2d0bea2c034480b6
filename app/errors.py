"""The two kinds of error (STYLE.md habit 6).

`UserError` is the user's or the environment's: bad input, a locked store, no network
path. It carries a message that says what happened and what to do; nothing was lost.
Anything else that escapes is our bug: logged, shown with details, the program goes on.

Each kind of `UserError` has a stable `kind` name: `outage-kit --json` reports it as the
`error` of its answer, so a script tells a refused notice from a locked store without reading
English (README, "Command line"). The names are a contract: add new ones, never rename.
"""

from __future__ import annotations

import errno
from collections.abc import Mapping
from typing import Any

from app.i18n import Msg


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


class KeyFileDamaged(UserError):
    """The key file is unreadable or holds values the kit never writes."""

    kind = "damaged"


class StoreBusy(Busy):
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
    """Said alike by the window and the command line (which adds how to run elsewhere:
    `failure.with_home_hint`); `details["folder"]` names the folder whose disk is full."""
    return DiskFull(
        Msg.tr(
            "The disk holding {where} is full. Nothing was changed: the store is as it "
            "was before. Free some space on that disk and try again."
        ).format(where=where),
        details={"folder": str(where)},
    )


class ReadOnlyStore(UserError):
    """The kit is open read-only (its disk is full or cannot be written): a change was
    refused before anything was written."""

    kind = "read_only"


def read_only_store() -> ReadOnlyStore:
    return ReadOnlyStore(
        Msg.tr(
            "The store is open read-only: the disk holding it is full (or cannot be "
            "written), and this needs to write. Nothing was changed. Free some space on that "
            "disk (in the window, the banner at the top says where) and try again."
        )
    )


def is_read_only_write(exc: BaseException) -> bool:
    """SQLite's refusal of a write through a read-only connection."""
    return "attempt to write a readonly database" in str(exc).lower()


def store_busy() -> StoreBusy:
    return StoreBusy(
        Msg.tr(
            "Another Outage Kit window or command (for example a large backlog import) is "
            "writing to the store and did not finish in time. Nothing was changed; wait for "
            "it to finish and try again."
        )
    )


class FileInUse(Busy):
    """Windows refused a file another handle holds (a sharing violation)."""


class Denied(UserError):
    """The operating system refused this account the file or folder."""

    kind = "denied"


def is_file_in_use(exc: BaseException) -> bool:
    """ERROR_SHARING_VIOLATION or ERROR_LOCK_VIOLATION (Windows): another handle holds it."""
    return isinstance(exc, OSError) and getattr(exc, "winerror", None) in (32, 33)


def file_in_use(path: object) -> FileInUse:
    return FileInUse(
        Msg.tr(
            "{path} is in use by another program (a second Outage Kit, a backup tool or a "
            "virus scanner). Nothing was changed. Close that program or wait for it, then "
            "try again."
        ).format(path=path)
    )


def denied(path: object) -> Denied:
    return Denied(
        Msg.tr(
            "This account may not use {path}. Nothing was changed. Choose a file or folder "
            "this account may use, or ask IT for access to it."
        ).format(path=path)
    )


def as_user_error(exc: BaseException, where: object) -> UserError | None:
    """The UserError a full disk, a busy store or a file refused by the system deserves,
    or None for anything else."""
    if isinstance(exc, UserError):
        return exc
    if is_read_only_write(exc):
        return read_only_store()
    if is_disk_full(exc):
        return disk_full(where)
    if "database is locked" in str(exc) or "database table is locked" in str(exc):
        return store_busy()
    if is_path_too_long(exc):
        return path_too_long(getattr(exc, "filename", None) or where)
    if is_file_in_use(exc):
        return file_in_use(getattr(exc, "filename", None) or where)
    if isinstance(exc, PermissionError):
        return denied(exc.filename or where)
    return None


def is_path_too_long(exc: BaseException) -> bool:
    """ENAMETOOLONG; on Windows ERROR_FILENAME_EXCED_RANGE (a path past 260 characters)."""
    if not isinstance(exc, OSError):
        return False
    return exc.errno == errno.ENAMETOOLONG or getattr(exc, "winerror", None) == 206


def path_too_long(path: object) -> UserError:
    return UserError(
        Msg.tr(
            "The path {path} is too long for this system. Nothing was changed. Use a folder "
            "with a shorter path (nearer the top of the disk) and try again."
        ).format(path=path)
    )
