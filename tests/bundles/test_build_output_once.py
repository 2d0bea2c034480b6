"""What `bundle build` prints, exactly, in the kit's language (issue 15): a note about the
templates is said once, naming every file it concerns (the e-mail and SMS forms of one
stage and its languages used to repeat it line after line), a time field's label is quoted
without the bracket that closed the field before it (it used to read "(')')"), and an
unlimited bundle "never" expires in Polish too. From the command line as a second process."""

from __future__ import annotations

from pathlib import Path

from tests.support.cli import CliRunner, Result
from tests.support.lang_bundle import LANGUAGES, template, write_source

POLISH = {"OUTAGE_KIT_LANG": "pl"}
LANGS = (*LANGUAGES, "pl")
#: a planned-work update without {{ progress }}, in every language and as an SMS form
NO_PROGRESS = {
    f"templates/downtime/update.{language}.j2": "\n".join(
        line
        for line in template("downtime", "update", language).splitlines()
        if "progress" not in line
    )
    for language in LANGS
} | {"templates/downtime/update.sv.sms.j2": "{{ incident.title }}: {{ customer_impact }}\n"}
#: a time field shown as typed: in the SMS form after another field's closing bracket
AS_TYPED = {
    f"templates/disaster/initial.{language}.j2": template("disaster", "initial", language)
    + "Outage began: {{ outage_began }}\n"
    for language in LANGUAGES
} | {
    "templates/disaster/initial.en.sms.j2": (
        "{{ incident.reference }} ({{ customer_impact }}) {{ outage_began }}\n"
    )
}
PROGRESS_NOTE = (
    "aktualizacja prac planowanych bez {{ progress }}: przypomnienia z planu, powiadomienie o "
    "rozpoczęciu prac, powód przesunięcia i uwaga do przedłużenia trafiają właśnie tam, więc "
    "partnerzy by ich nie przeczytali. Dodaj {{ progress }}."
)


def _build(cli: CliRunner, source: Path, key_prefix: Path, passfile: Path, *more: str) -> Result:
    return cli.subprocess(
        "bundle", "build", str(source), "--key", f"{key_prefix}.key", "--version", "1",
        "--out", str(source.parent / "partners.zip"), "--key-passphrase-file", str(passfile),
        *more, env=POLISH,
    )  # fmt: skip


def test_a_template_note_is_printed_once_for_all_its_files(
    cli: CliRunner, tmp_path: Path, key_prefix: Path, key_passphrase_file: Path
) -> None:
    source = write_source(tmp_path / "src", polish=True, extra=NO_PROGRESS)
    built = _build(cli, source, key_prefix, key_passphrase_file, "--expires-days", "0")
    assert built.code == 0, built.err
    files = ", ".join([*sorted(f"update.{language}.j2" for language in LANGS), "update.sv.sms.j2"])
    # and, once, that the Brazilian partner reads the stated fallback's templates
    fallback = (
        "OSTRZEŻENIE: 1 kontakt czyta pt-BR, a żaden szablon nie jest napisany w pt-BR: "
        "dostanie szablony en. Dodaj szablony pt-BR albo zostaw tak, jeśli en jest tym, co ma "
        "czytać."
    )
    assert sorted(built.err.splitlines()) == sorted(
        [f"OSTRZEŻENIE: templates/downtime/{files}: {PROGRESS_NOTE}", fallback]
    )
    assert built.out.endswith(", wygasa: nigdy.\n"), built.out
    assert "never" not in built.out


def test_a_time_field_after_a_bracket_is_named_not_the_bracket(
    cli: CliRunner, tmp_path: Path, key_prefix: Path, key_passphrase_file: Path
) -> None:
    sms = "templates/disaster/initial.en.sms.j2"
    source = write_source(tmp_path / "src", extra=AS_TYPED)
    refused = _build(cli, source, key_prefix, key_passphrase_file)
    assert refused.code != 0
    line = next(x for x in refused.err.splitlines() if sms in x)
    assert line.startswith(
        f"  {sms}: wiersz 1: {{{{ outage_began }}}} wygląda na czas (outage_began), ale jest "
        "pokazywane tak, jak je wpisano"
    ), line
    assert "(')')" not in refused.err
    # the e-mail forms name the words before the field
    assert "wygląda na czas ('Outage began:')" in refused.err
