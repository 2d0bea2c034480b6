"""The keys the kit's code writes into audit entries' details, found by reading the code
(every `….append("action", key=…)` on an audit log, and the dictionaries spread into one
with `**`), so that a test can hold each to a label a person reads."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

APP = Path(__file__).resolve().parents[2] / "app"
#: spreads whose dictionary is built in another module: (module, function returning it)
ELSEWHERE = {"job.audit": ("backlog/importer.py", "_audit_details")}


def written_keys() -> tuple[dict[str, str], list[str]]:
    """{key: where it is written first}, and the spreads whose keys could not be read."""
    keys: dict[str, str] = {}
    unread: list[str] = []
    for path in sorted(APP.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        where = path.relative_to(APP.parent).as_posix()
        for function, call in _audit_calls(tree):
            for kw in call.keywords:
                if kw.arg is not None:
                    keys.setdefault(kw.arg, f"{where}:{call.lineno}")
                    continue
                found = _spread(tree, function, kw.value)
                if found is None:
                    unread.append(f"{where}:{call.lineno} **{ast.unparse(kw.value)}")
                for key in found or ():
                    keys.setdefault(key, f"{where}:{call.lineno}")
    return keys, unread


def _audit_calls(tree: ast.Module) -> Iterator[tuple[ast.AST, ast.Call]]:
    scopes: list[ast.AST] = [tree]
    scopes += [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)]
    for scope in scopes:
        for node in ast.walk(scope):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "append"
                and "audit" in ast.unparse(node.func.value).lower()
                and _innermost(scopes, node) is scope
            ):
                yield scope, node


def _innermost(scopes: list[ast.AST], node: ast.AST) -> ast.AST:
    holding = [s for s in scopes if any(n is node for n in ast.walk(s))]
    return min(holding, key=lambda s: sum(1 for _ in ast.walk(s)))


def _spread(tree: ast.Module, function: ast.AST, value: ast.expr) -> set[str] | None:
    text = ast.unparse(value)
    if text in ELSEWHERE:
        module, name = ELSEWHERE[text]
        other = ast.parse((APP / module).read_text(encoding="utf-8"))
        return _returned(other, name) | _subscripted(tree, text)
    if isinstance(value, ast.Call) and isinstance(value.func, ast.Name):
        found = _returned(tree, value.func.id)
        return found or None
    if isinstance(value, ast.Name):
        found = _assigned(function, value.id) | _subscripted(function, value.id)
        return found or None
    return None


def _dict_keys(node: ast.AST) -> set[str]:
    keys: set[str] = set()
    for inner in ast.walk(node):
        if isinstance(inner, ast.Dict):
            keys |= {k.value for k in inner.keys if isinstance(k, ast.Constant)}
        elif isinstance(inner, ast.Call) and ast.unparse(inner.func) == "dict":
            keys |= {kw.arg for kw in inner.keywords if kw.arg}
    return keys


def _returned(tree: ast.Module, name: str) -> set[str]:
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and node.name == name:
            returns = [n for n in ast.walk(node) if isinstance(n, ast.Return) and n.value]
            return set().union(*(_dict_keys(r) for r in returns))
    return set()


def _assigned(scope: ast.AST, name: str) -> set[str]:
    keys: set[str] = set()
    for node in ast.walk(scope):
        targets = (
            node.targets
            if isinstance(node, ast.Assign)
            else [node.target]
            if isinstance(node, ast.AnnAssign) and node.value is not None
            else []
        )
        if any(isinstance(t, ast.Name) and t.id == name for t in targets):
            keys |= _dict_keys(node.value)  # type: ignore[union-attr,arg-type]
    return keys


def _subscripted(scope: ast.AST, name: str) -> set[str]:
    """`name["key"] = …` (name: a variable or an attribute such as job.audit)."""
    keys: set[str] = set()
    for node in ast.walk(scope):
        if isinstance(node, ast.Assign):
            for t in node.targets:
                if (
                    isinstance(t, ast.Subscript)
                    and ast.unparse(t.value) == name
                    and isinstance(t.slice, ast.Constant)
                ):
                    keys.add(t.slice.value)
    return keys
