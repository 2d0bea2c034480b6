"""Importing a bundle: verify the signature before anything is parsed, unpack within limits,
refuse rollbacks, show the diff, apply all-or-nothing with the local edits kept."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path

from app.audit import AuditLog
from app.bundles.archive import LIMITS, BundleRejected, Limits, Manifest, read_archive
from app.bundles.builder import grouped_notes, template_set_problems
from app.bundles.diff import BundleDiff, diff_directories
from app.bundles.history import AppliedBundle, current_bundle, record
from app.bundles.language_warnings import language_warnings
from app.bundles.minisign import Signature, SignatureError
from app.bundles.names import SIGNATURE_SUFFIX
from app.bundles.trust import TrustedSigner, TrustStore
from app.contacts.directory import DirectoryStore
from app.contacts.model import Contact, Directory, Template
from app.contacts.source import SourceProblems, parse_source
from app.delivery.config import delivery_doc_problems
from app.errors import NotFound, UserError
from app.i18n import Msg, Words
from app.notices.check import check_template
from app.notices.lint import template_notes
from app.notices.templateset import stage_marks
from app.store import db
from app.timefmt import iso, local_text, now, parse_time


@dataclass
class Inspection:
    """A verified bundle and what applying it would do. Nothing is changed yet."""

    path: Path
    manifest: Manifest
    manifest_sha256: str
    signer: TrustedSigner
    trusted_comment: str
    directory: Directory
    diff: BundleDiff
    current: AppliedBundle | None
    already_applied: bool = False
    # the version in force, but the store lacks part of it (e.g. a template an older kit
    # lost under a local edit): applying it again puts back what the diff shows
    repair: bool = False
    expired: bool = False
    warnings: list[str] = field(default_factory=list)


def bundle_files(path: Path) -> tuple[Path, Path]:
    """(bundle, signature) for either of the two being named."""
    if path.name.endswith(SIGNATURE_SUFFIX):
        return path.with_name(path.name[: -len(SIGNATURE_SUFFIX)]), path
    return path, path.with_name(path.name + SIGNATURE_SUFFIX)


class BundleImporter:
    def __init__(self, *, conn: db.Connection, audit: AuditLog, limits: Limits = LIMITS) -> None:
        self._conn = conn
        self._audit = audit
        self._limits = limits
        self.trust = TrustStore(conn=conn, audit=audit)
        self.directory = DirectoryStore(conn=conn, audit=audit)

    # -- inspect ------------------------------------------------------------------------

    def inspect(self, path: Path) -> Inspection:
        """Verify and diff; a refusal is audited and raised as `BundleRejected`."""
        try:
            return self._inspect(path)
        except (BundleRejected, SourceProblems) as err:
            reason = getattr(err, "reason", "bad_source")
            self._audit.append("bundle.rejected", file=path.name, reason=reason)
            raise

    def _inspect(self, path: Path) -> Inspection:
        bundle_path, sig_path = bundle_files(path)
        data = self._read_bundle(bundle_path)
        signature = self._read_signature(sig_path, bundle_path)
        signer = self._verify(data, signature)
        # Only now, with the signature sound, is anything inside the archive looked at.
        manifest, files = read_archive(data, self._limits)
        try:
            incoming = parse_source(files)
        except SourceProblems as err:
            raise BundleRejected(str(err), reason="bad_source") from None
        template_problems = _template_problems(incoming)
        if template_problems:  # gaps, disagreements, templates that would stall the kit
            raise BundleRejected(
                Msg.tr(
                    "The bundle's templates are refused; nothing was changed. Ask IT for a "
                    "corrected bundle:"
                )
                + "\n  "
                + "\n  ".join(template_problems),
                reason="bad_source",
            )
        delivery_problems = delivery_doc_problems(incoming.docs.get("delivery.toml"))
        if delivery_problems:  # e.g. a password that would cross the network in clear
            raise BundleRejected(
                Msg.tr(
                    "The bundle's delivery.toml is refused; nothing was changed. Ask IT for a "
                    "corrected bundle:"
                )
                + "\n  "
                + "\n  ".join(delivery_problems),
                reason="bad_source",
            )
        current = current_bundle(self._conn)
        already = _check_version(manifest, current)
        diff = diff_directories(
            self.directory.load(),
            incoming,
            local_templates=self.local_templates(),
            bundle_texts=self.bundle_texts(),
        )
        repair = already and bool(diff.changes)
        inspection = Inspection(
            path=bundle_path,
            manifest=manifest,
            manifest_sha256=manifest.sha256,
            signer=signer,
            trusted_comment=signature.trusted_comment,
            directory=incoming,
            diff=diff,
            current=current,
            already_applied=already and not repair,
            repair=repair,
        )
        if repair:
            inspection.warnings.append(
                Msg.tr(
                    "Version {version} is already applied, but this kit lacks part of it (the "
                    "changes listed). Applying it again puts them back."
                ).format(version=manifest.version)
            )
        self._add_warnings(inspection)
        return inspection

    def _read_bundle(self, path: Path) -> bytes:
        try:
            if path.is_dir():
                raise BundleRejected(
                    Msg.tr(
                        "{path} is a folder, not a bundle: choose the .zip file IT sent "
                        "(with its .minisig beside it)."
                    ).format(path=path),
                    reason="bad_archive",
                )
            size = path.stat().st_size
            if size == 0:
                raise BundleRejected(
                    Msg.tr(
                        "{name} is empty (0 bytes): the copy did not finish, or the stick "
                        "was pulled out too early. Copy the bundle from IT again; nothing was "
                        "changed."
                    ).format(name=path.name),
                    reason="bad_archive",
                )
            if size > self._limits.max_archive_bytes:
                raise BundleRejected(
                    Msg.tr(
                        "{name} is {size} MiB; a bundle is at most {limit} MiB. Nothing was read."
                    ).format(
                        name=path.name, size=size >> 20, limit=self._limits.max_archive_bytes >> 20
                    ),
                    reason="unsafe_archive",
                )
            with path.open("rb") as handle:
                return handle.read(self._limits.max_archive_bytes + 1)
        except FileNotFoundError:
            raise NotFound(Msg.tr("There is no bundle file {path}.").format(path=path)) from None
        except OSError as err:
            raise UserError(
                Msg.tr("Cannot read the bundle {path}: {error}.").format(path=path, error=err)
            ) from None

    @staticmethod
    def _read_signature(sig_path: Path, bundle_path: Path) -> Signature:
        if not sig_path.exists():
            raise BundleRejected(
                Msg.tr(
                    "{bundle} has no signature ({signature} is not next to it). Unsigned "
                    "bundles are never applied: copy both files from IT."
                ).format(bundle=bundle_path.name, signature=sig_path.name),
                reason="unsigned",
            )
        try:
            return Signature.load(sig_path)
        except SignatureError as err:
            raise BundleRejected(str(err), reason=err.reason) from None

    def _verify(self, data: bytes, signature: Signature) -> TrustedSigner:
        signers = self.trust.signers()
        if not signers:
            raise BundleRejected(
                Msg.tr(
                    "No bundle signer is trusted on this kit yet. Pin IT's public key first "
                    "(outage-kit bundle trust FILE.pub, or Kit ▸ Contact bundle and signers…) "
                    "after checking its fingerprint with IT."
                ),
                reason="no_trusted_signer",
            )
        signer = next((s for s in signers if s.key.key_id == signature.key_id), None)
        if signer is None:
            pinned = ", ".join(f"{Words.tr(s.role)} {s.key_id}" for s in signers)
            raise BundleRejected(
                Msg.tr(
                    "The bundle is signed by key {key}, which this kit does not trust "
                    "(trusted: {pinned}). It was not applied. If IT changed keys, check the "
                    "new key's fingerprint with IT and pin it (Kit ▸ Contact bundle and "
                    "signers…, or outage-kit bundle trust FILE.pub)."
                ).format(key=signature.key_id_text, pinned=pinned),
                reason="unknown_signer",
            )
        try:
            signature.check(data, signer.key)
        except SignatureError as err:
            raise BundleRejected(str(err), reason=err.reason) from None
        return signer

    def _add_warnings(self, inspection: Inspection) -> None:
        manifest, current = inspection.manifest, inspection.current
        at = now()
        if manifest.expires and parse_time(manifest.expires) <= at:
            inspection.expired = True
            inspection.warnings.append(
                Msg.tr(
                    "This bundle EXPIRED on {expires}. It can still be applied (it is newer "
                    "than what the kit holds), but ask IT for a fresh one."
                ).format(expires=local_text(manifest.expires))
            )
        if parse_time(manifest.issued) > at:
            inspection.warnings.append(
                Msg.tr(
                    "The bundle says it was issued in the future ({issued}): check this "
                    "workstation's clock."
                ).format(issued=local_text(manifest.issued))
            )
        # a field that reads like a time but is shown as typed is said, not refused: the
        # bundle is IT's signed word, and refusing it would leave the officer on an old
        # contact list; `bundle build` refuses it, and the notice form refuses a clock
        # typed into such a field (app/incidents/field_times.py)
        marks = stage_marks(inspection.directory.templates)
        inspection.warnings += grouped_notes(
            [
                (
                    f"templates/{t.kind}/{t.stage}.{t.language}."
                    f"{'sms.' if t.channel == 'sms' else ''}j2",
                    note,
                )
                for t in inspection.directory.templates
                for note in template_notes(
                    t.source, kind=t.kind, stage=t.stage, marked=marks[(t.kind, t.stage)]
                )
            ]
        )
        inspection.warnings += language_warnings(inspection.directory)
        if current is not None and current.name != manifest.name:
            inspection.warnings.append(
                Msg.tr(
                    "The bundle is called {name!r}, the one applied before {before!r}: make "
                    "sure it is meant for this kit."
                ).format(name=manifest.name, before=current.name)
            )

    def local_templates(self) -> list[Template]:
        rows = self._conn.execute(
            "SELECT kind, stage, language, channel, source FROM templates "
            "WHERE origin = 'local' ORDER BY 1, 2, 3, 4"
        )
        return [Template(*r) for r in rows]

    def bundle_texts(self) -> dict[tuple[str, str, str, str], str | None]:
        """The bundle's own text of each template edited here (None: an older kit lost it)."""
        rows = self._conn.execute(
            "SELECT kind, stage, language, channel, source FROM template_bundle_texts"
        )
        return {(str(k), str(s), str(la), str(c)): src for k, s, la, c, src in rows}

    # -- apply --------------------------------------------------------------------------

    def apply(self, inspection: Inspection, *, keep_local_edits: bool = True) -> AppliedBundle:
        """One transaction: the directory, the history row and the audit entries commit
        together or not at all."""
        manifest = inspection.manifest
        with db.transaction(self._conn) as conn:
            # Checked again inside the transaction: another import may have run since.
            if _check_version(manifest, current_bundle(conn)) and not inspection.repair:
                raise BundleRejected(
                    Msg.tr("Version {version} is already applied; nothing to do.").format(
                        version=manifest.version
                    ),
                    reason="already_applied",
                )
            merged, local_contacts, local_templates = self._merged(
                inspection.directory, keep_local_edits
            )
            self.directory.replace(
                merged, origin="bundle", reason=f"bundle {manifest.name} v{manifest.version}"
            )
            self._restore_local_origins(conn, local_contacts, local_templates)
            _keep_bundle_texts(conn, inspection.directory.templates, local_templates)
            applied = AppliedBundle(
                name=manifest.name,
                version=manifest.version,
                signer_key_id=inspection.signer.key_id,
                signer_role=inspection.signer.role,
                fingerprint=inspection.signer.fingerprint,
                issued=manifest.issued,
                expires=manifest.expires,
                manifest_sha256=inspection.manifest_sha256,
                content_sha256=manifest.content_hash,
                applied_at=iso(now()),
                expired_on_apply=inspection.expired,
            )
            record(conn, applied)
            self._audit.append(
                "bundle.applied",
                file=inspection.path.name,
                name=manifest.name,
                version=manifest.version,
                previous_version=inspection.current.version if inspection.current else None,
                signer=inspection.signer.key_id,
                signer_role=inspection.signer.role,
                issued=manifest.issued,
                expires=manifest.expires,
                expired=inspection.expired,
                manifest_sha256=inspection.manifest_sha256,
                changes=inspection.diff.summary(),
                kept_local_contacts=len(local_contacts),
                kept_local_templates=len(local_templates),
                discarded_local_edits=not keep_local_edits and inspection.diff.has_local_edits,
            )
        return applied

    def _merged(
        self, incoming: Directory, keep: bool
    ) -> tuple[Directory, list[Contact], list[Template]]:
        """The bundle's directory plus, when kept, the contacts and templates edited here."""
        if not keep:
            return incoming, [], []
        groups = {g.id for g in incoming.groups}
        contacts = {c.key: c for c in incoming.contacts}
        local_origin: list[Contact] = []
        for contact in self.directory.contacts():
            if contact.origin == "local" and contact.key in contacts:
                continue  # IT has taken it into the bundle: the bundle's entry now rules
            if contact.origin == "local" or contact.edited_locally:
                kept = dataclasses.replace(
                    contact, id=None, groups=tuple(g for g in contact.groups if g in groups)
                )
                contacts[contact.key] = kept
                if contact.origin == "local":
                    local_origin.append(kept)
        templates = {t.key: t for t in incoming.templates}
        local_templates = self.local_templates()
        templates.update({t.key: t for t in local_templates})
        merged = dataclasses.replace(
            incoming, contacts=list(contacts.values()), templates=list(templates.values())
        )
        return merged, local_origin, local_templates

    @staticmethod
    def _restore_local_origins(
        conn: db.Connection, contacts: list[Contact], templates: list[Template]
    ) -> None:
        # DirectoryStore.replace() marks everything as the bundle's; put back what is local.
        for contact in contacts:
            conn.execute(
                "UPDATE contacts SET origin = 'local' WHERE "
                "(email <> '' AND lower(email) = ?) OR (email = '' AND phone = ?)",
                (contact.key, contact.key),
            )
        conn.executemany(
            "UPDATE templates SET origin = 'local' "
            "WHERE kind = ? AND stage = ? AND language = ? AND channel = ?",
            [t.key for t in templates],
        )


