"""argparse's own words — "usage:", "options", its usage errors — in the kit's language
(issue 15): argparse looks each one up through its module's `_` when it prints, so the
command line's help and mistakes read in Polish like the rest of it."""

from __future__ import annotations

import argparse

from app.i18n import Cli, tr_noop

#: argparse 3.11's messages a person can meet (the others are programming errors)
WORDS = frozenset(
    {
        tr_noop("Cli", "usage: "),
        tr_noop("Cli", "positional arguments"),
        tr_noop("Cli", "options"),
        tr_noop("Cli", "show this help message and exit"),
        tr_noop("Cli", "show program's version number and exit"),
        tr_noop("Cli", "the following arguments are required: %s"),
        tr_noop("Cli", "invalid choice: %(value)r (choose from %(choices)s)"),
        tr_noop("Cli", "argument %(argument_name)s: %(message)s"),
        tr_noop("Cli", "unrecognized arguments: %s"),
        tr_noop("Cli", "expected one argument"),
        tr_noop("Cli", "expected at most one argument"),
        tr_noop("Cli", "expected at least one argument"),
        tr_noop("Cli", "invalid %(type)s value: %(value)r"),
        tr_noop("Cli", "not allowed with argument %s"),
        tr_noop("Cli", "one of the arguments %s is required"),
        tr_noop("Cli", "ambiguous option: %(option)s could match %(matches)s"),
        tr_noop("Cli", "ignored explicit argument %r"),
        tr_noop("Cli", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    }
)


def translated(text: str) -> str:
    return Cli.tr(text) if text in WORDS else text


def install() -> None:
    """argparse says its words in the language `app.i18n` has installed."""
    setattr(argparse, "_", translated)  # noqa: B010 (argparse reads its global `_`)
