"""Everything wrong with a template before it is stored: its lint problems, and whether a
trial render with sample values stays within the rendering bounds. `bundle build`,
`bundle import` and a local edit all ask this, so a template that would stall the kit is
refused where it comes in, with the reason, not at 3 a.m."""

from __future__ import annotations

from app.i18n import Msg
from app.notices.lint import lint_template
from app.notices.render import RenderTooBig, render_template
from app.notices.sample import sample_values


def check_template(source: str, *, channel: str = "email") -> list[str]:
    problems = lint_template(source, channel=channel)
    if problems:
        return problems
    return bound_problems(source, channel=channel)


def bound_problems(source: str, *, channel: str = "email") -> list[str]:
    try:
        render_template(source, sample_values(source), channel=channel)
    except RenderTooBig as err:
        return [Msg.tr("refused: {reason}.").format(reason=err)]
    except Exception:
        return []
    return []
