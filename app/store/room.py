"""Room on the store's disk: whether a store opened read-only (a full disk) may be written
again, and what takes the room the officer could free (the window's read-only banner)."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from app.paths import KitPaths
from app.store.steps import bytes_text

#: free space the kit wants before it writes again: sending a round, its audit entries and a
#: checkpoint of the -wal fit many times over; less, and the next round would fill it again
ROOM_NEEDED = 16 << 20


@dataclass(frozen=True)
class Room:
    free: int  # bytes free on the disk of the data folder
    disk: Path  # where that disk is mounted (the folder to look in for what to free)
    backups: Path
    backups_size: int

    @property
    def enough(self) -> bool:
        return self.free >= ROOM_NEEDED

    @property
    def free_text(self) -> str:
        return bytes_text(self.free)

    @property
    def needed_text(self) -> str:
        return bytes_text(ROOM_NEEDED)

    @property
    def backups_text(self) -> str:
        return bytes_text(self.backups_size)


def room(paths: KitPaths) -> Room:
    try:
        free = shutil.disk_usage(paths.home).free
    except OSError:
        free = 0
    return Room(
        free=free,
        disk=mount_point(paths.home),
        backups=paths.backups,
        backups_size=_folder_size(paths.backups),
    )


def mount_point(folder: Path) -> Path:
    """The top of the disk `folder` is on (a drive's root on Windows)."""
    path = folder.resolve()
    while not os.path.ismount(path) and path.parent != path:
        path = path.parent
    return path


def _folder_size(folder: Path) -> int:
    total = 0
    try:
        for entry in folder.iterdir():
            try:
                if entry.is_file():
                    total += entry.stat().st_size
            except OSError:
                continue
    except OSError:
        return 0
    return total
