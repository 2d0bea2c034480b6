"""The command line (DESIGN.md §4). Without a command it launches the window."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from app import __version__
from app.commands import (
    audit_cmds,
    backlog_cmds,
    balances_cmds,
    bundle_cmds,
    contacts_cmds,
    incidents_cmds,
    outbox_cmds,
    paths_cmds,
    report_cmds,
    store_cmds,
)
from app.commands.context import CliContext
from app.console import use_utf8_output
from app.errors import UserError
from app.launcher import add_global_options, open_window
from app.logsetup import disable_core_dumps, setup_logging

COMMAND_MODULES = (
    store_cmds,
    audit_cmds,
    bundle_cmds,
    backlog_cmds,
    balances_cmds,
    contacts_cmds,
    incidents_cmds,
    outbox_cmds,
    paths_cmds,
    report_cmds,
)
log = logging.getLogger("outage_kit")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="outage-kit",
        description="Outage Kit: partner notices when billing or messaging fails.",
    )
    parser.add_argument("--version", action="version", version=f"outage-kit {__version__}")
    add_global_options(parser)
    parser.add_argument(
        "--selftest",
        action="store_true",
        help="check this installation on a temporary store (exit 0 if every part works)",
    )
    parser.add_argument(
        "--no-qt",
        action="store_true",
        help="with --selftest: leave out the checks that need Qt (e.g. under Wine, where Qt "
        "cannot start); they are listed as skipped",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    disable_core_dumps()
    use_utf8_output()
    parser = build_parser()
    args = parser.parse_args(argv)
    ctx = CliContext(home=args.home, passphrase_file=args.passphrase_file, as_json=args.json)
    if args.selftest:
        from app.commands.selftest import run_selftest

        return run_selftest(ctx, skip_qt=args.no_qt)
    if args.command is None:
        return open_window(ctx, quit_when_ready=args.quit_when_ready)
    if ctx.paths.home.exists():
        setup_logging(ctx.paths.log_file)
    try:
        return int(args.handler(ctx, args))
    except UserError as err:
        print(f"outage-kit: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("outage-kit: interrupted; nothing half-done was kept.", file=sys.stderr)
        return 130
    except Exception:
        log.exception("unexpected error in %s", args.command)
        print(
            f"outage-kit: internal error in '{args.command}'. This is a bug; details are in "
            f"{ctx.paths.log_file}. Nothing stored before was changed.",
            file=sys.stderr,
        )
        return 70
    finally:
        ctx.close()


if __name__ == "__main__":
    sys.exit(main())
