"""The first-start dialog as the officer fills it, and what the kit does once it is
accepted: shared by the window tests of the first start."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from app.commands.context import CliContext
from app.store.keys import NoKeyring
from app.store.store import Store
from app.ui.app import create_store
from app.ui.first_run import FirstRunDialog
from app.ui.main_window import MainWindow


def first_run_dialog(qtbot: QtBot, home: Path, operator: str = "Night Duty") -> FirstRunDialog:
    """The dialog for a kit in `home`, the operator's name typed."""
    dialog = FirstRunDialog(home)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.operator, operator)
    return dialog


def created_store(qtbot: QtBot, dialog: FirstRunDialog, home: Path) -> tuple[Store, MainWindow]:
    """The accepted dialog's store created as the kit's start does, and the window for it."""
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    ctx = CliContext(home=home, passphrase_file=None, as_json=False, keeper=NoKeyring())
    window = MainWindow(paths=ctx.paths, keeper=ctx.keeper)
    qtbot.addWidget(window)
    return create_store(dialog, ctx, window), window
