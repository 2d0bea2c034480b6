"""The `outage-kit` entry point. Without a command it opens the window straight away,
importing only what the window needs (the command modules pull in template, spreadsheet and
signature libraries the window's start does not); with a command it runs the command line."""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from app.i18n import Cli

if TYPE_CHECKING:
    from collections.abc import Callable

    from app.commands.context import CliContext
    from app.errors import UserError
    from app.store.store import Store

    RunGui = Callable[..., int]


def add_global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--home",
        type=Path,
        default=_env_path("OUTAGE_KIT_HOME"),
        help=Cli.tr("the kit's data folder (env OUTAGE_KIT_HOME)"),
    )
    parser.add_argument(
        "--passphrase-file",
        type=Path,
        default=_env_path("OUTAGE_KIT_PASSPHRASE_FILE"),
        help=Cli.tr("file holding the recovery passphrase (env OUTAGE_KIT_PASSPHRASE_FILE)"),
    )
    parser.add_argument("--json", action="store_true", help=Cli.tr("machine-readable output"))
    parser.add_argument("--quit-when-ready", action="store_true", help=argparse.SUPPRESS)


def _env_path(name: str) -> Path | None:
    value = os.environ.get(name)
    return Path(value) if value else None


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    options = argparse.ArgumentParser(add_help=False)
    add_global_options(options)
    known, rest = options.parse_known_args(args)
    if rest:  # a command, --help, --version, --selftest …: the full command line
        from app.cli import main as cli_main

        return cli_main(args)
    # Importing allocates some 30,000 objects that live as long as the process (modules,
    # classes, functions): the cyclic collector's passes over them found nothing and took
    # ~8 ms of the window's start. None meanwhile; then they are frozen (Python's gc.freeze,
    # made for this), so no later collection walks them again, and collecting resumes
    # before the window is built, whatever happened here. (A few hundred objects that were
    # already garbage, ~50 kB, stay with them.) Here, not in `open_window`: a process that
    # opens a window among other work (a test) keeps its own collecting as it is.
    collecting = gc.isenabled()
    gc.disable()
    try:
        from app.commands.context import CliContext
        from app.logsetup import disable_core_dumps

        disable_core_dumps()
        ctx = CliContext(home=known.home, passphrase_file=known.passphrase_file, as_json=known.json)
        unlocked, run_gui = _unlock_and_import(ctx)
    finally:
        gc.freeze()
        if collecting:
            gc.enable()
    return run_gui(ctx, unlocked, quit_when_ready=known.quit_when_ready)


def open_window(ctx: CliContext, *, quit_when_ready: bool = False) -> int:
    """Unlock, then import Qt and show the window."""
    unlocked, run_gui = _unlock_and_import(ctx)
    return run_gui(ctx, unlocked, quit_when_ready=quit_when_ready)


def _unlock_and_import(ctx: CliContext) -> tuple[Store | UserError | None, RunGui]:
    """The launcher's silent unlock, then the window's modules. The order matters for
    start-up time: PySide6 hooks every import that follows its own (it reads each module's
    source), so the keyring, the store and the first section's services are imported
    before it."""
    from app.errors import UserError
    from app.logsetup import setup_logging
    from app.paths import home_problem

    unlocked: Store | UserError | None = None
    problem = home_problem(ctx.paths.home)
    if problem:  # said in the window and on the terminal; nothing is created
        print(Cli.tr("outage-kit: {problem}").format(problem=problem), file=sys.stderr)
        unlocked = UserError(problem)
    elif ctx.paths.exists():
        setup_logging(ctx.paths.log_file)  # before unlocking: its warnings belong in the log
        try:
            unlocked = ctx.silent_unlock()
        except UserError as err:
            unlocked = err
    import app.incidents.service  # noqa: F401  (the first section's services: see above)
    from app.ui.app import run_gui

    return unlocked, run_gui
