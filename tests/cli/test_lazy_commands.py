"""The command line imports a command's module only when that command runs (issue 19: each
import is slow under Windows, where the kit's start took ~29 s when every command module and
its libraries were imported for `--help`). Seen from the real program, in its own process:
the names of every module it had imported when it ended."""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass

import pytest

from app.cli import build_parser
from app.commands.index import COMMANDS, command_help, command_modules
from tests.cli.conftest import Outage
from tests.support.cli import REPO

#: libraries a command that does not render templates, read or write spreadsheets or show a
#: window must not load
HEAVY = {"openpyxl", "jinja2", "PySide6"}
#: what opening the store takes: `--help` and `--version` need none of it
STORE = {"sqlcipher3", "cryptography", "keyring"}
#: the program's entry point, and at its end (`--help` too) the modules it had imported
PROGRAM = (
    "import atexit, sys; "
    "atexit.register(lambda: print('MODULES', *sorted(sys.modules), file=sys.stderr)); "
    "from app.launcher import main; sys.exit(main())"
)


def commands_action(parser: argparse.ArgumentParser) -> argparse._SubParsersAction:  # type: ignore[type-arg]
    return next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))


def command_parsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    return dict(commands_action(parser).choices)


def help_lines(parser: argparse.ArgumentParser) -> dict[str, str | None]:
    """Each command word and its line in `--help`, in their order."""
    return {a.dest: a.help for a in commands_action(parser)._choices_actions}


def runs(parser: argparse.ArgumentParser) -> bool:
    """A command's real parser: it has a handler or verbs of its own (a listed-only one has
    neither)."""
    return parser.get_default("handler") is not None or any(
        isinstance(a, argparse._SubParsersAction) for a in parser._actions
    )


def test_the_index_names_every_command_its_module_and_its_help() -> None:
    everything = build_parser()
    assert list(command_parsers(everything)) == list(COMMANDS)
    assert all(runs(p) for p in command_parsers(everything).values())
    # `outage-kit --help`: every word with its line, the same as with every module imported
    listed = build_parser([])
    assert help_lines(listed) == help_lines(everything) == {w: command_help(w) for w in COMMANDS}
    assert listed.format_help() == everything.format_help()
    for module in command_modules():
        parsers = command_parsers(build_parser([module]))
        real = {word for word, parser in parsers.items() if runs(parser)}
        assert real == {w for w, (m, _) in COMMANDS.items() if m == module}, module


@dataclass
class Run:
    code: int
    out: str
    modules: set[str]

    def commands(self) -> set[str]:
        return {m for m in self.modules if m.startswith("app.commands.") and m.endswith("_cmds")}

    def libraries(self) -> set[str]:
        return {m.split(".")[0] for m in self.modules}


@pytest.fixture
def program(outage: Outage) -> Callable[..., Run]:
    def run(*args: str) -> Run:
        proc = subprocess.run(
            [sys.executable, "-c", PROGRAM, *outage.global_args(json_output=False), *args],
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=outage.environment(),
            cwd=REPO,
            timeout=90,
        )
        last = proc.stderr.splitlines()[-1]
        assert last.startswith("MODULES "), proc.stderr
        return Run(proc.returncode, proc.stdout, set(last.split()[1:]))

    return run


def test_help_and_version_import_no_command_module(program: Callable[..., Run]) -> None:
    for args in (["--help"], ["--version"]):
        run = program(*args)
        assert run.code == 0
        assert "outage-kit" in run.out
        assert "app.cli" in run.modules
        assert not run.commands(), args
        assert not run.libraries() & (HEAVY | STORE), args


def test_a_command_imports_its_own_module_only(program: Callable[..., Run]) -> None:
    run = program("backlog", "query", "--limit", "3")
    assert run.code == 0
    assert run.out.count("DEMO-") == 3  # the demo's newest records
    assert run.commands() == {"app.commands.backlog_cmds"}
    assert not run.libraries() & HEAVY

    run = program("contacts", "list")
    assert run.code == 0
    assert run.commands() == {"app.commands.contacts_cmds"}
    assert not run.libraries() & HEAVY

    run = program("paths", "list")  # with its editing verbs' module
    assert run.code == 0
    assert run.commands() == {"app.commands.paths_cmds", "app.commands.paths_edit_cmds"}
    assert not run.libraries() & HEAVY


def test_a_mistyped_command_is_named_with_every_choice(outage: Outage) -> None:
    error = outage.fails("usage", "contact", "list")
    choices = error["message"].split("choose from ", 1)[1]  # quoted by Python 3.12+ or not
    assert all(word in choices for word in COMMANDS)
