"""A bundle's own field labels on the command line (bundle.toml `[fields.<name>]`): a
missing field is named by its label in the kit's language, with the key `--fields` takes;
`bundle build` refuses a label for a field no template uses, a malformed table, and an
unquoted `label.pl` with the way to write it."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

from app.timefmt import now
from tests.support.cli import CliRunner
from tests.support.labels_bundle import build_args, labelled_incident, write_labels_source


def test_notify_names_a_missing_field_by_its_label_in_the_kits_language(
    cli: CliRunner, tmp_path: Path, key_prefix: Path, key_passphrase_file: Path
) -> None:
    ref = labelled_incident(cli, tmp_path, key_prefix, key_passphrase_file)
    fields = tmp_path / "fields.json"
    fields.write_text(json.dumps({"scope": "Mobile only"}), "utf-8")
    args = ("incident", "notify", ref, "--stage", "initial", "--fields", str(fields))
    polish = cli.subprocess(*args, env={"OUTAGE_KIT_LANG": "pl"})
    assert polish.code != 0
    assert "'Czego partnerzy nie mogą zrobić (customer_impact)'" in polish.err, polish.err
    assert "Których sieci" not in polish.err  # filled in: not asked for
    english = cli.subprocess(*args, env={"OUTAGE_KIT_LANG": "en"})
    assert "Fill in the field 'What partners cannot do (customer_impact)'" in english.err
    # the keys stay the field names: given, the notice goes out
    promise = (now() + timedelta(hours=2)).isoformat(timespec="minutes")
    given = {"scope": "Mobile", "customer_impact": "No calls", "next_update": promise}
    fields.write_text(json.dumps(given), "utf-8")
    queued = cli.subprocess(*args, env={"OUTAGE_KIT_LANG": "pl"})
    assert queued.code == 0, queued.err


def test_build_refuses_a_label_for_a_field_no_template_uses(
    cli: CliRunner, tmp_path: Path, key_prefix: Path, key_passphrase_file: Path
) -> None:
    out = tmp_path / "out.zip"
    unused = '[fields.root_cause]\nlabel = "Cause"\n"label.pl" = "Przyczyna"\n'
    source = write_labels_source(tmp_path / "src", unused)
    refused = cli.subprocess(*build_args(source, key_prefix, key_passphrase_file, out))
    assert refused.code != 0 and not out.exists()
    assert (
        "bundle.toml: [fields.root_cause] labels a field no template uses; the templates' "
        "fields are: customer_impact, fix_note, next_update, scope." in refused.err
    ), refused.err
    polish = cli.subprocess(
        *build_args(source, key_prefix, key_passphrase_file, out), env={"OUTAGE_KIT_LANG": "pl"}
    )
    assert "[fields.root_cause] opisuje pole, którego nie używa żaden szablon" in polish.err
    # a malformed table: a label that is no text, a key that is no label
    bad = '[fields.scope]\nlabel = 3\ntitle = "Which"\n'
    source = write_labels_source(tmp_path / "src2", bad)
    refused = cli.subprocess(*build_args(source, key_prefix, key_passphrase_file, out))
    assert refused.code != 0 and not out.exists()
    assert "bundle.toml: [fields.scope]: label must be one line of text." in refused.err
    assert "bundle.toml: [fields.scope]: 'title' is not label or \"label.<language>\"" in (
        refused.err
    )
    # `label.pl` unquoted is a TOML error: said with the way to write it
    source = write_labels_source(tmp_path / "src3", '[fields.scope]\nlabel = "A"\nlabel.pl = "B"\n')
    refused = cli.subprocess(*build_args(source, key_prefix, key_passphrase_file, out))
    assert refused.code != 0
    assert 'write a label per language with its key quoted: "label.pl" = "…".' in refused.err
