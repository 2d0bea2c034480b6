"""Every option and argument of every command says what it is in --help: `backlog report
write-offs --help` listed `--format` and `--out OUT` with nothing beside them, and 60 more
were bare, from `restore FILE` to `settings set KEY VALUE` (a walk, 3 December). In both
languages."""

from __future__ import annotations

import argparse

import pytest

from app import i18n
from app.cli import build_parser
from tests.support.cli import CliRunner


def _commands() -> dict[str, argparse.ArgumentParser]:
    """Every leaf command's parser, by its words ("backlog report write-offs")."""
    found: dict[str, argparse.ArgumentParser] = {}

    def walk(parser: argparse.ArgumentParser, path: tuple[str, ...]) -> None:
        verbs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        if not verbs:
            found[" ".join(path)] = parser
        for verb in verbs:
            for name, child in verb.choices.items():
                walk(child, (*path, name))

    walk(build_parser(), ())
    return found


def test_every_option_and_argument_has_a_help_line() -> None:
    commands = _commands()
    assert {"restore", "backlog report write-offs", "settings set", "paths add"} <= set(commands)
    silent = [
        f"{name} {'/'.join(action.option_strings) or action.dest}"
        for name, parser in commands.items()
        for action in parser._actions
        if not isinstance(action, argparse._HelpAction) and not action.help
    ]
    assert silent == []


@pytest.mark.parametrize(
    ("language", "command", "words"),
    [
        ("en", "backlog report write-offs", ("the report's file type", "the report file to write")),
        ("pl", "backlog report write-offs", ("typ pliku raportu", "plik raportu do zapisania")),
        ("en", "incident show", ("the incident's reference, as 'incident list' shows it",)),
        ("pl", "settings set", ("nazwa ustawienia", "nowa wartość")),
    ],
)
def test_the_real_help_says_them(
    cli: CliRunner, language: str, command: str, words: tuple[str, ...]
) -> None:
    shown = cli.subprocess(*command.split(), "--help", env={i18n.ENV_NAME: language})
    assert shown.code == 0, shown.err
    text = " ".join(shown.out.split())  # argparse wraps its lines
    for line in words:
        assert line in text, shown.out
