"""Template lint and fields: what a bundle author or a local editor is told."""

from __future__ import annotations

from app.notices.catalog import read_shipped
from app.notices.lint import lint_template, template_fields

GOOD = "Subject: Outage {{ incident.title }}\n\nImpact: {{ impact }}\nNext: {{ next_update }}\n"


def test_a_good_email_template_has_no_problems_and_lists_its_fields() -> None:
    assert lint_template(GOOD) == []
    assert template_fields(GOOD) == {"impact", "next_update"}


def test_every_shipped_template_lints_clean() -> None:
    shipped = read_shipped()
    assert len(shipped) >= 42
    for (kind, stage, language, channel), source in shipped.items():
        assert lint_template(source, channel=channel) == [], (kind, stage, language, channel)
    languages = {key[2] for key in shipped}
    assert {"en", "pl", "pt-BR"} <= languages


def test_syntax_error_names_the_line() -> None:
    problems = lint_template("Subject: x\n\nHello {{ impact + }}\n")
    assert len(problems) == 1
    assert "does not compile" in problems[0]
    assert problems[0].startswith("line 3: ")


def test_email_needs_subject_line_and_blank_line() -> None:
    assert any("Subject:" in p for p in lint_template("Hello {{ impact }}\n"))
    assert any("line 2" in p for p in lint_template("Subject: x\nbody straight away\n"))
    assert any("subject is empty" in p for p in lint_template("Subject:   \n\nbody\n"))
    assert any("body" in p for p in lint_template("Subject: x\n\n\n"))


def test_sms_has_no_subject_line() -> None:
    assert lint_template("Outage: {{ impact }}", channel="sms") == []
    assert lint_template("Subject: x\n\nbody", channel="sms") != []


def test_forbidden_constructs_are_named() -> None:
    for source in (
        "Subject: x\n\n{% include 'other.j2' %}\n",
        "Subject: x\n\n{% extends 'base.j2' %}\n",
        "Subject: x\n\n{% import 'macros.j2' as m %}\n",
        "Subject: x\n\n{{ impact.__class__ }}\n",
    ):
        problems = lint_template(source)
        assert problems, source
        assert any("not allowed" in p for p in problems)


def test_legacy_blanks_are_fields_named_by_their_label() -> None:
    legacy = "Subject: Awaria &^\n\nStart time: &^\nImpact: &^\nActions: &^ and &^\n"
    assert lint_template(legacy) == []
    assert template_fields(legacy) == {
        "&^Subject: Awaria",
        "&^Start time",
        "&^Impact",
        "&^Actions",
        "&^and",
    }


def test_unknown_channel_is_a_problem() -> None:
    assert lint_template(GOOD, channel="fax") == ["Channel 'fax' is not one of email, sms."]
