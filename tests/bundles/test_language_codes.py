"""A contact language must be a language (issue 15, sprint 8): "ua" is Ukraine's country
code — Ukrainian is "uk" — and a bundle saying "ua" was built and imported without a word,
its partners silently getting the fallback template. `bundle build` and `bundle import`
now refuse a primary subtag that is no ISO 639-1 code, saying what to write; a language
with no templates of its own builds with a warning naming it (IT learns it at the desk).
A template that does not compile is named first, with its line, and its fields are not
compared with the other languages'."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.bundles import minisign
from app.bundles.archive import BundleRejected
from app.bundles.importer import BundleImporter
from app.contacts.iso639 import CONFUSED, ISO_639_1, language_problem
from tests.bundles.conftest import signed_without_checks
from tests.support.cli import CliRunner, bundle_build
from tests.support.scope_bundle import CONTACTS, write_scope_source

UKRAINE = "Kyiv Transit,NOC,noc@kyiv.example.net,,ua,Europe/Kyiv,all,email\n"
CZECH = (
    "Praha Data,NOC,noc@praha.example.com,,cs,Europe/Prague,all,email\n"
    "Brno Net,NOC,noc@brno.example.com,,cs,Europe/Prague,all,email\n"
)


def test_the_codes_table_is_iso_639_1_and_its_hints_are_not_codes() -> None:
    assert len(ISO_639_1) == 184
    assert {"en", "pl", "uk", "cs", "el", "ja", "zh", "sr", "ee", "se"} <= ISO_639_1
    # a hint is offered only for what is no language itself (ee is Ewe, se Northern Sami)
    assert not set(CONFUSED) & ISO_639_1
    assert set(CONFUSED.values()) <= ISO_639_1
    assert language_problem("pt-BR") is None and language_problem("uk") is None
    assert language_problem("ee") is None  # Ewe: a language, not Estonia's mistake
    for wrong, right in (("ua", "uk"), ("cz", "cs"), ("dk", "da"), ("gr", "el"), ("jp", "ja")):
        assert f"did you mean {right}?" in str(language_problem(wrong))
    assert "did you mean" not in str(language_problem("qq"))


def _contacts_with(line: str) -> dict[str, str]:
    kyiv = CONTACTS.splitlines()[-1]
    return {"contacts.csv": CONTACTS.replace(kyiv + "\n", "") + line}


def test_build_refuses_a_country_code_for_a_language(
    cli: CliRunner, tmp_path: Path, key_prefix: Path, key_passphrase_file: Path
) -> None:
    source = write_scope_source(tmp_path / "src", _contacts_with(UKRAINE))
    out = tmp_path / "out.zip"
    result = bundle_build(cli, source, key_prefix, key_passphrase_file, 1, out)
    assert result.code != 0 and not out.exists()
    assert (
        "contacts.csv:4: ua is not a language code (ISO 639-1); did you mean uk?" in result.err
    ), result.err
    # a template file named for the country is refused the same way
    (source / "contacts.csv").write_text(CONTACTS, "utf-8")
    (source / "templates/disaster/update.uk.j2").rename(source / "templates/disaster/update.ua.j2")
    again = bundle_build(cli, source, key_prefix, key_passphrase_file, 1, out)
    assert again.code != 0
    assert "templates/disaster/update.ua.j2: ua is not a language code" in again.err


def test_build_in_polish_says_it_in_polish(
    cli: CliRunner, tmp_path: Path, key_prefix: Path, key_passphrase_file: Path
) -> None:
    source = write_scope_source(tmp_path / "src", _contacts_with(UKRAINE))
    args = ("bundle", "build", str(source), "--key", f"{key_prefix}.key", "--version", "1")
    result = cli.subprocess(
        *args,
        *("--out", str(tmp_path / "out.zip"), "--key-passphrase-file", str(key_passphrase_file)),
        env={"OUTAGE_KIT_LANG": "pl"},
    )
    assert result.code != 0
    assert "ua to nie kod języka (ISO 639-1); czy chodziło o uk?" in result.err, result.err


def test_import_refuses_a_country_code_too(
    tmp_path: Path, importer: BundleImporter, trusted: minisign.SecretKey
) -> None:
    source = write_scope_source(tmp_path / "src", _contacts_with(UKRAINE))
    bundle = signed_without_checks(source, trusted, tmp_path / "b.zip")
    with pytest.raises(BundleRejected) as refused:
        importer.inspect(bundle)
    assert "ua is not a language code (ISO 639-1); did you mean uk?" in str(refused.value)
    assert importer.directory.contacts() == []  # nothing applied


def test_a_language_without_templates_builds_with_one_warning(
    cli: CliRunner, tmp_path: Path, key_prefix: Path, key_passphrase_file: Path
) -> None:
    stated = '[bundle]\nname = "polska-partners"\n\n[templates]\nfallback = "en"\n'
    source = write_scope_source(
        tmp_path / "src", {"contacts.csv": CONTACTS + CZECH, "bundle.toml": stated}
    )
    out = tmp_path / "out.zip"
    result = bundle_build(cli, source, key_prefix, key_passphrase_file, 1, out)
    assert result.code == 0, result.err
    said = "WARNING: 2 contacts read cs, and no template is written in cs: they get the en "
    assert result.err.count(said) == 1, result.err
    assert "read uk" not in result.err  # Ukrainian has its own templates: nothing to say
    as_json = cli(
        "--json",
        *("bundle", "build", str(source), "--key", f"{key_prefix}.key", "--version", "2"),
        *("--out", str(tmp_path / "out2.zip"), "--key-passphrase-file", str(key_passphrase_file)),
    )
    warnings = as_json.json()["warnings"]
    assert len([w for w in warnings if w.startswith(said.removeprefix("WARNING: "))]) == 1


def test_a_template_that_does_not_compile_is_named_first(
    cli: CliRunner, tmp_path: Path, key_prefix: Path, key_passphrase_file: Path
) -> None:
    broken = "Subject: Update: {{ incident.title }}\n\nProgress: {{ broken\n"
    source = write_scope_source(tmp_path / "src", {"templates/disaster/update.en.j2": broken})
    result = bundle_build(cli, source, key_prefix, key_passphrase_file, 1, tmp_path / "o.zip")
    assert result.code != 0
    problems = [ln.strip() for ln in result.err.splitlines() if ln.startswith("  ")]
    assert problems, result.err
    assert problems[0] == (
        "templates/disaster/update.en.j2: line 3: '{{' is not closed: '}}' is missing."
    ), result.err
    assert "do not agree on their fields" not in result.err


def test_a_stage_missing_in_one_language_under_a_fallback_is_said_at_build_and_import(
    cli: CliRunner,
    tmp_path: Path,
    key_prefix: Path,
    key_passphrase_file: Path,
    importer: BundleImporter,
    trusted: minisign.SecretKey,
) -> None:
    """With `fallback = "en"` stated, a deleted `update.pl.j2` is no gap: the Polish
    partners would get that one notice in English between Polish ones, silently (a new
    user's finding). Build and import say so, once; the build still succeeds."""
    stated = '[bundle]\nname = "polska-partners"\n\n[templates]\nfallback = "en"\n'
    source = write_scope_source(tmp_path / "src", {"bundle.toml": stated})
    (source / "templates/disaster/update.pl.j2").unlink()
    result = bundle_build(cli, source, key_prefix, key_passphrase_file, 1, tmp_path / "o.zip")
    assert result.code == 0, result.err
    said = "templates/disaster/update.pl.j2 is missing: pl partners get their other disaster"
    assert result.err.count(said) == 1, result.err
    assert result.err.count(" is missing: ") == 1, result.err  # uk and en have theirs
    assert "this one from the en template" in result.err
    inspection = importer.inspect(signed_without_checks(source, trusted, tmp_path / "b.zip"))
    assert len([w for w in inspection.warnings if w.startswith(said)]) == 1
