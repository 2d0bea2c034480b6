"""The fields the kit itself gives every template, under `incident` (`{{ incident.title }}`),
and what a template is told when it names one the kit does not have.

`INCIDENT_FIELDS` is the one definition: the incident's values a notice is rendered with
(`app.incidents.compose.incident_variables`) are built from it, and so is the sample every
template is trial-rendered with before it is stored (`app.notices.sample`), so a template
that names `{{ incident.tytul }}` is refused where it comes in, not when the officer sends.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from types import TracebackType

from jinja2 import TemplateSyntaxError, nodes

from app.i18n import Msg
from app.notices.sandbox import ENV

# name → "text", "time" (a NoticeTime: .local, .utc, .both) or "window" (a time only planned
# work has: a disaster has no window, its notices get these empty)
INCIDENT_FIELDS: dict[str, str] = {
    "reference": "text",
    "title": "text",
    "kind": "text",
    "services": "text",
    "detected": "time",
    "window_start": "window",
    "window_end": "window",
}
# the kinds of incident that have a window (app/incidents/drafting.py refuses one elsewhere)
WINDOW_KINDS = ("downtime",)
INCIDENT = "incident"
# what a time offers a template besides its text (app/notices/localtime.py NoticeTime)
TIME_PARTS = ("local", "utc", "both")

# Jinja2's own words for a name it could not find (StrictUndefined)
_NO_ATTRIBUTE = re.compile(r"^'(?P<owner>[^']+) object' has no (attribute|element) '(?P<name>.*)'$")
_UNDEFINED = re.compile(r"^'(?P<name>[^']+)' is undefined$")
_PART = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.DOTALL)


def incident_field_list() -> str:
    return ", ".join(INCIDENT_FIELDS)


def close_match(name: str, choices: Iterable[str]) -> str | None:
    """The choice a letter or two off `name` (one for a short name), if there is one."""
    most = 1 if len(name) <= 4 else 2
    scored = sorted((_distance(name.casefold(), c.casefold()), c) for c in choices)
    return scored[0][1] if scored and scored[0][0] <= most else None


def _distance(a: str, b: str) -> int:
    """Edits (insert, delete, replace, swap two neighbours) from `a` to `b`."""
    rows = [list(range(len(b) + 1))]
    for i, ca in enumerate(a, start=1):
        row = [i] + [0] * len(b)
        for j, cb in enumerate(b, start=1):
            row[j] = min(rows[-1][j] + 1, row[j - 1] + 1, rows[-1][j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                row[j] = min(row[j], rows[-2][j - 2] + 1)
        rows.append(row)
    return rows[-1][-1]


def no_incident_field(expression: str, line: int, name: str) -> str:
    text = Msg.tr(
        "{expression} on line {line}: the kit has no field '{name}'; the fields are: {fields}."
    )
    text = text.format(expression=expression, line=line, name=name, fields=incident_field_list())
    suggestion = close_match(name, INCIDENT_FIELDS)
    if suggestion:
        text += " " + Msg.tr("Did you mean '{field}'?").format(field=suggestion)
    return text


def unknown_incident_fields(source: str) -> list[str]:
    """Each `incident.<name>` / `incident['<name>']` of `source` the kit does not give."""
    try:
        tree = ENV.parse(source)
    except TemplateSyntaxError:
        return []  # lint names the syntax error
    found: list[tuple[int, str]] = []
    for node in tree.find_all((nodes.Getattr, nodes.Getitem)):
        name = _incident_name(node)
        if name is None:
            continue
        if name not in INCIDENT_FIELDS:
            found.append((node.lineno, name))
    return [
        no_incident_field(expression_at(source, line, name), line, name)
        for line, name in sorted(set(found))
    ]


def _incident_name(node: nodes.Node) -> str | None:
    """`x` of `incident.x` or `incident['x']`; None for anything else."""
    if isinstance(node, nodes.Getattr | nodes.Getitem):
        owner = node.node
        if not (isinstance(owner, nodes.Name) and owner.name == INCIDENT):
            return None
    if isinstance(node, nodes.Getattr):
        return str(node.attr)
    if isinstance(node, nodes.Getitem) and isinstance(node.arg, nodes.Const):
        return node.arg.value if isinstance(node.arg.value, str) else None
    return None


def expression_at(source: str, line: int, name: str) -> str:
    """The `{{ … }}` (or `{% … %}`) on `line` of `source` that names `name`; else `name`."""
    lines = source.splitlines()
    text = lines[line - 1] if 0 < line <= len(lines) else ""
    word = re.compile(r"(?<![\w])" + re.escape(name) + r"(?![\w])")
    for part in _PART.finditer(text):
        if word.search(part[0]):
            return " ".join(part[0].split())
    return f"'{name}'"


def template_line(traceback: TracebackType | None) -> int | None:
    """The template's line a rendering error was raised at (Jinja2 rewrites its frames)."""
    line = None
    while traceback is not None:
        if traceback.tb_frame.f_code.co_filename == "<template>":
            line = traceback.tb_lineno
        traceback = traceback.tb_next
    return line


def undefined_in_kit_words(message: str, source: str, line: int | None) -> str:
    """Jinja2's "'dict object' has no attribute 'tytul'" as the kit says it."""
    where = line or 1
    found = _NO_ATTRIBUTE.match(message or "")
    if found and found["owner"] == "dict":
        name = found["name"]
        return no_incident_field(expression_at(source, where, name), where, name)
    if found:
        name = found["name"]
        return Msg.tr(
            "{expression} on line {line}: the value there has no '{name}': a field is the "
            "text the officer fills in, a time also offers {parts}, and a disaster has no "
            "window (its incident.window_start and incident.window_end are empty)."
        ).format(
            expression=expression_at(source, where, name),
            line=where,
            name=name,
            parts=", ".join(f".{p}" for p in TIME_PARTS),
        )
    undefined = _UNDEFINED.match(message or "")
    name = undefined["name"] if undefined else ""
    return Msg.tr("{expression} on line {line}: the kit has nothing called '{name}'.").format(
        expression=expression_at(source, where, name) if name else "?", line=where, name=name
    )
