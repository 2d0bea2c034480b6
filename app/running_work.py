"""`restore` and `rekey` replace the store file. A backlog import, an outbox send or a bulk
decision running in another process (a script, a second command) would go on writing into the
replaced file: the import would report its rows as new and nothing would be kept (a tester's
finding). Each holds a lock file in the data folder while it runs (app/backlog/staging.py,
app/delivery/lock.py, app/backlog/bulk.py); a replacement takes all of them first, and is
refused while any is held, naming which. Holding them also keeps a new import, send or
decision from starting until the replacement is done."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app.backlog.decision_marks import LOCK_NAME as DECISION_LOCK
from app.backlog.staging import LOCK_NAME as IMPORT_LOCK
from app.delivery.lock import LOCK_NAME as SEND_LOCK
from app.errors import Busy
from app.fsutil import OwnerLock
from app.i18n import Msg


def take_work_locks(home: Path, command: str) -> list[OwnerLock]:
    """The import, send and decision locks of `home`, held; Busy (nothing held) while any
    of them runs."""
    held: list[OwnerLock] = []
    for name in (IMPORT_LOCK, SEND_LOCK, DECISION_LOCK):
        lock = OwnerLock(home / name)
        if lock.acquire():
            held.append(lock)
            continue
        release(held)
        raise Busy(_busy_text(name, command))
    return held


def release(locks: list[OwnerLock]) -> None:
    for lock in locks:
        lock.release()


@contextmanager
def no_work_running(home: Path, command: str) -> Iterator[None]:
    locks = take_work_locks(home, command) if home.is_dir() else []
    try:
        yield
    finally:
        release(locks)


def _busy_text(name: str, command: str) -> str:
    if name == IMPORT_LOCK:
        return Msg.tr(
            "A backlog import is running on this data folder (in another window or command): "
            "'{command}' would replace the store under it and the imported records would be "
            "lost. Wait until the import finishes (or stop it), then try again; nothing was "
            "changed."
        ).format(command=command)
    if name == DECISION_LOCK:
        return Msg.tr(
            "A decision on the backlog (or its undo) is running on this data folder (in "
            "another window or command): '{command}' would replace the store under it and the "
            "decision would be lost half-done. Wait until it finishes, then try again; nothing "
            "was changed."
        ).format(command=command)
    return Msg.tr(
        "Outage Kit is sending messages from this data folder (in another window or command): "
        "'{command}' would replace the store under it and what is sent would not be recorded. "
        "Wait until the sending finishes, then try again; nothing was changed."
    ).format(command=command)
