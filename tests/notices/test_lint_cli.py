"""`templates lint` applies the rendering bounds `templates edit` and `bundle build` apply:
a template that would stall the kit is not "✔ No problems" on the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support.cli import CliRunner

BOMBS = {
    "{{ 'a'*100000000 }}": "more than 20,000 characters",
    "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}": "range",
}


@pytest.mark.parametrize("body", list(BOMBS))
def test_lint_refuses_a_template_past_the_bounds_with_the_reason_edit_gives(
    cli: CliRunner, tmp_path: Path, body: str
) -> None:
    assert cli("init", "--operator", "Night Duty").code == 0
    bomb = tmp_path / "bomb.j2"
    bomb.write_text(f"Subject: Planned work\n\n{body}\n", encoding="utf-8")

    linted = cli.subprocess("templates", "lint", "downtime/initial.en", "--file", str(bomb))
    assert linted.code == 1, linted.out + linted.err
    assert "No problems" not in linted.out
    line = linted.out.strip().splitlines()[0]
    assert line.startswith("✖ refused: the template went past") and BOMBS[body] in line

    as_json = cli.subprocess(
        "--json", "templates", "lint", "downtime/initial.en", "--file", str(bomb)
    )
    problem = json.loads(as_json.out)["problems"][0]
    assert problem == line.removeprefix("✖ ")

    # the same reason where the text would be stored, and nothing stored
    edited = cli.subprocess("templates", "edit", "downtime/initial.en", str(bomb))
    assert edited.code != 0 and problem in edited.err + edited.out
    shown = cli.subprocess("--json", "templates", "show", "downtime/initial.en")
    assert json.loads(shown.out)["origin"] == "shipped"


def test_lint_still_passes_a_normal_template(cli: CliRunner, tmp_path: Path) -> None:
    assert cli("init", "--operator", "Night Duty").code == 0
    good = tmp_path / "good.j2"
    good.write_text(
        "Subject: Planned work {{ work }}\n\n"
        "{% for i in range(3) %}Step {{ i }}.\n{% endfor %}Impact: {{ impact }}\n"
        "Next: {{ next_update }}\n",
        encoding="utf-8",
    )
    linted = cli.subprocess("templates", "lint", "downtime/initial.en", "--file", str(good))
    assert linted.code == 0, linted.out + linted.err
    fields = "impact, next_update, work"
    assert linted.out.startswith(f"✔ No problems. Fields this template needs: {fields}")
