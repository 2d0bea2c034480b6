"""What is wrong with a template source, and which fields it needs (before any rendering).

Two kinds of blank are caught: Jinja2 variables (`{{ impact }}`) and the legacy marker `&^`
of the old procedure's templates ("fill every field after &^; a notice with &^ left in it
must not be sent"). A legacy blank is named by the text before it on its line, so the form
can ask for "&^Start time" like any other field.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from jinja2 import TemplateSyntaxError, meta, nodes

from app.i18n import Msg
from app.incidents.model import is_time_field, looks_like_time
from app.notices.sandbox import ENV, KIT_VARIABLES

LEGACY_MARK = "&^"
LEGACY_PREFIX = "&^"
CHANNELS = ("email", "sms")
# Include/import/extends reach for other templates: a notice template must stand alone.
_FORBIDDEN = (nodes.Extends, nodes.Include, nodes.Import, nodes.FromImport)


@dataclass(frozen=True)
class LegacyBlank:
    line: int  # 1-based line in the template source
    offset: int  # character offset of the `&^` in the source
    label: str

    @property
    def field(self) -> str:
        return LEGACY_PREFIX + self.label


# Jinja2's own marks on a line: a blank is named by the words around them, not by them
_JINJA_PART = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}")


def legacy_blanks(text: str) -> list[LegacyBlank]:
    """Every `&^` in `text`, each named by the words before it on its line (a line mixing
    `&^` and `{{ field }}`: the words only, never the Jinja2 part, which is a field of its
    own)."""
    found: list[LegacyBlank] = []
    seen: dict[str, int] = {}
    line_start = 0
    for number, line in enumerate(text.splitlines(keepends=True), start=1):
        previous_end = 0
        for match in re.finditer(re.escape(LEGACY_MARK), line):
            label = _words_before(line[previous_end : match.start()]) or f"line {number}"
            seen[label] = seen.get(label, 0) + 1
            if seen[label] > 1:
                label = f"{label} #{seen[label]}"
            found.append(LegacyBlank(number, line_start + match.start(), label))
            previous_end = match.end()
        line_start += len(line)
    return found


def _words_before(before: str) -> str:
    """What names a blank: the text before it, less Jinja2's marks and a trailing ':'."""
    words = _JINJA_PART.sub(" ", before)
    if words != before:
        words = " ".join(words.split())
    return words.strip().rstrip(":-–=").strip()


def lint_template(source: str, *, channel: str = "email") -> list[str]:
    """Problems of a template source; empty when it can be used.

    Checks: it compiles in the sandbox, uses no include/import/extends and no '_' names, an
    e-mail template starts with `Subject: …` and a blank line, an SMS template has no subject.
    """
    problems: list[str] = []
    if channel not in CHANNELS:
        return [
            Msg.tr("Channel {channel} is not one of {channels}.").format(
                channel=repr(channel), channels=", ".join(CHANNELS)
            )
        ]
    try:
        tree = ENV.parse(source)
    except TemplateSyntaxError as err:
        unclosed = unclosed_mark(source)
        if unclosed is not None:
            line, mark = unclosed
            return [
                Msg.tr("line {line}: '{mark}' is not closed: '{closing}' is missing.").format(
                    line=line, mark=mark, closing=_CLOSING[mark]
                )
            ]
        return [
            Msg.tr("line {line}: does not compile: {message}.").format(
                line=err.lineno, message=(err.message or "").rstrip(".")
            )
        ]
    for node in tree.find_all(_FORBIDDEN):
        tag = type(node).__name__.lower().replace("fromimport", "from … import")
        problems.append(
            Msg.tr("line {line}: '{tag}' is not allowed: a notice template stands alone.").format(
                line=node.lineno, tag=tag
            )
        )
    names = [(n.name, n.lineno) for n in tree.find_all(nodes.Name)]
    names += [(n.attr, n.lineno) for n in tree.find_all(nodes.Getattr)]
    for name, line in sorted(set(names), key=lambda pair: pair[1]):
        if name.startswith("_"):
            problems.append(
                Msg.tr("line {line}: names starting with '_' are not allowed.").format(line=line)
            )
    lines = source.splitlines()
    if channel == "email":
        problems += _email_shape(lines)
    elif lines and lines[0].startswith("Subject:"):
        problems.append(
            Msg.tr("line 1: an SMS template has no 'Subject:' line; write only the text.")
        )
    if not source.strip():
        problems.append(Msg.tr("The template is empty."))
    return problems


_CLOSING = {"{{": "}}", "{%": "%}", "{#": "#}"}
_MARKS = re.compile(r"\{\{|\{%|\{#|\}\}|%\}|#\}")


def unclosed_mark(source: str) -> tuple[int, str] | None:
    """The line and mark of a `{{`, `{%` or `{#` that is not closed before the next one
    opens (or the end): Jinja2 only notices it where the text after it stops making sense
    ("expected token 'end of print statement'" two lines further down)."""
    opened: tuple[int, str] | None = None
    for mark in _MARKS.finditer(source):
        text = mark[0]
        if opened is None:
            if text in _CLOSING:
                opened = (mark.start(), text)
            continue
        if text == _CLOSING[opened[1]]:
            opened = None
        elif text in _CLOSING and opened[1] != "{#":  # a comment may hold any mark
            break
    if opened is None:
        return None
    return source.count("\n", 0, opened[0]) + 1, opened[1]


