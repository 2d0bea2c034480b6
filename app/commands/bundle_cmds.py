"""bundle keygen | build | verify | trust | import | status (DESIGN.md §4)."""

from __future__ import annotations

import argparse
import os
from dataclasses import asdict
from pathlib import Path
from typing import Any

from app.bundles import minisign
from app.bundles.archive import read_archive
from app.bundles.builder import DEFAULT_EXPIRES_DAYS, build_bundle, write_bundle
from app.bundles.history import AppliedBundle, current_bundle
from app.bundles.importer import BundleImporter, Inspection, bundle_files
from app.bundles.minisign import PublicKey, SecretKey, Signature, SignatureError
from app.bundles.trust import ROLES, TrustStore
from app.commands.context import CliContext, SubParsers
from app.contacts.source import parse_source
from app.errors import NotFound, UsageError, UserError
from app.timefmt import local_text

KEY_PASSPHRASE_ENV = "OUTAGE_KIT_KEY_PASSPHRASE_FILE"  # noqa: S105 (a variable name)


def register(sub: SubParsers) -> None:
    bundle = sub.add_parser("bundle", help="signed contact bundles").add_subparsers(
        dest="bundle_command",
        required=True,
        metavar="{keygen,build,verify,trust,untrust,import,status}",
    )
    p = bundle.add_parser("keygen", help="make a minisign-format Ed25519 signing key pair")
    p.add_argument("--out", type=Path, required=True, metavar="PREFIX")
    _key_passphrase_option(p)
    p.set_defaults(handler=run_keygen)

    p = bundle.add_parser("build", help="validate a source folder, pack and sign it")
    p.add_argument("src", type=Path, metavar="SRC_DIR")
    p.add_argument("--key", type=Path, required=True, metavar="PREFIX.key")
    p.add_argument("--version", type=int, required=True, metavar="N", dest="bundle_version")
    p.add_argument("--expires-days", type=int, default=DEFAULT_EXPIRES_DAYS, metavar="D")
    p.add_argument("--out", type=Path, required=True, metavar="FILE")
    _key_passphrase_option(p)
    p.set_defaults(handler=run_build)

    p = bundle.add_parser("verify", help="check a bundle's signature and contents")
    p.add_argument("file", type=Path)
    p.add_argument("--pubkey", type=Path, required=True, metavar="PREFIX.pub")
    p.set_defaults(handler=run_verify)

    p = bundle.add_parser("trust", help="pin a signer key (prints its fingerprint)")
    p.add_argument("pubkey", type=Path, metavar="PREFIX.pub")
    p.add_argument("--role", choices=ROLES, help="default: primary, then backup")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.set_defaults(handler=run_trust)

    p = bundle.add_parser("untrust", help="remove a pinned signer key (a lost or retired key)")
    p.add_argument("--role", choices=ROLES, required=True)
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.set_defaults(handler=run_untrust)

    p = bundle.add_parser("import", help="verify, show the diff, apply all-or-nothing")
    p.add_argument("file", type=Path)
    p.add_argument("--yes", action="store_true", help="apply without asking")
    p.add_argument(
        "--discard-local-edits",
        action="store_true",
        help="replace contacts and templates edited on this workstation with the bundle's",
    )
    p.set_defaults(handler=run_import)

    p = bundle.add_parser("status", help="version, signer and age of the applied bundle")
    p.set_defaults(handler=run_status)


def _key_passphrase_option(parser: argparse.ArgumentParser) -> None:
    env = os.environ.get(KEY_PASSPHRASE_ENV)
    parser.add_argument(
        "--key-passphrase-file",
        type=Path,
        default=Path(env) if env else None,
        metavar="FILE",
        help=f"the signing key's passphrase (env {KEY_PASSPHRASE_ENV}); else a prompt",
    )


# -- IT's side: keys, build, verify ---------------------------------------------------------


def run_keygen(ctx: CliContext, args: argparse.Namespace) -> int:
    if args.key_passphrase_file is not None:
        passphrase = minisign.read_passphrase(args.key_passphrase_file)
    else:
        flag = "--key-passphrase-file FILE"
        passphrase = ctx.prompt("Passphrase for the new signing key", flag=flag)
        if ctx.prompt("Repeat it", flag=flag) != passphrase:
            raise UserError("The two passphrases differ. No key was made; try again.")
    if len(passphrase) < 12:
        raise UserError("The signing key's passphrase must be at least 12 characters long.")
    key = minisign.generate()
    pub, secret = minisign.write_keypair(args.out, key, passphrase)
    public = key.public
    ctx.emit(
        {
            "public_key_file": str(pub),
            "secret_key_file": str(secret),
            "public_key": public.encoded(),
            "key_id": public.key_id_text,
            "fingerprint": public.fingerprint,
        },
        f"Public key:  {pub}\nSecret key:  {secret} (keep it, and its passphrase, safe)\n"
        f"Key id:      {public.key_id_text}\nFingerprint: {public.fingerprint}\n"
        f"Pin it on each kit: outage-kit bundle trust {pub}",
    )
    return 0


