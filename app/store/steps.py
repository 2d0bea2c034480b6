"""Long steps said aloud: a command that checks or copies a large store for minutes says
what it is doing before it starts, and "done" after (on stderr; the command line turns it
on in text mode only, so --json output and the window stay as they were)."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from app.i18n import Msg

#: set by the command line for one command (text mode): long steps are announced on stderr
enabled = False
# the window's progress dialog: called with each long step's text as it starts (from the
# thread doing the work)
listener: Callable[[str], None] | None = None


def size_text(path: Path) -> str:
    """'244 MB' (the size a file manager shows), or '' when the file cannot be read; a
    store's database with its write-ahead log, where its recent changes are (a new store
    read '4 KB' while its backup was 476 KB)."""
    try:
        size = path.stat().st_size
    except OSError:
        return ""
    with suppress(OSError):
        size += path.with_name(path.name + "-wal").stat().st_size
    return bytes_text(size)


def bytes_text(size: int) -> str:
    """'244 MB', '12 KB', '0 B': a size as a file manager shows it."""
    if size >= 1 << 30:
        return f"{size / (1 << 30):.1f} GB"
    if size >= 1 << 20:
        return f"{size / (1 << 20):.0f} MB"
    if size >= 1024:
        return f"{size // 1024} KB"
    return f"{size} B"


@contextmanager
def quiet() -> Iterator[None]:
    """Steps inside are not announced (neither on stderr nor to the window's listener)."""
    global enabled, listener
    saved = enabled, listener
    enabled, listener = False, None
    try:
        yield
    finally:
        enabled, listener = saved


@contextmanager
def step(text: str) -> Iterator[None]:
    """`text…` before the work, `done` (or `stopped`) after it."""
    if listener is not None:
        listener(text)
    if not enabled:
        yield
        return
    _write(text + "… ")
    try:
        yield
    except BaseException:
        _write(Msg.tr("stopped") + "\n")
        raise
    _write(Msg.tr("done") + "\n")


def _write(text: str) -> None:
    try:
        sys.stderr.write(text)
        sys.stderr.flush()
    except (OSError, ValueError):
        pass  # a closed stderr never stops the work
