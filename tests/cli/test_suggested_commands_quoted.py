"""A command the kit suggests can be copied as it is printed, whatever folder it names (a
walk on Windows: `bundle keygen --out "…\\IT Źródło\\podpis klíč"` said "Pin it on each kit:
outage-kit bundle trust Z:\\…\\IT Źródło\\podpis klíč.pub", which a Windows or Linux shell
splits at the spaces; `check` and a backup that refused an unsound store suggest "outage-kit
restore <backup>" from a data folder that may hold spaces too)."""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest

from app.bundles import minisign
from app.fsutil import as_argument
from tests.support.cli import CliRunner


def test_the_trust_command_keygen_suggests_can_be_copied(
    cli: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the real key's 1 GiB scrypt is not what this test is about
    real = minisign.write_keypair
    monkeypatch.setattr(
        minisign,
        "write_keypair",
        lambda prefix, key, passphrase: real(prefix, key, passphrase, kdf=minisign.INTERACTIVE),
    )
    folder = tmp_path / "IT Źródło"
    folder.mkdir()
    passphrase = folder / "klic heslo.txt"
    passphrase.write_text("signing-key-passphrase\n", encoding="utf-8")
    prefix = folder / "podpis klíč"
    made = cli("bundle", "keygen", "--out", str(prefix), "--key-passphrase-file", str(passphrase))
    assert made.code == 0, made.err
    [line] = [x for x in made.out.splitlines() if x.startswith("Pin it on each kit: ")]
    command = shlex.split(line.removeprefix("Pin it on each kit: "))
    assert command == ["outage-kit", "bundle", "trust", f"{prefix}.pub"], line


@pytest.mark.parametrize(
    ("path", "windows", "typed"),
    [
        (r"Z:\kit\backups\store.okbak", True, r"Z:\kit\backups\store.okbak"),
        (r"C:\Dyżur Łódź\dane kit\store.okbak", True, r'"C:\Dyżur Łódź\dane kit\store.okbak"'),
        ("/home/duty/kit/store.okbak", False, "/home/duty/kit/store.okbak"),
        ("/home/duty/dane kit/store.okbak", False, "'/home/duty/dane kit/store.okbak'"),
    ],
)
def test_a_path_is_quoted_only_when_the_shell_needs_it(
    path: str, windows: bool, typed: str
) -> None:
    assert as_argument(path, windows=windows) == typed
