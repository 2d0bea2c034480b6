"""The main window: navigation, the selected section, the status bar, the lock."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.backlog.decision_marks import decision_cut_short
from app.errors import Busy, StoreCorrupt, as_user_error
from app.i18n import chosen_language, store_choice
from app.kit import Kit
from app.paths import KitPaths
from app.running_work import release as release_work_locks
from app.running_work import take_work_locks
from app.store import db, steps
from app.store.keys import SecretKeeper
from app.store.room import room
from app.store.store import Store
from app.ui import tasks
from app.ui.errors import show_error
from app.ui.idle import IdleWatcher
from app.ui.language import install_language
from app.ui.paint_watch import PaintWatch
from app.ui.read_only import CHECK_EVERY_MS, READ_ONLY_SECTIONS, NeedsRoomSection, ReadOnlyBanner
from app.ui.screen import open_on_screen, scrolled
from app.ui.section import Section, silence
from app.ui.sections import SECTIONS, SectionEntry

if TYPE_CHECKING:  # the event classes: each Qt class a start touches costs it (its enums)
    from PySide6.QtCore import QMimeData
    from PySide6.QtGui import QDragEnterEvent, QDropEvent, QShowEvent

    from app.ui.lock_panel import LockPanel
    from app.ui.migrating import MigrationDialog
    from app.ui.restoring import RestoreDialog
    from app.ui.settling import SettlingDialog

log = logging.getLogger(__name__)
# the navigation column: its font, and its width from the longest title (with a count)
NAV_POINTS = 11
NAV_MIN, NAV_MAX = 150, 210
# work held back for the first paint of the window waits no longer than this: long enough
# for a slow machine's first paint (the start-up benchmark's callgrind runs are ~50 times
# slower: 1 s let the check and the pages start before their paint there), short enough for
# a window never painted (minimized at start, on another desktop) to start its store check
PAINT_WAIT_MS = 5000


class BackupFailed(Exception):
    """The health check found the store sound; its daily backup failed (`__cause__`)."""


class MainWindow(QMainWindow):
    locked = Signal()
    unlocked = Signal()
    health_checked = Signal(list)  # problems; empty when sound
    # every eager section is in, with all it shows outside its page (a `page_later` one's
    # page follows in the next turns of the event loop, or when it is opened)
    sections_ready = Signal()

    def __init__(self, *, paths: KitPaths, keeper: SecretKeeper, locked: bool = True) -> None:
        """`locked=False`: a store is about to be opened (the silent unlock), so the lock
        panel is not built until the window first locks."""
        super().__init__()
        self.setWindowTitle(self.tr("Outage Kit"))
        open_on_screen(self, 1200, 760)  # a 1024×600 netbook as well as a big monitor
        self.paths = paths
        self.keeper = keeper
        self.kit: Kit | None = None
        self._entries: list[SectionEntry] = []
        self._built: dict[int, Section] = {}
        self._unopened: list[SectionEntry] = []  # imported ahead of their first visit
        self._areas: dict[int, QWidget] = {}  # each section's scroll area in the stack
        self._section_status: list[QWidget] = []

        self._lock_panel: LockPanel | None = None
        self.migration_dialog: MigrationDialog | None = None  # while an older store updates
        self.settling_dialog: SettlingDialog | None = None  # while a cut-short decision settles
        self.restore_dialog: RestoreDialog | None = None  # while a backup is checked
        self.updating_restore = False  # while a restored older backup is updated
        self.work = QWidget()
        self.header = QHBoxLayout()
        self.nav = QListWidget()
        self.nav.setFixedWidth(NAV_MAX)  # a fixed column: no dead space beside it
        self.nav.setStyleSheet(
            f"QListWidget {{ font-size: {NAV_POINTS}pt; }} QListWidget::item {{ padding: 5px; }}"
        )
        self.nav.setTextElideMode(Qt.TextElideMode.ElideRight)  # whole in its tooltip
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # cut
        self.stack = QStackedWidget()
        self.nav.currentRowChanged.connect(self._select)
        body = QHBoxLayout()
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        work_layout = QVBoxLayout(self.work)
        self.read_only_banner = ReadOnlyBanner()
        self.read_only_banner.check_requested.connect(self.check_room)
        work_layout.addWidget(self.read_only_banner)
        work_layout.addLayout(self.header)
        work_layout.addLayout(body, 1)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.work)
        self.setCentralWidget(self.pages)

        self.lock_label = QLabel()
        self.health_label = QLabel()
        self.statusBar().addWidget(self.lock_label)
        self.statusBar().addWidget(self.health_label)
        # a message cut at the bar's end (a narrow window) is whole in the bar's tooltip
        self.statusBar().messageChanged.connect(self._status_tip)

        kit_menu = self.kit_menu = self.menuBar().addMenu(self.tr("&Kit"))
        self._section_actions: list[QAction] = []
        self.setAcceptDrops(True)
        self.lock_action = QAction(self.tr("&Lock now"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock)
        kit_menu.addAction(self.lock_action)
        quit_action = self.quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        kit_menu.addAction(quit_action)

        self.room_timer = QTimer(self)  # a read-only store: is there room again?
        self.room_timer.setInterval(CHECK_EVERY_MS)
        self.room_timer.timeout.connect(self.check_room)
        self.paint_watch = PaintWatch(self)
        self.idle = IdleWatcher(15, self)
        # Ctrl+L in every dialog the officer works in (the notice wizard, a follow-up, the
        # Import dialog): a modal dialog blocks the main window's shortcuts
        self.idle.window_focused.connect(self._offer_lock)
        self.idle.idle.connect(self.lock)
        if locked:
            self._show_locked()

    @property
    def lock_panel(self) -> LockPanel:
        if self._lock_panel is None:  # a silent unlock never needs it: imported here
            from app.store.passphrase import UnlockThrottle
            from app.ui.lock_panel import LockPanel

            self._lock_panel = LockPanel(
                paths=self.paths, keeper=self.keeper, throttle=UnlockThrottle()
            )
            self._lock_panel.unlocked.connect(self.open_store)
            self.pages.addWidget(self._lock_panel)
        return self._lock_panel

    # -- lock and unlock ----------------------------------------------------------------

    def open_store(self, store: Store) -> None:
        if store.conn is not None and store.needs_migration:
            from app.ui.migrating import migrate_then  # an older store only

            self.migration_dialog = migrate_then(
                self,
                store,
                on_done=lambda: self._settle_then_open(store),
                on_error=lambda err: self._open_failed(store, err),
            )
            return
        self._settle_then_open(store)

    def _settle_then_open(self, store: Store) -> None:
        """A bulk backlog decision a killed process cut short is settled first, off this
        thread under a dialog saying how far (up to a minute at a million records), and the
        window opens on the store after it: meanwhile the backlog cannot be touched."""
        if store.read_only is None and store.conn is not None and decision_cut_short(store.conn):
            from app.ui.settling import settle_then  # only when one was cut short

            self.lock_label.setText(self.tr("Opening the store…"))  # not "LOCKED" under it
            self.settling_dialog = settle_then(
                self,
                store,
                on_done=lambda notes: self._open(store, notes),
                on_error=lambda err: self._open_failed(store, err),
            )
            return
        self._open(store)

    def _open_failed(self, store: Store, err: BaseException) -> None:
        store.close()
        self._show_locked()
        show_error(self, err)

    def _open(self, store: Store, settled: list[str] | None = None) -> None:
        """`settled`: what settling a cut-short decision first must tell the officer."""
        self.settling_dialog = None
        try:
            self.kit = Kit.open(store)
        except Exception as err:
            self._open_failed(store, err)
            return
        self.kit.notices[:0] = settled or []
        if self.kit.read_only is None:
            self.kit.audit.append("kit.unlocked")
        self.idle.set_minutes(self.kit.settings.get("idle_lock_minutes"))
        try:
            self._build_sections()
        except Exception as err:  # a broken section must not keep the kit shut
            show_error(self, err)
        self.pages.setCurrentWidget(self.work)
        self.lock_action.setEnabled(True)
        self.lock_label.setText(self.tr("Unlocked"))
        if self.kit.read_only is None:
            self._start_health_check(store)
        else:
            self._show_read_only()
        self.room_timer.start()  # a full disk is seen, and room coming back
        if self.kit.notices:  # e.g. an import a crash cut short, finished at this start
            QTimer.singleShot(0, self._say_notices)
        self.unlocked.emit()

    def _say_notices(self) -> None:
        """What the store's opening did or found that the officer must know, once."""
        from PySide6.QtWidgets import QMessageBox

        if self.kit is None or not self.kit.notices:
            return
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Outage Kit"),
            "\n\n".join(self.kit.notices),
            QMessageBox.StandardButton.Ok,
            self,
        )
        self.kit.notices = []
        self.notice_box = box
        box.open()

    def _offer_lock(self) -> None:
        from PySide6.QtWidgets import QApplication

        window = QApplication.activeWindow()
        # not in a question box: the code waiting for its answer would meet a closed store.
        # (Asked by class name: this runs when the window itself first gets the focus, and
        # touching QDialog and QMessageBox there cost the start their enums.)
        if (
            window is not None
            and window.inherits("QDialog")
            and not window.inherits("QMessageBox")
            and self.lock_action not in window.actions()
        ):
            window.addAction(self.lock_action)

    def lock(self) -> None:
        if self.kit is None or self.restore_dialog is not None or self.updating_restore:
            return  # a restore (or its update) under way ends first: its dialog covers all
        if self.kit.read_only is None:
            self.kit.audit.append("kit.locked")
        self.close_store()
        self._show_locked()
        self.locked.emit()

    def close_store(self) -> None:
        """The sections dropped (no timer or folder watch of theirs reaches the store
        again) and the kit closed: on locking and on closing the window."""
        assert self.kit is not None
        self.room_timer.stop()
        self._end_read_only()
        self._drop_sections()
        self.kit.close()
        self.kit = None

    def _show_locked(self) -> None:
        self.pages.setCurrentWidget(self.lock_panel)
        self.lock_action.setEnabled(False)
        self.lock_label.setText(self.tr("LOCKED"))
        self.health_label.setText("")
        self.lock_panel.focus()

    # -- sections -----------------------------------------------------------------------

    def _build_sections(self) -> None:
        """The first section now; the other eager ones (status lights, folder watch, menu
        actions) right after the window is on screen, so they never delay it."""
        assert self.kit is not None
        for entry in SECTIONS:
            self.nav.addItem(entry.label())
            self._entries.append(entry)
        self._fit_nav()
        self.nav.setCurrentRow(0)
        QTimer.singleShot(0, self._build_eager_sections)

    def _fit_nav(self) -> None:
        """The navigation column fits its longest title with a count ("Outbox (12)"), from
        NAV_MIN up to NAV_MAX px (a 1024 px screen keeps its room for the section); a title
        longer than that is cut with "…", whole in its tooltip."""
        # the list's font once its style sheet applies (an item's font: QFont's enums at start)
        self.nav.ensurePolished()
        metrics = self.nav.fontMetrics()
        widest = max(metrics.horizontalAdvance(f"{e.label()} (99)") for e in self._entries)
        self.nav.setFixedWidth(min(NAV_MAX, max(NAV_MIN, widest + 36)))  # padding, frame, style
        for row in range(self.nav.count()):
            shown = self.nav.item(row)
            if shown is not None:
                shown.setToolTip(shown.text())

    def _build_eager_sections(self) -> None:
        # Locked again before the event loop came round: _entries is empty, nothing is built.
        try:
            for row, entry in enumerate(self._entries):
                if entry.eager:
                    self._materialize(row)
        except Exception as err:  # a broken section must not keep the kit shut
            show_error(self, err)
        self.sections_ready.emit()
        self._when_painted(self._build_waiting_page)

    def _when_painted(self, work: Callable[[], None]) -> None:
        """`work` once the window is on screen as it is now, so that it never delays the
        officer's first sight of it; at the latest after PAINT_WAIT_MS (a window that is
        not painted: hidden, minimized, on another desktop)."""
        done = False

        def once() -> None:
            nonlocal done
            if not done:
                done = True
                work()

        if self.isVisible():
            self.paint_watch.after_next_paint(once)
        # a timer of the window's own, gone with it (singleShot's context-object form made
        # PySide build QMetaMethod's enums at every start)
        at_latest = QTimer(self)
        at_latest.setSingleShot(True)
        at_latest.timeout.connect(once)
        at_latest.timeout.connect(at_latest.deleteLater)
        at_latest.start(PAINT_WAIT_MS if self.isVisible() else 0)

    def _build_waiting_page(self) -> None:
        """The pages of the sections built at unlock without theirs (`Section.page_later`):
        one a turn of the event loop once the window has settled, so the first visit finds
        it ready and the window stays responsive meanwhile."""
        waiting = [s for s in self.sections if not s.page_built]
        if not waiting:  # all built, or locked meanwhile (no sections): then the imports
            self._unopened = [e for r, e in enumerate(self._entries) if r not in self._built]
            self._import_unopened()
            return
        try:
            waiting[0].ensure_page()
        except Exception as err:
            show_error(self, err)
        QTimer.singleShot(0, self._build_waiting_page)

    def _import_unopened(self) -> None:
        """The modules of the sections not opened yet, one section a turn of the event loop
        once the waiting pages are built: a first visit then builds its section without
        importing it first (the Backlog's modules took ~70 ms of its first visit, more than
        its first paint). Nothing is read from the store; only an `ahead` section's widgets
        are built (the Backlog's, 6 ms of its first visit's 20); locked meanwhile, the list
        is empty."""
        if not self._unopened or self.kit is None:
            return
        entry = self._unopened.pop(0)
        try:
            entry.load()
            if entry.ahead:  # its widgets too: the first visit reads and paints, no more
                self._materialize(self._row_of(entry.title))
        except Exception:  # its first visit says what is wrong, as it did before
            log.warning("Could not build the %s section ahead of its visit", entry.title)
        QTimer.singleShot(0, self._import_unopened)

    def _materialize(self, row: int) -> Section:
        """The section of navigation row `row`, built now if it was not yet (a `page_later`
        one without its page: `ensure_page` builds that)."""
        assert self.kit is not None
        built = self._built.get(row)
        if built is not None:
            return built
        section_type = self._entries[row].load()
        if self.kit.read_only is not None and self._entries[row].title not in READ_ONLY_SECTIONS:
            section_type = NeedsRoomSection
        try:
            later = section_type.page_later
            section = section_type(self.kit, page_now=False) if later else section_type(self.kit)
        except db.DatabaseError as err:
            if not db.is_damage(err):
                raise
            from app.ui.damaged_section import DamagedSection  # a damaged store only

            section = DamagedSection(self.kit, err)
        # in a scroll area: a section wider than a 1024×600 screen scrolls instead of
        # widening the window past the screen (the stack's order does not matter)
        area = scrolled(section)
        self._areas[row] = area
        self.stack.addWidget(area)
        self._built[row] = section
        section.label_changed.connect(lambda text, r=row: self._relabel(r, text))
        if section.nav_label is not None:  # e.g. "Outbox (3)", counted while it was built
            self._relabel(row, section.nav_label)
        for widget in section.header_widgets():
            self.header.addWidget(widget)
        for widget in section.status_widgets():
            self.statusBar().addPermanentWidget(widget)
            self._section_status.append(widget)
        for action in section.menu_actions():
            self.kit_menu.insertAction(self.lock_action, action)
            self._section_actions.append(action)
        return section

    def _status_tip(self, message: str) -> None:
        self.statusBar().setToolTip(message)
        # One thing at a time: QStatusBar hides its labels under a message without marking
        # them hidden on purpose, and re-laying the bar (a section's light added when the
        # store reopens after a full disk) shows them again under the message. Hidden here
        # explicitly, shown again when the message ends.
        for label in (self.lock_label, self.health_label):
            label.setVisible(not message)

    def _relabel(self, row: int, text: str) -> None:
        item = self.nav.item(row)
        if item is not None:
            item.setText(text)
            item.setToolTip(text)

    @property
    def sections(self) -> list[Section]:
        """The sections built so far, in navigation order."""
        return [self._built[row] for row in sorted(self._built)]

    def _drop_sections(self) -> None:
        # Deletion is deferred to the event loop; until then no timer, watcher or signal of
        # a section may reach the store that is about to close.
        items = [self.header.itemAt(i) for i in range(self.header.count())]
        header = [w for w in (item.widget() for item in items if item) if w is not None]
        for obj in [*self.sections, *self._section_status, *header]:
            silence(obj)
        for action in self._section_actions:
            self.kit_menu.removeAction(action)
        self._section_actions.clear()
        for status_widget in self._section_status:
            self.statusBar().removeWidget(status_widget)
            status_widget.deleteLater()
        self._section_status.clear()
        while self.header.count():
            item = self.header.takeAt(0)
            header_widget = item.widget() if item is not None else None
            if header_widget is not None:
                header_widget.hide()  # deleted later: gone from sight now
                header_widget.deleteLater()
        self.nav.clear()
        for page in [self.stack.widget(i) for i in range(self.stack.count())]:
            if page is not None:
                self.stack.removeWidget(page)
                page.deleteLater()
        self._built.clear()
        self._areas.clear()
        self._entries.clear()
        self._unopened.clear()

    def section(self, title: str) -> Section:
        """The section called `title`, built with its page."""
        section = self._materialize(self._row_of(title))
        section.ensure_page()
        return section

    def _row_of(self, title: str) -> int:
        for row, entry in enumerate(self._entries):
            if entry.title == title:
                return row
        raise KeyError(title)

    def show_section(self, title: str) -> Section:
        row = self._row_of(title)
        if self.nav.currentRow() == row:
            self._built[row].shown()  # already selected: still refresh, as a click would
        self.nav.setCurrentRow(row)  # builds and reads it (unless the open one may not be left)
        return self.section(title)

    def change_language(self, choice: str) -> str:
        """Remember `choice` (a language code or "system") for this data folder and show the
        window in it now: the sections are built again in the new language, then the one
        that was open is shown again. Returns the language in use."""
        store_choice(self.paths.home, choice)
        code = install_language(chosen_language(self.paths.home))
        self.setWindowTitle(self.tr("Outage Kit"))
        self.kit_menu.setTitle(self.tr("&Kit"))
        self.lock_action.setText(self.tr("&Lock now"))
        self.quit_action.setText(self.tr("&Quit"))
        if self._lock_panel is not None:  # built in the old language: build it again
            self.pages.removeWidget(self._lock_panel)
            self._lock_panel.deleteLater()
            self._lock_panel = None
        if self.kit is None:
            self._show_locked()
            return code
        row = self.nav.currentRow()
        title = self._entries[row].title if 0 <= row < len(self._entries) else None
        self._drop_sections()
        self.lock_label.setText(self.tr("Unlocked"))
        self._build_sections()
        if title is not None:
            self.show_section(title)
        if self.kit.read_only is None:
            self._start_health_check(self.kit.store)
        else:
            self._show_read_only()  # its words in the new language
        return code

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.kit is not None and _local_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = _local_files(event.mimeData())
        if self.kit is None or not files:
            return
        event.acceptProposedAction()
        for section in self.sections:
            if section.open_files(files):
                return

    def _select(self, row: int) -> None:
        if 0 <= row < len(self._entries):
            shown = self.stack.currentWidget()
            left = next((r for r, area in self._areas.items() if area is shown), None)
            if left is not None and left != row and not self._built[left].may_leave():
                self.nav.blockSignals(True)  # the user stays: the list shows it again
                self.nav.setCurrentRow(left)
                self.nav.blockSignals(False)
                return
            fresh = row not in self._built or not self._built[row].page_built
            section = self._materialize(row)
            section.ensure_page()
            self.stack.setCurrentWidget(self._areas[row])
            if not (fresh and section.reads_when_built):
                section.shown()  # not read just now: refresh what may have changed

    # -- a store that cannot be written ------------------------------------------------

    def _show_read_only(self, note: str = "") -> None:
        assert self.kit is not None and self.kit.read_only is not None
        self.read_only_banner.show_for(self.kit.read_only, self.paths, room(self.paths), note)
        self.health_label.setText(self.tr("READ-ONLY: the store cannot be written"))
        self.health_label.setStyleSheet("color: white; background: #b26a00; padding: 0 6px;")

    def _end_read_only(self) -> None:
        self.read_only_banner.hide()
        self.health_label.setStyleSheet("")

    def check_room(self) -> bool:
        """Every 30 s, and on Check again: a read-only store whose disk has room again
        opens writable, a writable one whose disk filled up opens read-only. The sections
        are built again on it, as at unlock (never while a dialog is open: nothing typed is
        lost). True when the kit is writable."""
        from PySide6.QtWidgets import QApplication

        kit = self.kit
        if kit is None:
            self.room_timer.stop()
            return False
        dialog_open = QApplication.activeModalWidget() is not None
        if kit.read_only is None:
            if db.no_room(self.paths.home) and not dialog_open:
                self._reopen(kit)  # full: read-only from now on (the banner says so)
            return self.kit is not None and self.kit.read_only is None
        if not room(self.paths).enough:
            self._show_read_only()
            return False
        if dialog_open:
            self._show_read_only(
                self.tr("There is room again: close the open dialog and the kit returns to normal.")
            )
            return False
        self._reopen(kit)
        if self.kit is None or self.kit.read_only is not None:
            return False
        self.statusBar().showMessage(
            self.tr("There is room again: the kit is back to normal (sending and changes work)."),
            20_000,
        )
        return True

    def _reopen(self, kit: Kit) -> None:
        """The store closed and opened again (read-only if its disk is full), the sections
        built on it, the one shown shown again."""
        # The old connection goes first: SQLite shares one -shm mapping per file in a
        # process, and a writer opened beside a read-only one could not write through it.
        title = self._shown_title()
        self.close_store()  # the room timer starts again with the store opened
        try:
            fresh = kit.store.reopened()
        except Exception as err:
            self._show_locked()  # the passphrase opens it again, or says why not
            self.locked.emit()
            show_error(self, err)
            return
        self.open_store(fresh)
        self._back_to(title)

    def _shown_title(self) -> str | None:
        row = self.nav.currentRow()
        return self._entries[row].title if 0 <= row < len(self._entries) else None

    def _back_to(self, title: str | None) -> None:
        """The section the officer was on, shown again once the sections are rebuilt (the
        first one is shown by then: one that could not be built is not asked for again)."""
        if title is not None and self.kit is not None and title != self._shown_title():
            self.show_section(title)

    # -- health -------------------------------------------------------------------------

    def _start_health_check(self, store: Store) -> None:
        daily = store.daily_backup_due()
        size = steps.size_text(store.paths.database)
        saying = (
            self.tr("checking every page of the store and making the daily backup ({size})…")
            if daily
            else self.tr("checking every page of the store ({size})…")
        )
        self.health_label.setText(saying.format(size=size))

        def work(progress: object, token: tasks.CancelToken) -> list[str]:
            conn = store.connect()
            try:
                if not daily:
                    return db.integrity_problems(conn)
                try:
                    # the backup reads every page back: that is the store's check too (one
                    # pass over a large store, not two); damage raises StoreCorrupt
                    store.backup("daily", conn=conn)
                    return []
                except StoreCorrupt:
                    raise
                except Exception as err:
                    problems = db.integrity_problems(conn)
                    if problems:
                        return problems
                    raise BackupFailed from err  # the store is sound; no daily backup
            finally:
                conn.close()

        task = tasks.Task(work, on_done=self._health_done, on_error=self._health_failed)
        # Started once the window is on screen with the sections queued before it: on a large
        # store the check reads hundreds of megabytes, which on two cores would slow the
        # window's start. (`_when_painted` is asked from the event loop, after them.)
        QTimer.singleShot(
            0, lambda: self._when_painted(lambda: self._run_health_check(store, task))
        )

    def _run_health_check(self, store: Store, task: tasks.Task[list[str]]) -> None:
        if self.kit is not None and self.kit.store is store:  # not locked meanwhile
            tasks.start(task)

    def _health_done(self, problems: list[str]) -> None:
        if self.kit is None:
            return
        if not problems:
            self.health_label.setText(self.tr("store OK"))
            self.health_label.setStyleSheet("")
        else:
            self._report_damage(problems)
        self.health_checked.emit(problems)

    def _health_failed(self, err: BaseException) -> None:
        cause = err.__cause__ if isinstance(err, BackupFailed) and err.__cause__ else err
        known = as_user_error(cause, self.paths.home)
        if isinstance(err, BackupFailed) or (
            known is not None and not isinstance(known, StoreCorrupt)
        ):
            # the store is fine; the daily backup could not be written (disk full, busy, or
            # our bug: said as such, never as damage with a restore offered)
            self.health_label.setText(self.tr("store OK — daily backup failed"))
            show_error(self, known or cause)
            self.health_checked.emit([])
            return
        self._health_done([str(err)])

    def _report_damage(self, problems: list[str]) -> None:
        self.health_label.setText(self.tr("store DAMAGED"))
        self.health_label.setStyleSheet("color: white; background: #b00020; padding: 0 6px;")
        log.error("integrity check failed: %s", problems[:3])
        assert self.kit is not None
        from app.ui.restoring import offer_good_backup  # a damaged store only

        good = offer_good_backup(self, self.kit, problems)
        if good is not None:
            self.restore(good)

    def restore(self, path: Path) -> None:
        """Replace the store with the backup at `path`: checked on a worker thread under a
        busy dialog (minutes on a large store), swapped in on this thread."""
        from app.ui.restoring import background_ended, restore_anyway, restore_then

        assert self.kit is not None
        kit = self.kit
        if not all(section.may_leave() for section in self.sections):
            return  # unsaved work (a template's edit): Cancel keeps it and restores nothing
        try:  # an import or a send in another process would write into the replaced file
            work_locks = take_work_locks(kit.store.paths.home, "restore")
        except Busy as err:
            show_error(self, err)
            return
        title = self._shown_title()  # shown again if nothing is restored
        self._drop_sections()  # nothing writes to the store while the backup is checked
        self.health_label.setText(self.tr("restoring a backup"))
        self.health_label.setStyleSheet("")

        def checked(staged: Path) -> None:
            self.restore_dialog = None
            try:
                if not restore_anyway(self, kit, staged):  # the officer said no: as it was
                    self._restored(kit)
                    return self._back_to(title)
                background_ended()  # no connection of this process left on the old files
                kit.swap_in(path, staged)
            except Exception as err:
                kit.store.discard_staged(staged)
                show_error(self, err)
                self._restored(kit)
                return self._back_to(title)
            finally:
                release_work_locks(work_locks)
            if kit.store.needs_migration:  # an older backup: updated off the GUI thread too
                self._migrate_restored(kit, path)
            else:
                self._settle_restore(kit, path)

        def failed(err: BaseException) -> None:
            self.restore_dialog = None
            release_work_locks(work_locks)
            show_error(self, err)
            self._restored(kit)
            self._back_to(title)

        self.restore_dialog = restore_then(self, kit, path, on_checked=checked, on_error=failed)

    def _migrate_restored(self, kit: Kit, path: Path) -> None:
        """The restored backup is older than this version: updated on a worker thread under
        the busy dialog; if that fails, the window locks (unlocking tries the update again:
        each step's transaction left the store as it was)."""
        from app.ui.migrating import migrate_then

        def done() -> None:
            self.updating_restore = False
            self._settle_restore(kit, path)

        def failed(err: BaseException) -> None:
            self.updating_restore = False
            self.kit = None
            kit.close()
            self._show_locked()
            self.locked.emit()
            show_error(self, err)

        self.updating_restore = True
        self.migration_dialog = migrate_then(self, kit.store, on_done=done, on_error=failed)

    def _settle_restore(self, kit: Kit, path: Path) -> None:
        done = self.tr("Restored the store from {file}.").format(file=path.name)
        try:
            # said once: the restore itself, then e.g. messages kept as sent, incidents the
            # backup does not hold as they were
            kit.notices = [done, *kit.after_restore(path)]
        except Exception as err:
            show_error(self, err)
        self._restored(kit)
        if kit.notices:
            QTimer.singleShot(0, self._say_notices)

    def _restored(self, kit: Kit) -> None:
        self._build_sections()
        self._start_health_check(kit.store)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.idle.watch(self.windowHandle())  # the mouse over it counts before it has focus

    def closeEvent(self, event: object) -> None:
        if self.kit is not None and not all(section.may_leave() for section in self.sections):
            from PySide6.QtGui import QCloseEvent

            assert isinstance(event, QCloseEvent)
            event.ignore()  # Cancel (or a save refused) on unsaved work: the window stays
            return
        if self.kit is not None:
            self.close_store()
        super().closeEvent(event)  # type: ignore[arg-type]


def _local_files(mime: QMimeData) -> list[Path]:
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
