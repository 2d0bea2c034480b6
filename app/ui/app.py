"""Starting the window: first run, silent unlock, or the lock panel."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

# The services of the sections built at unlock (Outbox, Runbooks' bundle watch, the schedule),
# imported before Qt: PySide6 hooks every import that follows its own, which made these a third
# slower (measured; the launcher does the same for the Incidents services).
import app.bundles.history
import app.bundles.watch
import app.delivery.retry
import app.delivery.service
import app.incidents.schedule

# isort: split
import app.ui.qt_import  # noqa: F401  (PySide6, first: see there)

# isort: split
from PySide6.QtCore import QThreadPool
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from app import __version__
from app.commands.context import CliContext
from app.errors import UserError
from app.i18n import chosen_language
from app.logsetup import setup_logging
from app.paths import KitPaths, home_problem, remember_home
from app.resources import resources_dir
from app.store.store import Store
from app.ui.errors import install_excepthook, show_error
from app.ui.language import install_language
from app.ui.main_window import MainWindow
from app.ui.one_window import WindowLock, claim

if TYPE_CHECKING:
    from app.ui.first_run import FirstRunDialog


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
    from app.ui.bundles.first_signer import add_signer_choice  # first run only
    from app.ui.contacts.demo_choice import add_demo_choice
    from app.ui.first_run import FirstRunDialog

    dialog = FirstRunDialog(ctx.paths.home, window)
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


def _report_when_ready(app: QApplication, window: MainWindow) -> None:
    """For the start-up benchmark: print 'ready' once the window is first painted on screen,
    'settled' once it is painted with the sections built after it (Outbox lights, bundle
    watch), then quit. (Until 2 December both came before the first paint.)"""
    watch = window.paint_watch

    def shown() -> None:
        print("ready" if window.kit is not None else "locked", flush=True)
        if window.kit is None:
            app.quit()

    def settled() -> None:
        print("settled", flush=True)
        app.quit()

    watch.after_next_paint(shown)
    window.sections_ready.connect(lambda: watch.after_next_paint(settled))


def run_gui(
    ctx: CliContext, unlocked: Store | UserError | None = None, *, quit_when_ready: bool = False
) -> int:
    """The window, opened on `unlocked` (the launcher's silent unlock: the store, why it
    failed, or None for the lock panel); the first-run dialog when there is no store yet."""
    app = application()
    install_language(chosen_language(ctx.paths.home))
    before = install_excepthook()
    try:
        lock = claim(ctx.paths.home) if ctx.paths.exists() else WindowLock(ctx.paths.home)
        if lock is None:
            return 1  # a window is already open on this store and the officer went to it
        try:
            return _run_window(app, ctx, unlocked, lock, quit_when_ready=quit_when_ready)
        finally:
            lock.release()
    finally:
        sys.excepthook = before


def _run_window(
    app: QApplication,
    ctx: CliContext,
    unlocked: Store | UserError | None,
    lock: WindowLock,
    *,
    quit_when_ready: bool,
) -> int:
    store = unlocked if isinstance(unlocked, Store) else None
    window = MainWindow(paths=ctx.paths, keeper=ctx.keeper, locked=store is None)
    if isinstance(unlocked, UserError):
        show_error(window, unlocked)
    elif not ctx.paths.exists():
        try:
            store = first_run(ctx, window)
            if store is not None:  # the new data folder is this window's from now on
                lock.take()
        except UserError as err:
            show_error(window, err)
    if store is None and not ctx.paths.exists():
        return 1  # first run cancelled: nothing was created
    if home_problem(window.paths.home) is None:  # nothing written to a folder refused
        setup_logging(window.paths.log_file)
    if quit_when_ready:
        _report_when_ready(app, window)
    if store is not None:
        window.open_store(store)
    window.show()
    code = app.exec()
    QThreadPool.globalInstance().waitForDone()
    window.close()
    return int(code)
