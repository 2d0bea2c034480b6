"""The command line (DESIGN.md §4). Without a command it launches the window."""

from __future__ import annotations

import argparse
import contextlib
import importlib
import logging
import os
import sys
from collections.abc import Callable, Collection, Sequence
from typing import NoReturn, TextIO

from app import __version__, i18n
from app.commands.context import CliContext, OutputClosed, json_text, write_out
from app.commands.failure import EXIT_OK, Failure, bug, classify, interrupted, with_home_hint
from app.commands.index import COMMANDS, EXTENSIONS, command_help, command_modules
from app.console import use_utf8_output
from app.errors import UsageError, UserError, as_user_error
from app.i18n import Cli, tr_noop
from app.launcher import add_global_options, open_window
from app.logsetup import disable_core_dumps, setup_logging
from app.paths import home_problem, resolve_home
from app.store import steps

#: global options that take a value (a separate word)
_VALUED_OPTIONS = ("--home", "--passphrase-file")
log = logging.getLogger("outage_kit")

EXIT_CODES_HELP = tr_noop(
    "Cli",
    """exit codes:
  0    done
  1    done, but the answer is no (check: not sound; outbox send: not all sent; …)
  2    not done: bad input, refused, locked, not found, busy, disk full, …
       (with --json, stdout holds {"error": KIND, "message": …, "details": …})
  70   internal error: a bug (details in the log file)
  130  interrupted (Ctrl+C)
a reader that stops early (outage-kit … | head) ends the command quietly, exit 0.""",
)
LANGUAGE_HELP = tr_noop(
    "Cli",
    """language:
  the command line (this help too) speaks the language chosen in Settings for the data
  folder (settings set language en|pl|system; "system": the system's locale, LANG);
  OUTAGE_KIT_LANG=en (or pl) overrides it for one run; --json output (keys, values,
  error kinds) is the same in every language.""",
)


