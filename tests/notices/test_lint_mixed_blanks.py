"""A legacy line that mixes `&^` blanks and Jinja2 fields (a new user's own template): lint
and the form name each blank by its words, not by the `{{ field }}` before it (it listed a
field "&^since {{ start_time }}" nobody could fill)."""

from __future__ import annotations

from pathlib import Path

from app.notices.lint import legacy_blanks, template_fields
from tests.support.cli import CliRunner

MIXED = (
    "Subject: Down: {{ incident.title }}\n\nDear partner,\n"
    "Impact: &^ since {{ started }} &^ more\n{{ impact }} {{ actions }}\n"
    "Next update: {{ next_update }}\n"
)


def test_lint_names_each_blank_by_its_words(cli: CliRunner, tmp_path: Path) -> None:
    assert cli("init", "--operator", "Night Duty").code == 0
    source = tmp_path / "update.en.j2"
    source.write_text(MIXED, encoding="utf-8")
    linted = cli("templates", "lint", "disaster/initial.en", "--file", str(source))
    assert linted.code == 0, linted.out + linted.err
    assert "{{" not in linted.out, linted.out
    assert '"&^Impact", "&^since", actions, impact, next_update, started' in linted.out, linted.out


def test_a_line_without_jinja_keeps_its_labels() -> None:
    text = "Start  time: &^\n&^\nEnd: &^ and {# a note #} &^\n"
    assert [b.label for b in legacy_blanks(text)] == ["Start  time", "line 2", "End", "and"]
    assert "&^and" in template_fields(text)
