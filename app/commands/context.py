"""What every command gets: where the kit lives, how to unlock it, how to answer."""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.console import ask_yes_no, is_console
from app.errors import UserError
from app.kit import Kit
from app.paths import KitPaths, resolve_home
from app.store.keys import OsKeyring, SecretKeeper
from app.store.passphrase import passphrase_problems
from app.store.store import Store
from app.store.unlock import (
    UnlockSources,
    read_passphrase_file,
    unlock,
    unlock_with_keyring,
    unlock_with_passphrase,
)

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

    @property
    def keeper(self) -> SecretKeeper:
        if self._keeper is None:
            self._keeper = OsKeyring.detect()
        return self._keeper

    @property
    def interactive(self) -> bool:
        """A person at a terminal (on Windows a console: NUL is a "tty" there)."""
        return is_console(sys.stdin)

    def prompt(self, label: str) -> str:
        if not self.interactive:
            raise UserError(
                f"{label} is needed, but there is no terminal to ask on. Use --passphrase-file."
            )
        return getpass.getpass(f"{label}: ")

    def confirm(self, question: str) -> bool:
        """Yes or no from the person at the terminal (no answer, or no terminal: no)."""
        return self.interactive and ask_yes_no(question)

    def open_kit(self) -> Kit:
        if self._kit is None:
            sources = UnlockSources(
                keeper=self.keeper,
                passphrase_file=self.passphrase_file,
                prompt=(lambda: self.prompt("Recovery passphrase")) if self.interactive else None,
            )
            self._kit = Kit.open(unlock(self.paths, sources))
        return self._kit

    def silent_unlock(self) -> Store | None:
        """The window's unlock: keyring first, then the passphrase file; None when neither
        opens the store (the window's lock panel asks)."""
        store = unlock_with_keyring(self.paths, self.keeper)
        if store is None and self.passphrase_file is not None:
            try:
                store = unlock_with_passphrase(
                    self.paths, read_passphrase_file(self.passphrase_file), self.keeper
                )
            except UserError as err:
                log.warning("passphrase file did not unlock the store: %s", err)
        return store

    def new_passphrase(self, *, operator: str) -> str:
        """A new recovery passphrase from the file or, twice, from the terminal."""
        if self.passphrase_file is not None:
            passphrase = read_passphrase_file(self.passphrase_file)
        else:
            passphrase = self.prompt("New recovery passphrase")
            if self.prompt("Repeat it") != passphrase:
                raise UserError("The two passphrases differ. Nothing was created; try again.")
        problems = passphrase_problems(passphrase, operator=operator)
        if problems:
            raise UserError("The recovery passphrase is too weak: " + " ".join(problems))
        return passphrase

    def emit(self, data: Any, text: str | None = None) -> None:
        """`data` as JSON with --json, else `text` (or a plain rendering of `data`)."""
        if self.as_json:
            print(json.dumps(data, ensure_ascii=False, indent=2, default=str))
        elif text is not None:
            print(text)
        else:
            print(data)

    def close(self) -> None:
        if self._kit is not None:
            self._kit.close()
            self._kit = None
