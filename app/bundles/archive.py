"""The bundle archive: a zip of the source files plus `manifest.json` (name, monotonic
version, issued and expiry times, size and SHA-256 of every file).

Reading is defensive even though the signature was checked first (a trusted signer can still
make a mistake, and a signed file must not be able to harm the workstation): entry count,
sizes, compression ratio and every path are checked before a byte is inflated, and inflating
stops at the limit whatever the zip header claims.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import stat
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from app.errors import UserError
from app.i18n import Msg

MANIFEST = "manifest.json"
FORMAT = 1
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # fixed, so the same source gives the same bytes
_SAFE_PART = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._ -]*$")


class BundleRejected(UserError):
    """A bundle that must not be applied. `reason` names the case (for tests, JSON, audit)."""

    kind = "refused"

    def __init__(self, message: str, *, reason: str, what: str = "") -> None:
        super().__init__(message)
        self.reason = reason
        self.what = what or message  # the cause alone, for a message of another sentence


@dataclass(frozen=True)
class Limits:
    max_archive_bytes: int = 64 << 20
    max_files: int = 2000
    max_file_bytes: int = 16 << 20
    max_total_bytes: int = 128 << 20
    # Text compresses ~5-20×; a ratio far beyond that is a bomb, not a directory.
    max_ratio: int = 200
    max_path_length: int = 200


LIMITS = Limits()


@dataclass(frozen=True)
class FileEntry:
    path: str
    size: int
    sha256: str


@dataclass(frozen=True)
class Manifest:
    name: str
    version: int
    issued: str  # ISO 8601, UTC
    expires: str | None
    files: tuple[FileEntry, ...]
    sha256: str = ""  # of manifest.json as read from the archive (not part of its text)

    @property
    def content_hash(self) -> str:
        """What the bundle holds, independent of when it was issued."""
        digest = hashlib.sha256()
        for entry in sorted(self.files, key=lambda e: e.path):
            digest.update(f"{entry.path}\0{entry.sha256}\n".encode())
        return digest.hexdigest()

    def to_bytes(self) -> bytes:
        body: dict[str, Any] = {
            "format": FORMAT,
            "name": self.name,
            "version": self.version,
            "issued": self.issued,
            "expires": self.expires,
            "files": [
                {"path": e.path, "size": e.size, "sha256": e.sha256}
                for e in sorted(self.files, key=lambda e: e.path)
            ],
        }
        return (json.dumps(body, ensure_ascii=False, indent=2) + "\n").encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> Manifest:
        try:
            body = json.loads(data.decode("utf-8"))
            if body.get("format") != FORMAT:
                raise ValueError(
                    Msg.tr("format {found!r} is not {format}").format(
                        found=body.get("format"), format=FORMAT
                    )
                )
            files = tuple(
                FileEntry(str(f["path"]), int(f["size"]), str(f["sha256"]).lower())
                for f in body["files"]
            )
            version = body["version"]
            if not isinstance(version, int) or isinstance(version, bool) or version < 1:
                raise ValueError(Msg.tr("version must be a whole number from 1"))
            expires = body.get("expires")
            return cls(
                name=str(body["name"]),
                version=version,
                issued=str(body["issued"]),
                expires=str(expires) if expires else None,
                files=files,
                sha256=hashlib.sha256(data).hexdigest(),
            )
        except (ValueError, KeyError, TypeError, AttributeError) as err:
            raise BundleRejected(
                Msg.tr(
                    "The bundle's manifest cannot be read ({err}). Ask IT to rebuild the bundle "
                    "with 'outage-kit bundle build'."
                ).format(err=err),
                reason="bad_manifest",
            ) from None


def file_entries(files: Mapping[str, bytes]) -> tuple[FileEntry, ...]:
    return tuple(
        FileEntry(path, len(data), hashlib.sha256(data).hexdigest())
        for path, data in sorted(files.items())
    )


def build_archive(files: Mapping[str, bytes], manifest: Manifest) -> bytes:
    """A deterministic zip: manifest first, then the files in name order."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for path, data in [(MANIFEST, manifest.to_bytes()), *sorted(files.items())]:
            info = zipfile.ZipInfo(path, date_time=_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            archive.writestr(info, data)
    return out.getvalue()


def path_problem(name: str, limits: Limits = LIMITS) -> str | None:
    """Why `name` must not be unpacked, or None when it is a plain relative path."""
    if len(name) > limits.max_path_length:
        return Msg.tr("the path is too long")
    if "\\" in name or ":" in name or "\0" in name:
        return Msg.tr("the path holds '\\', ':' or NUL")
    if name.startswith("/"):
        return Msg.tr("the path is absolute")
    parts = name.split("/")
    if any(p in ("", ".", "..") for p in parts):
        return Msg.tr("the path leaves its folder ('..', '.' or '//')")
    if not all(_SAFE_PART.match(p) for p in parts):
        return Msg.tr("the path holds unusual characters")
    return None


def read_archive(data: bytes, limits: Limits = LIMITS) -> tuple[Manifest, dict[str, bytes]]:
    """The manifest and every file, after every check; raises `BundleRejected`."""
    if len(data) > limits.max_archive_bytes:
        raise _unsafe(
            Msg.tr("it is larger than {limit} MiB").format(limit=limits.max_archive_bytes >> 20)
        )
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError) as err:
        raise BundleRejected(
            Msg.tr("The bundle is not a readable zip archive ({err}).").format(err=err),
            reason="bad_archive",
        ) from None
    with archive:
        infos = _checked_entries(archive, limits)
        contents: dict[str, bytes] = {}
        total = 0
        for info in infos:
            chunk = _inflate(archive, info, limits)
            total += len(chunk)
            if total > limits.max_total_bytes:
                raise _unsafe(_too_much(limits))
            contents[info.filename] = chunk
    if MANIFEST not in contents:
        raise BundleRejected(
            Msg.tr(
                "The bundle has no manifest.json: it was not made by 'outage-kit bundle build'."
            ),
            reason="bad_manifest",
        )
    manifest = Manifest.from_bytes(contents.pop(MANIFEST))
    _match_manifest(manifest, contents)
    return manifest, contents