def _keep_bundle_texts(
    conn: db.Connection, incoming: list[Template], local: list[Template]
) -> None:
    """The bundle's own text of every template edited here, for when the edit is removed
    (TemplateCatalog.remove_local): the newer bundle's text replaces the older one's."""
    edited = {t.key for t in local}
    conn.execute("DELETE FROM template_bundle_texts")
    conn.executemany(
        "INSERT INTO template_bundle_texts (kind, stage, language, channel, source) "
        "VALUES (?, ?, ?, ?, ?)",
        [(*t.key, t.source) for t in incoming if t.key in edited],
    )


def _template_problems(incoming: Directory) -> list[str]:
    problems = [
        f"{t.path}: {p}" for t in incoming.templates for p in check_template(t.source, t.key)
    ]
    return problems + template_set_problems(incoming)


def _check_version(manifest: Manifest, current: AppliedBundle | None) -> bool:
    """True when this very bundle is already applied; raises on a rollback or a clash."""
    if current is None or manifest.version > current.version:
        return False
    if manifest.version < current.version:
        raise BundleRejected(
            Msg.tr(
                "This bundle is version {version}, older than version {current} applied on "
                "{applied}. Bundles only move forward (rollback refused); get the newest "
                "bundle from IT."
            ).format(
                version=manifest.version,
                current=current.version,
                applied=local_text(current.applied_at),
            ),
            reason="rollback",
        )
    if manifest.content_hash == current.content_sha256:
        return True
    raise BundleRejected(
        Msg.tr(
            "Version {version} is already applied, but this bundle holds different content "
            "under the same version number. Refused: IT must give every changed bundle a "
            "higher version."
        ).format(version=manifest.version),
        reason="same_version",
    )
