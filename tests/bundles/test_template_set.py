"""A bundle's templates are one coherent set, checked where IT builds the bundle and again
where the kit imports it; a template that would stall the kit is refused with its reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.bundles import minisign
from app.bundles.archive import BundleRejected
from app.bundles.importer import BundleImporter
from tests.bundles.conftest import Build, signed_without_checks
from tests.support.cli import CliRunner
from tests.support.lang_bundle import write_source

KEY_ARGS = ("--version", "1", "--key-passphrase-file")


def _build(cli: CliRunner, folder: Path, key_prefix: Path, passfile: Path, out: Path) -> object:
    return cli(
        "bundle",
        "build",
        str(folder),
        "--key",
        str(key_prefix) + ".key",
        *KEY_ARGS,
        str(passfile),
        "--out",
        str(out),
    )


def test_a_complete_multi_language_set_builds(
    cli: CliRunner, tmp_path: Path, key_prefix: Path, key_passphrase_file: Path
) -> None:
    folder = write_source(tmp_path / "src")
    result = _build(cli, folder, key_prefix, key_passphrase_file, tmp_path / "b.zip")
    assert result.code == 0, result.err  # type: ignore[attr-defined]


def test_a_missing_stage_is_refused_at_build_with_the_list_of_gaps(
    cli: CliRunner, tmp_path: Path, key_prefix: Path, key_passphrase_file: Path
) -> None:
    folder = write_source(
        tmp_path / "src",
        leave_out=("templates/disaster/update.sv.j2", "templates/downtime/cancelled.de.j2"),
    )
    out = tmp_path / "b.zip"
    result = _build(cli, folder, key_prefix, key_passphrase_file, out)
    assert result.code != 0  # type: ignore[attr-defined]
    err = result.err  # type: ignore[attr-defined]
    assert "templates/disaster/update.sv.j2: missing" in err
    assert "sv contacts (1 by e-mail, 1 by SMS)" in err
    assert "templates/downtime/cancelled.de.j2: missing" in err
    assert "fallback" in err and "Internal error" not in err
    assert not out.exists()


def test_a_stated_fallback_closes_the_gap(
    cli: CliRunner, tmp_path: Path, key_prefix: Path, key_passphrase_file: Path
) -> None:
    folder = write_source(
        tmp_path / "src",
        leave_out=("templates/disaster/update.sv.j2",),
        fallback='pt-BR = "en"\nsv = "en"',
    )
    result = _build(cli, folder, key_prefix, key_passphrase_file, tmp_path / "b.zip")
    assert result.code == 0, result.err  # type: ignore[attr-defined]


def test_email_and_sms_forms_and_languages_must_agree_on_fields(
    cli: CliRunner, tmp_path: Path, key_prefix: Path, key_passphrase_file: Path
) -> None:
    folder = write_source(
        tmp_path / "src",
        extra={
            "templates/disaster/initial.sv.sms.j2": "Störning sedan {{ started }}.",
            "templates/disaster/resolved.de.j2": "Subject: Behoben\n\nEnde: {{ ended }}\n",
        },
    )
    result = _build(cli, folder, key_prefix, key_passphrase_file, tmp_path / "b.zip")
    err = result.err  # type: ignore[attr-defined]
    assert result.code != 0  # type: ignore[attr-defined]
    assert (
        "templates/disaster/initial.sv.sms.j2: uses started, which "
        "templates/disaster/initial.sv.j2 does not ask for" in err
    )
    assert "templates/disaster/resolved.*.j2: the languages do not agree" in err
    assert "de: ended" in err and "en: end_time" in err


HOSTILE = {
    "templates/disaster/initial.sv.j2": "Subject: x\n\n{{ 'a'*100000000 }}\n",
    "templates/disaster/update.sv.j2": (
        "Subject: x\n\n{% for i in range(100000) %}{% for j in range(100000) %}"
        "{% endfor %}{% endfor %}{{ customer_impact }}{{ progress }}{{ next_update }}\n"
    ),
}


def test_hostile_templates_are_refused_at_build_with_the_reason(
    cli: CliRunner, tmp_path: Path, key_prefix: Path, key_passphrase_file: Path
) -> None:
    folder = write_source(tmp_path / "src", extra=HOSTILE)
    result = _build(cli, folder, key_prefix, key_passphrase_file, tmp_path / "b.zip")
    err = result.err  # type: ignore[attr-defined]
    assert result.code != 0  # type: ignore[attr-defined]
    assert "templates/disaster/initial.sv.j2: refused" in err
    assert "more than 20,000 characters" in err
    assert "templates/disaster/update.sv.j2: refused" in err and "range" in err


@pytest.mark.parametrize("problem", ["hostile", "gap"])
def test_import_checks_the_set_and_the_bounds_too(
    tmp_path: Path, importer: BundleImporter, trusted: minisign.SecretKey, problem: str
) -> None:
    if problem == "hostile":
        folder = write_source(tmp_path / "src", extra=HOSTILE)
    else:
        folder = write_source(tmp_path / "src", leave_out=("templates/disaster/update.sv.j2",))
    bundle = signed_without_checks(folder, trusted, tmp_path / "b.zip")
    with pytest.raises(BundleRejected) as refused:
        importer.inspect(bundle)
    message = str(refused.value)
    assert "nothing was changed" in message
    if problem == "hostile":
        assert "templates/disaster/initial.sv.j2: refused" in message
    else:
        assert "templates/disaster/update.sv.j2: missing" in message
    assert importer.directory.contacts() == []  # nothing applied


def test_the_complete_bundle_imports(
    tmp_path: Path, importer: BundleImporter, trusted: minisign.SecretKey, build: Build
) -> None:
    bundle = build(1, folder=write_source(tmp_path / "src"))
    inspection = importer.inspect(bundle)
    importer.apply(inspection)
    services = {s.id: s for s in importer.directory.services()}
    assert services["sms"].name_in("sv") == "SMS-gateways"
    assert services["sms"].name_in("pt-BR") == "SMS gateways"
