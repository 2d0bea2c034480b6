"""A bundle file cut short (a copy to the USB stick or a download that stopped) is said to
look incomplete, not "changed after it was signed" (a new-user walk: the officer was told it
was tampered with, when copying it again was all it needed): shorter than the size signed
into its trusted comment, or — a bundle signed before the size was — an archive without its
end. A byte changed inside is still "changed after it was signed"."""

from __future__ import annotations

from pathlib import Path

from app.bundles import minisign
from tests.support.cli import CliRunner
from tests.support.cli import build_bundle_with_cli as build

INCOMPLETE = "looks incomplete"


def _verify(cli: CliRunner, bundle: Path, key_prefix: Path) -> str:
    done = cli("bundle", "verify", str(bundle), "--pubkey", str(key_prefix) + ".pub")
    assert done.code == 2, done.out
    return done.err


def test_a_bundle_cut_short_is_said_to_look_incomplete(
    cli: CliRunner,
    source: Path,
    key_prefix: Path,
    key_passphrase_file: Path,
    signer: minisign.SecretKey,
    tmp_path: Path,
) -> None:
    assert cli("init", "--operator", "Night Duty").code == 0
    assert cli("bundle", "trust", str(key_prefix) + ".pub", "--yes").code == 0
    bundle = tmp_path / "v1.zip"
    build(cli, source, key_prefix, key_passphrase_file, 1, bundle)
    whole = bundle.read_bytes()
    signature = minisign.Signature.load(bundle.with_name("v1.zip.minisig"))
    assert f"size {len(whole)}" in signature.trusted_comment

    bundle.write_bytes(whole[:1000])  # the copy stopped
    said = _verify(cli, bundle, key_prefix)
    assert INCOMPLETE in said and f"1000 bytes, and {len(whole)} were signed" in said, said
    assert "changed after it was signed" not in said
    imported = cli("bundle", "import", str(bundle), "--yes")
    assert imported.code == 2 and INCOMPLETE in imported.err, imported.err

    # signed before the kit wrote the size: the archive's missing end tells
    old = signer.sign(whole, trusted_comment="outage-kit bundle sample version 1 issued x")
    bundle.with_name("v1.zip.minisig").write_text(old.file_text(), encoding="utf-8")
    said = _verify(cli, bundle, key_prefix)
    assert INCOMPLETE in said and "cut off before its end" in said, said

    changed = bytearray(whole)
    changed[len(changed) // 2] ^= 0x01  # whole, one byte changed
    bundle.write_bytes(bytes(changed))
    said = _verify(cli, bundle, key_prefix)
    assert "changed after it was signed" in said and INCOMPLETE not in said, said
