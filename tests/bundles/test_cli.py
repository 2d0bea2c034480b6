"""`outage-kit bundle …` as IT and the duty officer use it (DESIGN.md §4)."""

from __future__ import annotations

import shutil
import subprocess
from datetime import timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.bundles import minisign
from app.bundles.builder import build_bundle, write_bundle
from app.bundles.importer import BundleImporter
from app.kit import Kit
from app.timefmt import now
from app.ui.bundles.status import BundleStatusLabel
from tests.bundles.conftest import KEY_PASSPHRASE
from tests.support.cli import CliRunner
from tests.support.cli import build_bundle_with_cli as _build


@pytest.fixture
def initialised(cli: CliRunner) -> CliRunner:
    assert cli("init", "--operator", "Night Duty").code == 0
    return cli


def test_build_verify_trust_import_status(
    initialised: CliRunner,
    source: Path,
    key_prefix: Path,
    key_passphrase_file: Path,
    tmp_path: Path,
) -> None:
    cli = initialised
    out = tmp_path / "contacts-v1.zip"
    _build(cli, source, key_prefix, key_passphrase_file, 1, out)
    assert out.with_name("contacts-v1.zip.minisig").exists()

    verified = cli("--json", "bundle", "verify", str(out), "--pubkey", str(key_prefix) + ".pub")
    assert verified.code == 0, verified.err
    assert verified.json()["version"] == 1 and verified.json()["contacts"] == 5

    refused = cli("bundle", "import", str(out), "--yes")
    assert refused.code == 2 and "No bundle signer is trusted" in refused.err

    trusted = cli("--json", "bundle", "trust", str(key_prefix) + ".pub", "--yes")
    assert trusted.code == 0 and trusted.json()["role"] == "primary"
    assert len(trusted.json()["fingerprint"].split()) == 8

    unconfirmed = cli("bundle", "import", str(out))
    assert unconfirmed.code == 2 and "confirm with --yes" in unconfirmed.err
    assert "+ contact Alpha Media / Ops desk <ops@alpha.example.com>" in unconfirmed.out

    applied = cli("--json", "bundle", "import", str(out), "--yes")
    assert applied.code == 0, applied.err
    assert applied.json()["applied"] is True and applied.json()["signer"]["role"] == "primary"

    again = cli("bundle", "import", str(out), "--yes")
    assert again.code == 0 and "already applied" in again.out

    status = cli("--json", "bundle", "status")
    assert status.json()["applied"]["version"] == 1
    assert status.json()["applied"]["age_days"] == 0
    assert cli("bundle", "status").out.startswith("Bundle partner-directory version 1")

    contacts = cli("--json", "audit", "list", "--action", "bundle.")
    assert [e["action"] for e in contacts.json()] == [
        "bundle.applied",
        "bundle.signer_pinned",
        "bundle.rejected",
    ]


def test_untrust_retires_a_lost_key_and_keeps_the_backup(
    initialised: CliRunner,
    source: Path,
    key_prefix: Path,
    key_passphrase_file: Path,
    tmp_path: Path,
) -> None:
    """IT lost the primary key: the officer removes it from the command line; bundles signed
    by it are refused from then on, the backup key's bundles still get in."""
    cli = initialised
    backup_prefix = tmp_path / "keys" / "it-backup"
    minisign.write_keypair(
        backup_prefix, minisign.generate(), KEY_PASSPHRASE, kdf=minisign.INTERACTIVE
    )
    missing = cli("bundle", "untrust", "--role", "backup", "--yes")
    assert missing.code == 2 and "No backup signer is pinned" in missing.err
    assert cli("bundle", "trust", str(key_prefix) + ".pub", "--yes").code == 0
    assert (
        cli("bundle", "trust", str(backup_prefix) + ".pub", "--role", "backup", "--yes").code == 0
    )

    removed = cli("--json", "bundle", "untrust", "--role", "primary", "--yes")
    assert removed.code == 0, removed.err
    assert removed.json()["removed"]["role"] == "primary"
    assert [s["role"] for s in removed.json()["trusted"]] == ["backup"]
    status = cli("--json", "bundle", "status").json()
    assert [s["role"] for s in status["signers"]] == ["backup"]

    by_lost_key = tmp_path / "v1.zip"
    _build(cli, source, key_prefix, key_passphrase_file, 1, by_lost_key)
    refused = cli("bundle", "import", str(by_lost_key), "--yes")
    assert refused.code == 2 and "does not trust" in refused.err
    by_backup = tmp_path / "v2.zip"
    _build(cli, source, backup_prefix, key_passphrase_file, 2, by_backup)
    assert cli("bundle", "import", str(by_backup), "--yes").code == 0

    last = cli("bundle", "untrust", "--role", "backup", "--yes")
    assert last.code == 0 and "No signer is trusted now" in last.out
    actions = [e["action"] for e in cli("--json", "audit", "list", "--action", "bundle.").json()]
    assert actions.count("bundle.signer_removed") == 2