class KitArgumentParser(argparse.ArgumentParser):
    """Usage mistakes raise `UsageError`, so they answer like any other error (JSON with
    --json, exit code 2) instead of argparse printing and exiting on its own."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(
            Cli.tr("{message}. See '{prog} --help'.").format(message=message, prog=self.prog)
        )


def build_parser(modules: Collection[str] | None = None) -> argparse.ArgumentParser:
    """Every command; `modules`: only these command modules are imported (the one that runs
    the command given), the other commands are listed by name and help alone (COMMANDS)."""
    parser = KitArgumentParser(
        prog="outage-kit",
        description=Cli.tr("Outage Kit: partner notices when billing or messaging fails."),
        epilog=Cli.tr(EXIT_CODES_HELP) + "\n\n" + Cli.tr(LANGUAGE_HELP),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"outage-kit {__version__}",
        help=Cli.tr("show the version and exit"),
    )
    add_global_options(parser)
    parser.add_argument(
        "--selftest",
        action="store_true",
        help=Cli.tr("check this installation on a temporary store (exit 0 if every part works)"),
    )
    parser.add_argument(
        "--no-qt",
        action="store_true",
        help=Cli.tr(
            "with --selftest: leave out the checks that need Qt (e.g. under Wine, where Qt "
            "cannot start); they are listed as skipped"
        ),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    wanted = command_modules() if modules is None else modules
    for name in command_modules():
        if name in wanted:
            importlib.import_module(f"app.commands.{name}").register(sub)
            for extension in EXTENSIONS.get(name, ()):
                importlib.import_module(f"app.commands.{extension}").register_into(sub)
        else:  # listed in --help; never run (its word would have imported its module)
            for word in (w for w, (module, _) in COMMANDS.items() if module == name):
                sub.add_parser(word, help=command_help(word))
    return parser


def _command_word(args: Sequence[str]) -> str | None:
    skip = False
    for word in args:
        if skip:
            skip = False
        elif word in _VALUED_OPTIONS:
            skip = True
        elif not word.startswith("-"):
            return word
        elif word in ("-h", "--help", "--selftest", "--version"):
            return None
    return None


def main(argv: Sequence[str] | None = None) -> int:
    disable_core_dumps()
    use_utf8_output()
    args_list = list(sys.argv[1:] if argv is None else argv)
    install_language(args_list)
    word = _command_word(args_list)
    parser = build_parser([COMMANDS[word][0]] if word in COMMANDS else [])
    try:
        args = parser.parse_args(args_list)
    except UsageError as err:
        # Before the options are known: --json is looked for among the words themselves.
        return _report(classify_or_bug(err, "", ""), as_json="--json" in args_list)
    ctx = CliContext(home=args.home, passphrase_file=args.passphrase_file, as_json=args.json)
    if args.selftest:
        from app.commands.selftest import run_selftest

        return run(ctx, "--selftest", lambda: run_selftest(ctx, skip_qt=args.no_qt))
    if args.command is None:
        return open_window(ctx, quit_when_ready=args.quit_when_ready)
    problem = home_problem(ctx.paths.home)
    if problem:  # a file, or a folder this account cannot write: said before anything runs
        return _report(classify_or_bug(UserError(problem), args.command, ""), ctx)
    return run(ctx, args.command, lambda: args.handler(ctx, args), log_to_home=True)


def install_language(args_list: list[str]) -> None:
    """The language chosen in Settings for the data folder these words name (or
    OUTAGE_KIT_LANG, or the system's): before the parser, so its help is in it too."""
    options = KitArgumentParser(add_help=False)
    add_global_options(options)
    try:
        home = options.parse_known_args(args_list)[0].home
    except UsageError:  # e.g. --home without a folder: the full parser says so, translated
        home = None
    i18n.install(i18n.chosen_language(resolve_home(home)))
    from app.commands import argwords

    argwords.install()


def run(
    ctx: CliContext, command: str, handler: Callable[[], int], *, log_to_home: bool = False
) -> int:
    """Run one command: its result, or its failure answered alike for every command."""
    code: int | None = None
    _say_when_waiting()
    steps.enabled = not ctx.as_json  # long steps said on stderr, in text mode only
    try:
        if log_to_home and ctx.paths.home.exists():
            setup_logging(ctx.paths.log_file)
        code = int(handler())
        ctx.flush_json()
        return code
    except OutputClosed:
        return _output_closed(code)
    except BrokenPipeError:
        # standard error went to the same reader (`… 2>&1 | head -1`): its choice too; what
        # the command had done by then is in the log at info level (an import: finished,
        # or rolled back)
        log.info("%s: the reader of its output stopped early; the command ended there", command)
        return _output_closed(code, sys.stderr)
    except KeyboardInterrupt:
        return _report(interrupted(), ctx)
    except Exception as err:
        # a full disk or a store held by another process is the kit's own message, not a bug
        known = as_user_error(err, ctx.paths.home)
        failure = classify_or_bug(known or err, command, str(ctx.paths.log_file))
        failure = with_home_hint(failure, ctx.paths.home)
        if failure.kind == "bug":
            log.exception("unexpected error in %s", command)
        elif not isinstance(err, UserError):
            log.warning("%s in %s: %s", failure.kind, command, err)
        return _report(failure, ctx)
    finally:
        steps.enabled = False
        ctx.close()


def _say_when_waiting() -> None:
    """A command that waits for another window or command writing to the store says so
    (once), instead of seeming to hang."""
    from app.store import db

    said: list[bool] = []

    def waiting() -> None:
        if not said:
            said.append(True)
            text = Cli.tr(
                "waiting for another Outage Kit window or command that is writing "
                "to the store (a large import?), up to {seconds} s…"
            ).format(seconds=f"{db.BUSY_SECONDS:.0f}")
            # said from inside the work (an import's transaction): a reader that stopped
            # (`2>&1 | head`) must not cut it short
            with contextlib.suppress(OSError):
                print("outage-kit: " + text, file=sys.stderr, flush=True)

    db.on_wait = waiting


def classify_or_bug(err: BaseException, command: str, log_file: str) -> Failure:
    return classify(err) or bug(command, log_file)


def _report(failure: Failure, ctx: CliContext | None = None, *, as_json: bool = False) -> int:
    """The message on stderr for a person; with --json also one JSON object on stdout."""
    print(Cli.tr("outage-kit: {message}").format(message=failure.message), file=sys.stderr)
    if ctx is not None:
        as_json = ctx.as_json
        if ctx.pending_json:  # what the command had emitted before it failed
            output = ctx.pending_json[0] if len(ctx.pending_json) == 1 else ctx.pending_json
            failure.details.setdefault("output", output)
            ctx.pending_json = []
    if as_json:
        try:
            write_out(json_text(failure.as_json()))
        except OutputClosed:
            return _output_closed(failure.exit_code)
    return failure.exit_code


def _output_closed(code: int | None, *more: TextIO) -> int:
    """The reader stopped early (`… | head`): that is its choice, not our failure. Standard
    output (and `more` streams the reader had) goes to the null device so the interpreter's
    last flush cannot complain."""
    for stream in (sys.stdout, *more):
        with contextlib.suppress(OSError, ValueError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, stream.fileno())
    return code or EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
