"""Shipped files (templates/, resources/), found the same way from a checkout, an installed
package or a PyInstaller build (STYLE.md habit 13)."""

from __future__ import annotations

import sys
from pathlib import Path


def root() -> Path:
    """The folder that holds `templates/` and `resources/`."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def templates_dir() -> Path:
    return root() / "templates"


def resources_dir() -> Path:
    return root() / "resources"


def resource(*parts: str) -> Path:
    path = resources_dir().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"shipped resource missing: {path}")
    return path
