"""bundle keygen | build | verify | trust | import | status (DESIGN.md §4)."""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

from app.bundles import minisign
from app.bundles.archive import read_archive
from app.bundles.builder import DEFAULT_EXPIRES_DAYS, build_bundle, template_warnings, write_bundle
from app.bundles.history import AppliedBundle, current_bundle
from app.bundles.importer import BundleImporter, Inspection, bundle_files
from app.bundles.language_warnings import fallback_warnings
from app.bundles.minisign import PublicKey, SecretKey, Signature, SignatureError
from app.bundles.trust import ROLES, TrustStore
from app.commands.context import CliContext, SubParsers
from app.commands.index import command_help
from app.contacts.source import parse_source
from app.errors import NotFound, UsageError, UserError
from app.fsutil import as_argument
from app.i18n import Cli, Words
from app.localfmt import count_text
from app.timefmt import local_text

KEY_PASSPHRASE_ENV = "OUTAGE_KIT_KEY_PASSPHRASE_FILE"  # noqa: S105 (a variable name)


def register(sub: SubParsers) -> None:
    bundle = sub.add_parser("bundle", help=command_help("bundle")).add_subparsers(
        dest="bundle_command",
        required=True,
        metavar="{keygen,build,verify,trust,untrust,import,status}",
    )
    p = bundle.add_parser("keygen", help=Cli.tr("make a minisign-format Ed25519 signing key pair"))
    p.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="PREFIX",
        help=Cli.tr("writes PREFIX.key (keep it secret) and PREFIX.pub (for the kits)"),
    )
    _key_passphrase_option(p)
    p.set_defaults(handler=run_keygen)

    p = bundle.add_parser("build", help=Cli.tr("validate a source folder, pack and sign it"))
    p.add_argument(
        "src", type=Path, metavar="SRC_DIR", help=Cli.tr("the folder of contacts and templates")
    )
    p.add_argument(
        "--key",
        type=Path,
        required=True,
        metavar="PREFIX.key",
        help=Cli.tr("the signing key (from 'bundle keygen')"),
    )
    p.add_argument(
        "--version",
        type=int,
        required=True,
        metavar="N",
        dest="bundle_version",
        help=Cli.tr(
            "the bundle's version number, higher than the last one's: kits refuse an older one"
        ),
    )
    p.add_argument(
        "--expires-days",
        type=int,
        default=DEFAULT_EXPIRES_DAYS,
        metavar="D",
        help=Cli.tr(
            "the bundle expires D days after it is built: kits then warn and ask for a fresh "
            "one (1 to 3650, default {days}; 0: it never expires)"
        ).format(days=DEFAULT_EXPIRES_DAYS),
    )
    p.add_argument(
        "--out", type=Path, required=True, metavar="FILE", help=Cli.tr("the bundle file to write")
    )
    _key_passphrase_option(p)
    p.set_defaults(handler=run_build)

    p = bundle.add_parser("verify", help=Cli.tr("check a bundle's signature and contents"))
    p.add_argument("file", type=Path, help=Cli.tr("the bundle file"))
    p.add_argument(
        "--pubkey",
        type=Path,
        required=True,
        metavar="PREFIX.pub",
        help=Cli.tr("the public key it should be signed with"),
    )
    p.set_defaults(handler=run_verify)

    p = bundle.add_parser("trust", help=Cli.tr("pin a signer key (prints its fingerprint)"))
    p.add_argument(
        "pubkey", type=Path, metavar="PREFIX.pub", help=Cli.tr("the signer's public key file")
    )
    p.add_argument("--role", choices=ROLES, help=Cli.tr("default: primary, then backup"))
    p.add_argument("--yes", action="store_true", help=Cli.tr("do not ask for confirmation"))
    p.set_defaults(handler=run_trust)

    p = bundle.add_parser(
        "untrust", help=Cli.tr("remove a pinned signer key (a lost or retired key)")
    )
    p.add_argument(
        "--role", choices=ROLES, required=True, help=Cli.tr("which pinned key to remove")
    )
    p.add_argument("--yes", action="store_true", help=Cli.tr("do not ask for confirmation"))
    p.set_defaults(handler=run_untrust)

    p = bundle.add_parser("import", help=Cli.tr("verify, show the diff, apply all-or-nothing"))
    p.add_argument("file", type=Path, help=Cli.tr("the bundle file IT sent"))
    p.add_argument("--yes", action="store_true", help=Cli.tr("apply without asking"))
    p.add_argument(
        "--discard-local-edits",
        action="store_true",
        help=Cli.tr("replace contacts and templates edited on this workstation with the bundle's"),
    )
    p.set_defaults(handler=run_import)

    p = bundle.add_parser("status", help=Cli.tr("version, signer and age of the applied bundle"))
    p.set_defaults(handler=run_status)


