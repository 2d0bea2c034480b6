"""What is wrong with a template source, and which fields it needs (before any rendering).

Two kinds of blank are caught: Jinja2 variables (`{{ impact }}`) and the legacy marker `&^`
of the old procedure's templates ("fill every field after &^; a notice with &^ left in it
must not be sent"). A legacy blank is named by the text before it on its line, so the form
can ask for "&^Start time" like any other field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from jinja2 import TemplateSyntaxError, meta, nodes

from app.i18n import Msg
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


def legacy_blanks(text: str) -> list[LegacyBlank]:
    """Every `&^` in `text`, each named by the words before it on its line."""
    found: list[LegacyBlank] = []
    seen: dict[str, int] = {}
    line_start = 0
    for number, line in enumerate(text.splitlines(keepends=True), start=1):
        previous_end = 0
        for match in re.finditer(re.escape(LEGACY_MARK), line):
            before = line[previous_end : match.start()]
            label = before.strip().rstrip(":-–=").strip() or f"line {number}"
            seen[label] = seen.get(label, 0) + 1
            if seen[label] > 1:
                label = f"{label} #{seen[label]}"
            found.append(LegacyBlank(number, line_start + match.start(), label))
            previous_end = match.end()
        line_start += len(line)
    return found


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
        return [
            Msg.tr("line {line}: does not compile: {message}.").format(
                line=err.lineno, message=err.message
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


def template_fields(source: str) -> set[str]:
    """The fields a template needs: its undeclared Jinja2 variables except the ones the kit
    provides (`incident`), plus one `&^<label>` entry per legacy blank."""
    fields = {blank.field for blank in legacy_blanks(source)}
    try:
        tree = ENV.parse(source)
    except TemplateSyntaxError:
        return fields
    return fields | (meta.find_undeclared_variables(tree) - KIT_VARIABLES)


#: notices that close an incident: they promise no next update
CLOSING_STAGES = ("completed", "cancelled", "resolved")


def template_notes(source: str, *, kind: str, stage: str) -> list[str]:
    """What works but surprises partners or the officer (warnings, not refusals):
    a closing notice naming `next_update` (it promises nothing: the kit fills in the typed
    time, else the window's end, else the notice's time), and a planned-work update without
    `progress` (the plan's reminders and "work started" notices, a move's reason and an
    extension's note travel in it: partners would not read them)."""
    fields = template_fields(source)
    notes: list[str] = []
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
