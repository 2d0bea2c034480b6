"""`restore` and `rekey` replace the store file; a window open on it would go on writing into
the replaced (deleted) file and everything done there afterwards would be lost. They hold the
data folder's lock (app/folderlock.py) while they work, and refuse while a window holds it, or
while a backlog import or an outbox send runs in another process (app/running_work.py)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app.errors import Busy
from app.folderlock import take_every
from app.i18n import Cli
from app.running_work import no_work_running


@contextmanager
def no_window_open(home: Path, command: str) -> Iterator[None]:
    """Run the body holding every window slot of the folder lock; UserError (exit 2) while
    a window (the first, or one opened anyway beside it) holds one."""
    locks, pid = take_every(home) if home.is_dir() else ([], None)
    if pid is not None:
        raise Busy(
            Cli.tr(
                "Outage Kit is open in a window on the data folder {home} (process {pid}): "
                "'{command}' would replace the store under it, and everything done in that "
                "window afterwards would be lost. Close the window (Kit > Quit) and run it "
                "again, or {advice}."
            ).format(home=home, pid=pid or "?", command=command, advice=_in_the_window(command))
        )
    try:
        with no_work_running(home, command):
            yield
    finally:
        for lock in locks:
            lock.release()


def _in_the_window(command: str) -> str:
    """Where the window does what `command` does."""
    if command == "rekey":
        return Cli.tr("rotate the key from the window (Settings > Rotate the store key)")
    return Cli.tr(
        "restore from the window (Backups section: Restore selected…, or Restore from a file… "
        "for a copy on a USB stick)"
    )
