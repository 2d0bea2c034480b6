"""init, check, backup, restore."""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

from app.commands.context import CliContext, SubParsers
from app.contacts.demo import load_demo, load_demo_backlog
from app.errors import StoreLocked, UserError
from app.kit import Kit
from app.store.keys import KeyFile
from app.store.store import Store


def register(sub: SubParsers) -> None:
    p = sub.add_parser("init", help="create the encrypted store")
    p.add_argument("--operator", default="", help="the duty officer's name (for the audit log)")
    p.add_argument(
        "--demo", action="store_true", help="fill in the invented DEMO partners to try every flow"
    )
    p.set_defaults(handler=run_init)

    p = sub.add_parser("check", help="check store, key file and audit chain (exit 0 if sound)")
    p.set_defaults(handler=run_check)

    p = sub.add_parser("backup", help="make an encrypted backup now")
    p.add_argument("--out", type=Path, help="also copy the backup to FILE (e.g. a USB stick)")
    p.set_defaults(handler=run_backup)

    p = sub.add_parser("restore", help="replace the store with a backup (current state kept)")
    p.add_argument("file", type=Path)
    p.set_defaults(handler=run_restore)


def run_init(ctx: CliContext, args: argparse.Namespace) -> int:
    operator = (args.operator or "").strip()
    if not operator:
        if not ctx.interactive:
            raise UserError("Say who operates this kit: outage-kit init --operator NAME.")
        operator = input("Operator name: ").strip()
    if ctx.paths.database.exists():
        raise UserError(f"{ctx.paths.home} already holds a store; nothing was changed.")
    passphrase = ctx.new_passphrase(operator=operator)
    kit = Kit.open(
        Store.create(ctx.paths, operator=operator, passphrase=passphrase, keeper=ctx.keeper)
    )
    kit.audit.append("store.created", operator=operator)
    if args.demo:
        load_demo(kit)
        load_demo_backlog(kit)
    kit.close()
    ctx.emit(
        {"home": str(ctx.paths.home), "operator": operator},
        f"Created the encrypted store in {ctx.paths.home}.\n"
        "Keep the recovery passphrase somewhere safe: without the keyring it is the "
        "only way in.",
    )
    return 0


def run_check(ctx: CliContext, args: argparse.Namespace) -> int:
    results: dict[str, str] = {}
    try:
        KeyFile.load(ctx.paths.key_file)
        results["key_file"] = "ok"
        kit = ctx.open_kit()
        problems = kit.store.problems()
        results["store"] = "ok" if not problems else "; ".join(problems[:5])
        breaks = kit.audit.verify()
        results["audit"] = (
            "ok"
            if not breaks
            else "; ".join(
                f"entry {b.entry_id}: {b.reason}" if b.entry_id else b.reason for b in breaks[:5]
            )
        )
    except StoreLocked:
        raise
    except UserError as err:
        results.setdefault("key_file", "ok")
        results["store"] = str(err)
    sound = all(v == "ok" for v in results.values()) and len(results) == 3
    lines = [f"{name:9} {value}" for name, value in results.items()]
    if not sound:
        lines.append(
            "Not sound. Restore the newest good backup: outage-kit restore FILE "
            f"(backups are in {ctx.paths.backups})."
        )
    ctx.emit({"sound": sound, **results}, "\n".join(lines))
    return 0 if sound else 1


def run_backup(ctx: CliContext, args: argparse.Namespace) -> int:
    info = ctx.open_kit().store.backup("manual")
    ctx.open_kit().audit.append("store.backup", file=info.path.name)
    copied = None
    if args.out:
        out: Path = args.out
        if out.is_dir():
            out = out / info.path.name
        shutil.copyfile(info.path, out)
        copied = str(out)
    ctx.emit(
        {"backup": str(info.path), "copy": copied, "bytes": info.size},
        f"Backup written: {info.path}" + (f"\nCopied to {copied}" if copied else ""),
    )
    return 0


def run_restore(ctx: CliContext, args: argparse.Namespace) -> int:
    if not args.file.exists():
        raise UserError(f"There is no file {args.file}.")
    ctx.open_kit().restore(args.file)
    ctx.emit({"restored": str(args.file)}, f"Restored the store from {args.file}.")
    return 0
