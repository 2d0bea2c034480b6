"""One check for a template, wherever it comes in (`templates lint`, `templates edit`, the
window, `bundle build`, `bundle import`): it must render for its kind and stage with every
field the kit gives, in strict mode. A template naming a field the kit lacks
(`{{ incident.tytul }}`) used to pass lint and edit and fail only when the officer sent the
resolution mid-incident, in Jinja2's words ("'dict object' has no attribute 'tytul'")."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.incidents.compose import incident_variables
from app.incidents.model import Incident
from app.notices.check import check_template
from app.notices.kit_fields import INCIDENT_FIELDS
from tests.support.cli import CliRunner, Result

KIT_FIELDS = ", ".join(INCIDENT_FIELDS)

# a Polish resolution asking the fields the shipped Polish/English ones ask, but one name
# of the incident is the Polish word
TYTUL = (
    "Subject: Awaria usunięta: {{ incident.title }}\n\n"
    "Szanowni Państwo,\n"
    "awaria „{{ incident.tytul }}” została usunięta.\n"
    "Czas usunięcia: {{ resolved_at }}\n"
    "Podsumowanie: {{ summary }}\n"
)
TYTUL_PROBLEM = (
    "{{ incident.tytul }} on line 4: the kit has no field 'tytul'; "
    f"the fields are: {KIT_FIELDS}."
)


@pytest.fixture
def kit_cli(cli: CliRunner) -> CliRunner:
    assert cli("init", "--operator", "Night Duty").code == 0
    return cli


def _file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "mine.j2"
    path.write_text(text, encoding="utf-8")
    return path


def _lint(cli: CliRunner, name: str, path: Path, *options: str) -> Result:
    """`outage-kit [options] templates lint NAME --file PATH`."""
    return cli(*options, "templates", "lint", name, "--file", str(path))


def test_a_field_the_kit_lacks_is_refused_by_lint_and_edit_in_the_kits_words(
    kit_cli: CliRunner, tmp_path: Path
) -> None:
    cli = kit_cli
    bad = _file(tmp_path, TYTUL)
    linted = _lint(cli, "disaster/resolved.pl", bad)
    assert linted.code == 1, linted.out
    assert "No problems" not in linted.out
    assert f"✖ {TYTUL_PROBLEM}" in linted.out, linted.out
    assert "dict object" not in linted.out and "has no attribute" not in linted.out
    problems = json.loads(_lint(cli, "disaster/resolved.pl", bad, "--json").out)["problems"]
    assert problems == [TYTUL_PROBLEM]

    edited = cli("templates", "edit", "disaster/resolved.pl", str(bad))
    assert edited.code != 0 and TYTUL_PROBLEM in edited.err + edited.out
    shown = json.loads(cli("--json", "templates", "show", "disaster/resolved.pl").out)
    assert shown["origin"] == "shipped" and "tytul" not in shown["source"]


def test_a_name_a_letter_or_two_off_gets_the_field_it_meant(
    kit_cli: CliRunner, tmp_path: Path
) -> None:
    cli = kit_cli
    text = (
        "Subject: Resolved: {{ incident.title }}\n\nHello,\n\n"
        "Reference {{ incident['refrence'] }} is resolved at {{ resolved_at }}.\n"
        "{{ summary }}\n"
    )
    linted = _lint(cli, "disaster/resolved.en", _file(tmp_path, text))
    assert linted.code == 1
    assert (
        "{{ incident['refrence'] }} on line 5: the kit has no field 'refrence'; "
        f"the fields are: {KIT_FIELDS}. Did you mean 'reference'?"
    ) in linted.out, linted.out


def test_a_name_reached_another_way_is_found_by_rendering_with_its_line() -> None:
    text = (
        "Subject: Hotovo\n\nDobrý den,\n{% set udalost = incident %}\n"
        "Služby: {{ udalost.sluzby }}\nShrnutí: {{ summary }}\n"
    )
    [problem] = check_template(text, ("disaster", "resolved", "cs", "email"))
    assert problem == (
        "cannot be rendered: {{ udalost.sluzby }} on line 5: the kit has no field 'sluzby'; "
        f"the fields are: {KIT_FIELDS}."
    )
    [problem] = check_template(
        "Subject: Hotovo\n\nShrnutí: {{ summary.kratce }}\n",
        ("disaster", "resolved", "cs", "email"),
    )
    assert problem.startswith(
        "cannot be rendered: {{ summary.kratce }} on line 3: the value there has no 'kratce'"
    )


def test_lint_refuses_fields_the_other_languages_do_not_ask_as_edit_does(
    kit_cli: CliRunner, tmp_path: Path
) -> None:
    cli = kit_cli
    text = (
        "Subject: Awaria usunięta: {{ incident.title }}\n\n"
        "Wpływ na usługi: {{ wpływ }}\nPrzyczyna: {{ przyczyna }}\n"
    )
    mine = _file(tmp_path, text)
    linted = _lint(cli, "disaster/resolved.pl", mine, "--json")
    assert linted.code == 1
    problems = json.loads(linted.out)["problems"]
    [problem] = [p for p in problems if "the languages do not agree on their fields" in p]
    assert "pl: przyczyna, wpływ" in problem
    edited = cli("templates", "edit", "disaster/resolved.pl", str(mine))
    assert edited.code != 0
    assert all(p in edited.err + edited.out for p in problems), edited.err


def test_an_unclosed_field_is_named_on_its_own_line(kit_cli: CliRunner, tmp_path: Path) -> None:
    cli = kit_cli
    text = "Subject: Awaria {{ incident.title\n\nPodsumowanie: {{ summary }}\n"
    linted = _lint(cli, "disaster/resolved.pl", _file(tmp_path, text))
    assert linted.code == 1
    assert linted.out.strip() == "✖ line 1: '{{' is not closed: '}}' is missing.", linted.out


def test_legacy_labels_holding_commas_are_quoted_in_the_list(
    kit_cli: CliRunner, tmp_path: Path
) -> None:
    cli = kit_cli
    text = (
        "Subject: Awaria usunięta\n\nSzanowni Państwo, problem: &^\n"
        "usunięty od &^\nCzas: {{ resolved_at }}\n{{ summary }}\n"
    )
    linted = _lint(cli, "disaster/resolved.pl", _file(tmp_path, text))
    assert linted.code == 0, linted.out
    assert (
        'Fields this template needs: "&^Szanowni Państwo, problem", "&^usunięty od", '
        "resolved_at, summary"
    ) in linted.out, linted.out


def test_templates_get_exactly_the_fields_the_kit_defines_and_all_of_them_render() -> None:
    moment = datetime(2026, 11, 22, 2, 12, tzinfo=UTC)
    incident = Incident(
        reference="OK-2026-0007",
        kind="downtime",
        title="Prace na bramce",
        services=("sms",),
        groups=("all",),
        detected_at=moment,
        notify_minutes=30,
        window_start=moment,
        window_end=moment,
    )
    assert list(incident_variables(incident, {})) == list(INCIDENT_FIELDS)
    every = " ".join(
        f"{{{{ incident.{n}.utc }}}}" if sort != "text" else f"{{{{ incident.{n} }}}}"
        for n, sort in INCIDENT_FIELDS.items()
    )
    text = f"Subject: Prace {{{{ incident.title }}}}\n\n{every}\nStan: {{{{ progress }}}}\n"
    assert check_template(text, ("downtime", "update", "pl", "email")) == []


def test_a_window_time_is_checked_as_each_kind_has_it() -> None:
    """Planned work has a window; a disaster's notices get its times empty, so a disaster
    template asking its UTC form would fail when sent: refused with its line."""
    text = (
        "Subject: Okno {{ incident.title }}\n\nOd {{ incident.window_start.utc }}\n{{ progress }}\n"
    )
    assert check_template(text, ("downtime", "update", "pl", "email")) == []
    [problem] = check_template(text, ("disaster", "update", "pl", "email"))
    assert problem.startswith(
        "cannot be rendered: {{ incident.window_start.utc }} on line 3: the value there has no "
        "'utc'"
    ), problem
    assert "a disaster has no window" in problem
