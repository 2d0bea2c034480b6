"""The terminal, the same on Linux and Windows: is a person there, ask them, print to them.

Windows differs in two ways that matter to a command run from IT's scripts:
- `isatty()` is true for any character device, the NUL device included: a script's
  `outage-kit … < NUL` looked like a person at a terminal. A console is what a person types
  into, so on Windows the test is whether the handle is a console (`GetConsoleMode`).
- Python writes to a pipe or file in the ANSI code page (cp1252 …), which cannot encode
  Polish or Cyrillic names; the kit writes UTF-8 wherever its output goes.
"""

from __future__ import annotations

import codecs
import io
import os
import sys
from typing import IO, Any


def is_console(stream: IO[Any] | None) -> bool:
    """Is `stream` a terminal a person can type into (not a pipe, file or NUL)?"""
    if stream is None:
        return False
    try:
        fd = stream.fileno()
    except (AttributeError, OSError, ValueError):
        return False
    if sys.platform == "win32":
        return _windows_console(fd)
    return os.isatty(fd)


def _windows_console(fd: int) -> bool:
    if sys.platform != "win32":
        return False
    import ctypes
    import msvcrt
    from ctypes import wintypes

    try:
        handle = msvcrt.get_osfhandle(fd)
    except OSError:
        return False
    mode = wintypes.DWORD()
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    return bool(kernel32.GetConsoleMode(wintypes.HANDLE(handle), ctypes.byref(mode)))


def ask_yes_no(question: str) -> bool:
    """A confirmation read with `input()` (the answer is no secret: it is shown as typed)."""
    try:
        answer = input(f"{question} [y/N]: ")
    except EOFError:
        return False
    return answer.strip().lower() in ("y", "yes")


def use_utf8_output() -> None:
    """Text the kit prints is UTF-8 whatever stdout and stderr are (console, pipe, file).

    A Windows console already takes Unicode (Python writes it as UTF-16); a pipe or a file
    gets the ANSI code page unless told otherwise. Streams replaced by a caller (tests,
    redirect_stdout) are left alone."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper) and codecs.lookup(stream.encoding).name != "utf-8":
            stream.reconfigure(encoding="utf-8", errors="backslashreplace")
    # What a script pipes in (`templates edit NAME -`, a passphrase) is read as UTF-8 too, a
    # BOM (PowerShell, Notepad) dropped; Windows would decode a pipe with the ANSI code page.
    stdin = sys.stdin
    if isinstance(stdin, io.TextIOWrapper) and not is_console(stdin):
        stdin.reconfigure(encoding="utf-8-sig", newline=None)  # CRLF read as LF
