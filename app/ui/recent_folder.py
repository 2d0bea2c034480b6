"""Where the officer last picked a file or folder (a USB stick, a download folder): the next
file dialog opens there, for this run of the kit. Kept in memory only: a folder's name can
say much, and nothing the kit writes to disk is plaintext."""

from __future__ import annotations

from pathlib import Path

_last: list[Path] = []  # the folder of the last choice (none yet: empty)


def start_folder(fallback: Path | None = None) -> str:
    """The folder a file dialog opens in: the last one chosen while it still exists, else
    `fallback` (e.g. the watched bundle folder), else the home folder."""
    if _last and _last[0].is_dir():
        return str(_last[0])
    return str(fallback or Path.home())


def remember(chosen: str) -> str:
    """Keep the folder of `chosen` (a file's or a folder's path; "" when cancelled) for the
    next dialog; returns `chosen`."""
    if chosen:
        path = Path(chosen)
        _last[:] = [path if path.is_dir() else path.parent]
    return chosen


def start_file(name: str, fallback: Path | None = None) -> str:
    """A save dialog's suggestion: `name` in the folder `start_folder` gives."""
    return str(Path(start_folder(fallback)) / name)
