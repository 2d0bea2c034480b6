"""How a command ends when it cannot finish: the kind of failure, its message, the details a
script needs, and the exit code. One place, so every command answers alike, with `--json`
or without (README, "Command line": the exit codes and `error` kinds are a contract)."""

from __future__ import annotations

import errno
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from app.errors import UserError, file_in_use, is_file_in_use
from app.i18n import Cli

EXIT_OK = 0
EXIT_NO = 1  # the command ran; its answer is "no" (not sound, not all sent, rows rejected …)
EXIT_ERROR = 2  # nothing was done: the message (and the `error` kind) says why
EXIT_BUG = 70  # our defect (sysexits' EX_SOFTWARE); details are in the log file
EXIT_INTERRUPTED = 130  # Ctrl+C

_DISK_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


@dataclass(frozen=True)
class Failure:
    kind: str
    message: str
    exit_code: int = EXIT_ERROR
    details: dict[str, Any] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "error": self.kind,
            "message": self.message,
            "exit_code": self.exit_code,
        }
        if self.details:
            data["details"] = self.details
        return data


def classify(err: BaseException) -> Failure | None:
    """The failure a person can act on, or None when `err` is our bug."""
    if isinstance(err, UserError):
        return Failure(err.kind, str(err), details=_details(err))
    if isinstance(err, OSError):
        return _os_failure(err)
    from app.store import db  # not before: `--help` and usage mistakes need no database

    if isinstance(err, db.DatabaseError):
        return _database_failure(err)
    return None


def with_home_hint(failure: Failure, home: Path) -> Failure:
    """A full disk under the data folder: the command line can also run elsewhere (the
    window's message, the same words otherwise, cannot: no --home there)."""
    folder = failure.details.get("folder")
    if failure.kind != "disk_full" or not folder:
        return failure
    try:
        inside = Path(folder).resolve().is_relative_to(home.resolve())
    except (OSError, ValueError):
        inside = False
    if not inside:
        return failure
    hint = Cli.tr("If that disk cannot be freed, move the data folder and use --home DIR.")
    return replace(failure, message=f"{failure.message} {hint}")


def bug(command: str, log_file: str) -> Failure:
    return Failure(
        "bug",
        Cli.tr(
            "internal error in '{command}'. This is a bug; details are in {log_file}. "
            "Nothing stored before was changed."
        ).format(command=command, log_file=log_file),
        EXIT_BUG,
        {"log_file": log_file},
    )


def interrupted() -> Failure:
    return Failure(
        "interrupted", Cli.tr("interrupted; nothing half-done was kept."), EXIT_INTERRUPTED
    )


def _details(err: UserError) -> dict[str, Any]:
    details = dict(err.details)
    problems = getattr(err, "problems", None)  # NoticeRefused, DeliveryConfigProblems, …
    if isinstance(problems, list | tuple) and "problems" not in details:
        details["problems"] = [str(p) for p in problems]
    for name in ("reason", "step"):  # BundleRejected / SignatureError, PathDown
        value = getattr(err, name, None)
        if isinstance(value, str) and name not in details:
            details[name] = value
    return details


def _os_failure(err: OSError) -> Failure:
    name = str(err.filename) if err.filename is not None else ""
    where = f" ({name})" if name else ""
    details = {"file": name} if name else {}
    if err.errno in _DISK_FULL:
        return Failure(
            "disk_full",
            Cli.tr(
                "The disk is full{where}. Free some space and run the command again; what "
                "was stored before is unchanged."
            ).format(where=where),
            details=details,
        )
    if isinstance(err, FileNotFoundError):
        return Failure(
            "not_found",
            Cli.tr("There is no file or folder {value}.").format(value=name or "(unnamed)"),
            details=details,
        )
    if is_file_in_use(err):
        return Failure("busy", str(file_in_use(name or "(unnamed)")), details=details)
    if isinstance(err, PermissionError):
        return Failure(
            "denied",
            Cli.tr(
                "Permission denied{where}: choose a file or folder this account may use."
            ).format(where=where),
            details=details,
        )
    if isinstance(err, IsADirectoryError):
        return Failure(
            "invalid",
            Cli.tr("{name} is a folder; give a file name.").format(name=name),
            details=details,
        )
    return Failure(
        "io_error",
        Cli.tr(
            "Could not read or write{where}: {value}. Check the disk or the file and try again."
        ).format(where=where, value=err.strerror or err),
        details=details,
    )


def _database_failure(err: Exception) -> Failure | None:
    text = str(err).lower()
    if "full" in text:
        return Failure(
            "disk_full",
            Cli.tr(
                "The disk holding the store is full. Free some space and run the command again; "
                "the last change was not stored, everything before it is unchanged."
            ),
        )
    if "locked" in text or "busy" in text:
        return Failure(
            "busy",
            Cli.tr(
                "The store is busy: another Outage Kit window or command is writing to it. Try "
                "again in a moment; nothing was changed."
            ),
        )
    if "not a database" in text or "malformed" in text:
        return Failure(
            "damaged",
            Cli.tr(
                "The store cannot be read: it is damaged. Run 'outage-kit check', then restore the "
                "newest good backup ('outage-kit restore FILE')."
            ),
        )
    return None
