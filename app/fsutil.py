"""Atomic, user-only file writes (KeePassXC's `saveAs` habit)."""

from __future__ import annotations

import contextlib
import errno
import os
import sys
import tempfile
from pathlib import Path

PARTIAL = ".partial"
TMP = ".tmp"


def write_private(path: Path, data: bytes) -> None:
    """Write `data` to `path` atomically, readable by the owner only: the kit's one writer of
    a file through a temporary and a rename (reports, exports, .eml drafts, settings, backup
    sidecars). The temporary is created owner-only (os.open with mode 0600, made 0600 again
    whatever the umask) before its first byte is written. An error names `path`, the file
    the person chose, never the temporary."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)  # its error names the folder
    except FileExistsError as err:  # a file where a folder of the path should be
        raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), err.filename) from None
    try:
        # mkstemp: os.open(O_CREAT | O_EXCL, 0o600); `.NAME.<random>.<pid>.tmp`, so start-up
        # cleaning tells a crashed writer's leftover from a running process's
        fd, tmp = tempfile.mkstemp(
            dir=path.parent, prefix=f".{path.name}.", suffix=f".{os.getpid()}{TMP}"
        )
    except OSError as err:
        raise _about(err, path) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            if os.name == "posix":
                os.fchmod(handle.fileno(), 0o600)
            else:
                make_private(Path(tmp))
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        Path(tmp).replace(path)
    except BaseException as err:
        with contextlib.suppress(FileNotFoundError):
            Path(tmp).unlink()
        if isinstance(err, OSError):
            raise _about(err, path) from None
        raise
    fsync_dir(path.parent)


def missing_folder(path: Path) -> Path | None:
    """The folder of `path` when it does not exist yet (writing `path` creates it, and any
    folder above it), else None: a command says so after writing."""
    folder = path.absolute().parent
    return None if folder.exists() else folder


def _about(err: OSError, path: Path) -> OSError:
    """`err` as it would read had `path` itself been written (same class and errno)."""
    if err.errno is None:
        return err
    return type(err)(err.errno, err.strerror, str(path))


def make_private(path: Path) -> None:
    """Only the user running the kit may read or change `path` (a file or a folder):
    mode 600 / 700 on POSIX; on Windows a protected access list with that user alone, which
    a folder passes on to what is created in it (app/winacl.py)."""
    if os.name == "posix":
        path.chmod(0o700 if path.is_dir() else 0o600)
        return
    from app.winacl import set_owner_only

    set_owner_only(path)


def fsync_dir(folder: Path) -> None:
    """Make a rename in `folder` durable (no-op where directories cannot be opened)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


#: a leftover whose name holds no writer's process id counts as abandoned after this long
_ABANDONED_SECONDS = 3600


def partial_name(name: str) -> str:
    """`.NAME.<pid>.partial`: the writing process is named, so start-up cleaning can tell
    a crashed writer's leftover from another running process's work in progress."""
    return f".{name}.{os.getpid()}{PARTIAL}"


def create_private(path: Path) -> None:
    """Create `path` empty and owner-only (0600) before anything is written into it."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o600)
    try:
        if os.name == "posix":
            os.fchmod(fd, 0o600)
    finally:
        os.close(fd)
    if os.name != "posix":
        make_private(path)  # Windows: an owner-only access list, not a mode


def fsync_file(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def remove_leftovers(*folders: Path) -> list[Path]:
    """Delete `.partial` / `.tmp` files a crashed kit left in `folders`; the removed paths.
    A leftover of a process that is still running is left alone."""
    removed: list[Path] = []
    for folder in folders:
        try:
            candidates = [p for p in folder.iterdir() if _is_leftover(p.name)]
        except OSError:
            continue
        for path in candidates:
            if _writer_alive(path):
                continue
            with contextlib.suppress(OSError):
                path.unlink()
                removed.append(path)
    return removed


def _is_leftover(name: str) -> bool:
    return name.startswith(".") and (name.endswith(PARTIAL) or name.endswith(TMP))


def _writer_alive(path: Path) -> bool:
    import time

    pid_text = path.name.removesuffix(PARTIAL).removesuffix(TMP).rsplit(".", 1)[-1]
    if pid_text.isdigit():
        pid = int(pid_text)
        if pid == os.getpid():
            return True
        if sys.platform == "win32":
            return _windows_process_running(pid)
        try:
            os.kill(pid, 0)  # signal 0: "does it exist", nothing is sent
        except ProcessLookupError:
            return False
        except PermissionError:
            return True
        return True
    try:
        return time.time() - path.stat().st_mtime < _ABANDONED_SECONDS
    except OSError:
        return False


def _windows_process_running(pid: int) -> bool:
    """Is process `pid` running? (os.kill(pid, 0) would end it on Windows.)"""
    if sys.platform != "win32":
        raise OSError("process handles exist on Windows only")
    import ctypes
    from ctypes import wintypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    kernel32.OpenProcess.restype = wintypes.HANDLE
    kernel32.OpenProcess.argtypes = [wintypes.DWORD, wintypes.BOOL, wintypes.DWORD]
    kernel32.GetExitCodeProcess.argtypes = [wintypes.HANDLE, ctypes.POINTER(wintypes.DWORD)]
    kernel32.CloseHandle.argtypes = [wintypes.HANDLE]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return bool(ctypes.get_last_error() == 5)  # access denied: it exists (another user's)
    try:
        code = wintypes.DWORD()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True  # cannot tell: leave its file alone
        return code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


class OwnerLock:
    """An exclusive lock file the OS drops when its holder dies (a killed process never
    blocks the next one). `acquire` returns False when another process holds it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def acquire(self) -> bool:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            _lock_fd(fd)
        except OSError:
            os.close(fd)
            return False
        self._fd = fd
        return True

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is not None:
            with contextlib.suppress(OSError):
                _unlock_fd(fd)
            os.close(fd)


if sys.platform == "win32":
    import msvcrt

    def _lock_fd(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock_fd(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock_fd(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock_fd(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def as_argument(path: object, *, windows: bool = os.name == "nt") -> str:
    """`path` as the officer types it after a command the kit suggests ("outage-kit restore
    …"), so that copying the line works: a path with a space ("Dyżur Łódź\\dane kit") in
    double quotes on Windows, quoted for the shell elsewhere; a plain one as it is."""
    text = str(path)
    if windows:
        return f'"{text}"' if not text or any(c in text for c in " \t&()^%!;,=") else text
    import shlex  # here: the window's start does not need it

    return shlex.quote(text)
