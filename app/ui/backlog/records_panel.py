"""Searching, reading and deciding quarantine records."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable
from heapq import nlargest
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.audit import AuditLog
from app.backlog.actions import ActionInfo, ActionResult, BacklogActions
from app.backlog.catalog import ReasonCatalog
from app.backlog.model import DECISIONS, Criteria
from app.backlog.query import COUNT_CAP, BacklogQuery
from app.backlog.saved import SavedSearches
from app.backlog.spellings import stored_spellings
from app.errors import UserError
from app.kit import Kit
from app.store import db
from app.ui import tasks
from app.ui.backlog.detail import RecordDetail
from app.ui.backlog.records_model import COLUMNS, RecordsModel, status_text
from app.ui.backlog.records_place import keep_place, place_of
from app.ui.backlog.records_table import RecordsTable
from app.ui.backlog.search_bar import SearchBar
from app.ui.errors import show_error
from app.ui.flow_layout import FLOW_SPACING, FlowLayout, gap
from app.ui.language import count_text
from app.ui.recent_folder import remember, start_file
from app.ui.screen import FittedScroll
from app.ui.wheel import Combo

if TYPE_CHECKING:  # built or run when asked for, not when the section first opens
    from app.backlog.decisions import DecisionExport
    from app.ui.backlog.decision_dialog import DecisionDialog
    from app.ui.backlog.import_dialog import ImportDialog
    from app.ui.backlog.write_off_pdf import WriteOffPdf

T = TypeVar("T")
# this run of the window, kept with each action it takes: an undo tells this window's
# actions from the command line's and another window's
WINDOW_ORIGIN = f"window:{os.getpid()}-{uuid.uuid4().hex[:8]}"
SELECTED, MATCHING = "selected", "matching"
#: rows whose text sizes the columns, and how many of a column's longest texts are measured
FIT_ROWS = 20
FIT_LONGEST = 3
ROW_HEIGHT = 24
# rows of records always in sight, however many filters are open on a small screen
MIN_ROWS = 5.5
# rows the records ask for: on a short screen the room is taken from the filters first
# (they scroll, down to a few lines), then from the records
WANT_ROWS = 14
# how long the line saying what was done stays (as the status bar's messages)
MESSAGE_MS = 15_000


class RecordsPanel(QWidget):
    #: records changed (import, decision, undo): the dashboard should refresh
    backlog_changed = Signal()

    def __init__(self, kit: Kit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kit = kit
        # the table's pages without the decisions' notes (the detail pane reads them)
        self.query = BacklogQuery(conn=kit.store.conn, decisions=False)
        self.backlog_actions = BacklogActions(
            conn=kit.store.conn, audit=kit.audit, origin=WINDOW_ORIGIN
        )
        self.saved = SavedSearches(conn=kit.store.conn, audit=kit.audit)
        self.matches = 0
        self.busy: tasks.Task[Any] | None = None
        self.decision_dialog: DecisionDialog | None = None
        self.import_dialog: ImportDialog | None = None
        self.undo_question: QMessageBox | None = None

        self.search_bar = SearchBar(self._choices)
        self.search_bar.search_requested.connect(self._search_asked)
        self.saved_combo = Combo()
        self.saved_combo.setMinimumContentsLength(18)
        self.saved_combo.activated.connect(self._load_saved)
        save_button = QPushButton(self.tr("Save search…"))
        save_button.clicked.connect(self._save_search)
        self.delete_saved_button = QPushButton(self.tr("Delete saved"))
        self.delete_saved_button.clicked.connect(self._delete_saved)
        import_button = QPushButton(self.tr("Import export…"))
        import_button.clicked.connect(self.open_import)
        self.report_button = report_button = QPushButton(self.tr("Write-off report…"))
        report_button.clicked.connect(self._write_off_report)
        self.pdf_export: WriteOffPdf | None = None
        self.decisions_button = QPushButton(self.tr("Export decisions…"))
        self.decisions_button.clicked.connect(self._export_decisions)

        self.model = RecordsModel(self.query)
        self.table = RecordsTable()
        self.table.end_pressed.connect(self.go_to_end)
        self.table.home_pressed.connect(self.go_home)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(
            COLUMNS.index(next(c for c in COLUMNS if c.sort_key == "call_date")),
            Qt.SortOrder.DescendingOrder,
        )
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.table.setAlternatingRowColors(True)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._watching_scroll = False  # see go_to_end
        # until a record is chosen, a line where its details go: the detail pane is a text
        # browser (a document, its HTML, a scrolling viewport), built when first wanted
        self._detail: RecordDetail | None = None
        self._no_detail = QLabel(self.tr("Select a record to see its details."))
        self._no_detail.setWordWrap(True)
        self._no_detail.setMinimumWidth(300)
        self._no_detail.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._no_detail.setMargin(6)
        self._no_detail.setFrameShape(QFrame.Shape.StyledPanel)
        self._no_detail.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._no_detail.setBackgroundRole(QPalette.ColorRole.Base)
        self._no_detail.setAutoFillBackground(True)

        self.count_label = QLabel()
        self.count_label.setStyleSheet("font-weight: bold;")
        self.scope = Combo()
        self.scope.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.decision_buttons: dict[str, QPushButton] = {}
        for status in DECISIONS:
            button = QPushButton(status_text(status))
            button.clicked.connect(lambda _=False, s=status: self.ask_decision(s))
            self.decision_buttons[status] = button
        self.undo_button = QPushButton(self.tr("Undo last action"))
        self.undo_button.clicked.connect(self.undo_last)
        # what the first page does not need: the saved searches' names (in the closed list)
        # and what Undo would undo (the button's state, its tooltip), read just after it
        # (see refresh)
        self._undo_known = False
        self.undo_button.setEnabled(False)
        self.saved_combo.addItem(self.tr("(choose)"), None)
        self.delete_saved_button.setEnabled(False)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.hide()  # no empty line above the records: shown when it says something
        # how far a decision or an undo has got (a large one takes a minute, in slices)
        self.progress = QProgressBar()
        self.progress.hide()
        self._result_timer: QTimer | None = None

        # The saved searches' row never needs a second line: it is narrower than the row of
        # Search and Clear under it (480 against 659 px in English, 516 against 636 in
        # Polish), which no page is narrower than. A plain row, not a flow: a layout written
        # in Python is asked for its sizes and items from Qt at every layout and paint.
        # The search first: where the filters scroll on a short screen, what is in sight is
        # Find and the usual filters; saved searches scroll into sight. The filters' area
        # holds both itself, and the row is a layout put in place before it is filled (a
        # filled layout put into another has PySide walk its items): no widget and layout
        # of their own to hold them, fewer objects to set up while the section first paints.
        self.filters_area = FittedScroll()
        self.filters_area.rows.addWidget(self.search_bar)
        top_row = QHBoxLayout()
        self.filters_area.rows.addLayout(top_row)
        top_row.setSpacing(FLOW_SPACING)
        top_row.addWidget(QLabel(self.tr("Saved searches")))
        top_row.addWidget(self.saved_combo)
        for button in (save_button, self.delete_saved_button):
            top_row.addWidget(button)
        top_row.addStretch(1)
        # import and the reports beside More filters, outside the filters' scrolling: in
        # sight on a 1024×600 screen (they were one scroll below the filters, F10)
        for button in (import_button, report_button, self.decisions_button):
            self.search_bar.beside_more.addWidget(button)
        # The decisions flow onto a second line on a narrow screen (1024×600, Polish)
        # instead of pushing Undo past the window's right edge.
        decide = QWidget()
        decide_flow = FlowLayout(decide)
        decide_flow.addWidget(self.count_label)
        decide_flow.addItem(gap())
        decide_flow.addWidget(QLabel(self.tr("Apply to")))
        decide_flow.addWidget(self.scope)
        for button in self.decision_buttons.values():
            decide_flow.addWidget(button)
        decide_flow.addItem(gap())
        decide_flow.addWidget(self.undo_button)
        self._splitter = splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self._no_detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setCollapsible(0, False)
        self.table.setMinimumWidth(240)
        # The records keep room for MIN_ROWS rows on a 1024×600 screen with an incident
        # banner showing: the filters above them (More filters open) scroll instead.
        header_height = self.table.horizontalHeader().sizeHint().height()
        self.table.setMinimumHeight(header_height + int(MIN_ROWS * ROW_HEIGHT) + 4)
        self.table.wanted_height = header_height + WANT_ROWS * ROW_HEIGHT + 4
        self.search_bar.more.toggled.connect(lambda _shown: self.filters_area.refit())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)  # the tab's frame is around: rows, not margins
        layout.addWidget(self.filters_area)
        layout.addWidget(self.search_bar.buttons_row)  # outside the scrolling: always in sight
        decisions = FittedScroll(whole=True)
        for row in (decide, self.result_label, self.progress):
            decisions.rows.addWidget(row)
        layout.addWidget(decisions)  # the decisions: always in sight
        layout.addWidget(splitter)
        # Room to spare goes to the records; room short is taken from the filters first
        # (they scroll, down to a few lines), then from the records (down to MIN_ROWS):
        # no stretch factor, which would have the records give up their room first.
        for part in (self.filters_area, decisions):
            part.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        splitter.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    @property
    def detail(self) -> RecordDetail:
        """The detail pane, in the place of the line saying to choose a record: built when a
        record is first shown."""
        if self._detail is None:
            self._detail = RecordDetail()
            self._splitter.replaceWidget(1, self._detail)
            self._no_detail.deleteLater()
        return self._detail

    @property
    def catalog(self) -> ReasonCatalog:
        """The reason guide (a shipped file, read once): wanted when a record is shown, not
        for the first paint of the section."""
        return ReasonCatalog.shipped()

    # -- searching ----------------------------------------------------------------------

    def _choices(self) -> tuple[list[str], list[str]]:
        """The reasons and carriers of the backlog, for the Reason and Carrier lists."""
        return self.query.distinct("reason"), self.query.distinct("carrier")

    def refresh(self) -> None:
        self.search_bar.refresh_choices()
        if self._undo_known:
            self._fill_saved()
        else:  # the section's first visit: once the first page is read and shown, when the
            # event loop next turns (still before it paints: Qt's paint request waits behind
            # calls queued meanwhile)
            QTimer.singleShot(0, self, self._read_after_first_page)
        self.search(self.search_bar.criteria())

    def _read_after_first_page(self) -> None:
        self._undo_known = True
        self._fill_saved()
        self._update_undo()

    def _search_asked(self, criteria: Criteria) -> None:
        """A search the officer started: what the last action said is old news."""
        self._say("")
        self.search(criteria)

    def search(self, criteria: Criteria) -> None:
        try:
            # capped: a search matching 600,000 records says "over 10,000" at once
            self.matches = self.query.count(criteria, cap=COUNT_CAP)
            self.model.search(criteria)
        except UserError as err:
            show_error(self, err)
            return
        self.count_label.setText(self._matches_text())
        self._explain_nothing_found(criteria)
        self._fit_columns()
        if self._detail is not None:
            self._detail.show_nothing()
        self._update_scope()

    def _explain_nothing_found(self, criteria: Criteria) -> None:
        """Find matches a whole Quarantine ID: the start of one found nothing, and said so
        (looked up only when nothing matched: two index seeks a letter)."""
        text = criteria.text.strip()
        if self.matches or not text:
            return
        if stored_spellings(self.kit.store.conn, "quarantine_id", text, prefix=True):
            self._say(
                self.tr(
                    "No record's Quarantine ID is {text}, but some start with it: Find needs "
                    "the whole Quarantine ID (a service identifier or batch file can be its "
                    "start)."
                ).format(text=repr(text))
            )

    # -- the ends of a million rows -----------------------------------------------------

    def go_to_end(self) -> None:
        """End: the last row at once (read from the end, not 2,000 pages from the top)."""
        if not self._watching_scroll:  # only after a jump do rows wait above the first held
            self.table.verticalScrollBar().valueChanged.connect(self._scrolled)
            self._watching_scroll = True
        self.model.jump_to_end()
        self._select_row(self.model.rowCount() - 1)

    def go_home(self) -> None:
        """Home: back to the first row."""
        if not self.model.at_start:
            self.model.reload()
        self._select_row(0)

    def _select_row(self, row: int) -> None:
        if row < 0:
            return
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)

    def _scrolled(self, value: int) -> None:
        """Scrolling up to the first row held after a jump to the end: the page before."""
        if value == self.table.verticalScrollBar().minimum() and not self.model.at_start:
            added = self.model.fetch_before()
            if added:
                self.table.scrollTo(
                    self.model.index(added, 0), QAbstractItemView.ScrollHint.PositionAtTop
                )

    def _matches_text(self) -> str:
        if self.matches > COUNT_CAP:
            return self.tr("over {0} matching").format(count_text(COUNT_CAP))
        return self.tr("%Ln matching record(s)", "", self.matches)

    def _fit_columns(self) -> None:
        """From the title and the first rows' text, capped so no column hogs the view (Qt's
        own auto-size asks every loaded cell for its size hint: 5,000 a search). The texts
        are the ones the table paints (formatted once); of a column's texts only the
        FIT_LONGEST longest are measured (the width of a line follows its length; digits
        are all as wide): some 40 texts laid out instead of 150, each ~25,000 instructions
        of the section's first paint."""
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        rows = [self.model.texts_at(r) for r in range(min(self.model.rowCount(), FIT_ROWS))]
        shown = [texts for texts in rows if texts is not None]
        for index, column in enumerate(COLUMNS):
            longest = nlargest(FIT_LONGEST, {row[index] for row in shown}, key=len)
            width = max(metrics.horizontalAdvance(t) for t in (column.title, *longest)) + 24
            header.resizeSection(index, min(width, 260))

    def show_search(self, criteria: Criteria) -> None:
        self.search_bar.set_criteria(criteria)
        self._search_asked(criteria)

    def _selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.table.selectionModel().selectedRows()})

    def _selection_changed(self, *_: object) -> None:
        rows = self._selected_rows()
        shown = self.model.record_at(rows[0]) if len(rows) == 1 else None
        record = self.query.get(shown.id) if shown is not None else None  # with its note
        if record is not None:
            self.detail.show_record(record, self.backlog_actions.history(record.id), self.catalog)
        # choosing rows means "act on these"; clearing the choice falls back to the search
        self._update_scope(SELECTED if rows else MATCHING)

    def _update_scope(self, chosen: str | None = None) -> None:
        selected = len(self._selected_rows())
        chosen = chosen or self.scope.currentData() or MATCHING
        self.scope.blockSignals(True)
        self.scope.clear()
        self.scope.addItem(
            self.tr("selected rows ({selected})").format(selected=count_text(selected)), SELECTED
        )
        shown = (
            count_text(self.matches) if self.matches <= COUNT_CAP else f"{count_text(COUNT_CAP)}+"
        )
        self.scope.addItem(
            self.tr("all matching the search ({matches})").format(matches=shown), MATCHING
        )
        self.scope.setCurrentIndex(0 if chosen == SELECTED and selected else 1)
        self.scope.blockSignals(False)
        # no decision on nothing (it offered "Set 0 to Cleansed" on a search matching none)
        empty = not selected and self.matches == 0
        for button in self.decision_buttons.values():
            button.setEnabled(self.busy is None and not empty)
            button.setToolTip(self._nothing_to_decide() if empty else "")
        if self._undo_known:
            self._update_undo()

    def _nothing_to_decide(self) -> str:
        return self.tr("No record matches the search: nothing to decide. Change the search.")

    def _update_undo(self) -> None:
        last = self.backlog_actions.last_undoable()
        self.undo_button.setEnabled(last is not None and self.busy is None)
        self.undo_button.setToolTip(
            self.tr("Undo {action}").format(action=last.identify(WINDOW_ORIGIN))
            if last
            else self.tr("Nothing to undo")
        )

    # -- deciding -----------------------------------------------------------------------

    def ask_decision(self, status: str) -> None:
        """Shows the count before anything changes; applies on OK."""
        if self.busy is not None:
            return
        self._say("")  # the next action: what the last one said is old news
        if self.scope.currentData() == SELECTED:
            ids = self.model.ids_at(self._selected_rows())
            count, scope = len(ids), self.tr("selected")
            target: dict[str, Any] = {"ids": ids}
            closed = self.backlog_actions.closed(ids=ids)
            already = self.backlog_actions.closed(ids=ids, statuses=(status,))
        else:
            criteria = self.model.criteria
            # a decision states the exact number it changes, however long counting takes
            exact = self.matches if self.matches <= COUNT_CAP else self.query.count(criteria)
            count = exact
            scope = self.tr("all matching: {criteria}").format(criteria=criteria.describe())
            target = {"criteria": criteria}
            closed = self.backlog_actions.closed(criteria=criteria)
            already = self.backlog_actions.closed(criteria=criteria, statuses=(status,))
        if not count:  # "selected rows (0)" chosen by hand, or the search emptied since
            self._say(self._nothing_to_decide())
            return
        from app.ui.backlog.decision_dialog import DecisionDialog

        dialog = DecisionDialog(
            status=status,
            count=count,
            scope=scope,
            parent=self,
            closed=closed,
            already=already.get(status, 0),
        )
        dialog.accepted.connect(
            lambda: self._decide(
                status,
                dialog.note.text(),
                {**target, "include_closed": dialog.include_closed.isChecked()},
            )
        )
        self.decision_dialog = dialog
        dialog.open()

    def _decide(self, status: str, note: str, target: dict[str, Any]) -> None:
        actor = self.kit.operator

        def work(conn: db.Connection, progress: Callable[[int, int], None]) -> ActionResult:
            actions = BacklogActions(
                conn=conn, audit=AuditLog(conn=conn, actor=actor), origin=WINDOW_ORIGIN
            )
            return actions.set_status(to=status, note=note, progress=progress, **target)

        self._run_counted(
            work,
            self._decided,
            self.tr("Setting records to {status}…").format(status=status_text(status)),
        )

    def _decided(self, result: ActionResult) -> None:
        if result.changed:
            said = self.tr("✔ {summary} Undo is possible until the next action.")
        else:  # Undo passes it over: the button still names the action before, if any
            said = self.tr("{summary} Nothing changed.")
        self._say(said.format(summary=result.summary()), lasting=False)
        self._after_change()

    def undo_last(self) -> None:
        """Names the action that would be undone (it may be the command line's or another
        window's) and undoes it once the officer confirms, only if it is still the last."""
        last = self.backlog_actions.last_undoable()
        if last is None or self.busy is not None:
            self._update_scope()
            return
        self._say("")
        question = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Undo last action"),
            self.tr("Undo {action}?").format(action=last.identify(WINDOW_ORIGIN)),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        if last.origin != WINDOW_ORIGIN:
            question.setInformativeText(self.tr("This action was not taken in this window."))
        undo = question.addButton(self.tr("Undo it"), QMessageBox.ButtonRole.AcceptRole)
        question.setDefaultButton(QMessageBox.StandardButton.Cancel)
        undo.clicked.connect(lambda: self._undo(last))
        self.undo_question = question
        question.open()

    def _undo(self, last: ActionInfo) -> None:
        if self.busy is not None:
            return
        operator = self.kit.operator
        self._run_counted(
            lambda conn, progress: BacklogActions(
                conn=conn, audit=AuditLog(conn=conn, actor=operator), origin=WINDOW_ORIGIN
            ).undo_last(expected=last.id, progress=progress),
            self._undone,
            self.tr("Undoing…"),
        )

    def _undone(self, result: ActionResult) -> None:
        undid = result.undid
        what = undid.identify(WINDOW_ORIGIN) if undid is not None else ""
        self._say(
            self.tr("↶ Undone {action}: %Ln record(s) put back.", "", result.changed).format(
                action=what
            ),
            lasting=False,
        )
        self._after_change()

    def _after_change(self) -> None:
        """The records read again, the officer kept where they were."""
        place = place_of(self.table, self.model)
        self.search(self.model.criteria)
        keep_place(self.table, self.model, place, ROW_HEIGHT)
        self.backlog_changed.emit()

    # -- import, reports, hand-back -----------------------------------------------------

    def open_import(self) -> ImportDialog:
        from app.ui.backlog.import_dialog import ImportDialog

        self._say("")
        dialog = ImportDialog(self.kit, self)
        dialog.imported.connect(self._imported)
        self.import_dialog = dialog
        dialog.open()
        return dialog

    def _imported(self, _result: object) -> None:
        self.refresh()
        self.backlog_changed.emit()

    def _write_off_report(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Write-off report"),
            start_file(self.tr("write-offs.pdf")),
            self.tr("PDF (*.pdf);;Excel (*.xlsx);;CSV (*.csv)"),
        )
        if remember(name):
            self.write_off_report(Path(name))

    def write_off_report(self, path: Path) -> None:
        suffix = path.suffix.lower()
        operator = self.kit.operator
        if suffix not in (".xlsx", ".csv"):
            self._write_off_pdf(path)
            return

        def work(conn: db.Connection) -> None:
            # the report writers (openpyxl, jinja2) load when a report is written, not at start
            from app.backlog.writeoffs import write_off_report
            from app.reports.render import write_csv
            from app.reports.xlsx import write_xlsx

            report = write_off_report(conn, operator=operator)
            if suffix == ".xlsx":
                write_xlsx(report, path, sheet_for={"Written-off records"})
            else:
                write_csv(report, path)

        text = self.tr("Writing the write-off report…")
        self._run(work, lambda _none: self._report_written(path), text)

    def _write_off_pdf(self, path: Path) -> None:
        """Thousands of rows take a while: a progress dialog with Cancel, the window usable."""
        from app.ui.backlog.write_off_pdf import WriteOffPdf

        self._say(self.tr("Writing the write-off report…"))
        self.pdf_export = WriteOffPdf(
            self,
            store=self.kit.store,
            operator=self.kit.operator,
            path=path,
            written=self._report_written,
            stopped=self._report_stopped,
        )
        self._busy(self.pdf_export.task)

    def _report_written(self, path: Path) -> None:
        self._busy(None)
        suffix = path.suffix.lower()
        self.kit.audit.append(
            "backlog.report_written", report="write-offs", format=suffix.lstrip(".") or "pdf"
        )
        self._say(
            QCoreApplication.translate(
                "RecordsPanel", "✔ Write-off report written to {path}."
            ).format(path=path),
            lasting=False,
        )

    def _report_stopped(self, err: BaseException | None) -> None:
        self._busy(None)
        if err is None:
            self._say(self.tr("Write-off report cancelled: no file was written."), lasting=False)
            return
        self._say("")
        show_error(self, err)

    def _export_decisions(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Decisions for billing"),
            start_file(self.tr("decisions.csv")),
            self.tr("CSV (*.csv)"),
        )
        if remember(name):
            self.export_decisions(Path(name))

    def export_decisions(self, path: Path) -> None:
        actor = self.kit.operator

        def work(conn: db.Connection) -> DecisionExport:
            # the CSV writer of the reports (and jinja2 under it) loads for an export only
            from app.backlog.decisions import DecisionExporter

            exporter = DecisionExporter(conn=conn, audit=AuditLog(conn=conn, actor=actor))
            return exporter.export(path)

        def done(result: DecisionExport) -> None:
            self._say(
                self.tr("✔ %Ln decision(s) written to {path}.", "", result.records).format(
                    path=path
                ),
                lasting=False,
            )

        self._run(work, done, self.tr("Exporting decisions…"))

    # -- saved searches -----------------------------------------------------------------

    def _fill_saved(self) -> None:
        self.saved_combo.clear()
        self.saved_combo.addItem(self.tr("(choose)"), None)
        for name in self.saved.all():
            self.saved_combo.addItem(name, name)
        self.delete_saved_button.setEnabled(self.saved_combo.count() > 1)

    def _load_saved(self, index: int) -> None:
        name = self.saved_combo.itemData(index)
        found = self.saved.all().get(name) if name else None
        if found is not None:
            self.show_search(found)

    def _save_search(self) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("Save search"), self.tr("Name for this search:")
        )
        if ok:
            self.save_search(name)

    def save_search(self, name: str) -> None:
        try:
            self.saved.save(name, self.search_bar.criteria())
        except UserError as err:
            show_error(self, err)
            return
        self._fill_saved()
        self.saved_combo.setCurrentIndex(self.saved_combo.findData(name.strip()))

    def _delete_saved(self) -> None:
        name = self.saved_combo.currentData()
        if name:
            self.saved.delete(name)
            self._fill_saved()

    # -- background work ----------------------------------------------------------------

    def _run(
        self, work: Callable[[db.Connection], T], done: Callable[[T], None], text: str
    ) -> None:
        self._run_counted(lambda conn, _progress: work(conn), done, text)

    def _run_counted(
        self,
        work: Callable[[db.Connection, Callable[[int, int], None]], T],
        done: Callable[[T], None],
        text: str,
    ) -> None:
        """`work(conn, progress)` off the GUI thread; `progress(done, total)` fills the bar."""
        store = self.kit.store

        def job(progress: Callable[[int, int], None], token: tasks.CancelToken) -> T:
            conn = store.connect()  # one connection per thread
            try:
                return work(conn, progress)
            finally:
                conn.close()

        def finished(result: T) -> None:
            if not shiboken6.isValid(self):  # the kit was locked meanwhile: the work is saved
                return
            self._busy(None)
            try:
                done(result)
            except Exception as err:
                show_error(self, err)

        def failed(err: BaseException) -> None:
            if not shiboken6.isValid(self):
                show_error(None, err)
                return
            self._busy(None)
            self._say("")
            show_error(self, err)

        self._say(text)  # until the work is done
        task = tasks.Task(job, on_done=finished, on_error=failed, on_progress=self._progressed)
        self._busy(tasks.start(task))

    def _progressed(self, done: int, total: int) -> None:
        if not shiboken6.isValid(self):
            return
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.show()

    def _say(self, text: str, *, lasting: bool = True) -> None:
        """The line under the decisions: `text` (none: hidden). Not `lasting`: what was
        done, cleared after MESSAGE_MS as the status bar's messages are, or when the officer
        starts something else."""
        self.result_label.setText(text)
        self.result_label.setVisible(bool(text))
        if self._result_timer is not None:
            self._result_timer.stop()
        if text and not lasting:
            if self._result_timer is None:
                self._result_timer = QTimer(self)
                self._result_timer.setSingleShot(True)
                self._result_timer.timeout.connect(lambda: self._say(""))
            self._result_timer.start(MESSAGE_MS)

    def _busy(self, task: tasks.Task[Any] | None) -> None:
        self.busy = task
        self.progress.hide()
        for button in self.decision_buttons.values():
            button.setEnabled(task is None)
        self.decisions_button.setEnabled(task is None)
        self._update_scope()