def _secret_key(ctx: CliContext, path: Path, passphrase_file: Path | None) -> SecretKey:
    passphrase = minisign.read_passphrase(passphrase_file) if passphrase_file else None
    try:
        return SecretKey.load(path, passphrase)
    except SignatureError as err:
        if err.reason != "passphrase_needed" or not ctx.interactive:
            raise
    return SecretKey.load(path, ctx.prompt(f"Passphrase of {path.name}"))


def run_build(ctx: CliContext, args: argparse.Namespace) -> int:
    key = _secret_key(ctx, args.key, args.key_passphrase_file)
    built = build_bundle(
        args.src,
        key=key,
        version=args.bundle_version,
        expires_days=args.expires_days or None,
    )
    sig_path = write_bundle(built, args.out)
    manifest = built.manifest
    ctx.emit(
        {
            "file": str(args.out),
            "signature": str(sig_path),
            "name": manifest.name,
            "version": manifest.version,
            "issued": manifest.issued,
            "expires": manifest.expires,
            "files": len(manifest.files),
            "key_id": key.public.key_id_text,
        },
        f"Built {args.out} and {sig_path.name}: {manifest.name} version {manifest.version}, "
        f"{len(manifest.files)} files, signed by key {key.public.key_id_text}, "
        f"expires {local_text(manifest.expires) if manifest.expires else 'never'}.",
    )
    return 0


def run_verify(ctx: CliContext, args: argparse.Namespace) -> int:
    public = PublicKey.load(args.pubkey)
    bundle_path, sig_path = bundle_files(args.file)
    if not sig_path.exists():
        raise NotFound(f"There is no signature {sig_path} next to the bundle.")
    if not bundle_path.exists():
        raise NotFound(f"There is no bundle file {bundle_path}.")
    data = bundle_path.read_bytes()
    signature = Signature.load(sig_path)
    signature.check(data, public)  # before anything inside is read
    manifest, files = read_archive(data)
    directory = parse_source(files)
    ctx.emit(
        {
            "valid": True,
            "name": manifest.name,
            "version": manifest.version,
            "issued": manifest.issued,
            "expires": manifest.expires,
            "files": len(manifest.files),
            "contacts": len(directory.contacts),
            "key_id": public.key_id_text,
            "trusted_comment": signature.trusted_comment,
        },
        f"Valid: {manifest.name} version {manifest.version}, issued "
        f"{local_text(manifest.issued)}, signed by key {public.key_id_text}; "
        f"{len(manifest.files)} files, {len(directory.contacts)} contacts.",
    )
    return 0


# -- the kit's side: trust, import, status --------------------------------------------------


def _confirm(ctx: CliContext, question: str) -> bool:
    return ctx.ask(question)


def run_trust(ctx: CliContext, args: argparse.Namespace) -> int:
    key = PublicKey.load(args.pubkey)
    kit = ctx.open_kit()
    trust = TrustStore(conn=kit.store.conn, audit=kit.audit)
    role = args.role or trust.free_role()
    if ctx.interactive and not args.yes and not ctx.as_json:
        print(f"Key id:      {key.key_id_text}\nFingerprint: {key.fingerprint}")
        if not _confirm(ctx, f"Does IT confirm this fingerprint? Pin it as the {role} signer"):
            raise UserError("Not pinned; nothing was changed.")
    signer = trust.pin(key, role=role)
    ctx.emit(
        {"role": signer.role, "key_id": signer.key_id, "fingerprint": signer.fingerprint},
        f"Pinned as the {signer.role} signer: key {signer.key_id}\n"
        f"Fingerprint: {signer.fingerprint}",
    )
    return 0


def run_untrust(ctx: CliContext, args: argparse.Namespace) -> int:
    kit = ctx.open_kit()
    trust = TrustStore(conn=kit.store.conn, audit=kit.audit)
    signers = {s.role: s for s in trust.signers()}
    held = signers.get(args.role)
    if held is None:
        raise UserError(
            f"No {args.role} signer is pinned; nothing was changed. "
            "'outage-kit bundle status' lists the trusted signers."
        )
    if ctx.interactive and not args.yes and not ctx.as_json:
        print(f"Key id:      {held.key_id}\nFingerprint: {held.fingerprint}")
        if not _confirm(ctx, f"Stop trusting bundles signed by this {args.role} key"):
            raise UserError("Not removed; nothing was changed.")
    trust.remove(args.role)
    left = [s for role, s in signers.items() if role != args.role]
    note = (
        f" Bundles signed by the {left[0].role} key {left[0].key_id} are still accepted."
        if left
        else " No signer is trusted now: no bundle can be imported until IT's key is pinned "
        "again ('outage-kit bundle trust PREFIX.pub')."
    )
    ctx.emit(
        {
            "removed": {"role": held.role, "key_id": held.key_id, "fingerprint": held.fingerprint},
            "trusted": [{"role": s.role, "key_id": s.key_id} for s in left],
        },
        f"Removed the {held.role} signer (key {held.key_id}).{note}",
    )
    return 0


