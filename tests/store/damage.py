"""Helpers for the damage tests: real files, real bytes flipped."""

from __future__ import annotations

import hashlib
import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

PAGE = 4096
#: why a full disk is not provoked under Windows
WINDOWS_NO_SMALL_DISK = (
    "a full disk is provoked on a small tmpfs mounted for the test (Linux, root); Windows "
    "has no file system a test can mount without an administrator (a VHD)"
)


def flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x5A
    path.write_bytes(bytes(data))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def state(home: Path) -> dict[str, str]:
    """Every file under the data folder except the log and the empty lock files (a refused
    restore takes the import and send locks first), by content."""
    return {
        str(p.relative_to(home)): digest(p)
        for p in sorted(home.rglob("*"))
        if p.is_file() and "logs" not in p.parts and p.suffix != ".lock"
    }


@contextmanager
def tmpfs(where: Path, size: str) -> Iterator[Path]:
    """A real small tmpfs (needs root and a kernel that allows it; else the test skips)."""
    where.mkdir(parents=True, exist_ok=True)
    if os.name != "posix":
        pytest.skip(WINDOWS_NO_SMALL_DISK)
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(where)],
        capture_output=True,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def remount_readonly(where: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(where)], check=True)
