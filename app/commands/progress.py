"""Progress of a long command on stderr, alike for every command that has it: a line
rewritten in place on a terminal; with --progress elsewhere (a log), a whole line each tenth
of the way. Never with --json (its stdout is for scripts; stderr stays for errors)."""

from __future__ import annotations

import sys
from collections.abc import Callable

from app.commands.context import CliContext

Progress = Callable[[int, int], None]


def percent_progress(ctx: CliContext, asked: bool, saying: Callable[[int], str]) -> Progress | None:
    """`progress(done, total)` printing `saying(percent)`, or None when nothing is said."""
    from app.console import is_console

    live = is_console(sys.stderr)
    if ctx.as_json or not (live or asked):
        return None
    said: list[int] = []

    def progress(done: int, total: int) -> None:
        percent = done * 100 // max(total, 1)
        if said and (percent == said[-1] or (not live and percent // 10 == said[-1] // 10)):
            return
        said.append(percent)
        end = "\n" if done >= total or not live else ""
        print(("\r" if live else "") + saying(percent), end=end, file=sys.stderr, flush=True)

    return progress