def _inspection_data(inspection: Inspection) -> dict[str, Any]:
    manifest = inspection.manifest
    return {
        "name": manifest.name,
        "version": manifest.version,
        "issued": manifest.issued,
        "expires": manifest.expires,
        "expired": inspection.expired,
        "signer": {
            "role": inspection.signer.role,
            "key_id": inspection.signer.key_id,
            "fingerprint": inspection.signer.fingerprint,
        },
        "previous_version": inspection.current.version if inspection.current else None,
        "already_applied": inspection.already_applied,
        "warnings": inspection.warnings,
        "changes": [asdict(c) for c in inspection.diff.changes],
        "local_edits": inspection.diff.local_edit_lines(),
    }


def _inspection_text(inspection: Inspection) -> str:
    manifest = inspection.manifest
    previous = f"version {inspection.current.version}" if inspection.current else "none"
    lines = [
        f"Bundle {manifest.name} version {manifest.version} (applied now: {previous})",
        f"Signed by the {inspection.signer.role} key {inspection.signer.key_id} — signature OK",
        f"Issued {local_text(manifest.issued)}, expires "
        f"{local_text(manifest.expires) if manifest.expires else 'never'}",
        *[f"WARNING: {w}" for w in inspection.warnings],
        "Changes:",
        *[f"  {line}" for line in inspection.diff.lines()],
    ]
    return "\n".join(lines)


def run_import(ctx: CliContext, args: argparse.Namespace) -> int:
    kit = ctx.open_kit()
    importer = BundleImporter(conn=kit.store.conn, audit=kit.audit)
    inspection = importer.inspect(args.file)
    data = _inspection_data(inspection)
    text = _inspection_text(inspection)
    if inspection.already_applied:
        ctx.emit({**data, "applied": False}, text + "\nThis bundle is already applied.")
        return 0
    if not args.yes:
        if not ctx.interactive or ctx.as_json:
            ctx.emit({**data, "applied": False}, text)
            raise UsageError(
                "Not applied: confirm with --yes (there is no terminal to ask on).",
                details={"flag": "--yes"},
            )
        print(text)
        if inspection.diff.has_local_edits and not args.discard_local_edits:
            print("Local edits are kept (use --discard-local-edits to take the bundle's).")
        if not _confirm(ctx, "Apply this bundle"):
            raise UserError("Not applied; nothing was changed.")
        text = ""
    applied = importer.apply(inspection, keep_local_edits=not args.discard_local_edits)
    done = f"Applied {applied.name} version {applied.version}."
    ctx.emit({**data, "applied": True}, f"{text}\n{done}".strip())
    return 0


def _status_data(applied: AppliedBundle | None, old_after: int) -> dict[str, Any]:
    if applied is None:
        return {"applied": None}
    return {
        "applied": {
            **asdict(applied),
            "age_days": applied.age_days(),
            "expired": applied.expired(),
            "old": applied.old(old_after),
        }
    }


def run_status(ctx: CliContext, args: argparse.Namespace) -> int:
    kit = ctx.open_kit()
    applied = current_bundle(kit.store.conn)
    signers = TrustStore(conn=kit.store.conn, audit=kit.audit).signers()
    old_after = kit.settings.get("bundle_old_days")
    data = _status_data(applied, old_after)
    data["signers"] = [
        {"role": s.role, "key_id": s.key_id, "fingerprint": s.fingerprint} for s in signers
    ]
    if applied is None:
        lines = ["No bundle applied yet."]
    else:
        lines = [
            f"Bundle {applied.name} version {applied.version}, issued "
            f"{local_text(applied.issued)} ({applied.age_days()} days ago)",
            f"Signed by the {applied.signer_role} key {applied.signer_key_id}",
            f"Applied {local_text(applied.applied_at)}",
            f"Expires {local_text(applied.expires)}" if applied.expires else "Never expires",
        ]
        if applied.expired():
            lines.append("WARNING: this bundle has expired; ask IT for a fresh one.")
        elif applied.old(old_after):
            lines.append(
                f"NOTE: older than {old_after} days (Settings): ask IT whether a newer one exists."
            )
    lines += [
        f"Trusted {s.role} signer: key {s.key_id}, fingerprint {s.fingerprint}" for s in signers
    ]
    if not signers:
        lines.append("No signer trusted yet: outage-kit bundle trust PREFIX.pub")
    ctx.emit(data, "\n".join(lines))
    return 0
