"""Owner-only files, checked the way the platform keeps them: mode bits on POSIX, the
access-control list on Windows (app/winacl.py)."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path


def under_wine() -> bool:
    if sys.platform != "win32":
        return False
    import ctypes

    return hasattr(ctypes.WinDLL("ntdll"), "wine_get_version")


def assert_owner_only(path: Path, mode: int = 0o600) -> None:
    """Only the user running the kit may read `path`: mode `mode` (POSIX), or an access list
    naming that user alone (Windows; Wine 8 keeps no lists of its own, maps them to mode
    bits and always lists SYSTEM as well)."""
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == mode, f"{path}: {oct(path.stat().st_mode)}"
        return
    from app.winacl import access_list, current_user_sid

    sddl = access_list(path)
    trustees = {ace.rstrip(")").rsplit(";", 1)[-1] for ace in sddl.split("(")[1:]}
    me = current_user_sid()
    assert me in trustees, f"{path}: {sddl}"
    # nobody else: no Everyone (WD), Users (BU), Authenticated Users (AU) …
    assert trustees <= {me, "SY"} if under_wine() else trustees == {me}, f"{path}: {sddl}"
