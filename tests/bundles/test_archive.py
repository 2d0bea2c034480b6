"""Zip bombs, path traversal and other unsafe archives are refused — even when signed by a
trusted key — before anything is unpacked."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from app.bundles import minisign
from app.bundles.archive import BundleRejected, Limits, path_problem, read_archive
from app.bundles.importer import BundleImporter
from app.contacts.directory import DirectoryStore
from app.kit import Kit
from tests.bundles.conftest import Build

ZIP = shutil.which("zip")
needs_zip = pytest.mark.skipif(ZIP is None, reason="Info-ZIP's zip is missing: make system-deps")


def _sign(path: Path, key: minisign.SecretKey) -> None:
    sig = key.sign(path.read_bytes(), trusted_comment="signed by a trusted but careless key")
    path.with_name(path.name + ".minisig").write_text(sig.file_text())


def _refused(importer: BundleImporter, path: Path) -> str:
    with pytest.raises(BundleRejected) as caught:
        importer.inspect(path)
    assert caught.value.reason == "unsafe_archive", str(caught.value)
    return str(caught.value)


@needs_zip
def test_a_real_zip_with_dotdot_paths_is_refused(
    kit: Kit, importer: BundleImporter, trusted: minisign.SecretKey, tmp_path: Path
) -> None:
    work = tmp_path / "work" / "inner"
    work.mkdir(parents=True)
    (work.parent / "evil.txt").write_text("overwrite me")
    (work / "contacts.csv").write_text("organisation,name\n")
    bundle = work / "bundle.zip"
    subprocess.run([ZIP, "-q", str(bundle), "contacts.csv", "../evil.txt"], cwd=work, check=True)
    assert "../evil.txt" in zipfile.ZipFile(bundle).namelist()
    _sign(bundle, trusted)
    assert "leaves its folder" in _refused(importer, bundle)
    assert DirectoryStore(conn=kit.store.conn, audit=kit.audit).contacts() == []
    assert kit.audit.entries()[0].details["reason"] == "unsafe_archive"


@needs_zip
def test_a_compressed_bomb_is_refused_without_inflating_it(
    importer: BundleImporter, trusted: minisign.SecretKey, tmp_path: Path
) -> None:
    zeros = tmp_path / "contacts.csv"
    with zeros.open("wb") as handle:
        handle.truncate(200 << 20)  # 200 MiB of zeros, sparse on disk
    bomb = tmp_path / "bomb.zip"
    subprocess.run([ZIP, "-q", "-9", str(bomb), zeros.name], cwd=tmp_path, check=True)
    assert bomb.stat().st_size < 1 << 20
    _sign(bomb, trusted)
    assert "larger than 16 MiB" in _refused(importer, bomb)


def test_a_high_ratio_file_under_the_size_limit_is_a_bomb_too(tmp_path: Path) -> None:
    path = tmp_path / "ratio.zip"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("contacts.csv", b"\0" * (8 << 20))
    with pytest.raises(BundleRejected, match="zip bomb"):
        read_archive(path.read_bytes())


def test_too_many_files_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "many.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for i in range(30):
            archive.writestr(f"runbooks/r{i}.md", b"# r\n")
    with pytest.raises(BundleRejected, match="30 entries"):
        read_archive(path.read_bytes(), Limits(max_files=20))


def test_symlinks_and_absolute_paths_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "link.zip"
    with zipfile.ZipFile(path, "w") as archive:
        info = zipfile.ZipInfo("runbooks/link.md")
        info.external_attr = 0o120777 << 16
        archive.writestr(info, "/etc/passwd")
    with pytest.raises(BundleRejected, match="symbolic link"):
        read_archive(path.read_bytes())
    for name in ("/etc/passwd", "C:/x", "a\\..\\b", "runbooks/../../x", "runbooks//x"):
        assert path_problem(name) is not None, name
    assert path_problem("templates/disaster/initial.pt-BR.sms.j2") is None


def test_a_file_not_matching_the_manifest_is_refused(
    importer: BundleImporter, trusted: minisign.SecretKey, build: Build, tmp_path: Path
) -> None:
    original = build(1)
    rebuilt = tmp_path / "rebuilt.zip"
    with zipfile.ZipFile(original) as src, zipfile.ZipFile(rebuilt, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "groups.csv":
                data = data.replace(b"Everyone", b"Nobody")
            dst.writestr(info, data)
    _sign(rebuilt, trusted)  # a trusted key signed an archive whose files were edited by hand
    with pytest.raises(BundleRejected) as caught:
        importer.inspect(rebuilt)
    assert caught.value.reason == "manifest_mismatch"
    assert "groups.csv does not match" in str(caught.value)
