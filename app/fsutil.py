"""Atomic, user-only file writes (KeePassXC's `saveAs` habit)."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def write_private(path: Path, data: bytes) -> None:
    """Write `data` to `path` atomically, readable by the owner only."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
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
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            Path(tmp).unlink()
        raise
    fsync_dir(path.parent)


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
