"""init, check, backup, restore."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app import i18n
from app.audit import AuditLog, chain_problems
from app.commands.context import CliContext, SubParsers
from app.commands.index import command_help
from app.commands.window_guard import no_window_open
from app.contacts.demo import load_demo, load_demo_backlog
from app.errors import (
    DiskFull,
    StoreBusy,
    StoreCorrupt,
    StoreLocked,
    UsageError,
    UserError,
    WrongPassphrase,
)
from app.fsutil import as_argument
from app.i18n import Cli, tr_noop
from app.incidents.restored import not_checked
from app.kit import Kit
from app.store import db, steps
from app.store.keys import KeyFile
from app.store.migrations import LATEST_VERSION
from app.store.store import Store
from app.store.unlock import UnlockSources, require_store, unlock, unlock_damaged


def register(sub: SubParsers) -> None:
    p = sub.add_parser("init", help=command_help("init"))
    p.add_argument(
        "--operator", default="", help=Cli.tr("the duty officer's name (for the audit log)")
    )
    p.add_argument(
        "--demo",
        action="store_true",
        help=Cli.tr("fill in the invented DEMO partners to try every flow"),
    )
    p.set_defaults(handler=run_init)

    p = sub.add_parser("check", help=command_help("check"))
    p.set_defaults(handler=run_check)

    p = sub.add_parser("backup", help=command_help("backup"))
    p.add_argument(
        "--out", type=Path, help=Cli.tr("also copy the backup to FILE (e.g. a USB stick)")
    )
    p.set_defaults(handler=run_backup)

    p = sub.add_parser("restore", help=command_help("restore"))
    p.add_argument(
        "file", type=Path, help=Cli.tr("a backup of this kit (from 'backup' or the backups folder)")
    )
    p.add_argument(
        "--yes",
        action="store_true",
        help=Cli.tr("restore even if it takes back incidents opened, updated or closed since"),
    )
    p.set_defaults(handler=run_restore)


def run_init(ctx: CliContext, args: argparse.Namespace) -> int:
    operator = (args.operator or "").strip()
    if not operator:
        if not ctx.interactive:
            raise UserError(Cli.tr("Say who operates this kit: outage-kit init --operator NAME."))
        operator = input("Operator name: ").strip()
    if ctx.paths.database.exists():
        raise UserError(
            Cli.tr("{home} already holds a store; nothing was changed.").format(home=ctx.paths.home)
        )
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
        Cli.tr(
            "Created the encrypted store in {home}.\nKeep the recovery passphrase "
            "somewhere safe: without the keyring it is the only way in."
        ).format(home=ctx.paths.home),
    )
    return 0


def _sources(ctx: CliContext) -> UnlockSources:
    return UnlockSources(
        keeper=ctx.keeper,
        passphrase_file=ctx.passphrase_file,
        prompt=(lambda: ctx.prompt(Cli.tr("Recovery passphrase"))) if ctx.interactive else None,
    )


#: the parts `check` judges: JSON keys, translated where the text output names them
CHECK_PARTS = (
    tr_noop("Cli", "key_file"),
    tr_noop("Cli", "store"),
    tr_noop("Cli", "schema"),
    tr_noop("Cli", "audit"),
    tr_noop("Cli", "translations"),
)


def translations_verdict(broken: dict[str, str]) -> str:
    return Cli.tr(
        "no loadable translation for {languages} (the kit speaks English instead): "
        "run `make translations` (a checkout) or reinstall the kit"
    ).format(languages=", ".join(sorted(broken)))


def run_check(ctx: CliContext, args: argparse.Namespace) -> int:
    """Each part gets its own verdict; only damage to the store itself advises a restore."""
    results: dict[str, str] = {}
    advice = ""
    require_store(ctx.paths)
    try:
        KeyFile.load(ctx.paths.key_file)
        results["key_file"] = "ok"
    except UserError as err:
        results["key_file"] = str(err)
        results["store"] = Cli.tr("not checked: it cannot be unlocked without the key file")
        advice = Cli.tr(
            "Not sound: the key file is damaged or missing; the store itself was not touched. "
            "Put back store.key from your backup medium into {home}; the database does not "
            "need restoring."
        ).format(home=ctx.paths.home)
    if not advice:
        store = None
        try:
            store = unlock(ctx.paths, _sources(ctx))
            results.update(_store_results(store))
        except (WrongPassphrase, StoreLocked, DiskFull, StoreBusy):
            raise
        except StoreCorrupt as err:
            results["store"] = Cli.tr("{error}: it is damaged").format(
                error=str(err).split(": it is", 1)[0]
            )
        finally:
            if store is not None:
                store.close()
        if any(results.get(k, "ok") != "ok" for k in ("store", "audit")):
            advice = _restore_advice(ctx, results)
        elif results.get("schema", "ok") != "ok":
            advice = Cli.tr("Not sound: {problem}").format(problem=results["schema"])
    broken = i18n.missing_translations()
    if broken:  # the kit works, but would speak English where Polish was chosen or is due
        results["translations"] = translations_verdict(broken)
        advice = advice or Cli.tr("Not sound: {problem}").format(problem=results["translations"])
    sound = not advice
    width = max(9, *(len(Cli.tr(name)) for name in results))
    lines = [
        f"{Cli.tr(name):{width}} {Cli.tr('ok') if value == 'ok' else value}"
        for name, value in results.items()
    ]
    if advice:
        lines.append(advice)
    ctx.emit({"sound": sound, **results}, "\n".join(lines))
    return 0 if sound else 1


def _store_results(store: Store) -> dict[str, str]:
    results: dict[str, str] = {}
    checking = Cli.tr("Checking every page of the store ({size}): this can take a few minutes")
    with steps.step(checking.format(size=steps.size_text(store.paths.database))):
        problems = store.problems()
    results["store"] = (
        "ok"
        if not problems
        else Cli.tr("damaged: {problems}").format(problems="; ".join(problems[:5]))
    )
    try:
        version = store.schema_version
        results["schema"] = (
            "ok"
            if version <= LATEST_VERSION
            else Cli.tr(
                "schema {version} is newer than this Outage Kit ({latest}); install the newer "
                "Outage Kit that wrote it"
            ).format(version=version, latest=LATEST_VERSION)
        )
        with steps.step(Cli.tr("Verifying the audit chain")):
            breaks = AuditLog(conn=store.conn, actor="").verify()
        results["audit"] = (
            "ok"
            if not breaks
            else Cli.tr("broken: {breaks}").format(
                breaks="; ".join(
                    Cli.tr("entry {entry}: {reason}").format(entry=b.entry_id, reason=b.reason)
                    if b.entry_id
                    else b.reason
                    for b in breaks[:5]
                )
            )
        )
    except db.DatabaseError as err:
        if not db.is_damage(err):
            raise
        results.setdefault("audit", Cli.tr("cannot be read: {error}").format(error=err))
    return results


def _restore_advice(ctx: CliContext, results: dict[str, str]) -> str:
    text = Cli.tr("Not sound: the store is damaged. Restore the newest good backup")
    newest = ""
    try:
        store = unlock_damaged(ctx.paths, _sources(ctx))
        try:
            good = store.backups.newest_good()
            newest = str(good.path) if good else ""
        finally:
            store.close()
    except UserError:
        pass
    if newest:
        return f"{text}: outage-kit restore {as_argument(newest)}"
    return text + Cli.tr(" (backups are in {folder}): outage-kit restore FILE").format(
        folder=ctx.paths.backups
    )


def run_backup(ctx: CliContext, args: argparse.Namespace) -> int:
    kit = ctx.open_kit()
    size = steps.size_text(ctx.paths.database)
    with steps.step(Cli.tr("Writing a backup and checking every page ({size})").format(size=size)):
        info = kit.store.backup("manual")
    copied = None
    try:
        if args.out:
            with steps.step(Cli.tr("Copying it to {out} and reading it back").format(out=args.out)):
                copied = str(kit.store.backups.export(info, args.out))
    finally:  # the copy's place is kept: a key rotation names it as one that no longer opens
        place = {"out": str(Path(copied).resolve())} if copied else {}
        kit.audit.append("store.backup", file=info.path.name, **place)
    ctx.emit(
        {
            "backup": str(info.path),
            "copy": copied,
            "bytes": info.size,
            "audit_head": info.audit_head(),
        },
        Cli.tr("Backup written: {path}").format(path=info.path)
        + (Cli.tr("\nCopied to {copied}").format(copied=copied) if copied else "")
        + (
            Cli.tr("\nAudit chain head: {audit_head}").format(audit_head=info.audit_head())
            if info.audit_head()
            else ""
        ),
    )
    return 0


def run_restore(ctx: CliContext, args: argparse.Namespace) -> int:
    if not args.file.is_file():
        raise UserError(
            Cli.tr("There is no file {file}.").format(file=args.file)
            if not args.file.exists()
            else Cli.tr("{file} is not a backup file.").format(file=args.file)
        )
    with no_window_open(ctx.paths.home, "restore"):
        try:
            kit = ctx.open_kit()
        except StoreCorrupt:
            # The store is damaged: exactly when a restore is needed. It is copied aside.
            store = unlock_damaged(ctx.paths, _sources(ctx))
            print(not_checked(), file=sys.stderr)  # as the lock panel's offer says it
            try:
                store.restore(args.file, verify=chain_problems)
            finally:
                store.close()
            kit = ctx.open_kit()
            kit.audit.append("store.restored", file=args.file.name, replaced="damaged store")
            said: list[str] = []
        else:
            staged = kit.store.prepare_restore(args.file, verify=chain_problems)
            _confirm_restore(ctx, kit, args.file, staged, args.yes)
            said = kit.finish_restore(args.file, staged)
    ctx.emit(
        {"restored": str(args.file), "notes": said},
        "\n".join([Cli.tr("Restored the store from {file}.").format(file=args.file), *said]),
    )
    return 0


def _confirm_restore(ctx: CliContext, kit: Kit, backup: Path, staged: Path, yes: bool) -> None:
    """The backup is checked: when it would take back incidents, they are named and the
    officer confirms (or gave --yes); otherwise the checked copy goes and nothing changed."""
    taken = kit.restore_preview(staged)
    if not taken or yes:
        return
    lines = [f"  • {line}" for line in taken]
    try:
        if not ctx.interactive or ctx.as_json:  # no one to ask: said, with the flag that does it
            said = Cli.tr(
                "Not restored: it would take back what changed since the backup was made:"
            )
            again = Cli.tr("Nothing was changed. Restore with --yes to do it all the same.")
            raise UsageError(
                "\n".join([said, *lines, again]), details={"taken": taken, "flag": "--yes"}
            )
        ctx.confirm(
            "\n".join(
                [
                    Cli.tr("The backup is sound. Restoring it takes back what changed since:"),
                    *lines,
                    Cli.tr("The store as it is now has been kept as a backup (before-restore)."),
                    # the file asked of: "it", after the before-restore copy, read as that
                    Cli.tr("Restore {file} anyway").format(file=backup.name),
                ]
            )
        )
    except BaseException:
        kit.store.discard_staged(staged)
        raise
