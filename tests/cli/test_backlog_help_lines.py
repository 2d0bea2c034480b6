"""Every option and argument of the backlog commands says what it is in --help: `backlog
report write-offs --help` listed `--format` and `--out OUT` with nothing beside them, and so
did a dozen more (a walk, 3 December). In both languages."""

from __future__ import annotations

import argparse

import pytest

from app import i18n
from app.cli import build_parser
from tests.support.cli import CliRunner


def _backlog_commands() -> dict[str, argparse.ArgumentParser]:
    found: dict[str, argparse.ArgumentParser] = {}

    def walk(parser: argparse.ArgumentParser, path: tuple[str, ...]) -> None:
        verbs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        if not verbs:
            found[" ".join(path)] = parser
        for verb in verbs:
            for name, child in verb.choices.items():
                walk(child, (*path, name))

    top = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    walk(top.choices["backlog"], ("backlog",))
    return found


def test_every_backlog_option_has_a_help_line() -> None:
    commands = _backlog_commands()
    assert {"backlog query", "backlog set-status", "backlog report write-offs"} <= set(commands)
    silent = [
        f"{name} {'/'.join(action.option_strings) or action.dest}"
        for name, parser in commands.items()
        for action in parser._actions
        if not isinstance(action, argparse._HelpAction) and not action.help
    ]
    assert silent == []


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("en", ("the report's file type", "the report file to write")),
        ("pl", ("typ pliku raportu", "plik raportu do zapisania")),
    ],
)
def test_the_real_help_says_them(cli: CliRunner, language: str, words: tuple[str, ...]) -> None:
    shown = cli.subprocess(
        "backlog", "report", "write-offs", "--help", env={i18n.ENV_NAME: language}
    )
    assert shown.code == 0, shown.err
    text = " ".join(shown.out.split())  # argparse wraps its lines
    for line in words:
        assert line in text, shown.out
