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
