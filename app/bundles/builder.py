"""`bundle build`: validate a whole source folder, then pack and sign it."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from app.bundles.archive import BundleRejected, Manifest, build_archive, file_entries, read_archive
from app.bundles.minisign import SecretKey, Signature
from app.contacts.model import Directory
from app.contacts.source import TEMPLATE_PATH, SourceProblems, parse_source, read_folder
from app.delivery.config import delivery_doc_problems
from app.errors import UserError
from app.fsutil import write_private
from app.i18n import Msg
from app.notices.catalog import read_shipped
from app.notices.check import check_template
from app.notices.field_labels import read_field_labels, unused_label_problems
from app.notices.lint import marked_times, template_fields, template_notes
from app.notices.templateset import (
    read_fallbacks,
    read_in_english,
    set_problems,
    unmarked_time_problems,
)
from app.timefmt import iso, now

KNOWN_FILES = (
    "bundle.toml",
    "contacts.csv",
    "groups.csv",
    "services.csv",
    "routing.csv",
    "delivery.toml",
)
KNOWN_FOLDERS = ("templates/", "runbooks/")
DEFAULT_EXPIRES_DAYS = 180
MAX_VERSION = 2**53  # stays exact in JSON everywhere


@dataclass(frozen=True)
class BuiltBundle:
    manifest: Manifest
    archive: bytes
    signature: Signature


def source_files(folder: Path) -> dict[str, bytes]:
    """The files of a bundle source. Hidden files (.git, .DS_Store) and READMEs are IT's
    own and stay out; anything else unknown is a mistake worth naming."""
    files = read_folder(folder)
    kept: dict[str, bytes] = {}
    unknown: list[str] = []
    for path, data in files.items():
        parts = path.split("/")
        if any(p.startswith(".") for p in parts) or parts[-1].upper().startswith("README"):
            continue
        if path in KNOWN_FILES or path.startswith(KNOWN_FOLDERS):
            kept[path] = data
        else:
            unknown.append(
                Msg.tr(
                    "{path}: not part of a bundle source (expected {known}, templates/…, "
                    "runbooks/…); move it out of the folder."
                ).format(path=path, known=", ".join(KNOWN_FILES))
            )
    if unknown:
        raise SourceProblems(unknown)
    return kept


def bundle_name(files: dict[str, bytes]) -> str:
    try:
        doc = tomllib.loads(files["bundle.toml"].decode("utf-8-sig"))
        name = str(doc["bundle"]["name"]).strip()
    except (KeyError, TypeError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        raise SourceProblems([Msg.tr('bundle.toml: needs [bundle] name = "…".')]) from None
    if not name:
        raise SourceProblems([Msg.tr("bundle.toml: the [bundle] name is empty.")])
    return re.sub(r"[\x00-\x1f\x7f]", " ", name)


def validate(files: dict[str, bytes]) -> str:
    """Every problem of the source at once (rows, references, syntax, template lint);
    returns the bundle's name."""
    problems: list[str] = []
    try:
        directory = parse_source(files)
        problems += template_set_problems(directory)
        problems += unmarked_time_problems(directory.templates)
        # what every kit's import refuses (e.g. a password in clear) is refused here too
        doc = directory.docs.get("delivery.toml")
        problems += [f"delivery.toml: {p}" for p in delivery_doc_problems(doc)]
    except SourceProblems as err:
        problems += err.problems
    try:
        name = bundle_name(files) if "bundle.toml" in files else ""
        if not name:
            problems.append(Msg.tr('bundle.toml: missing; it needs [bundle] name = "…".'))
    except SourceProblems as err:
        problems += err.problems
        name = ""
    # Linted from the raw files, so template problems show even when a CSV has problems too;
    # named first: a template that does not compile explains what follows from it.
    linted: list[str] = []
    for path, data in sorted(files.items()):
        match = TEMPLATE_PATH.match(path)
        if match:
            try:
                text = data.decode("utf-8-sig")
            except UnicodeDecodeError:
                continue  # parse_source has named it
            key = (match["kind"], match["stage"], match["lang"], "sms" if match["sms"] else "email")
            linted += [f"{path}: {p}" for p in check_template(text, key)]
    problems = linted + problems
    if problems:
        raise SourceProblems(problems)
    return name


