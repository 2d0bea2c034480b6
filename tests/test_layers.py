"""The layering of DESIGN.md §2: the core never imports Qt; lower layers never import
upper ones."""

from __future__ import annotations

import ast
from pathlib import Path

APP = Path(__file__).resolve().parents[1] / "app"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def _modules(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.py"))


def test_nothing_outside_app_ui_imports_qt() -> None:
    offenders = [
        str(path.relative_to(APP))
        for path in _modules(APP)
        if "ui" not in path.relative_to(APP).parts[:1]
        and any(name.split(".")[0] in ("PySide6", "shiboken6") for name in _imports(path))
    ]
    assert offenders == []


def test_store_imports_no_service_or_front_end() -> None:
    upper = (
        "app.ui",
        "app.cli",
        "app.commands",
        "app.kit",
        "app.audit",
        "app.contacts",
        "app.delivery",
        "app.incidents",
        "app.notices",
        "app.backlog",
        "app.bundles",
        "app.reports",
    )
    offenders = [
        f"{path.relative_to(APP)} imports {name}"
        for path in _modules(APP / "store")
        for name in _imports(path)
        if name.startswith(upper)
    ]
    assert offenders == []


def test_services_never_import_front_ends() -> None:
    offenders = [
        f"{path.relative_to(APP)} imports {name}"
        for path in _modules(APP)
        if path.relative_to(APP).parts[0]
        not in ("ui", "commands", "cli.py", "launcher.py", "__main__.py")
        for name in _imports(path)
        if name.startswith(("app.ui", "app.cli", "app.commands"))
    ]
    assert offenders == []