def _key_passphrase_option(parser: argparse.ArgumentParser) -> None:
    env = os.environ.get(KEY_PASSPHRASE_ENV)
    parser.add_argument(
        "--key-passphrase-file",
        type=Path,
        default=Path(env) if env else None,
        metavar="FILE",
        help=Cli.tr(
            "the signing key's passphrase (env {KEY_PASSPHRASE_ENV}); else a prompt"
        ).format(KEY_PASSPHRASE_ENV=KEY_PASSPHRASE_ENV),
    )


# -- IT's side: keys, build, verify ---------------------------------------------------------


def run_keygen(ctx: CliContext, args: argparse.Namespace) -> int:
    if args.key_passphrase_file is not None:
        passphrase = minisign.read_passphrase(args.key_passphrase_file)
    else:
        flag = "--key-passphrase-file FILE"
        passphrase = ctx.prompt(Cli.tr("Passphrase for the new signing key"), flag=flag)
        if ctx.prompt(Cli.tr("Repeat it"), flag=flag) != passphrase:
            raise UserError(Cli.tr("The two passphrases differ. No key was made; try again."))
    if len(passphrase) < 12:
        raise UserError(Cli.tr("The signing key's passphrase must be at least 12 characters long."))
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
        Cli.tr(
            "Public key:  {pub}\nSecret key:  {secret} (keep it, and its passphrase, "
            "safe)\nKey id:      {key_id_text}\nFingerprint: {fingerprint}\nPin it on each "
            "kit: outage-kit bundle trust {argument}"
        ).format(
            pub=pub,
            secret=secret,
            key_id_text=public.key_id_text,
            fingerprint=public.fingerprint,
            argument=as_argument(pub),
        ),
    )
    return 0


def _secret_key(ctx: CliContext, path: Path, passphrase_file: Path | None) -> SecretKey:
    passphrase = minisign.read_passphrase(passphrase_file) if passphrase_file else None
    try:
        return SecretKey.load(path, passphrase)
    except SignatureError as err:
        if err.reason != "passphrase_needed" or not ctx.interactive:
            raise
    return SecretKey.load(path, ctx.prompt(Cli.tr("Passphrase of {name}").format(name=path.name)))


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
    warnings = template_warnings(args.src)
    warnings += fallback_warnings(args.src)  # a language that gets another's templates
    if not ctx.as_json:
        for warning in warnings:
            print(Cli.tr("WARNING: {w}").format(w=warning), file=sys.stderr)
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
            "warnings": warnings,
        },
        Cli.tr(
            "Built {out} and {name}: {name2} version {version}, {files} files, signed by "
            "key {key_id_text}, expires {value}."
        ).format(
            out=args.out,
            name=sig_path.name,
            name2=manifest.name,
            version=manifest.version,
            files=count_text(len(manifest.files)),
            key_id_text=key.public.key_id_text,
            value=local_text(manifest.expires) if manifest.expires else Cli.tr("never"),
        ),
    )
    return 0


