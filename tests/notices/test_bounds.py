"""Templates cannot stall the kit: rendering is bounded in time and size, hostile templates
are refused with the reason, and a normal notice renders exactly as before."""

from __future__ import annotations

import pytest
from jinja2 import StrictUndefined
from jinja2.sandbox import ImmutableSandboxedEnvironment

from app.notices.catalog import read_shipped
from app.notices.check import check_template
from app.notices.lint import template_fields
from app.notices.render import RenderTooBig, render_template
from app.notices.sample import sample_incident
from app.notices.sandbox import sentence

HOSTILE = {
    "{{ 'a'*100000000 }}": "more than 20,000 characters",
    "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}": "range",
    "{% for i in range(9000) %}{% for j in range(9000) %}{% endfor %}{% endfor %}": "longer than",
    "{% for i in range(9000) %}{% for j in range(9000) %}xx{% endfor %}{% endfor %}": "longer",
    "{{ 'x'|center(1000000000) }}": "the filter 'center' is given 1000000000",
    "{{ 'ab'|replace('a', 'b'*9000)|replace('b', 'c'*9000) }}": "20,000 characters",
    "{{ '%0999999999d' % 1 }}": "huge width",
    "{{ 2 ** 100000000 }}": "exponent",
    "{{ 'y'.ljust(10**9) }}": "'ljust' is given",
}


@pytest.mark.parametrize("body", list(HOSTILE))
def test_a_hostile_template_is_refused_with_the_reason(body: str) -> None:
    source = f"Subject: x\n\n{body}\n"
    problems = check_template(source, ("disaster", "update", "en", "email"))
    assert len(problems) == 1 and problems[0].startswith("refused: the template went past")
    assert HOSTILE[body] in problems[0]
    with pytest.raises(RenderTooBig):
        render_template(source, {"incident": sample_incident("disaster")})


def test_every_shipped_notice_renders_exactly_as_an_unbounded_sandbox_renders_it() -> None:
    plain = ImmutableSandboxedEnvironment(
        undefined=StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    plain.filters["sentence"] = sentence
    for (kind, stage, language, channel), source in read_shipped().items():
        values: dict[str, object] = {n: f"{n} value" for n in template_fields(source)}
        values["next_update"] = "2026-11-22 04:30 CET"
        values["incident"] = sample_incident("disaster")
        bounded = render_template(source, values, channel=channel)
        expected = plain.from_string(source).render(values)
        shown = f"Subject: {bounded.subject}\n{bounded.body}" if bounded.subject else bounded.body
        assert shown.split() == expected.split(), (kind, stage, language, channel)
        assert check_template(source, (kind, stage, language, channel)) == []


def test_a_separator_line_and_a_long_notice_are_fine() -> None:
    source = "Subject: x\n\n{{ '-' * 60 }}\n{% for i in range(200) %}line {{ i }}\n{% endfor %}"
    text = render_template(source, {"incident": {}})
    assert text.body.startswith("-" * 60) and "line 199" in text.body
