"""What every command gets: where the kit lives, how to unlock it, how to answer."""

from __future__ import annotations

import argparse
import errno
import json
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.console import ask_yes_no, is_console
from app.errors import Cancelled, Refused, UsageError, UserError
from app.i18n import Cli
from app.paths import KitPaths, resolve_home

if TYPE_CHECKING:  # imported where used: `--help` and `--version` need none of them
    from app.kit import Kit
    from app.store.keys import SecretKeeper
    from app.store.store import Store

log = logging.getLogger("outage_kit")
Handler = Callable[["CliContext", argparse.Namespace], int]
SubParsers = Any  # argparse._SubParsersAction[argparse.ArgumentParser]


class CliContext:
    def __init__(
        self,
        *,
        home: Path | None,
        passphrase_file: Path | None,
        as_json: bool,
        keeper: SecretKeeper | None = None,
    ) -> None:
        self.paths = KitPaths(resolve_home(home))
        self.passphrase_file = passphrase_file
        self.as_json = as_json
        self._keeper = keeper
        self._kit: Kit | None = None
        self.pending_json: list[Any] = []

    @property
    def keeper(self) -> SecretKeeper:
        if self._keeper is None:
            from app.store.keys import OsKeyring

            self._keeper = OsKeyring.detect()
        return self._keeper

    @property
    def interactive(self) -> bool:
        """A person at a terminal (on Windows a console: NUL is a "tty" there)."""
        return is_console(sys.stdin)

    def prompt(self, label: str, *, flag: str = "--passphrase-file") -> str:
        """A secret typed at the terminal; without one, an error naming the `flag` that gives
        the answer instead (a script never hangs on a question)."""
        if not self.interactive:
            raise UsageError(
                Cli.tr(
                    "{label} is needed, but there is no terminal to ask on. Give it with {flag}."
                ).format(label=label, flag=flag),
                details={"flag": flag},
            )
        import getpass  # a terminal's question only (termios): not at the window's start

        return getpass.getpass(f"{label}: ")

    def confirm(self, question: str, *, flag: str = "--yes") -> None:
        """Ask `question` at the terminal; without one (or with --json), an error naming the
        `flag` that confirms. Raises `Cancelled` when the person says no."""
        if not self.interactive or self.as_json:
            raise UsageError(
                Cli.tr("Not done: confirm with {flag} (there is no terminal to ask on).").format(
                    flag=flag
                ),
                details={"flag": flag},
            )
        if not ask_yes_no(question):
            raise Cancelled(Cli.tr("Not done; nothing was changed."))

    def ask(self, question: str) -> bool:
        """Yes or no from the person at the terminal (no answer, or no terminal: no)."""
        return self.interactive and ask_yes_no(question)

    def open_kit(self) -> Kit:
        if self._kit is None:
            from app.kit import Kit
            from app.store.unlock import UnlockSources, unlock

            sources = UnlockSources(
                keeper=self.keeper,
                passphrase_file=self.passphrase_file,
                prompt=(lambda: self.prompt(Cli.tr("Recovery passphrase")))
                if self.interactive
                else None,
            )
            self._kit = Kit.open(unlock(self.paths, sources))
            for notice in self._kit.notices:  # said once, before the command's own output
                print(notice, file=sys.stderr)
        return self._kit

    def silent_unlock(self) -> Store | None:
        """The window's unlock: keyring first, then the passphrase file; None when neither
        opens the store (the window's lock panel asks)."""
        from app.store.unlock import (
            read_passphrase_file,
            unlock_with_keyring,
            unlock_with_passphrase,
        )

        store = unlock_with_keyring(self.paths, self.keeper, read_only_ok=True)
        if store is None and self.passphrase_file is not None:
            try:
                store = unlock_with_passphrase(
                    self.paths,
                    read_passphrase_file(self.passphrase_file),
                    self.keeper,
                    read_only_ok=True,
                )
            except UserError as err:
                log.warning("passphrase file did not unlock the store: %s", err)
        return store

    def new_passphrase(self, *, operator: str) -> str:
        """A new recovery passphrase from the file or, twice, from the terminal."""
        from app.store.passphrase import passphrase_problems
        from app.store.unlock import read_passphrase_file

        if self.passphrase_file is not None:
            passphrase = read_passphrase_file(self.passphrase_file)
        else:
            passphrase = self.prompt(
                Cli.tr("New recovery passphrase"), flag="--passphrase-file FILE"
            )
            if self.prompt(Cli.tr("Repeat it"), flag="--passphrase-file FILE") != passphrase:
                raise UserError(
                    Cli.tr("The two passphrases differ. Nothing was created; try again.")
                )
        problems = passphrase_problems(passphrase, operator=operator)
        if problems:
            raise Refused(
                Cli.tr("The recovery passphrase is too weak: ") + " ".join(problems),
                details={"problems": problems},
            )
        return passphrase

    def emit(self, data: Any, text: str | None = None) -> None:
        """`data` as JSON with --json, else `text` (or a plain rendering of `data`).

        JSON waits until the command has finished (`flush_json`): a command that fails after
        emitting still answers with one JSON object, the error (its `details.output` holds
        what was emitted)."""
        if self.as_json:
            self.pending_json.append(data)
        else:
            write_out(text if text is not None else str(data))

    def flush_json(self) -> None:
        pending, self.pending_json = self.pending_json, []
        for data in pending:
            write_out(json_text(data))

    def close(self) -> None:
        if self._kit is not None:
            self._kit.close()
            self._kit = None


def incident_reference(parser: argparse.ArgumentParser) -> None:
    """The incident a command is about, named as `incident list` shows it."""
    parser.add_argument(
        "reference",
        help=Cli.tr("the incident's reference, as 'incident list' shows it (e.g. OK-2026-0001)"),
    )


class OutputClosed(Exception):
    """The reader of our standard output went away (`outage-kit … | head`)."""


def json_text(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, default=str)


def write_out(text: str) -> None:
    """One line (or block) on stdout; a reader that stopped early ends the command quietly."""
    try:
        print(text)
        sys.stdout.flush()
    except BrokenPipeError:
        raise OutputClosed from None
    except OSError as err:
        # Windows reports a closed pipe as EINVAL rather than EPIPE.
        if sys.platform == "win32" and err.errno == errno.EINVAL:
            raise OutputClosed from None
        raise