def _email_shape(lines: list[str]) -> list[str]:
    if not lines or not lines[0].startswith("Subject:"):
        return [Msg.tr("line 1: an e-mail template starts with 'Subject: …'.")]
    problems: list[str] = []
    if not lines[0][len("Subject:") :].strip():
        problems.append(Msg.tr("line 1: the subject is empty."))
    if len(lines) < 2 or lines[1].strip():
        problems.append(Msg.tr("line 2: must be blank (it separates the subject from the body)."))
    if not any(line.strip() for line in lines[2:]):
        problems.append(Msg.tr("The body (from line 3) is empty."))
    return problems


def listed_fields(fields: Iterable[str]) -> str:
    """Fields for a message, comma-joined: a legacy label ("&^Szanowni Państwo, problem")
    may hold commas itself, so each is quoted."""
    return ", ".join(f'"{f}"' if f.startswith(LEGACY_PREFIX) else f for f in fields)


def template_fields(source: str) -> set[str]:
    """The fields a template needs: its undeclared Jinja2 variables except the ones the kit
    provides (`incident`), plus one `&^<label>` entry per legacy blank."""
    fields = {blank.field for blank in legacy_blanks(source)}
    try:
        tree = ENV.parse(source)
    except TemplateSyntaxError:
        return fields
    return fields | (meta.find_undeclared_variables(tree) - KIT_VARIABLES)


# how a template shows a field as a time, in each partner's zone (app/notices/localtime.py)
TIME_FILTERS = ("local", "utc", "with_utc")
TIME_ATTRIBUTES = ("local", "utc", "both")
# the words before a field on its line that say it is a moment ("Outage began: {{ x }}")
_TIME_LABEL = re.compile(
    r"\b(began|begins?|start(ed|s)?|since|end(ed|s)?|until|resolved|restored|finished|"
    r"completed|time|when)\b|począt|koniec|końc|zakończ|rozpocz|godz",
    re.IGNORECASE,
)


def marked_times(source: str) -> set[str]:
    """The fields a template shows as times: `{{ x|local }}`, `{{ x|utc }}`,
    `{{ x|with_utc }}`, `{{ x.utc }}`, `{{ x.both }}`. The kit reads such a field as a moment
    and gives every partner its own local time; any other field is shown as typed."""
    try:
        tree = ENV.parse(source)
    except TemplateSyntaxError:
        return set()
    found = {
        f.node.name
        for f in tree.find_all(nodes.Filter)
        if f.name in TIME_FILTERS and isinstance(f.node, nodes.Name)
    }
    found |= {
        g.node.name
        for g in tree.find_all(nodes.Getattr)
        if g.attr in TIME_ATTRIBUTES and isinstance(g.node, nodes.Name)
    }
    return found - KIT_VARIABLES


def unmarked_times(source: str, marked: Collection[str] = ()) -> list[str]:
    """A field that reads like a moment — its name ("outage_began") or the words before it
    ("Outage began:") — yet is shown as typed: every partner would read the officer's
    "10:20" as their own clock. `marked`: the fields the other templates of the notice
    show as times (one marking is enough: the kit then reads the field as a time)."""
    shown = set(marked) | marked_times(source)
    notes: list[str] = []
    for name in sorted(template_fields(source) - shown):
        if name.startswith(LEGACY_PREFIX) or is_time_field(name):
            continue
        place = re.search(r"([^\n{}]*)\{\{-?\s*" + re.escape(name) + r"\b", source)
        # the words before the field: not the bracket or comma that closed the field
        # before it on the line ("({{ area }}) {{ began }}" has none)
        label = place[1].strip().lstrip(")]>,;:.!?-–—|/ ").strip() if place else ""
        if not looks_like_time(name) and not _TIME_LABEL.search(label):
            continue
        line = source.count("\n", 0, place.start(1)) + 1 if place else 1
        notes.append(
            Msg.tr(
                "line {line}: {{{{ {name} }}}} reads like a time ({said}) but is shown as "
                "typed: partners in other time zones would read the officer's clock as "
                "their own. Write {{{{ {name}|local }}}}: the kit then reads it as a time "
                "and shows each partner their local time with its zone "
                "({{{{ {name}|with_utc }}}} adds UTC)."
            ).format(line=line, name=name, said=repr(label) if label else name)
        )
    return notes


#: notices that close an incident: they promise no next update
CLOSING_STAGES = ("completed", "cancelled", "resolved")


def template_notes(
    source: str, *, kind: str, stage: str, marked: Collection[str] = ()
) -> list[str]:
    """What works but surprises partners or the officer (warnings, not refusals):
    a closing notice naming `next_update` (it promises nothing: the kit fills in the typed
    time, else the window's end, else the notice's time), and a planned-work update without
    `progress` (the plan's reminders and "work started" notices, a move's reason and an
    extension's note travel in it: partners would not read them), and a field that reads
    like a time shown as typed (`unmarked_times`; `bundle build` refuses it)."""
    fields = template_fields(source)
    notes: list[str] = unmarked_times(source, marked)
    if stage in CLOSING_STAGES and "next_update" in fields:
        notes.append(
            Msg.tr(
                "a closing notice ({stage}) promises no next update, yet it names "
                "{{{{ next_update }}}}: the kit fills in the time typed for it, else the "
                "window's end (planned work), else the notice's time. Remove it."
            ).format(stage=stage)
        )
    if kind == "downtime" and stage == "update" and "progress" not in fields:
        notes.append(
            Msg.tr(
                "a planned-work update without {{ progress }}: the plan's reminders, the "
                "'work started' notice, a move's reason and an extension's note are written "
                "into it, so partners would not read them. Add {{ progress }}."
            )
        )
    return notes