def template_warnings(folder: Path) -> list[str]:
    """What works but surprises partners (app/notices/lint.py template_notes), per file."""
    texts: dict[str, tuple[str, str, str]] = {}
    for path, data in sorted(source_files(folder).items()):
        match = TEMPLATE_PATH.match(path)
        if match:
            texts[path] = (match["kind"], match["stage"], data.decode("utf-8-sig", "replace"))
    marks: dict[tuple[str, str], set[str]] = {}
    for kind, stage, text in texts.values():
        marks.setdefault((kind, stage), set()).update(marked_times(text))
    found: list[tuple[str, str]] = []
    for path, (kind, stage, text) in texts.items():
        notes = template_notes(text, kind=kind, stage=stage, marked=marks[(kind, stage)])
        found += [(path, n) for n in notes]
    return grouped_notes(found)


def grouped_notes(notes: Sequence[tuple[str, str]]) -> list[str]:
    """(template path, note) as the lines IT reads: a note is said once, naming every
    template it is about ("templates/downtime/update.cs.j2, update.cs.sms.j2: …"), not
    again for the SMS form and each language of the same stage."""
    files: dict[tuple[str, str], list[str]] = {}
    for path, note in notes:
        folder, _, name = path.rpartition("/")
        files.setdefault((folder, note), []).append(name)
    return [
        f"{folder}/{', '.join(dict.fromkeys(names))}: {note}"
        for (folder, note), names in files.items()
    ]


def template_set_problems(directory: Directory) -> list[str]:
    """Gaps and disagreements of the bundle's template set (app/notices/templateset.py)."""
    fallbacks, problems = read_fallbacks(directory.docs.get("bundle.toml"))
    problems += read_in_english(directory.docs.get("bundle.toml"))[1]
    labels, label_problems = read_field_labels(directory.docs.get("bundle.toml"))
    fields = {f for t in directory.templates for f in template_fields(t.source)}
    used = {f for f in fields if not f.startswith("&^")}  # (a legacy blank has no name)
    problems += label_problems + unused_label_problems(labels, used)
    return problems + set_problems(
        directory.templates, directory.contacts, fallbacks, read_shipped()
    )


def build_bundle(
    folder: Path,
    *,
    key: SecretKey,
    version: int,
    expires_days: int | None = DEFAULT_EXPIRES_DAYS,
    at: datetime | None = None,
) -> BuiltBundle:
    if not 1 <= version <= MAX_VERSION:
        raise UserError(
            Msg.tr("The version must be a whole number from 1; {version} is not.").format(
                version=version
            )
        )
    if expires_days is not None and not 1 <= expires_days <= 3650:
        raise UserError(
            Msg.tr("--expires-days must be between 1 and 3650 (or 0: the bundle never expires).")
        )
    files = source_files(folder)
    name = validate(files)
    issued = at or now()
    manifest = Manifest(
        name=name,
        version=version,
        issued=iso(issued),
        expires=iso(issued + timedelta(days=expires_days)) if expires_days else None,
        files=file_entries(files),
    )
    archive = build_archive(files, manifest)
    refused_by_kits(archive)
    signature = key.sign(
        archive,
        # the size lets a kit tell a copy cut short from a file changed (minisign.not_as_signed)
        trusted_comment=(
            f"outage-kit bundle {name} version {version} issued {manifest.issued} "
            f"size {len(archive)}"
        ),
    )
    return BuiltBundle(manifest, archive, signature)


def refused_by_kits(archive: bytes) -> None:
    """The checks every kit makes before unpacking, made before signing: a signed version no
    kit will apply would reach every desk, be refused there, and burn its version number."""
    try:
        read_archive(archive)
    except BundleRejected as err:
        raise UserError(
            Msg.tr(
                "Nothing was built or signed: every kit would refuse this bundle as unsafe to "
                "unpack ({what}). Make the file smaller (split a long runbook into several "
                "files) and build again."
            ).format(what=err.what)
        ) from None


def write_bundle(built: BuiltBundle, out: Path) -> Path:
    """FILE and FILE.minisig; returns the signature's path."""
    if out.is_dir():
        raise UserError(
            Msg.tr(
                "{out} is a folder; give the bundle's file name, e.g. {out}/contacts.zip."
            ).format(out=out)
        )
    sig_path = out.with_name(out.name + ".minisig")
    write_private(out, built.archive)
    sig_path.write_text(built.signature.file_text(), encoding="utf-8")
    return sig_path
