"""The Incidents section: open incidents with live timers beside the selected incident's
page; the two big actions and the most urgent timer in the window's top bar."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import read_only_store
from app.incidents.clock import AlertTracker, Deadline, draft_deadlines, most_urgent
from app.incidents.drafts import Drafts
from app.incidents.model import Incident, Notice, stage_label
from app.incidents.schedule import Schedule, ScheduleRun
from app.incidents.service import IncidentService
from app.kit import Kit
from app.store import db
from app.timefmt import now
from app.ui import status_bar
from app.ui.elided import ElidedLabel
from app.ui.errors import show_error
from app.ui.incidents.alerts import AlertPresenter
from app.ui.incidents.drafts_bar import DraftsBar
from app.ui.incidents.incident_table import IncidentTable
from app.ui.language import local_text
from app.ui.screen import scrolled
from app.ui.section import Section
from app.ui.table_model import Column, RowsModel

if TYPE_CHECKING:  # the dialogs (and the template stack under them) load when first opened
    from PySide6.QtWidgets import QDialog, QMessageBox, QScrollArea

    from app.delivery.dispatch import DispatchReport
    from app.delivery.probe import PathProbe
    from app.ui.incidents.notice_dialog import FollowUpDialog
    from app.ui.incidents.page import IncidentPage
    from app.ui.incidents.reissue_dialog import ReissueDialog
    from app.ui.incidents.schedule_dialogs import (
        ExtendWindowDialog,
        MissedDialog,
        MoveWindowDialog,
        PlanDialog,
    )
    from app.ui.incidents.wizard import NewIncidentDialog

TIMER_COLUMN = 1
#: the top bar's timer and the alert banner (points, lines): the first that holds the text
#: whole, none taller than two lines of 12 pt (the timer: as tall as the big buttons)
TOP_BAR_SIZES = ((12, 2), (11, 2), (9, 3))
TITLE_COLUMN = 2
RELOAD_EVERY_TICKS = 30  # outbox states change under the page (sending runs elsewhere)
SCHEDULE_EVERY_TICKS = 5  # planned notices go out within seconds of their time
DELIVERY_EVERY_TICKS = 2  # what reached partners: live on the page while sending runs
BIG_BUTTON = "font-size: 13pt; font-weight: bold; padding: 8px 16px;"


class IncidentsModel(RowsModel[Incident]):
    def __init__(self, section: IncidentsSection) -> None:
        super().__init__(
            [
                Column(
                    QCoreApplication.translate("IncidentsModel", "Reference"), lambda i: i.reference
                ),
                # the timer before the title: on a small screen the title is cut, never it
                Column(QCoreApplication.translate("IncidentsModel", "Timer"), section.timer_text),
                Column(QCoreApplication.translate("IncidentsModel", "Title"), lambda i: i.title),
            ]
        )
        self._section = section

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == TIMER_COLUMN:
            state = self._section.timer_state(self.row_at(index.row()))
            if state not in ("overdue", "soon"):
                return None
            from app.ui.incidents.styles import OVERDUE, SOON

            return QBrush(QColor(OVERDUE if state == "overdue" else SOON))
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == TITLE_COLUMN:
            return self.row_at(index.row()).title  # cut on a small screen: whole here
        return super().data(index, role)


class IncidentsSection(Section):
    title = QCoreApplication.translate("IncidentsSection", "Incidents")
    reads_when_built = True  # its constructor reads the incidents

    def __init__(self, kit: Kit, parent: QWidget | None = None) -> None:
        super().__init__(kit, parent)
        self.service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
        self.deadlines: dict[str, list[Deadline]] = {}
        self.draft_deadlines: list[Deadline] = []
        self._sending = ""  # the status bar's "queued, sending now" while that send runs
        self.tracker = AlertTracker()
        self.dialog: NewIncidentDialog | FollowUpDialog | ReissueDialog | None = None
        self.confirm: QMessageBox | None = None
        self._ticks = 0
        # top bar
        self.disaster_button = QPushButton(self.tr("New &disaster notice"))
        self.planned_button = QPushButton(self.tr("New &planned work"))
        self.disaster_button.setShortcut(QKeySequence("Ctrl+Shift+D"))
        self.planned_button.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.disaster_button.setToolTip(self.tr("Something is down now (Ctrl+Shift+D)"))
        self.planned_button.setToolTip(self.tr("Announce planned maintenance (Ctrl+Shift+P)"))
        self.disaster_button.setStyleSheet(BIG_BUTTON + "background: #b00020; color: white;")
        self.planned_button.setStyleSheet(BIG_BUTTON)
        self.disaster_button.clicked.connect(lambda: self.new_incident("disaster"))
        self.planned_button.clicked.connect(lambda: self.new_incident("downtime"))
        # two lines, a long timer in a smaller font (`TOP_BAR_SIZES`, three lines) rather than
        # cut; only what even that cannot hold is cut with "…" (whole in the tooltip): it
        # never widens the window nor makes the top bar tall on a 1024×600 screen
        self.urgent = ElidedLabel(max_lines=2, sizes=TOP_BAR_SIZES)
        self.urgent.setMinimumWidth(220)
        self.urgent.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # an alert fits as the timer does: no taller than two lines of 12 pt, a smaller font
        # on three lines rather than cut (the Backlog keeps its rows in sight under it)
        self.banner = ElidedLabel(max_lines=2, sizes=TOP_BAR_SIZES)
        self.alerts = AlertPresenter(self.banner, self)
        self.drafts_bar = DraftsBar()
        self.drafts_bar.open_requested.connect(self.open_draft)
        self.drafts_bar.discard_requested.connect(self.discard_draft)
        # list and page
        self.model = IncidentsModel(self)
        # the title always in view: a long timer wraps rather than push it off the list
        self.table = IncidentTable(self.model, (0, TIMER_COLUMN, TITLE_COLUMN))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.show_closed = QCheckBox(self.tr("Show &closed incidents"))
        self.show_closed.toggled.connect(lambda _: self.reload())
        # the selected incident's page: built when an incident is first shown (`page`)
        self._page: IncidentPage | None = None
        self._page_area: QScrollArea | None = None
        self.schedule = Schedule(service=self.service)
        self.window_dialog: QDialog | None = None
        self.missed_dialog: MissedDialog | None = None
        self._asked_missed: set[int] = set()  # asked once per unlock; the page keeps saying it
        self._failed_planned: set[int] = set()
        self.missed_action = QAction(self.tr("&Missed planned notices…"), self)
        self.missed_action.triggered.connect(lambda: self.ask_missed(force=True))
        self.asking: QDialog | None = None
        self._watched: list[Any] = []
        self.empty = QLabel(
            self.tr(
                "No incident selected.\n\nSomething down? Press “New disaster notice” "
                "(Ctrl+Shift+D).\nPlanned work? Press “New planned work” (Ctrl+Shift+P)."
            )
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)  # Polish is longer: it wraps instead of being cut off
        self.empty.setStyleSheet("font-size: 13pt; color: #555;")
        self.right = QStackedWidget()
        self.right.addWidget(self.empty)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.show_closed)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.right)
        split.setSizes([460, 540])  # at 1024x600 the timer shows whole beside the reference
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.tick)
        self.timer.start(1000)
        self.reload()
        # at start: planned notices that came due while the kit was closed are asked about
        QTimer.singleShot(0, self.run_schedule)

    @property
    def page(self) -> IncidentPage:
        """The selected incident's page. Built when an incident is first shown: an idle kit
        (no incident open) shows "No incident selected" at start, and the page's widgets
        cost a start that never shows them (issue 18); built on a click it is instant."""
        return self._ensure_page()[0]

    @property
    def page_area(self) -> QScrollArea:
        """The page in its scroll area (built with the page)."""
        return self._ensure_page()[1]

    def _ensure_page(self) -> tuple[IncidentPage, QScrollArea]:
        if self._page is None or self._page_area is None:
            # its module too (its widgets, Qt's tree and text classes): ~3 ms of a start
            from app.ui.incidents.page import IncidentPage

            page = IncidentPage(self.service)
            page.notice_requested.connect(self.follow_up)
            page.close_requested.connect(self.close_incident)
            page.report_requested.connect(self._open_report)
            page.delivery_requested.connect(self.deliver)
            page.reissue_requested.connect(self.reissue)
            page.withdraw_requested.connect(self.withdraw)
            page.window_change_requested.connect(self.change_window)
            self._page = page
            self._page_area = scrolled(page)  # a small screen scrolls, never widens
            self.right.addWidget(self._page_area)
        return self._page, self._page_area

    def _shown_incident(self) -> Incident | None:
        """The incident on the page; None while the page is not built yet."""
        return self._page.incident if self._page is not None else None

    # -- notices typed and not queued ---------------------------------------------------

    def refresh_drafts(self) -> None:
        waiting = Drafts(self.service.conn).waiting()
        self.drafts_bar.show_waiting(waiting)
        # a disaster typed and not queued: its notify-by deadline runs in the top bar too
        self.draft_deadlines = draft_deadlines(waiting, self.service.notify_minutes())

    def open_draft(self, scope: str) -> QDialog | None:
        """The dialog the draft was typed in, which takes it up where it was left."""
        head, _, tail = scope.partition(":")
        if head == "new":
            return self.new_incident(tail)
        return self.follow_up(head, tail)

    def discard_draft(self, scope: str) -> QMessageBox:
        """Asks first: what was typed is gone for good."""
        from PySide6.QtWidgets import QMessageBox  # Qt's dialogs: when first asked

        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Discard the draft"),
            self.tr("Discard this notice? What was typed in it is lost.")
            + "\n\n"
            + self.drafts_bar.text.text(),
            parent=self,
        )
        discard = box.addButton(self.tr("&Discard it"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("&Keep it"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)

        def decided(_result: int) -> None:
            if box.clickedButton() is discard:
                Drafts(self.service.conn).drop(scope)
                self.refresh_drafts()

        box.finished.connect(decided)
        self.confirm = box
        box.open()
        return box

    def menu_actions(self) -> list[QAction]:
        return [self.missed_action]

    def header_widgets(self) -> list[QWidget]:
        # One widget: the big actions and the urgent timer on a line, an alert banner under
        # them across the whole width (so a long alert never squeezes the buttons).
        bar = QWidget()
        column = QVBoxLayout(bar)
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.disaster_button)
        row.addWidget(self.planned_button)
        row.addWidget(self.urgent, 1)  # the rest of the line: wraps only when it must
        column.addLayout(row)
        column.addWidget(self.banner)
        column.addWidget(self.drafts_bar)
        return [bar]

    def shown(self) -> None:
        self.reload()
        self._outbox()  # the page follows its sends and probes (sending, a path down)

    # -- data ---------------------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        shown = self._shown_incident()
        current = select or (shown.reference if shown else None)
        incidents = self.service.incidents(include_closed=self.show_closed.isChecked())
        self.deadlines = {i.reference: self.service.deadlines(i) for i in incidents}
        self.model.set_rows(incidents)
        self.table.resizeColumnToContents(0)
        self.table.fit_columns()
        refs = [i.reference for i in incidents]
        if current in refs:
            self.table.selectRow(refs.index(current))
            self.page.show_incident(incidents[refs.index(current)])
        elif incidents:
            self.table.selectRow(0)
        else:
            if self._page is not None:
                self._page.incident = None
            self.right.setCurrentWidget(self.empty)
        self.refresh_drafts()
        self.tick(reloading=True)

    def _row_changed(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        self.page.show_incident(self.model.row_at(index.row()))
        self.right.setCurrentWidget(self.page_area)

    def timer_text(self, incident: Incident) -> str:
        found = self.deadlines.get(incident.reference, [])
        if not found:
            return "—" if incident.is_open else "closed"
        return found[0].short_label(now())

    def timer_state(self, incident: Incident) -> str:
        found = self.deadlines.get(incident.reference, [])
        return found[0].state(now()) if found else "ok"

    # -- the clock ----------------------------------------------------------------------

    def tick(self, *, reloading: bool = False) -> None:
        self._ticks += 1
        if not reloading and self._ticks % SCHEDULE_EVERY_TICKS == 0:
            self.run_schedule()
        if not reloading and self._ticks % RELOAD_EVERY_TICKS == 0:
            try:
                self.reload()
            except db.DatabaseError:
                # Locking closes the store a moment before this section is deleted.
                self.timer.stop()
            return
        if self.model.rowCount():
            top = self.model.index(0, TIMER_COLUMN)
            bottom = self.model.index(self.model.rowCount() - 1, TIMER_COLUMN)
            self.model.dataChanged.emit(top, bottom)
            self.table.fit_columns()  # a timer's text grows and shrinks as it runs
        if self._shown_incident() is not None:
            if self._ticks % DELIVERY_EVERY_TICKS == 0:
                self._refresh_delivery()
            self.page.tick()
        everything = [d for found in self.deadlines.values() for d in found]
        everything += self.draft_deadlines
        urgent = most_urgent(everything, now())
        if urgent is None:
            self.urgent.setText(self.tr("no timer running"))
            style = "color: #555;"
        else:
            from app.ui.incidents.styles import deadline_style

            self.urgent.setText(urgent.label(now()))
            # two lines of 12 pt are as tall as the big buttons beside them; the label
            # sizes its font (TOP_BAR_SIZES)
            style = deadline_style(urgent, points=None)
        if self.urgent.styleSheet() != style:  # each set re-polishes it: once a second else
            self.urgent.setStyleSheet(style)
        moment = now()
        for alert in self.tracker.due(everything, moment):
            self.alerts.show(alert)
        if all(d.state(moment) == "ok" for d in everything):
            self.alerts.clear()
        else:
            self.alerts.follow(everything, moment)

    # -- the schedule -----------------------------------------------------------------

    def run_schedule(self) -> ScheduleRun | None:
        """Queue the planned notices that came due (the outbox sends them at once); ask
        about those missed while the kit was closed; say what could not be queued."""
        if self.kit.read_only is not None:
            return None  # it queues: once there is room, the rebuilt section runs it
        try:
            result = self.schedule.run()
        except db.DatabaseError:
            self.timer.stop()  # locked under us
            return None
        for fired in result.fired:
            self._queued(fired.planned.reference, fired.queued.messages)
        for item, why in result.failed:
            if item.id not in self._failed_planned:
                self._failed_planned.add(item.id)
                self._say(
                    "⚠ "
                    + self.tr("{0}: the planned {1} could not be queued: {2}").format(
                        item.reference, item.label.lower(), why
                    )
                )
        if result.fired:
            self.reload()
        if result.missed:
            self.ask_missed()
        return result

    def ask_missed(self, *, force: bool = False) -> MissedDialog | None:
        missed = self.schedule.missed()
        new = [m for m in missed if m.id not in self._asked_missed]
        if not missed or (not new and not force):
            if force:
                self._say(self.tr("No planned notice was missed."))
            return None
        if self.missed_dialog is not None and self.missed_dialog.isVisible():
            return self.missed_dialog
        from app.ui.incidents.schedule_dialogs import MissedDialog

        self._asked_missed |= {m.id for m in missed}
        dialog = MissedDialog(self.schedule, missed, self)
        dialog.sent.connect(self._queued)
        dialog.finished.connect(lambda _result: self.reload())
        self.missed_dialog = dialog
        dialog.open()
        return dialog

    def change_window(self, reference: str, how: str) -> QDialog | None:
        from app.ui.incidents.schedule_dialogs import (
            ExtendWindowDialog,
            MoveWindowDialog,
            PlanDialog,
        )

        try:
            incident = self.service.get(reference)
            dialog: ExtendWindowDialog | MoveWindowDialog | PlanDialog
            if how == "extend":
                dialog = ExtendWindowDialog(self.schedule, incident, self)
            elif how == "move":
                dialog = MoveWindowDialog(self.schedule, incident, self)
            else:
                dialog = PlanDialog(self.schedule, incident, self)
        except Exception as err:
            show_error(self, err)
            return None
        dialog.accepted.connect(lambda: self._window_changed(reference, dialog))
        self.window_dialog = dialog
        dialog.open()
        return dialog

    def _window_changed(
        self, reference: str, dialog: ExtendWindowDialog | MoveWindowDialog | PlanDialog
    ) -> None:
        self.alerts.clear()  # the overrun alarm, answered; a new end has its own
        self.reload(select=reference)
        if dialog.queued is not None:
            self._queued(reference, dialog.queued.messages)

    # -- actions ------------------------------------------------------------------------

    def _open_report(self, reference: str) -> None:
        from app.ui.reports.dialog import open_incident_report  # loaded when first asked for

        open_incident_report(self, self.kit, reference)

    def new_incident(self, kind: str) -> NewIncidentDialog:
        from app.ui.incidents.wizard import NewIncidentDialog

        dialog = NewIncidentDialog(self.service, kind, self)
        if self.kit.read_only is not None:
            from app.ui.incidents.hand_out import offer_hand_out  # jinja2, e-mail: not at start

            offer_hand_out(dialog, self.kit)
        dialog.accepted.connect(lambda: self._wizard_done(dialog))
        dialog.finished.connect(lambda _result: self.refresh_drafts())
        self.dialog = dialog
        dialog.open()  # window-modal, not a nested loop: the timers keep running
        return dialog

    def _wizard_done(self, dialog: NewIncidentDialog) -> None:
        if dialog.result_ is not None:
            incident, queued = dialog.result_
            self.reload(select=incident.reference)
            if queued is not None:
                self._queued(incident.reference, queued.messages)
            else:  # planned work announced later, by the schedule
                when = dialog.flow.announce_time()
                self._say(
                    self.tr("{0}: planned; the announcement goes out {1}.").format(
                        incident.reference, local_text(when) if when else self.tr("now")
                    )
                )

    def _queued(self, reference: str, messages: int) -> None:
        """A notice was queued: delivery starts at once, and the page shows it arrive."""
        started = self._outbox_do("send")
        said = self.tr("{reference}: %n message(s) queued, {where}.", "", messages)
        if started:  # the short form in the bar, the whole of it in its tooltip
            short = said.format(reference=reference, where=self.tr("sending now"))
            where = self.tr("sending now — the incident page shows when partners have it")
            self._sending = self._say(short, full=said.format(reference=reference, where=where))
        else:
            where = self.tr("not sent yet: open the Outbox")
            self._sending = self._say(said.format(reference=reference, where=where))

    def _say(self, text: str, *, full: str | None = None) -> str:
        """`text` in the status bar for a while, cut to fit, whole in its tooltip."""
        return status_bar.say(self, text, full=full)

    def _refresh_delivery(self) -> None:
        try:
            changed = self.page.refresh_delivery()
        except db.DatabaseError:
            self.timer.stop()  # locked under us
            return
        if changed and self.page.incident is not None:
            # the clocks of the list and the top bar follow what reached partners
            self.deadlines[self.page.incident.reference] = self.page.deadlines

    def _outbox(self) -> Any:
        """The Outbox section of this window, or None (a section shown on its own)."""
        find = getattr(self.window(), "section", None)
        if not callable(find):
            return None
        try:
            outbox = find("Outbox")
        except KeyError:
            return None
        if not hasattr(outbox, "runner"):
            return None  # a read-only kit sends nothing: its Outbox only says why
        if outbox not in self._watched:
            self._watched.append(outbox)
            runner = outbox.runner
            runner.send_finished.connect(self._sent)
            runner.send_started.connect(lambda _automatic: self.page.set_sending((0, 0)))
            runner.send_progressed.connect(lambda done, of: self.page.set_sending((done, of)))
            runner.send_failed.connect(lambda _err, _automatic: self.page.set_sending(None))
            runner.probed.connect(self._probed)
            if runner.last_probes:
                self._probed(runner.shown(runner.last_probes))
            if runner.sending is not None:
                self.page.set_sending((0, 0))
        return outbox

    def _probed(self, probes: list[PathProbe]) -> None:
        """What the Outbox's last look at the paths found: a sending path that failed is
        named on the page with why and when; one that works again is no longer blamed."""
        from app.ui.incidents.styles import SENDERS

        troubles = dict(self.page.path_troubles)
        for probe in probes:
            if probe.kind not in SENDERS:
                continue
            if probe.ok or not probe.enabled:
                troubles.pop(probe.name, None)
            else:
                when = (
                    datetime.fromisoformat(probe.at.replace("Z", "+00:00")) if probe.at else now()
                )
                troubles[probe.name] = (probe.summary, when)
        self.page.set_path_troubles(troubles)

    def _sent(self, report: DispatchReport, _automatic: bool) -> None:
        """After each send: the paths it found down are named on the page (why, when), those
        that sent are no longer blamed; the page says sending no more."""
        troubles = {k: v for k, v in self.page.path_troubles.items() if k not in report.by_path}
        moment = now()
        troubles.update({name: (why, moment) for name, why in report.paths_down.items()})
        self.page.set_path_troubles(troubles)
        self.page.set_sending(None)
        self._refresh_delivery()
        bar = getattr(self.window(), "statusBar", None)
        if self._sending and callable(bar) and bar().currentMessage() == self._sending:
            # "queued, sending now" must not outlive the send it announced
            self._say(self.tr("Send finished: {summary}").format(summary=report.summary()))
        self._sending = ""

    def _outbox_do(self, how: str) -> bool:
        """Ask the Outbox section (send, webmail hand-off, .eml export); False without one."""
        outbox = self._outbox()
        if outbox is None:
            return False
        action = {
            "send": lambda: outbox.runner.send(),
            "webmail": outbox.hand_off_webmail,
            "eml": outbox.export_eml,
        }[how]
        result = action()
        return result is not False

    def deliver(self, reference: str, how: str) -> None:
        if self.kit.read_only is not None:  # each way records what it hands over
            show_error(self, read_only_store())
            return
        if how == "told":
            self._ask_told(reference)
            return
        if how == "send" and not self._queued_of(reference):
            # refused copies are not sent again by this button; say so rather than nothing
            self._say(
                self.tr(
                    "{reference}: nothing is queued, so nothing was sent. A copy the server "
                    "refused is not sent again: have its address fixed, and record how you "
                    "told the partner with Told another way…"
                ).format(reference=reference)
            )
            self._refresh_delivery()
            return
        if not self._outbox_do(how):
            self._say(self.tr("The Outbox is busy or not open yet; try again in a moment."))
        self._refresh_delivery()

    def _queued_of(self, reference: str) -> int:
        """The incident's messages queued now (another window may have sent them)."""
        from app.delivery.outbox import Outbox

        outbox = Outbox(conn=self.kit.store.conn, audit=self.kit.audit)
        return outbox.counts(incident_ref=reference).get("queued", 0)

    def _ask_told(self, reference: str) -> None:
        from app.incidents.told_by_hand import waiting
        from app.ui.incidents.told_dialog import ToldDialog

        try:
            incident = self.service.get(reference)
            notice_id = self.service.waiting_notice(incident)
            found = waiting(self.kit.store.conn, notice_id)
        except Exception as err:
            show_error(self, err)
            return
        notice = self.service.notice(incident, notice_id)
        ask = ToldDialog(found, stage_label(notice.stage, incident.kind), self)
        ask.chosen.connect(lambda how, ids: self._told(reference, how, ids))
        self.asking = ask
        ask.open()

    def _told(self, reference: str, how: str, ids: list[int]) -> None:
        try:
            incident = self.service.get(reference)
            done = self.service.told_another_way(incident, how, messages=ids)
        except Exception as err:
            show_error(self, err)
            return
        self._say(
            self.tr(
                "{reference}: %n partner(s) recorded as told another way ({how}).",
                "",
                done.partners,
            ).format(reference=reference, how=how)
            + " "
            + done.stage_said(incident.kind)
        )
        self.reload(select=reference)

    def withdraw(self, reference: str) -> None:
        from PySide6.QtWidgets import QInputDialog

        ask = QInputDialog(self)
        ask.setWindowTitle(self.tr("Withdraw {reference}").format(reference=reference))
        ask.setLabelText(
            self.tr(
                "Withdraw {reference} as opened by mistake? Nothing of it has reached "
                "partners; it is closed, kept for the audit, and left out of the reports' "
                "figures.\n\nWhy?"
            ).format(reference=reference)
        )
        ask.textValueSelected.connect(lambda reason: self._withdraw(reference, reason))
        self.asking = ask
        ask.open()

    def _withdraw(self, reference: str, reason: str) -> None:
        try:
            self.service.withdraw(self.service.get(reference), reason)
        except Exception as err:
            show_error(self, err)
            return
        self._say(
            self.tr("{reference} withdrawn: {reason}.").format(
                reference=reference, reason=reason.strip()
            )
        )
        self.reload()

    def reissue(self, reference: str, notice_id: int) -> FollowUpDialog | ReissueDialog | None:
        """Held copies (their promise lapsed before they left): an outage's notice nobody got
        opens again as a notice with a new promise, text editable; otherwise (planned work:
        the plan is the promise; copies some partners already have another way) the held
        copies are re-issued to exactly those partners and channels."""
        from app.incidents.reissue import held_copies
        from app.ui.incidents.reissue_dialog import ReissueDialog

        try:
            incident = self.service.get(reference)
            held = self.service.notice(incident, notice_id)
            copies = [c for c in held_copies(self.service, incident) if c.notice.id == notice_id]
            found = self.service.delivery(incident).get(notice_id)
        except Exception as err:
            show_error(self, err)
            return None
        nobody = found is None or found.told == 0
        if incident.kind == "disaster" and nobody:
            return self.follow_up(reference, held.stage, replacing=held)
        if not copies:
            self.reload(select=reference)  # re-issued meanwhile (another window)
            return None
        outbox = self._outbox()
        probes = outbox.lights.probes if outbox is not None else []
        modem = next((p for p in probes if p.kind == "modem" and p.enabled and not p.ok), None)
        dialog = ReissueDialog(self.service, incident, copies[0], self, modem_down=modem)
        dialog.accepted.connect(lambda: self._follow_up_done(reference, dialog))
        dialog.finished.connect(lambda _result: self.refresh_drafts())
        self.dialog = dialog
        dialog.open()
        return dialog

    def follow_up(
        self, reference: str, stage: str, *, replacing: Notice | None = None
    ) -> FollowUpDialog | None:
        from app.ui.incidents.notice_dialog import FollowUpDialog

        try:
            incident = self.service.get(reference)
            dialog = FollowUpDialog(self.service, incident, stage, self, replacing=replacing)
        except Exception as err:
            show_error(self, err)
            return None
        if self.kit.read_only is not None:
            from app.ui.incidents.hand_out import offer_hand_out  # jinja2, e-mail: not at start

            offer_hand_out(dialog, self.kit)
        dialog.accepted.connect(lambda: self._follow_up_done(reference, dialog))
        dialog.finished.connect(lambda _result: self.refresh_drafts())
        self.dialog = dialog
        dialog.open()
        return dialog

    def _follow_up_done(self, reference: str, dialog: FollowUpDialog | ReissueDialog) -> None:
        self.reload(select=reference)
        if dialog.queued is not None:
            self._queued(reference, dialog.queued.messages)

    def close_incident(self, reference: str) -> QMessageBox:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Close incident"),
            self.tr("Close {reference}? No further notices can be sent in it.").format(
                reference=reference
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        yes = box.button(QMessageBox.StandardButton.Yes)
        box.finished.connect(lambda _: self._close(reference, box.clickedButton() is yes))
        self.confirm = box
        box.open()
        return box

    def _close(self, reference: str, confirmed: bool) -> None:
        if not confirmed:
            return
        try:
            closed = self.service.close(self.service.get(reference), window=True)
            owed = self.service.owed_after_closing(closed)
        except Exception as err:
            show_error(self, err)
            return
        self.reload(select=reference if self.show_closed.isChecked() else None)
        if owed:
            self._say_owed(reference, owed)

    def _say_owed(self, reference: str, owed: dict[str, list[str]]) -> None:
        """Closed, but some copies still wait for the officer: say which, and what to do
        (the words `incident close` prints)."""
        from PySide6.QtWidgets import QMessageBox

        from app.incidents.standing import owed_text

        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Close incident"),
            self.tr("Closed {reference}.").format(reference=reference),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setInformativeText(owed_text(owed, window=True))
        self.confirm = box
        box.open()
