"""A bundle carrying a template that cannot render is refused where IT builds it and again
where the kit imports it, before anything is applied, naming the file and the line: it used
to build and import, and fail only when the officer sent that notice mid-incident."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.bundles import minisign
from app.bundles.archive import BundleRejected
from app.bundles.importer import BundleImporter
from app.kit import Kit
from app.notices.catalog import TemplateCatalog
from app.notices.kit_fields import INCIDENT_FIELDS
from tests.bundles.conftest import Build, signed_without_checks
from tests.support.cli import CliRunner, bundle_build
from tests.support.lang_bundle import write_source

KIT_FIELDS = ", ".join(INCIDENT_FIELDS)
# IT's own Czech resolution (a language the kit ships no words for), asking the field the
# bundle's other resolutions ask, and one incident field by its Czech name
CZECH = {
    "templates/disaster/resolved.cs.j2": (
        "Subject: Vyřešeno: {{ incident.title }}\n\nDobrý den,\n\n"
        "Služby: {{ incident.sluzby }}\nKonec: {{ end_time }}\n"
    )
}
CZECH_PROBLEM = (
    "templates/disaster/resolved.cs.j2: {{ incident.sluzby }} on line 5: the kit has no "
    f"field 'sluzby'; the fields are: {KIT_FIELDS}."
)
# reached through a variable of its own: only rendering finds it
GERMAN = {
    "templates/downtime/completed.de.j2": (
        "Subject: Abgeschlossen\n\n{% set vorfall = incident %}"
        "Sehr geehrte Partner,\nBetroffen: {{ vorfall.servises }}\nEnde: {{ end_time }}\n"
    )
}
GERMAN_PROBLEM = (
    "templates/downtime/completed.de.j2: cannot be rendered: {{ vorfall.servises }} on "
    f"line 4: the kit has no field 'servises'; the fields are: {KIT_FIELDS}. "
    "Did you mean 'services'?"
)


def test_build_refuses_a_template_that_cannot_render(
    cli: CliRunner, tmp_path: Path, key_prefix: Path, key_passphrase_file: Path
) -> None:
    folder = write_source(tmp_path / "src", extra={**CZECH, **GERMAN})
    out = tmp_path / "b.zip"
    result = bundle_build(cli, folder, key_prefix, key_passphrase_file, 1, out)
    assert result.code != 0
    assert CZECH_PROBLEM in result.err, result.err
    assert GERMAN_PROBLEM in result.err, result.err
    assert "dict object" not in result.err
    assert not out.exists()


@pytest.mark.parametrize(("extra", "problem"), [(CZECH, CZECH_PROBLEM), (GERMAN, GERMAN_PROBLEM)])
def test_import_refuses_it_before_anything_is_applied(
    tmp_path: Path,
    kit: Kit,
    importer: BundleImporter,
    trusted: minisign.SecretKey,
    build: Build,
    extra: dict[str, str],
    problem: str,
) -> None:
    first = build(1, folder=write_source(tmp_path / "v1"))
    importer.apply(importer.inspect(first))
    catalog = TemplateCatalog(conn=kit.store.conn)
    before = {t.key: t.source for t in catalog.all()}
    contacts = importer.directory.contacts()

    folder = write_source(tmp_path / "v2", extra=extra, polish=True)
    bundle = signed_without_checks(folder, trusted, tmp_path / "v2.zip", version=2)
    with pytest.raises(BundleRejected) as refused:
        importer.inspect(bundle)
    message = str(refused.value)
    assert "nothing was changed" in message and problem in message, message
    assert {t.key: t.source for t in catalog.all()} == before
    assert importer.directory.contacts() == contacts  # the Polish partner did not come in
