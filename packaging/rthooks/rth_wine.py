"""PyInstaller runtime hook (Windows builds): under Wine only, avoid what Wine 8 lacks.

Python 3.13's `platform` asks WMI for the Windows version (keyring's backends call
`platform.system()`), and Wine 8's WMI aborts the process (`propsys.VariantToString` is
not implemented); `shutil.copy2` calls `CopyFile2`, which Wine 8's kernel32 lacks. Under
Wine the kit takes Python's fallbacks instead (the registry, a plain copy). On Windows
itself this hook changes nothing. It lets the Windows package's `--selftest` run on the
Linux build machine (README.md, "Windows, built and tested on Linux").
"""

from __future__ import annotations

import sys


def _under_wine() -> bool:
    try:
        import ctypes

        return hasattr(ctypes.WinDLL("ntdll"), "wine_get_version")
    except (ImportError, OSError, AttributeError):
        return False


if sys.platform == "win32" and _under_wine():
    sys.modules["_wmi"] = None  # type: ignore[assignment]
    import _winapi

    if hasattr(_winapi, "CopyFile2"):
        del _winapi.CopyFile2
