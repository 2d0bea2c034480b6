"""The `error` kinds and exit codes are a contract with scripts: every kind the code can
answer with is in the README's table, and the exit codes there are the ones the code uses."""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import app
from app.commands import failure
from app.errors import UserError

README = Path(__file__).resolve().parents[2] / "README.md"


def _all_user_errors() -> set[type[UserError]]:
    for module in pkgutil.walk_packages(app.__path__, "app."):
        if not module.name.startswith("app.ui") and not module.name.endswith("__main__"):
            importlib.import_module(module.name)
    found: set[type[UserError]] = set()
    todo = [UserError]
    while todo:
        cls = todo.pop()
        found.add(cls)
        todo += cls.__subclasses__()
    return found


def _readme_kinds() -> set[str]:
    text = README.read_text(encoding="utf-8")
    table = text[text.index("| `error` |") : text.index("| exit code |")]
    first_cells = [line.split("|")[1] for line in table.splitlines() if line.startswith("| `")]
    return {kind for cell in first_cells for kind in re.findall(r"`([a-z_]+)`", cell)} - {"error"}


def test_every_error_kind_is_documented() -> None:
    code_kinds = {cls.kind for cls in _all_user_errors()}
    source = Path(failure.__file__).read_text(encoding="utf-8")
    code_kinds |= set(re.findall(r'Failure\(\s*"([a-z_]+)"', source))
    code_kinds |= {failure.bug("x", "y").kind, failure.interrupted().kind}
    assert code_kinds - _readme_kinds() == set()


def test_exit_codes_in_the_readme_are_the_codes_used() -> None:
    text = README.read_text(encoding="utf-8")
    table = text[text.index("| exit code |") :].split("\n\n")[0]
    documented = {int(code) for code in re.findall(r"^\| (\d+) \|", table, re.M)}
    used = {
        failure.EXIT_OK,
        failure.EXIT_NO,
        failure.EXIT_ERROR,
        failure.EXIT_BUG,
        failure.EXIT_INTERRUPTED,
    }
    assert documented == used