def _checked_entries(archive: zipfile.ZipFile, limits: Limits) -> list[zipfile.ZipInfo]:
    infos = archive.infolist()
    if len(infos) > limits.max_files + 1:
        raise _unsafe(
            Msg.tr("it holds {count} entries; at most {limit} are allowed").format(
                count=len(infos), limit=limits.max_files
            )
        )
    seen: set[str] = set()
    declared = 0
    files: list[zipfile.ZipInfo] = []
    for info in infos:
        name = info.filename
        if info.is_dir():
            problem = path_problem(name.rstrip("/"), limits)
            if problem:
                raise _unsafe(f"{name!r}: {problem}")
            continue
        problem = path_problem(name, limits)
        if problem:
            raise _unsafe(f"{name!r}: {problem}")
        if stat.S_ISLNK(info.external_attr >> 16):
            raise _unsafe(Msg.tr("{name!r} is a symbolic link").format(name=name))
        if info.flag_bits & 0x1:
            raise _unsafe(Msg.tr("{name!r} is encrypted").format(name=name))
        if name.lower() in seen:
            raise _unsafe(Msg.tr("{name!r} appears twice").format(name=name))
        seen.add(name.lower())
        if info.file_size > limits.max_file_bytes:
            raise _unsafe(
                Msg.tr("{name!r} is larger than {limit} MiB").format(
                    name=name, limit=limits.max_file_bytes >> 20
                )
            )
        if info.file_size > 4096 and info.file_size > limits.max_ratio * max(info.compress_size, 1):
            raise _unsafe(
                Msg.tr("{name!r} is compressed {ratio}× — a zip bomb").format(
                    name=name, ratio=info.file_size // info.compress_size
                )
            )
        declared += info.file_size
        files.append(info)
    if declared > limits.max_total_bytes:
        raise _unsafe(_too_much(limits))
    return files


def _inflate(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limits: Limits) -> bytes:
    """Never more than the limit, whatever the header says (headers can lie)."""
    cap = min(info.file_size, limits.max_file_bytes)
    try:
        with archive.open(info) as stream:
            data = stream.read(cap + 1)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as err:
        raise BundleRejected(
            Msg.tr("The bundle's file {name!r} cannot be unpacked ({err}).").format(
                name=info.filename, err=err
            ),
            reason="bad_archive",
        ) from None
    if len(data) > cap:
        raise _unsafe(
            Msg.tr("{name!r} unpacks to more than its header says").format(name=info.filename)
        )
    return data


def _match_manifest(manifest: Manifest, contents: Mapping[str, bytes]) -> None:
    listed = {e.path: e for e in manifest.files}
    for path in sorted(set(contents) - set(listed)):
        raise _mismatch(
            Msg.tr("{path} is in the archive but not in the manifest").format(path=path)
        )
    for path in sorted(set(listed) - set(contents)):
        raise _mismatch(
            Msg.tr("{path} is in the manifest but missing from the archive").format(path=path)
        )
    for path, entry in sorted(listed.items()):
        data = contents[path]
        if len(data) != entry.size or hashlib.sha256(data).hexdigest() != entry.sha256:
            raise _mismatch(
                Msg.tr("{path} does not match its size and SHA-256 in the manifest").format(
                    path=path
                )
            )


def _unsafe(what: str) -> BundleRejected:
    return BundleRejected(
        Msg.tr(
            "The bundle was refused as unsafe to unpack: {what}. Nothing was unpacked or changed."
        ).format(what=what),
        reason="unsafe_archive",
        what=what,
    )


def _mismatch(what: str) -> BundleRejected:
    return BundleRejected(
        Msg.tr(
            "The bundle is inconsistent: {what}. Ask IT to rebuild it with "
            "'outage-kit bundle build'."
        ).format(what=what),
        reason="manifest_mismatch",
    )


def _too_much(limits: Limits) -> str:
    return Msg.tr("it unpacks to more than {limit} MiB").format(limit=limits.max_total_bytes >> 20)
