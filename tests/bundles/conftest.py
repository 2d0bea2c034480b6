"""Bundle fixtures: a signer key (cheap KDF), a copy of the sample source, a builder."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from app.bundles import minisign
from app.bundles.archive import Manifest, build_archive, file_entries
from app.bundles.builder import BuiltBundle, build_bundle, source_files, write_bundle
from app.bundles.importer import BundleImporter
from app.bundles.trust import TrustStore
from app.kit import Kit
from app.timefmt import iso, now

SAMPLE = Path(__file__).with_name("source")
KEY_PASSPHRASE = "it-signing-key-passphrase"

Build = Callable[..., Path]


@pytest.fixture
def signer() -> minisign.SecretKey:
    return minisign.generate()


@pytest.fixture
def key_prefix(tmp_path: Path, signer: minisign.SecretKey) -> Path:
    """PREFIX.pub / PREFIX.key on disk, encrypted with a fast (test-only) scrypt cost."""
    prefix = tmp_path / "keys" / "it"
    prefix.parent.mkdir()
    minisign.write_keypair(prefix, signer, KEY_PASSPHRASE, kdf=minisign.INTERACTIVE)
    return prefix


@pytest.fixture
def key_passphrase_file(tmp_path: Path) -> Path:
    path = tmp_path / "key-passphrase.txt"
    path.write_text(KEY_PASSPHRASE + "\n", encoding="utf-8")
    return path


@pytest.fixture
def source(tmp_path: Path) -> Path:
    folder = tmp_path / "source"
    shutil.copytree(SAMPLE, folder)
    return folder


@pytest.fixture
def build(tmp_path: Path, source: Path, signer: minisign.SecretKey) -> Build:
    """build(version, key=signer, expires_days=…, name=…) → the bundle file (+ .minisig)."""

    def _build(
        version: int,
        *,
        key: minisign.SecretKey | None = None,
        expires_days: int | None = 180,
        name: str | None = None,
        folder: Path | None = None,
    ) -> Path:
        built = build_bundle(
            folder or source, key=key or signer, version=version, expires_days=expires_days
        )
        out = tmp_path / "out" / (name or f"bundle-v{version}.zip")
        out.parent.mkdir(exist_ok=True)
        write_bundle(built, out)
        return out

    return _build


@pytest.fixture
def importer(kit: Kit) -> BundleImporter:
    return BundleImporter(conn=kit.store.conn, audit=kit.audit)


@pytest.fixture
def trusted(kit: Kit, signer: minisign.SecretKey) -> minisign.SecretKey:
    """`signer` pinned as the primary key."""
    TrustStore(conn=kit.store.conn, audit=kit.audit).pin(signer.public, role="primary")
    return signer


def signed_without_checks(
    folder: Path, key: minisign.SecretKey, out: Path, *, version: int = 1
) -> Path:
    """What an older or hand-made builder could produce from `folder`: signed, never
    checked (the import's own checks are what a test of it exercises)."""
    files = source_files(folder)
    manifest = Manifest(
        name="nordic-partners",
        version=version,
        issued=iso(now()),
        expires=None,
        files=file_entries(files),
    )
    archive = build_archive(files, manifest)
    write_bundle(BuiltBundle(manifest, archive, key.sign(archive, trusted_comment="t")), out)
    return out
