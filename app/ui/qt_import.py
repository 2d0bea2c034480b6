"""Importing PySide6 for the window, without its per-import source scan.

Once PySide6 is imported it hooks every `import` statement that follows: for each module it
has not seen, it reads the module's whole source file (`inspect.getsource`) to look for the
word "PySide6", so that `from __feature__ import snake_case` could later switch that
module's view of Qt. The kit never uses `__feature__`, and the scan costs ~0.12 ms of the
main thread per module, about 150 modules at start (measured: ~18 ms, a tenth of the
window's start). Here the answer is taken from the module's namespace instead, which holds
PySide6 objects exactly when the module uses PySide6 at run time; for the kit's own modules
outside app.ui, which never import Qt, from their name alone."""

from __future__ import annotations

import importlib
from types import ModuleType

import PySide6.QtCore  # noqa: F401  (installs the import hook this module adjusts)


def _uses_pyside(module: ModuleType) -> bool:
    name = module.__name__
    if name.startswith("app.") and not name.startswith("app.ui."):
        return False  # the kit's core and services never import Qt (tests/test_layers.py)
    for value in list(vars(module).values()):
        owner = (
            value.__name__ if isinstance(value, ModuleType) else getattr(value, "__module__", "")
        )
        if isinstance(owner, str) and owner.startswith(("PySide6", "shiboken6")):
            return True
    return False


def _skip_source_scan() -> None:
    try:
        feature = importlib.import_module("PySide6.support.feature")
    except ImportError:  # a PySide6 without __feature__ (e.g. on PyPy): nothing to skip
        return
    if callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = _uses_pyside  # type: ignore[attr-defined]


_skip_source_scan()