def run_verify(ctx: CliContext, args: argparse.Namespace) -> int:
    public = PublicKey.load(args.pubkey)
    bundle_path, sig_path = bundle_files(args.file)
    if not sig_path.exists():
        raise NotFound(
            Cli.tr("There is no signature {sig_path} next to the bundle.").format(sig_path=sig_path)
        )
    if not bundle_path.exists():
        raise NotFound(
            Cli.tr("There is no bundle file {bundle_path}.").format(bundle_path=bundle_path)
        )
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
        Cli.tr(
            "Valid: {name} version {version}, issued {issued}, signed by key "
            "{key_id_text}; {files} files, {contacts} contacts."
        ).format(
            name=manifest.name,
            version=manifest.version,
            issued=local_text(manifest.issued),
            key_id_text=public.key_id_text,
            files=count_text(len(manifest.files)),
            contacts=count_text(len(directory.contacts)),
        ),
    )
    return 0


# -- the kit's side: trust, import, status --------------------------------------------------


def _confirm(ctx: CliContext, shown: str, question: str, refused: str) -> None:
    """IT confirms the key it sees at the terminal; a script confirms with --yes. Without a
    terminal (or with --json) and without --yes: an error naming --yes, nothing changed — a
    signer decides whose contact bundles the kit believes."""
    if not ctx.interactive or ctx.as_json:
        ctx.confirm(question)  # nobody to ask: raises, naming --yes
    print(shown)
    if not ctx.ask(question):
        raise UserError(refused)


def run_trust(ctx: CliContext, args: argparse.Namespace) -> int:
    key = PublicKey.load(args.pubkey)
    kit = ctx.open_kit()
    trust = TrustStore(conn=kit.store.conn, audit=kit.audit)
    role = args.role or trust.free_role()
    if not args.yes:
        _confirm(
            ctx,
            Cli.tr("Key id:      {key_id_text}\nFingerprint: {fingerprint}").format(
                key_id_text=key.key_id_text, fingerprint=key.fingerprint
            ),
            Cli.tr("Does IT confirm this fingerprint? Pin it as the {role} signer").format(
                role=Words.tr(role)
            ),
            Cli.tr("Not pinned; nothing was changed."),
        )
    signer = trust.pin(key, role=role)
    ctx.emit(
        {"role": signer.role, "key_id": signer.key_id, "fingerprint": signer.fingerprint},
        Cli.tr("Pinned as the {role} signer: key {key_id}\nFingerprint: {fingerprint}").format(
            role=Words.tr(signer.role), key_id=signer.key_id, fingerprint=signer.fingerprint
        ),
    )
    return 0


def run_untrust(ctx: CliContext, args: argparse.Namespace) -> int:
    kit = ctx.open_kit()
    trust = TrustStore(conn=kit.store.conn, audit=kit.audit)
    signers = {s.role: s for s in trust.signers()}
    held = signers.get(args.role)
    if held is None:
        raise UserError(
            Cli.tr(
                "No {role} signer is pinned; nothing was changed. 'outage-kit bundle status' "
                "lists the trusted signers."
            ).format(role=Words.tr(args.role))
        )
    if not args.yes:
        _confirm(
            ctx,
            Cli.tr("Key id:      {key_id}\nFingerprint: {fingerprint}").format(
                key_id=held.key_id, fingerprint=held.fingerprint
            ),
            Cli.tr("Stop trusting bundles signed by this {role} key").format(
                role=Words.tr(args.role)
            ),
            Cli.tr("Not removed; nothing was changed."),
        )
    trust.remove(args.role)
    left = [s for role, s in signers.items() if role != args.role]
    note = (
        Cli.tr(" Bundles signed by the {role} key {key_id} are still accepted.").format(
            role=Words.tr(left[0].role), key_id=left[0].key_id
        )
        if left
        else Cli.tr(
            " No signer is trusted now: no bundle can be imported until IT's key is pinned "
            "again ('outage-kit bundle trust PREFIX.pub')."
        )
    )
    ctx.emit(
        {
            "removed": {"role": held.role, "key_id": held.key_id, "fingerprint": held.fingerprint},
            "trusted": [{"role": s.role, "key_id": s.key_id} for s in left],
        },
        Cli.tr("Removed the {role} signer (key {key_id}).{note}").format(
            role=Words.tr(held.role), key_id=held.key_id, note=note
        ),
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
        "repair": inspection.repair,
        "warnings": inspection.warnings,
        "changes": [asdict(c) for c in inspection.diff.changes],
        "local_edits": inspection.diff.local_edit_lines(take=_take_bundles()),
    }


