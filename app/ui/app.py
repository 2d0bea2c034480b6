"""Starting the window: first run, silent unlock, or the lock panel."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from app import __version__
from app.commands.context import CliContext
from app.errors import UserError
from app.logsetup import setup_logging
from app.paths import KitPaths, remember_home
from app.resources import resources_dir
from app.store.store import Store
from app.store.unlock import read_passphrase_file, unlock_with_keyring, unlock_with_passphrase
from app.ui.errors import install_excepthook, show_error
from app.ui.first_run import FirstRunDialog
from app.ui.main_window import MainWindow

log = logging.getLogger("outage_kit")


def application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Outage Kit")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("OutageKit")
    # The taskbar and window icon; the desktop entry (packaging/linux) has the same name.
    app.setDesktopFileName("outage-kit")
    icon = resources_dir() / "icons" / "outage-kit.png"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def first_run(ctx: CliContext, window: MainWindow) -> Store | None:
    dialog = FirstRunDialog(ctx.paths.home, window)
    from app.ui.bundles.first_signer import add_signer_choice  # first run only
    from app.ui.contacts.demo_choice import add_demo_choice

    add_signer_choice(dialog, dialog.extra)
    add_demo_choice(dialog, dialog.extra)
    if dialog.exec() != FirstRunDialog.DialogCode.Accepted:
        return None
    return create_store(dialog, ctx, window)


def create_store(dialog: FirstRunDialog, ctx: CliContext, window: MainWindow) -> Store:
    """Create the store the accepted first-run dialog describes."""
    form = dialog.form()
    assert form.home is not None
    paths = KitPaths(form.home)
    store = Store.create(
        paths, operator=form.operator.strip(), passphrase=form.passphrase, keeper=ctx.keeper
    )
    from app.ui.bundles.first_signer import pin_chosen_signer
    from app.ui.contacts.demo_choice import demo_chosen, load_demo_into

    pin_chosen_signer(dialog, store)
    if demo_chosen(dialog):
        load_demo_into(store)
    if form.home != ctx.paths.home:
        remember_home(form.home)
    window.paths = paths
    window.lock_panel.set_paths(paths)
    return store


def silent_unlock(ctx: CliContext) -> Store | None:
    """Keyring first, then the passphrase file; None: the lock panel asks."""
    store = unlock_with_keyring(ctx.paths, ctx.keeper)
    if store is None and ctx.passphrase_file is not None:
        try:
            store = unlock_with_passphrase(
                ctx.paths, read_passphrase_file(ctx.passphrase_file), ctx.keeper
            )
        except UserError as err:
            log.warning("passphrase file did not unlock the store: %s", err)
    return store


def run_gui(ctx: CliContext, *, quit_when_ready: bool = False) -> int:
    app = application()
    install_excepthook()
    window = MainWindow(paths=ctx.paths, keeper=ctx.keeper)
    try:
        store = silent_unlock(ctx) if ctx.paths.exists() else first_run(ctx, window)
    except UserError as err:
        show_error(window, err)
        store = None
    if store is None and not ctx.paths.exists():
        return 1  # first run cancelled: nothing was created
    setup_logging(window.paths.log_file)
    if store is not None:
        window.open_store(store)
    window.show()
    if quit_when_ready:

        def report() -> None:
            print("ready" if window.kit is not None else "locked", flush=True)
            app.quit()

        QTimer.singleShot(0, report)
    code = app.exec()
    QThreadPool.globalInstance().waitForDone()
    window.close()
    return int(code)
