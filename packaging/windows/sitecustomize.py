"""Wine 8 only (the Windows lane's Python, never shipped): Python 3.13's `platform` asks WMI
through `_wmi`, and Wine 8's WMI fails there (no `propsys.VariantToString`), which crashes
`platform.system()` and everything using it (pip, pytest's header). Without `_wmi`,
`platform` falls back to the registry and `sys.getwindowsversion()`."""

import sys

sys.modules["_wmi"] = None  # type: ignore[assignment]

# Wine 8's kernel32 has no CopyFile2, which Python 3.13's `shutil.copy2` calls when `_winapi`
# offers it (the process aborts); without it shutil copies the bytes and the times itself.
import _winapi  # noqa: E402

if hasattr(_winapi, "CopyFile2"):
    del _winapi.CopyFile2
