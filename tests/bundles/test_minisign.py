"""Keys and signatures interoperate with the real `minisign` tool, both ways."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from app.bundles import minisign
from app.bundles.minisign import PublicKey, SecretKey, Signature, SignatureError
from tests.bundles.conftest import KEY_PASSPHRASE
from tests.support.private import assert_owner_only

MINISIGN = shutil.which("minisign")
needs_minisign = pytest.mark.skipif(
    MINISIGN is None, reason="Debian's minisign is missing: run 'make system-deps'"
)


def test_a_secret_key_opens_only_with_its_passphrase(key_prefix: Path) -> None:
    key_file = key_prefix.with_name("it.key")
    key = SecretKey.load(key_file, KEY_PASSPHRASE)
    assert key.public == PublicKey.load(key_prefix.with_name("it.pub"))
    assert_owner_only(key_file)
    with pytest.raises(SignatureError, match="Wrong passphrase"):
        SecretKey.load(key_file, "not the passphrase")
    with pytest.raises(SignatureError, match="key-passphrase-file"):
        SecretKey.load(key_file, None)


def test_keygen_never_overwrites_a_key(key_prefix: Path, signer: SecretKey) -> None:
    with pytest.raises(Exception, match="already exists"):
        minisign.write_keypair(key_prefix, signer, "x", kdf=minisign.INTERACTIVE)


def test_signature_catches_changed_data_and_changed_comment(signer: SecretKey) -> None:
    signature = signer.sign(b"contacts", trusted_comment="version 3")
    signature.check(b"contacts", signer.public)
    with pytest.raises(SignatureError) as changed:
        signature.check(b"contactz", signer.public)
    assert changed.value.reason == "tampered"
    forged = Signature.decode(signature.file_text().replace("version 3", "version 9"))
    with pytest.raises(SignatureError) as comment:
        forged.check(b"contacts", signer.public)
    assert comment.value.reason == "bad_signature"


@needs_minisign
def test_the_kit_verifies_what_minisign_signed(tmp_path: Path) -> None:
    subprocess.run(
        [MINISIGN, "-G", "-W", "-p", "ms.pub", "-s", "ms.key"],
        cwd=tmp_path,
        check=True,
        capture_output=True,
    )
    data = tmp_path / "bundle.zip"
    data.write_bytes(b"PK\x03\x04 pretend archive")
    subprocess.run(
        [MINISIGN, "-S", "-s", "ms.key", "-m", "bundle.zip", "-t", "from minisign"],
        cwd=tmp_path,
        check=True,
        capture_output=True,
    )
    signature = Signature.load(tmp_path / "bundle.zip.minisig")
    public = PublicKey.load(tmp_path / "ms.pub")
    signature.check(data.read_bytes(), public)
    assert signature.trusted_comment == "from minisign"
    # The kit also opens minisign's secret key (same key id and public key).
    assert SecretKey.load(tmp_path / "ms.key", None).public == public
    # minisign prints the key id the same way the kit does.
    assert public.key_id_text in (tmp_path / "ms.pub").read_text()


@needs_minisign
def test_minisign_verifies_what_the_kit_signed_and_opens_its_key(
    tmp_path: Path, key_prefix: Path, signer: SecretKey
) -> None:
    data = tmp_path / "bundle.zip"
    data.write_bytes(b"PK\x03\x04 pretend archive")
    sig = signer.sign(data.read_bytes(), trusted_comment="outage-kit bundle v7")
    (tmp_path / "bundle.zip.minisig").write_text(sig.file_text())
    checked = subprocess.run(
        [MINISIGN, "-V", "-p", str(key_prefix.with_name("it.pub")), "-m", str(data)],
        capture_output=True,
        text=True,
    )
    assert checked.returncode == 0, checked.stderr
    assert "outage-kit bundle v7" in checked.stdout
    # minisign decrypts the kit's encrypted secret key (scrypt parameters match libsodium's).
    other = tmp_path / "other.txt"
    other.write_text("signed by minisign with the kit's key")
    signed = subprocess.run(
        [MINISIGN, "-S", "-s", str(key_prefix.with_name("it.key")), "-m", str(other)],
        input=KEY_PASSPHRASE + "\n",
        capture_output=True,
        text=True,
    )
    assert signed.returncode == 0, signed.stderr
    Signature.load(tmp_path / "other.txt.minisig").check(other.read_bytes(), signer.public)


def test_fingerprint_is_derived_from_the_key_not_the_chosen_id(signer: SecretKey) -> None:
    twin = minisign.generate(key_id=signer.key_id)
    assert twin.public.key_id_text == signer.public.key_id_text
    assert twin.public.fingerprint != signer.public.fingerprint
