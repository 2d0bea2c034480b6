"""The one check a template passes before it is stored or shipped: `templates lint`,
`templates edit`, the window's editor and its Save, `bundle build` and `bundle import` all
ask `check_template`, so none of them calls good a template another refuses.

In order: lint (it compiles in the sandbox, its shape); every `incident.<name>` is a field the
kit gives; a trial render for the kind and stage it serves with a complete sample of the
kit's fields (app/notices/sample.py) in strict mode, within the rendering bounds — a
template that cannot render is refused where it comes in, with its line, not when the
officer sends at 3 a.m.; and, given the other templates of its stage, that every language
asks the same fields (the officer fills in one form). A bundle's whole set is held to that
last one by `templateset.set_problems`."""

from __future__ import annotations

from collections.abc import Mapping

from app.i18n import Msg
from app.notices.kit_fields import unknown_incident_fields
from app.notices.lint import lint_template
from app.notices.render import RenderError, RenderTooBig, render_template
from app.notices.sample import sample_values
from app.notices.templateset import Key, disagreements


def check_template(source: str, key: Key, stage_set: Mapping[Key, str] | None = None) -> list[str]:
    """What is wrong with `source` as the template `key` (kind, stage, language, channel);
    `stage_set`: the templates its stage uses now, by key (none for a bundle's file: the
    bundle's set is compared whole)."""
    kind, _stage, _language, channel = key
    problems = lint_template(source, channel=channel)
    if problems:
        return problems
    problems = unknown_incident_fields(source) or render_problems(source, kind, channel)
    if stage_set is not None:
        problems += stage_problems(stage_set, key, source)
    return problems


def render_problems(source: str, kind: str, channel: str) -> list[str]:
    """Why `source` cannot render a `kind` notice with the kit's sample (none when it can)."""
    try:
        render_template(source, sample_values(source, kind), channel=channel)
    except RenderTooBig as err:
        return [Msg.tr("refused: {reason}.").format(reason=err)]
    except RenderError as err:
        return [Msg.tr("cannot be rendered: {reason}").format(reason=err)]
    except Exception as err:  # {{ 1 / 0 }}: the template's own arithmetic
        return [Msg.tr("cannot be rendered: {reason}").format(reason=err)]
    return []


def stage_problems(stage: Mapping[Key, str], key: Key, source: str) -> list[str]:
    """What `bundle build` says of a stage's set (`stage`, by key) with `source` as the text
    of `key`, when the set did not already have that problem (templateset.disagreements)."""
    problems = disagreements(key[0], {**stage, key: source})
    known = set(disagreements(key[0], stage))
    return [p for p in problems if p not in known]