def test_rollback_and_tampering_exit_with_a_message(
    initialised: CliRunner,
    source: Path,
    key_prefix: Path,
    key_passphrase_file: Path,
    tmp_path: Path,
) -> None:
    cli = initialised
    cli("bundle", "trust", str(key_prefix) + ".pub", "--yes")
    v1, v2 = tmp_path / "v1.zip", tmp_path / "v2.zip"
    _build(cli, source, key_prefix, key_passphrase_file, 1, v1)
    _build(cli, source, key_prefix, key_passphrase_file, 2, v2)
    assert cli("bundle", "import", str(v2), "--yes").code == 0
    rollback = cli("bundle", "import", str(v1), "--yes")
    assert rollback.code == 2 and "rollback refused" in rollback.err
    data = bytearray(v2.read_bytes())
    data[-30] ^= 0xFF
    v2.write_bytes(bytes(data))
    tampered = cli("bundle", "verify", str(v2), "--pubkey", str(key_prefix) + ".pub")
    assert tampered.code == 2 and "changed after it was signed" in tampered.err


def test_build_names_every_problem_by_file_and_line(
    cli: CliRunner, source: Path, key_prefix: Path, key_passphrase_file: Path, tmp_path: Path
) -> None:
    with (source / "contacts.csv").open("a") as handle:
        handle.write("Bad Org,Ops,not-an-address,,en,UTC,all;nosuchgroup,email\n")
    (source / "templates/disaster/update.en.j2").write_text("Subject: Update\n\n{{ impact \n")
    out = tmp_path / "bad.zip"
    result = cli(
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
    assert result.code == 2
    assert "contacts.csv:7: 'not-an-address' is not an e-mail address." in result.err
    assert "contacts.csv:7: group 'nosuchgroup' is not in groups.csv." in result.err
    assert "templates/disaster/update.en.j2: line 3: '{{' is not closed" in result.err
    assert not out.exists()


def test_key_passphrase_from_the_environment_and_wrong_ones(
    cli: CliRunner,
    source: Path,
    key_prefix: Path,
    key_passphrase_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = tmp_path / "env.zip"
    args = ["bundle", "build", str(source), "--key", str(key_prefix) + ".key"]
    monkeypatch.setenv("OUTAGE_KIT_KEY_PASSPHRASE_FILE", str(key_passphrase_file))
    assert cli(*args, "--version", "1", "--out", str(out)).code == 0
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not it\n")
    monkeypatch.setenv("OUTAGE_KIT_KEY_PASSPHRASE_FILE", str(wrong))
    result = cli(*args, "--version", "2", "--out", str(tmp_path / "w.zip"))
    assert result.code == 2 and "Wrong passphrase" in result.err
    monkeypatch.delenv("OUTAGE_KIT_KEY_PASSPHRASE_FILE")
    result = cli(*args, "--version", "2", "--out", str(tmp_path / "w.zip"))
    assert result.code == 2 and "--key-passphrase-file" in result.err


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("minisign") is None, reason="needs Debian's minisign")
def test_keygen_makes_keys_minisign_uses(
    cli: CliRunner, source: Path, key_passphrase_file: Path, tmp_path: Path
) -> None:
    """The real (1 GiB scrypt) key: made by the kit, used by the kit, checked by minisign."""
    prefix = tmp_path / "it-2026"
    made = cli(
        "--json",
        "bundle",
        "keygen",
        "--out",
        str(prefix),
        "--key-passphrase-file",
        str(key_passphrase_file),
    )
    assert made.code == 0, made.err
    assert made.json()["public_key"].startswith("RW")
    out = tmp_path / "bundle.zip"
    built = cli(
        "bundle",
        "build",
        str(source),
        "--key",
        str(prefix) + ".key",
        "--version",
        "1",
        "--out",
        str(out),
        "--key-passphrase-file",
        str(key_passphrase_file),
    )
    assert built.code == 0, built.err
    checked = subprocess.run(
        ["minisign", "-V", "-p", str(prefix) + ".pub", "-m", str(out)],
        capture_output=True,
        text=True,
    )
    assert checked.returncode == 0, checked.stderr
    assert "outage-kit bundle partner-directory version 1" in checked.stdout
    assert KEY_PASSPHRASE not in (prefix.with_name("it-2026.key")).read_text()


def test_an_old_bundle_is_pointed_out_after_the_days_in_settings(
    qtbot: QtBot,
    cli: CliRunner,
    kit: Kit,
    trusted: minisign.SecretKey,
    source: Path,
    tmp_path: Path,
) -> None:
    out = tmp_path / "old.zip"
    issued = now() - timedelta(days=70)
    write_bundle(build_bundle(source, key=trusted, version=1, expires_days=180, at=issued), out)
    importer = BundleImporter(conn=kit.store.conn, audit=kit.audit)
    importer.apply(importer.inspect(out))
    label = BundleStatusLabel(kit)
    qtbot.addWidget(label)
    assert label.text() == "bundle v1 (70 days) · old"
    assert cli("--json", "bundle", "status").json()["applied"]["old"] is True
    assert "NOTE: older than 60 days" in cli("bundle", "status").out

    kit.settings.set("bundle_old_days", 90)  # the Settings section's spin box
    label.refresh()
    assert label.text() == "bundle v1 (70 days)"
    assert cli("--json", "bundle", "status").json()["applied"]["old"] is False
    assert "NOTE" not in cli("bundle", "status").out


def test_build_refuses_a_password_path_without_tls(
    initialised: CliRunner,
    source: Path,
    key_prefix: Path,
    key_passphrase_file: Path,
    tmp_path: Path,
) -> None:
    """Every kit's import refuses such a bundle: IT learns it when building, not from the
    officers (issue 14, point 4)."""
    text = (source / "delivery.toml").read_text()
    (source / "delivery.toml").write_text(
        text.replace('security = "starttls"', 'security = "none"')
    )
    out = tmp_path / "contacts-v1.zip"
    key = str(key_prefix.with_name(key_prefix.name + ".key"))
    result = initialised(
        "bundle", "build", str(source), "--key", key, "--version", "1", "--out", str(out),
        "--key-passphrase-file", str(key_passphrase_file),
    )  # fmt: skip
    assert result.code == 2, (result.out, result.err)
    assert (
        'delivery.toml: office-relay: a username with security = "none" would send the '
        "password in clear" in result.err
    ), result.err
    assert "Internal error" not in result.err
    assert not out.exists() and not out.with_name(out.name + ".minisig").exists()


def test_a_script_pins_or_removes_a_signer_only_with_yes(
    initialised: CliRunner, key_prefix: Path
) -> None:
    """Nobody at a terminal saw the fingerprint: `bundle trust` and `bundle untrust` without
    --yes (no terminal, or --json) change nothing and name the flag that confirms."""
    cli = initialised
    pub = str(key_prefix) + ".pub"
    for args in (("bundle", "trust", pub), ("--json", "bundle", "trust", pub)):
        unasked = cli(*args)
        assert unasked.code == 2 and "confirm with --yes" in unasked.err, unasked.err
        assert cli("--json", "bundle", "status").json()["signers"] == []
    assert cli("--json", "bundle", "trust", pub).json()["details"]["flag"] == "--yes"
    assert cli("bundle", "trust", pub, "--yes").code == 0
    for args in (("bundle", "untrust", "--role", "primary"), ("--json", "bundle", "untrust")):
        kept = cli(*args, "--role", "primary") if args[0] == "--json" else cli(*args)
        assert kept.code == 2 and "confirm with --yes" in kept.err, kept.err
        [signer] = cli("--json", "bundle", "status").json()["signers"]
        assert signer["role"] == "primary"