def _take_bundles() -> str:
    """How the command line takes a bundle's texts over the local edits."""
    return Cli.tr("run the import again with --discard-local-edits")


def _inspection_text(inspection: Inspection) -> str:
    manifest = inspection.manifest
    previous = (
        Cli.tr("version {version}").format(version=inspection.current.version)
        if inspection.current
        else Cli.tr("none")
    )
    lines = [
        Cli.tr("Bundle {name} version {version} (applied now: {previous})").format(
            name=manifest.name, version=manifest.version, previous=previous
        ),
        Cli.tr("Signed by the {role} key {key_id} — signature OK").format(
            role=Words.tr(inspection.signer.role), key_id=inspection.signer.key_id
        ),
        Cli.tr("Issued {issued}, expires {value}").format(
            issued=local_text(manifest.issued),
            value=local_text(manifest.expires) if manifest.expires else Cli.tr("never"),
        ),
        *[Cli.tr("WARNING: {w}").format(w=w) for w in inspection.warnings],
        Cli.tr("Changes:"),
        *[f"  {line}" for line in inspection.diff.lines(take=_take_bundles())],
    ]
    return "\n".join(lines)


def run_import(ctx: CliContext, args: argparse.Namespace) -> int:
    kit = ctx.open_kit()
    importer = BundleImporter(conn=kit.store.conn, audit=kit.audit)
    inspection = importer.inspect(args.file)
    data = _inspection_data(inspection)
    text = _inspection_text(inspection)
    if inspection.already_applied:
        ctx.emit({**data, "applied": False}, text + Cli.tr("\nThis bundle is already applied."))
        return 0
    if not args.yes:
        if not ctx.interactive or ctx.as_json:
            ctx.emit({**data, "applied": False}, text)
            raise UsageError(
                Cli.tr("Not applied: confirm with --yes (there is no terminal to ask on)."),
                details={"flag": "--yes"},
            )
        print(text)
        if inspection.diff.has_local_edits and not args.discard_local_edits:
            print(Cli.tr("Local edits are kept (use --discard-local-edits to take the bundle's)."))
        if not ctx.ask(Cli.tr("Apply this bundle")):
            raise UserError(Cli.tr("Not applied; nothing was changed."))
        text = ""
    applied = importer.apply(inspection, keep_local_edits=not args.discard_local_edits)
    done = Cli.tr("Applied {name} version {version}.").format(
        name=applied.name, version=applied.version
    )
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
        lines = [Cli.tr("No bundle applied yet.")]
    else:
        lines = [
            Cli.tr(
                "Bundle {name} version {version}, issued {issued} (%n day(s) ago)",
                "",
                applied.age_days(),
            ).format(name=applied.name, version=applied.version, issued=local_text(applied.issued)),
            Cli.tr("Signed by the {signer_role} key {signer_key_id}").format(
                signer_role=Words.tr(applied.signer_role), signer_key_id=applied.signer_key_id
            ),
            Cli.tr("Applied {applied_at}").format(applied_at=local_text(applied.applied_at)),
            Cli.tr("Expires {expires}").format(expires=local_text(applied.expires))
            if applied.expires
            else Cli.tr("Never expires"),
        ]
        if applied.expired():
            lines.append(Cli.tr("WARNING: this bundle has expired; ask IT for a fresh one."))
        elif applied.old(old_after):
            lines.append(
                Cli.tr(
                    "NOTE: older than %n day(s) (Settings): ask IT whether a newer one exists.",
                    "",
                    old_after,
                )
            )
    lines += [
        Cli.tr("Trusted {role} signer: key {key_id}, fingerprint {fingerprint}").format(
            role=Words.tr(s.role), key_id=s.key_id, fingerprint=s.fingerprint
        )
        for s in signers
    ]
    if not signers:
        lines.append(Cli.tr("No signer trusted yet: outage-kit bundle trust PREFIX.pub"))
    ctx.emit(data, "\n".join(lines))
    return 0
