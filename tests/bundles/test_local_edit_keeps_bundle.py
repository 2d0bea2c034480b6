"""A local template edit keeps the bundle's own text (migration 22): removing the edit brings
the bundle's template back, also the text of a newer bundle applied while the edit was in
force; an edit must pass the bundle's check that a stage's languages ask the same fields; an
edit an older kit saved over the bundle's text says so on reset, and importing the same
bundle again puts the template back (its diff and its answer agree)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.paths import KitPaths
from app.store import db
from app.store.keys import KeyFile
from app.store.store import Store
from tests.support.cli import CliRunner, bundle_build
from tests.support.cli import build_bundle_with_cli as _build

SV_UPDATE = (
    "Subject: Lägesrapport: {{ incident.title }}\n\nHej,\n\nLäget: {{ progress }}\n\n"
    "Nästa rapport senast {{ next_update }}.\n\nMed vänlig hälsning\nKundtjänst\n"
)
SV_UPDATE_V2 = SV_UPDATE.replace("Hej,", "Hej igen,")
LOCAL_EDIT = SV_UPDATE.replace("Med vänlig hälsning", "Hälsningar från jouren")
# asks for `impact`, not the bundle's `progress`: the sv and en update templates disagree
DISAGREEING = "Subject: Lägesrapport\n\nPåverkan: {{ impact }}\n"


@pytest.fixture
def kit_with_bundle(
    cli: CliRunner, source: Path, key_prefix: Path, key_passphrase_file: Path, tmp_path: Path
) -> tuple[CliRunner, Path]:
    """A kit with a bundle (v1) whose disaster update has its own Swedish template."""
    assert cli("init", "--operator", "Night Duty").code == 0
    (source / "templates/disaster/update.sv.j2").write_text(SV_UPDATE, encoding="utf-8")
    out = tmp_path / "skargard-v1.zip"
    _build(cli, source, key_prefix, key_passphrase_file, 1, out)
    assert cli("bundle", "trust", str(key_prefix) + ".pub", "--yes").code == 0
    applied = cli("bundle", "import", str(out), "--yes")
    assert applied.code == 0, applied.err
    return cli, out


def edited_then_v2(
    cli: CliRunner, source: Path, key_prefix: Path, key_passphrase_file: Path, tmp_path: Path
) -> Path:
    """The Swedish update edited here, then IT's v2 bundle changing it too: its file."""
    assert _edit(cli, tmp_path, "disaster/update.sv", LOCAL_EDIT)[0] == 0
    (source / "templates/disaster/update.sv.j2").write_text(SV_UPDATE_V2, encoding="utf-8")
    out = tmp_path / "skargard-v2.zip"
    _build(cli, source, key_prefix, key_passphrase_file, 2, out)
    return out


def _listed(cli: CliRunner) -> dict[str, str]:
    result = cli("--json", "templates", "list")
    assert result.code == 0, result.err
    return {row["name"]: row["origin"] for row in result.json()}


def _shown(cli: CliRunner, name: str) -> dict[str, str]:
    result = cli("--json", "templates", "show", name)
    assert result.code == 0, result.err
    return dict(result.json())


def _edit(cli: CliRunner, tmp_path: Path, name: str, text: str) -> tuple[int, str]:
    file = tmp_path / "edit.j2"
    file.write_text(text, encoding="utf-8")
    result = cli("templates", "edit", name, str(file))
    return result.code, result.out + result.err


def test_removing_a_local_edit_brings_the_bundles_template_back(
    kit_with_bundle: tuple[CliRunner, Path], tmp_path: Path
) -> None:
    cli, _ = kit_with_bundle
    assert _listed(cli)["disaster/update.sv"] == "bundle"

    code, said = _edit(cli, tmp_path, "disaster/update.sv", LOCAL_EDIT)
    assert code == 0, said
    assert _listed(cli)["disaster/update.sv"] == "local"
    assert _shown(cli, "disaster/update.sv")["source"] == LOCAL_EDIT

    reset = cli("templates", "reset", "disaster/update.sv")
    assert reset.code == 0, reset.err
    assert "the bundle template applies again" in reset.out
    assert _listed(cli)["disaster/update.sv"] == "bundle"
    shown = _shown(cli, "disaster/update.sv")
    assert shown["origin"] == "bundle" and shown["source"] == SV_UPDATE

    # a second edit and reset: still the bundle's text
    assert _edit(cli, tmp_path, "disaster/update.sv", LOCAL_EDIT)[0] == 0
    assert _edit(cli, tmp_path, "disaster/update.sv", LOCAL_EDIT + "\n")[0] == 0
    assert cli("templates", "reset", "disaster/update.sv").code == 0
    assert _shown(cli, "disaster/update.sv")["source"] == SV_UPDATE


