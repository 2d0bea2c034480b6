"""What a command says after writing a file a person named: a folder it had to create."""

from __future__ import annotations

from pathlib import Path

from app.fsutil import missing_folder
from app.i18n import Cli

__all__ = ["created_note", "missing_folder"]


def created_note(folder: Path | None) -> str:
    """Said after a file was written into a folder that did not exist (`missing_folder`
    before writing): the kit made it, and a manager sees where."""
    if folder is None:
        return ""
    return " " + Cli.tr("The folder {folder} did not exist: it was created.").format(folder=folder)
