"""passphrase change | rekey: the window's Settings ▸ Recovery passphrase, for IT and scripts.
The same rules and audit (app/recovery.py); the answers come from files or, at a terminal,
from prompts."""

from __future__ import annotations

import argparse
from pathlib import Path

from app import recovery
from app.commands.context import CliContext, SubParsers
from app.commands.index import command_help
from app.commands.window_guard import no_window_open
from app.i18n import Cli
from app.store.unlock import read_passphrase_file

NEW_FLAG = "--new-passphrase-file FILE"


def register(sub: SubParsers) -> None:
    passphrase = sub.add_parser("passphrase", help=command_help("passphrase")).add_subparsers(
        dest="passphrase_command", required=True, metavar="{change}"
    )
    p = passphrase.add_parser(
        "change",
        help=Cli.tr(
            "wrap the store key with a new recovery passphrase (the current one from "
            "--passphrase-file or a prompt)"
        ),
    )
    p.add_argument(
        "--new-passphrase-file",
        type=Path,
        metavar="FILE",
        help=Cli.tr("file holding the new passphrase (else asked twice at the terminal)"),
    )
    p.set_defaults(handler=run_change)

    p = sub.add_parser("rekey", help=command_help("rekey"))
    p.add_argument("--yes", action="store_true", help=Cli.tr("do it without asking"))
    p.set_defaults(handler=run_rekey)


def current_passphrase(ctx: CliContext) -> str:
    if ctx.passphrase_file is not None:
        return read_passphrase_file(ctx.passphrase_file)
    return ctx.prompt(Cli.tr("Current recovery passphrase"), flag="--passphrase-file FILE")


def run_change(ctx: CliContext, args: argparse.Namespace) -> int:
    kit = ctx.open_kit()
    if args.new_passphrase_file is not None:
        new = repeated = read_passphrase_file(args.new_passphrase_file)
    else:
        new = ctx.prompt(Cli.tr("New recovery passphrase"), flag=NEW_FLAG)
        repeated = ctx.prompt(Cli.tr("Repeat the new passphrase"), flag=NEW_FLAG)
    recovery.change_passphrase(kit, current=current_passphrase(ctx), new=new, repeated=repeated)
    lines = [
        Cli.tr(
            "Recovery passphrase changed. Keep the new one safe: without the keyring it is the "
            "only way in."
        )
    ]
    if ctx.passphrase_file is not None:
        lines.append(
            Cli.tr(
                "{passphrase_file} still holds the old passphrase: put the new one in it, or "
                "it will not open the store any more."
            ).format(passphrase_file=ctx.passphrase_file)
        )
    outdated = str(ctx.passphrase_file) if ctx.passphrase_file is not None else None
    ctx.emit({"changed": True, "outdated_passphrase_file": outdated}, "\n".join(lines))
    return 0


def run_rekey(ctx: CliContext, args: argparse.Namespace) -> int:
    kit = ctx.open_kit()
    passphrase = current_passphrase(ctx)
    with no_window_open(ctx.paths.home, "rekey"):  # refused before the question, not after
        copies = recovery.offsite_copies(kit)
        if not args.yes:
            ctx.confirm(
                Cli.tr(
                    "Re-encrypt the store and every backup in {backups} with a new random key? "
                    "The recovery passphrase stays the same.\nCopies kept outside the data folder "
                    "(made with 'backup --out', or copied to a USB stick) keep the OLD key and "
                    "will no longer restore: make a new off-site copy right after ('outage-kit "
                    "backup --out FILE')."
                ).format(backups=ctx.paths.backups)
                + _copies_text(copies)
                + "\n"
                + Cli.tr("Rotate the key")
            )
        recovery.rotate_key(kit, passphrase=passphrase, keeper=ctx.keeper)
    backups = len(kit.store.backups.all())
    ctx.emit(
        {"rekeyed": True, "backups": backups, "old_key_copies": copies},
        Cli.tr(
            "The store key was rotated; the store and its %n backup(s) in the data folder use "
            "the new key. The recovery passphrase is unchanged.",
            "",
            backups,
        )
        + "\n"
        + Cli.tr(
            "Copies kept elsewhere (made with 'backup --out', or copied by hand to a USB stick) "
            "still have the OLD key and no longer restore. Make a new off-site copy now: "
            "outage-kit backup --out FILE"
        )
        + _copies_text(copies),
    )
    return 0


def _copies_text(copies: list[str]) -> str:
    return recovery.copies_text(
        copies, Cli.tr("Off-site copies this kit made (they keep the old key):")
    )
