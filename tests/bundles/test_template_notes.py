"""A bundle whose planned-work templates would surprise partners: a completion naming
{{ next_update }} (it promises nothing), an update without {{ progress }} (the plan's
reminders, a move's reason and an extension's note travel in it). Built, imported and
linted with a warning saying so — never silently."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.cli import CliRunner


@pytest.fixture
def initialised(cli: CliRunner) -> CliRunner:
    assert cli("init", "--operator", "Night Duty").code == 0
    return cli


def test_build_import_and_lint_warn_about_planned_work_templates(
    initialised: CliRunner,
    source: Path,
    key_prefix: Path,
    key_passphrase_file: Path,
    tmp_path: Path,
) -> None:
    cli = initialised
    templates = source / "templates" / "downtime"
    (templates / "completed.en.j2").write_text(
        "Subject: Done: {{ incident.title }}\n\nDone. Next update {{ next_update }}.\n", "utf-8"
    )
    (templates / "update.en.j2").write_text(
        "Subject: Update: {{ incident.title }}\n\nStill working. Next by {{ next_update }}.\n",
        "utf-8",
    )
    out = tmp_path / "contacts-v1.zip"
    built = cli(
        "bundle",
        "build",
        str(source),
        "--key",
        str(key_prefix) + ".key",
        "--version",
        "1",
        "--out",
        str(out),
        "--key-passphrase-file",
        str(key_passphrase_file),
    )
    assert built.code == 0, built.err
    assert "templates/downtime/completed.en.j2: a closing notice (completed)" in built.err
    assert "templates/downtime/update.en.j2: a planned-work update without" in built.err
    # the braces print once, as the officer types them into a template
    assert "without {{ progress }}:" in built.err and "Add {{ progress }}." in built.err
    assert "{{{" not in built.err
    assert cli("bundle", "trust", str(key_prefix) + ".pub", "--yes").code == 0
    inspected = cli("bundle", "import", str(out))
    assert "WARNING: templates/downtime/update.en.j2" in inspected.out + inspected.err
    assert cli("bundle", "import", str(out), "--yes").code == 0
    linted = cli("templates", "lint", "downtime/completed.en")
    assert linted.code == 0 and "promises no next update" in linted.out
    linted = cli("templates", "lint", "downtime/update.en")
    assert "without {{ progress }}:" in linted.out and "{{{" not in linted.out
    polish = cli.subprocess(
        "templates", "lint", "downtime/update.en", env={"OUTAGE_KIT_LANG": "pl"}
    )
    assert "bez {{ progress }}:" in polish.out and "Dodaj {{ progress }}." in polish.out
    assert "{{{" not in polish.out
