"""The window's modules are classified for PySide6's `__feature__` switch as PySide6's own
source scan would classify them, without reading their source (app/ui/qt_import.py)."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import sys

import app.ui
import app.ui.app  # imports app.ui.qt_import, which replaces the scan


def test_the_window_modules_are_classified_as_the_source_scan_would() -> None:
    feature = importlib.import_module("PySide6.support.feature")
    from app.ui.qt_import import _uses_pyside

    assert feature._mod_uses_pyside is _uses_pyside
    checked = 0
    for info in pkgutil.walk_packages(app.ui.__path__, "app.ui."):
        module = importlib.import_module(info.name)
        if not inspect.getsource(module).strip():
            continue  # an empty package file
        says_pyside = "PySide6" in inspect.getsource(module)
        assert _uses_pyside(module) == says_pyside, info.name
        checked += 1
    assert checked > 50
    # and a module without Qt is left out of the switch, as the scan leaves it
    assert not _uses_pyside(sys.modules["app.store.store"])


def test_the_kits_core_is_left_out_by_name_and_holds_no_qt() -> None:
    """Outside app.ui the answer comes from the module's name (no walk over its namespace):
    right because the core and the services never import Qt, checked here on every one of
    them the window and the command line load."""
    import app.cli  # noqa: F401  (the command line's modules too)
    from app.ui.qt_import import _uses_pyside

    core = [
        module
        for name, module in list(sys.modules.items())
        if name.startswith("app.") and not name.startswith("app.ui.")
    ]
    assert len(core) > 40
    for module in core:
        assert not _uses_pyside(module), module.__name__
        owners = {getattr(v, "__module__", "") for v in vars(module).values()}
        owners |= {v.__name__ for v in vars(module).values() if isinstance(v, type(sys))}
        assert not any(str(o).startswith(("PySide6", "shiboken6")) for o in owners), module
