"""Rendering: sandboxed, strict, legacy blanks filled without being parsed as code."""

from __future__ import annotations

import pytest

from app.notices.render import (
    EarlierNotice,
    RenderError,
    quote_earlier,
    remaining_legacy_lines,
    render_template,
    with_reference,
)


def test_render_splits_subject_and_body() -> None:
    text = render_template(
        "Subject: Outage {{ incident.title }}\n\nImpact: {{ impact }}\n",
        {"incident": {"title": "SMS"}, "impact": "no MT"},
    )
    assert text.subject == "Outage SMS"
    assert text.body == "Impact: no MT\n"


def test_missing_field_is_an_error_not_a_gap() -> None:
    with pytest.raises(RenderError, match="impact"):
        render_template("Subject: x\n\nImpact: {{ impact }}\n", {"incident": {}})


def test_sandbox_refuses_attribute_tricks() -> None:
    with pytest.raises(RenderError, match="unsafe"):
        render_template(
            "Subject: x\n\n{{ impact.__class__.__mro__ }}\n", {"incident": {}, "impact": "a"}
        )


def test_field_values_are_never_template_code() -> None:
    text = render_template(
        "Subject: x\n\nImpact: {{ impact }}\nStart: &^\n",
        {"incident": {}, "impact": "{{ 7*7 }}", "&^Start": "{% if 1 %}now{% endif %}"},
    )
    assert "{{ 7*7 }}" in text.body
    assert "{% if 1 %}now{% endif %}" in text.body


def test_unfilled_legacy_blank_stays_visible() -> None:
    text = render_template("Subject: x\n\nStart: &^\nEnd: &^\n", {"&^Start": "00:33"})
    assert "Start: 00:33" in text.body
    assert remaining_legacy_lines(text.body) == [2]


def test_reference_added_once() -> None:
    assert with_reference("Outage", "OK-2026-0001") == "[OK-2026-0001] Outage"
    assert with_reference("OK-2026-0001 Outage", "OK-2026-0001") == "OK-2026-0001 Outage"


def test_subjects_do_not_repeat_themselves() -> None:
    ref = "OK-2026-0007"
    said_twice = with_reference("Planned maintenance: Planned maintenance of billing", ref)
    assert said_twice == f"[{ref}] Planned maintenance of billing"
    assert with_reference("Update: update on SMS", ref) == f"[{ref}] Update on SMS"
    assert with_reference("Awaria: SMS SMS down", ref) == f"[{ref}] Awaria: SMS down"
    untouched = "Service disruption: SMS gateways"
    assert with_reference(untouched, ref) == f"[{ref}] {untouched}"


def test_a_subject_field_with_a_line_break_stays_one_line() -> None:
    text = render_template("Subject: {{ title }}\n\nbody\n", {"title": "a\nBcc: x@example.com"})
    assert "\n" not in text.subject


def test_quote_earlier_newest_first() -> None:
    earlier = [
        EarlierNotice("02:40 UTC", "first", "one\n"),
        EarlierNotice("03:40 UTC", "second", "two\n\nmore\n"),
    ]
    body = quote_earlier("now\n", earlier)
    assert body.startswith("now\n")
    assert body.index("> two") < body.index("> one")
    assert "> Subject: second" in body
    assert ">\n> more" in body
