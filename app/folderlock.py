"""The data folder's window lock, held by the OS: a window holds it while it is open, and
`restore` / `rekey` on the command line refuse while it is held (replacing the store under an
open window would leave the window writing into the deleted file: everything done there
afterwards lost). No Qt here: the command line takes the same lock.

POSIX: `flock` on a file held open. Windows: `msvcrt.locking` on one byte far past the end, so
the process id written at the start stays readable by the one who is refused. Either way the
OS drops the lock when its process ends, even on SIGKILL or a crash: a dead window never locks
the officer out. The file is owner-only (0600 / an owner-only access list)."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from app.fsutil import make_private

LOCK_NAME = "window.lock"
#: windows that may be open on one folder at once: the first one, and the ones the officer
#: opened anyway (the first hung); each holds a slot of its own, so `restore` and `rekey`
#: stay refused while any of them is open, whichever closes first
SLOTS = 8
_WINDOWS_BYTE = 0x7FFFFFF0  # the locked byte on Windows: far from the pid at the start


class FolderLock:
    """The lock on the data folder `home`. `take` returns False when another process holds it;
    `holder` then names that process (0 when unknown)."""

    def __init__(self, home: Path, slot: int = 0) -> None:
        self.slot = slot
        self.path = home / (LOCK_NAME if slot == 0 else f"window-{slot + 1}.lock")
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def take(self) -> bool:
        if self._fd is not None:
            return True
        for _attempt in range(5):
            fd = _open_private(self.path)
            try:
                _lock(fd)
            except OSError:
                os.close(fd)
                return False
            if _same_file(fd, self.path):
                break
            os.close(fd)  # the holder released and removed it between our open and lock
        else:
            return False
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        # no fsync: the pid only names the holder to whoever is refused, who reads it
        # while the lock is held (the OS's cache is shared); after a crash the lock is gone
        # with its process and the pid means nothing. It cost ~5 ms of every window's start.
        # A full disk leaves the file empty: the lock holds all the same (the holder is then
        # "unknown" to whoever is refused), and the window opens read-only (F23).
        with contextlib.suppress(OSError):
            os.write(fd, str(os.getpid()).encode("ascii"))
        self._fd = fd
        return True

    def holder(self) -> int:
        """The process id written by whoever holds the lock (0 when unknown)."""
        try:
            text = self.path.read_bytes()[:20].decode("ascii", "replace").strip("\0 \n")
        except OSError:
            return 0
        return int(text) if text.isdigit() else 0

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        if os.name == "posix":  # removed while still held: nobody can lock the old file
            with contextlib.suppress(OSError):
                self.path.unlink()
        with contextlib.suppress(OSError):
            _unlock(fd)
        os.close(fd)
        if os.name != "posix":
            with contextlib.suppress(OSError):
                self.path.unlink()  # fails harmlessly when another process opened it


def take_free(home: Path) -> FolderLock | None:
    """A window's lock: the first slot no other process holds (None: every slot is held)."""
    for slot in range(SLOTS):
        lock = FolderLock(home, slot)
        if lock.take():
            return lock
    return None


def other_holders(home: Path, mine: FolderLock | None = None) -> list[int]:
    """The process ids holding the slots other than `mine` (0 where unknown)."""
    pids = []
    for slot in range(SLOTS):
        if mine is not None and slot == mine.slot:
            continue
        probe = FolderLock(home, slot)
        if not probe.path.exists():
            continue  # free: a holder's file stays at its path until it lets go (`take`)
        if probe.take():
            probe.release()
        else:
            pids.append(probe.holder())
    return pids


def take_every(home: Path) -> tuple[list[FolderLock], int | None]:
    """Every slot, for a command that replaces the store: (the locks, None), or ([], the
    pid of a window holding one, 0 when unknown) with nothing kept."""
    taken: list[FolderLock] = []
    for slot in range(SLOTS):
        lock = FolderLock(home, slot)
        if not lock.take():
            for held in taken:
                held.release()
            return [], lock.holder()
        taken.append(lock)
    return taken, None


def _open_private(path: Path) -> int:
    existed = path.exists()
    fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
    if os.name == "posix":
        os.fchmod(fd, 0o600)
    elif not existed:
        make_private(path)
    return fd


def _same_file(fd: int, path: Path) -> bool:
    """Is the locked file still the one at `path` (not removed by its previous holder)?"""
    if os.name != "posix":
        return True  # Windows does not remove a file another process has open
    try:
        on_disk = path.stat()
    except FileNotFoundError:
        return False
    held = os.fstat(fd)
    return (held.st_dev, held.st_ino) == (on_disk.st_dev, on_disk.st_ino)


if sys.platform == "win32":
    import msvcrt

    def _lock(fd: int) -> None:
        os.lseek(fd, _WINDOWS_BYTE, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, _WINDOWS_BYTE, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
