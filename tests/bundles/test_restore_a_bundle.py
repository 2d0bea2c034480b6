"""A contact bundle (or its signature) given to `restore` by mistake: both come from IT on
the same stick. The kit says it is a contact bundle and how to import it, not "a ZIP
archive, e.g. a Word or Excel file"; nothing changes."""

from __future__ import annotations

from pathlib import Path

from app.bundles.names import SIGNATURE_SUFFIX
from tests.bundles.conftest import Build
from tests.support.cli import CliRunner


def test_restore_of_a_bundle_says_how_to_import_it(cli: CliRunner, build: Build) -> None:
    assert cli("init", "--operator", "Night Duty").code == 0
    bundle = build(3)
    signature = Path(str(bundle) + SIGNATURE_SUFFIX)
    for given, said in (
        (bundle, "it is a contact bundle: import it with 'outage-kit bundle import FILE'"),
        (signature, "it is the signature of a contact bundle: import the bundle beside it"),
    ):
        result = cli("restore", str(given))
        assert result.code == 2, result.err
        assert "was not restored" in result.err and said in result.err, result.err
        assert "Word or Excel" not in result.err
        assert "Nothing was changed" in result.err
    assert cli("check").code == 0
