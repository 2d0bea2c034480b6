"""Started by tests/windows/test_windows.py in a console of its own (CREATE_NEW_CONSOLE):
types ANSWER + Enter into that console's input, as a person would, then runs the kit's
command line in this process and writes what happened to REPORT.

    python console_child.py REPORT ANSWER KIT-ARGS...
"""

from __future__ import annotations

import contextlib
import ctypes
import io
import sys
from ctypes import wintypes
from pathlib import Path

KEY_EVENT = 0x0001
STD_INPUT_HANDLE = -10
VK_RETURN = 0x0D


class KEY_EVENT_RECORD(ctypes.Structure):
    _fields_ = [
        ("bKeyDown", wintypes.BOOL),
        ("wRepeatCount", wintypes.WORD),
        ("wVirtualKeyCode", wintypes.WORD),
        ("wVirtualScanCode", wintypes.WORD),
        ("UnicodeChar", wintypes.WCHAR),
        ("dwControlKeyState", wintypes.DWORD),
    ]


class _EVENT(ctypes.Union):
    _fields_ = [("KeyEvent", KEY_EVENT_RECORD), ("_pad", ctypes.c_byte * 16)]


class INPUT_RECORD(ctypes.Structure):
    _fields_ = [("EventType", wintypes.WORD), ("Event", _EVENT)]


def type_into_console(text: str) -> None:
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    kernel32.GetStdHandle.restype = wintypes.HANDLE
    handle = kernel32.GetStdHandle(STD_INPUT_HANDLE)
    records = []
    for char in text:
        vk = VK_RETURN if char == "\r" else ord(char.upper())
        for down in (True, False):
            record = INPUT_RECORD(EventType=KEY_EVENT)
            record.Event.KeyEvent = KEY_EVENT_RECORD(down, 1, vk, 0, char, 0)
            records.append(record)
    array = (INPUT_RECORD * len(records))(*records)
    written = wintypes.DWORD()
    kernel32.WriteConsoleInputW.argtypes = [
        wintypes.HANDLE,
        ctypes.POINTER(INPUT_RECORD),
        wintypes.DWORD,
        ctypes.POINTER(wintypes.DWORD),
    ]
    if not kernel32.WriteConsoleInputW(handle, array, len(records), ctypes.byref(written)):
        raise ctypes.WinError(ctypes.get_last_error())


def main() -> int:
    report, answer, *kit_args = sys.argv[1:]
    from app.cli import main as kit_main
    from app.console import is_console

    lines = [f"console={is_console(sys.stdin)}"]
    type_into_console(answer + "\r")
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = kit_main(kit_args)
    lines += [f"code={code}", out.getvalue(), err.getvalue()]
    Path(report).write_text("\n".join(lines), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