def test_a_newer_bundle_over_a_local_edit_then_the_edit_removed_gives_the_newer_text(
    kit_with_bundle: tuple[CliRunner, Path],
    source: Path,
    key_prefix: Path,
    key_passphrase_file: Path,
    tmp_path: Path,
) -> None:
    cli, _ = kit_with_bundle
    out = edited_then_v2(cli, source, key_prefix, key_passphrase_file, tmp_path)
    applied = cli("bundle", "import", str(out), "--yes")
    assert applied.code == 0, applied.err
    # the edit stays in force over the newer bundle
    assert _shown(cli, "disaster/update.sv")["source"] == LOCAL_EDIT

    assert cli("templates", "reset", "disaster/update.sv").code == 0
    shown = _shown(cli, "disaster/update.sv")
    assert shown["origin"] == "bundle" and shown["source"] == SV_UPDATE_V2


def test_a_local_edit_whose_fields_disagree_with_its_stage_is_refused_as_build_refuses(
    kit_with_bundle: tuple[CliRunner, Path],
    source: Path,
    key_prefix: Path,
    key_passphrase_file: Path,
    tmp_path: Path,
) -> None:
    cli, _ = kit_with_bundle
    code, said = _edit(cli, tmp_path, "disaster/update.sv", DISAGREEING)
    assert code != 0
    refusal = (
        "templates/disaster/update.*.j2: the languages do not agree on their fields "
        "(en: next_update, progress; sv: impact)"
    )
    assert "was not saved:" in said and refusal in said, said
    assert _shown(cli, "disaster/update.sv")["source"] == SV_UPDATE  # nothing stored

    # bundle build says the same of the same texts
    (source / "templates/disaster/update.sv.j2").write_text(DISAGREEING, encoding="utf-8")
    built = bundle_build(cli, source, key_prefix, key_passphrase_file, 3, tmp_path / "bad.zip")
    assert built.code != 0 and refusal in built.err


def test_an_edit_an_older_kit_saved_over_the_bundle_says_so_and_reimport_restores(
    kit_with_bundle: tuple[CliRunner, Path], tmp_path: Path, paths: KitPaths, passphrase: str
) -> None:
    cli, bundle = kit_with_bundle
    assert _edit(cli, tmp_path, "disaster/update.sv", LOCAL_EDIT)[0] == 0
    # as the kit before migration 22 left it: the bundle's row overwritten, its text gone
    store = Store(
        paths=paths,
        raw_key=KeyFile.load(paths.key_file).unwrap(passphrase),
        key_file=KeyFile.load(paths.key_file),
    )
    try:
        with db.transaction(store.conn) as conn:
            conn.execute("UPDATE template_bundle_texts SET source = NULL WHERE language = 'sv'")
    finally:
        store.close()

    reset = cli("templates", "reset", "disaster/update.sv")
    assert reset.code == 0, reset.err
    assert "sv partners now get templates/disaster/update.en.j2 (bundle)" in reset.out
    assert "The bundle's own text of templates/disaster/update.sv.j2 is not on this kit" in (
        reset.out
    )
    assert "disaster/update.sv" not in _listed(cli)

    again = cli("bundle", "import", str(bundle), "--yes")
    assert again.code == 0, again.err
    assert "+ template templates/disaster/update.sv.j2" in again.out
    assert "already applied" not in again.out.split("Changes:")[-1]
    assert _shown(cli, "disaster/update.sv")["source"] == SV_UPDATE

    # now nothing is missing: the same bundle is simply applied already
    third = cli("bundle", "import", str(bundle), "--yes")
    assert third.code == 0 and "This bundle is already applied." in third.out
    assert "No changes to the directory." in third.out
