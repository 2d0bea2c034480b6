"""The Outbox section: every message with its state, and the officer's actions on them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QPushButton,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from app.delivery.counts import counts_text, worse
from app.delivery.lock import SenderBusy
from app.delivery.outbox import STATES, OutboxMessage
from app.delivery.passwords import detect_backend
from app.delivery.refused import refused_for_good, why_not_again
from app.delivery.replies import HELD_REPLY, shown_reply
from app.delivery.service import Delivery
from app.errors import Busy, Cancelled, as_user_error
from app.i18n import Words
from app.incidents.model import CHANNEL_NAMES
from app.kit import Kit
from app.ui.errors import show_error
from app.ui.language import local_text
from app.ui.outbox.lights import PathLights
from app.ui.outbox.runner import DeliveryRunner
from app.ui.recent_folder import remember, start_folder
from app.ui.screen import FittedScroll, scrolled
from app.ui.section import Section
from app.ui.table_model import Column, RowsModel

# The page's own Qt classes are imported when it is built (`page_later`), Qt's dialogs when
# first asked: each class a start touches costs it (PySide makes its enums then).
if TYPE_CHECKING:  # the probe module loads in the worker that probes
    from PySide6.QtWidgets import QMessageBox

    from app.delivery.dispatch import DispatchReport
    from app.delivery.probe import PathProbe
    from app.incidents.superseded import Later
    from app.ui.outbox.eml_export import EmlExportTask

LIMIT = 5000
REFRESH_MS = 5000  # notices queued elsewhere (Incidents) show up in the count


class OutboxSection(Section):
    title = "Outbox"

    page_later = True  # unseen until opened; its lights, count and sending are live at once
    reads_when_built = True

    def __init__(self, kit: Kit, parent: QWidget | None = None, *, page_now: bool = True) -> None:
        super().__init__(kit, parent)
        # the one function that opens a browser (tests put a recorder here)
        self.open_url: Callable[[str], bool] = _open_in_browser
        secrets = detect_backend()  # once: on Linux each look asks D-Bus for the service
        self.delivery = Delivery.for_kit(kit, secrets=secrets)
        self.runner = DeliveryRunner(kit, secrets=secrets, parent=self)
        self.eml_export: EmlExportTask | None = None  # while an .eml export runs
        self.lights = PathLights()
        self.lights.probe_requested.connect(self.runner.probe)
        self.runner.probed.connect(self._probed)
        self.runner.send_started.connect(self._send_started)
        self.runner.send_progressed.connect(self._progress)
        self.runner.send_finished.connect(self._send_finished)
        self.runner.send_failed.connect(self._send_failed)
        self.runner.reported.connect(lambda _ids: self.reload())
        self._said = ("", False)  # the page's message line, kept until the page is built
        self._refused: dict[int, str] = {}  # the rows told another way after a refusal
        self._counts_seen: dict[str, int] | None = None  # the outbox at the last look
        #: the outbox when the last send's summary was said; None: no summary to outdate
        self._said_counts: dict[str, int] | None = None
        self._tray: QSystemTrayIcon | None = None
        self.busy_box: QMessageBox | None = None  # the last "outbox busy" message
        #: the question Send again asks of copies a later notice made obsolete, while open
        self.superseded_box: QMessageBox | None = None
        recovered = self.delivery.recover_interrupted()
        notes = list(self.delivery.recovery_notes)
        if recovered:
            notes.insert(
                0,
                self.tr(
                    "%n message(s) were being sent when the kit stopped. Nobody knows whether "
                    "they left: look at them (state 'uncertain') and choose Mark sent or Send "
                    "again.",
                    "",
                    len(recovered),
                ),
            )
        if notes:
            self._say(" ".join(notes), warn=True)
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setInterval(REFRESH_MS)
        self.refresh_timer.timeout.connect(self._refresh)
        self.refresh_timer.start()
        if page_now:
            self.ensure_page()
        else:
            self.update_count()  # the navigation label, "Outbox (3)"
        QTimer.singleShot(0, self.runner.probe)

    def build_page(self) -> None:
        from PySide6.QtWidgets import QPlainTextEdit, QProgressBar, QSizePolicy, QTabWidget

        from app.ui.flow_layout import FlowLayout, gap
        from app.ui.list_split import ListAboveText
        from app.ui.outbox.messages_table import MessagesTable
        from app.ui.wheel import Combo

        self.state_filter = Combo()
        self.state_filter.addItem(self.tr("all"), "all")
        for state in STATES:
            self.state_filter.addItem(Words.tr(state), state)
        self.state_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.counts_label = QLabel()
        self.send_button = QPushButton(self.tr("&Send queued now"))
        self.send_button.setStyleSheet("font-weight: bold; padding: 4px 12px;")
        self.send_button.clicked.connect(lambda: self.runner.send())
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setEnabled(self.runner.sending is not None)
        self.cancel_button.clicked.connect(self.runner.cancel)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy until the next step is reported
        self.progress.setVisible(self.runner.sending is not None)
        self.retry_button = QPushButton(self.tr("&Retry"))
        self.retry_button.clicked.connect(self.retry_selected)
        self.mark_sent_button = QPushButton(self.tr("&Mark sent"))
        self.mark_sent_button.setToolTip(
            self.tr("The selected uncertain/handed-off messages did go out")
        )
        self.mark_sent_button.clicked.connect(lambda: self.settle_selected("sent"))
        self.resend_button = QPushButton(self.tr("Send a&gain"))
        self.resend_button.setToolTip(
            self.tr("Queue the selected uncertain/handed-off messages again")
        )
        self.resend_button.clicked.connect(lambda: self.settle_selected("resend"))
        self.unneeded_button = QPushButton(self.tr("No longer &needed"))
        self.unneeded_button.setToolTip(
            self.tr(
                "A later notice of the incident reached these partners: the selected older "
                "copies are held, never sent"
            )
        )
        self.unneeded_button.clicked.connect(lambda: self.settle_selected("superseded"))
        self.webmail_button = QPushButton(self.tr("Hand off to &webmail…"))
        self.webmail_button.clicked.connect(self.hand_off_webmail)
        self.eml_button = QPushButton(self.tr("Export .&eml…"))
        self.eml_button.clicked.connect(self.export_eml)
        self.message = QLabel()
        self.message.setWordWrap(True)

        self.model: RowsModel[OutboxMessage] = RowsModel(
            [
                Column("#", lambda m: m.id),
                Column(self.tr("State"), lambda m: Words.tr(m.state)),
                Column(
                    self.tr("Channel"), lambda m: Words.tr(CHANNEL_NAMES.get(m.channel, m.channel))
                ),
                Column(self.tr("Recipient"), lambda m: m.recipient),
                Column(self.tr("Path"), lambda m: shown_reply(m.path or "")),
                Column(self.tr("Tries"), lambda m: m.attempts),
                Column(self.tr("Updated"), lambda m: local_text(m.updated_at)),
                Column(self.tr("Subject"), lambda m: m.subject),
                Column(self.tr("Server's reply"), self._reply_of),
            ]
        )
        self.table = MessagesTable()
        self.table.setModel(self.model)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setPlaceholderText(self.tr("Select a message to see its attempts."))

        # Both rows flow onto a second line on a narrow screen (1024×600, Polish, a long
        # counts line) instead of widening the page past the window's right edge; each in
        # a `whole` FittedScroll, so the page keeps being sized by its minimum (see there).
        top = QWidget()
        top_flow = FlowLayout(top)
        for part in (
            QLabel(self.tr("Show:")),
            self.state_filter,
            self.counts_label,
            self.progress,
            self.cancel_button,
            self.send_button,
        ):
            top_flow.addWidget(part)
        actions = QWidget()
        actions_flow = FlowLayout(actions)
        for button in (
            self.retry_button,
            self.mark_sent_button,
            self.resend_button,
            self.unneeded_button,
        ):
            actions_flow.addWidget(button)
        actions_flow.addItem(gap())  # the decisions apart from the hand-offs
        actions_flow.addWidget(self.webmail_button)
        actions_flow.addWidget(self.eml_button)
        # the messages get the room, their attempts a few lines (on a 1024×600 screen too)
        split = ListAboveText(self.table, self.details)
        messages = QWidget()
        box = QVBoxLayout(messages)
        # the message (three lines when paths are down) in a `whole` FittedScroll too: a
        # wrapping label alone made the page ask for its preferred height, and the scroll
        # area holding it pushed the decision buttons below a 600-pixel screen's edge
        self.message_row = FittedScroll(self.message, whole=True)
        rows = (
            FittedScroll(top, whole=True),
            FittedScroll(actions, whole=True),
            self.message_row,
        )
        for row in rows:  # their lines' height: the room to spare goes to the messages
            row.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        box.addWidget(rows[0])
        box.addWidget(self.message_row)
        box.addWidget(split, 1)
        box.addWidget(rows[1])

        from app.ui.outbox.paths_page import PathsPage  # with the page: see page_later

        self.paths_page = PathsPage(lambda: self.delivery)
        self.paths_page.paths_changed.connect(self.runner.probe)
        self.paths_page.probe_requested.connect(self.runner.probe)
        self.tabs = QTabWidget()
        self.tabs.addTab(messages, self.tr("Messages"))
        # the paths' buttons and details scroll in their tab: the Outbox (and the window)
        # is not made taller than a small screen by a tab the officer is not looking at
        self.tabs.addTab(scrolled(self.paths_page), self.tr("Delivery paths"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self._say(self._said[0], warn=self._said[1])
        if self.lights.probes:
            self.paths_page.show_probes(self.lights.probes)
        self.paths_page.reload()
        self.reload()

    # -- Section ----------------------------------------------------------------------------

    def shown(self) -> None:
        self.ensure_page()
        self.reload()
        self.paths_page.reload()

    def status_widgets(self) -> list[QWidget]:
        return [self.lights]

    def shutdown(self) -> None:
        """Stop timers and background work (the store is about to close)."""
        self.refresh_timer.stop()
        self.runner.stop()

    # -- showing ------------------------------------------------------------------------------

    def reload(self) -> None:
        if not self.page_built:
            self.update_count()  # read in full when the page is built
            return
        chosen = self._selected_ids()
        state = str(self.state_filter.currentData())
        rows = self.delivery.outbox.messages(state=None if state == "all" else state, limit=LIMIT)
        from app.incidents.told_by_hand import refused_first  # (the page is built after start)

        self._refused = refused_first(self.delivery.conn, ids=[m.id for m in rows])
        self.model.set_rows(rows)
        self.table.fit_columns()
        selection = self.table.selectionModel()
        for row, message in enumerate(rows):
            if message.id in chosen:
                selection.select(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
        self.update_count()
        self._selection_changed()

    def _reply_of(self, message: OutboxMessage) -> str:
        """The server's last reply; for a partner told another way after the server refused
        the copy, that refusal too (the address still needs IT)."""
        refused = self._refused.get(message.id)
        if refused is None:
            return shown_reply(message.last_reply)
        return self.tr("refused by the server ({reply}); the partner was told another way").format(
            reply=shown_reply(refused)
        )

    def _refresh(self) -> None:
        if self.runner.alive():
            before = self._counts_seen
            self.update_count()
            if self.page_built and before != self._counts_seen and self.runner.sending is None:
                self.reload()  # another window or command changed it: the rows follow
            if self.runner.paths_changed():  # a bundle brought a path: light it, use it
                self.runner.probe()
                return
            if self.runner.tried_elsewhere():  # the lights follow what it found
                self.runner.probe(retry=False)
                return
            self.runner.send_fresh()  # just queued (Incidents): out now if its path works

    def update_count(self) -> None:
        counts = self.delivery.outbox.counts()
        self._counts_seen = counts
        said = self._said_counts
        if said is not None and counts != said:
            # what the line says no longer holds (the last send's summary, or what it held
            # at the last look): say what the outbox holds now, in red if that is a failure
            holds = counts_text(counts, " · ")
            self._say(
                self.tr("The outbox changed since the last send; it now holds {counts}.").format(
                    counts=holds
                )
                if holds
                else self.tr("The outbox changed since the last send; it is empty now."),
                warn=worse(said, counts),
            )
            self._said_counts = counts  # and it follows the next change too
        # what waits for a path or for the officer: a refused copy (failed) waits for Retry,
        # a call and Told another way, or No longer needed
        waiting = sum(counts[s] for s in ("queued", "uncertain", "handed-off", "failed"))
        title = QCoreApplication.translate("Sections", "Outbox")
        self.label_changed.emit(f"{title} ({waiting})" if waiting else title)
        if not self.page_built:
            return
        self.counts_label.setText(counts_text(counts, " · ") or self.tr("The outbox is empty."))
        sending = self.runner.sending is not None
        self.send_button.setEnabled(counts["queued"] > 0 and not sending)
        self.webmail_button.setEnabled(counts["queued"] > 0 and not sending)
        self.eml_button.setEnabled(counts["queued"] > 0 and not sending)

    def _selected(self) -> list[OutboxMessage]:
        if not self.page_built:
            return []
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.row_at(r) for r in rows]

    def _selected_ids(self) -> set[int]:
        return {m.id for m in self._selected()}

    def _selection_changed(self) -> None:
        if not self.page_built:
            return
        chosen = self._selected()
        states = {m.state for m in chosen}
        sending = self.runner.sending is not None
        refused = refused_for_good(
            self.delivery.conn, [m.id for m in chosen if m.state == "failed"]
        )
        retryable = bool(chosen) and states == {"failed"} and not refused
        self.retry_button.setEnabled(retryable and not sending)
        self.retry_button.setToolTip(
            self.tr(
                "The server refused the selected message for good: trying it again is refused "
                "again. Have IT fix the address in the contact bundle; tell the partner "
                "another way (Told another way)."
            )
            if refused
            else self.tr("Queue the selected failed messages again")
        )
        settleable = bool(chosen) and states <= {"uncertain", "handed-off"} and not sending
        self.mark_sent_button.setEnabled(settleable)
        self.resend_button.setEnabled(settleable)
        later = self._superseded(chosen) if settleable else {}
        self.unneeded_button.setEnabled(settleable and len(later) == len(chosen))
        if len(chosen) != 1:
            self.details.setPlainText("")
            return
        message = chosen[0]
        lines = self._details(message, later.get(message.id))
        if message.id in refused:  # below its state: why Retry is off, what helps
            lines.insert(3, why_not_again(message.id, refused[message.id], window=True))
        self.details.setPlainText("\n".join(lines))

    def _superseded(self, chosen: list[OutboxMessage]) -> dict[int, Later]:
        """Of the chosen uncertain / handed-off copies, those a later notice of their
        incident reached the partner after (never sent again: No longer needed)."""
        from app.incidents.superseded import superseded

        return superseded(
            self.delivery.conn, states=("uncertain", "handed-off"), ids=[m.id for m in chosen]
        )

    def _details(self, message: OutboxMessage, later: Later | None) -> list[str]:
        """The message as the details pane shows it: who, state, why, attempts, text."""
        from app.incidents.superseded import reached_text

        lines = [
            self.tr("Message #{id} to {name} <{address}> ({channel})").format(
                id=message.id,
                name=message.recipient_name,
                address=message.recipient,
                channel=Words.tr(CHANNEL_NAMES.get(message.channel, message.channel)),
            ),
            f"Message-ID: {message.message_id}",
            self.tr("State: {state} · tries: {tries} · incident: {incident}").format(
                state=Words.tr(message.state),
                tries=message.attempts,
                incident=message.incident_ref or "-",
            ),
            *(
                [
                    self.tr("Promises the next update by {time}").format(
                        time=local_text(message.promise_at)
                    )
                ]
                if message.promise_at
                else []
            ),
            *(
                [
                    self.tr(
                        "Held: its promised update time passed before it could leave. It will "
                        "not be sent; re-issue the notice from the incident with a new promise."
                    )
                ]
                if message.state == "held" and message.last_reply == HELD_REPLY
                else []
            ),
            *(
                [
                    self.tr(
                        "Since it, {reached}: it is not sent again. Choose No longer needed."
                    ).format(reached=reached_text(later))
                ]
                if later is not None
                else []
            ),
            "",
            self.tr("Attempts:"),
        ]
        for attempt in self.delivery.outbox.attempts(message.id):
            code = f" [{attempt.code}]" if attempt.code else ""
            lines.append(
                "  "
                + self.tr("{time}  via {path}: {outcome}{code} — {reply}").format(
                    time=local_text(attempt.at),
                    path=shown_reply(attempt.path),
                    outcome=Words.tr(attempt.outcome),
                    code=code,
                    reply=shown_reply(attempt.reply),
                )
            )
        lines += ["", self.tr("Subject: {subject}").format(subject=message.subject)]
        return [*lines, "", message.body]

    def _say(self, text: str, *, warn: bool = False) -> None:
        self._said = (text, warn)
        self._said_counts = None  # (a send's summary sets it after saying it)
        if not self.page_built:
            return  # said when the page is built
        self.message.setText(text)
        # no empty line above the messages: shown when it says something (the rows of
        # buttons take two lines each on a narrow screen)
        self.message_row.setVisible(bool(text))
        self.message.setStyleSheet("color: #b00020; font-weight: bold;" if warn else "")

    # -- sending ------------------------------------------------------------------------------

    def _round_said(self) -> str:
        """Why the automatic round started, as the start of a sentence ("" for the
        officer's own send): a path came back only when one that was down answered."""
        return {
            "came back": self.tr("A delivery path that was down answers again: "),
            "fresh": self.tr("Newly queued messages: "),
            "retry": self.tr("Automatic retry of the waiting messages: "),
            "waiting": self.tr("Messages waiting in the Outbox: "),
            "again": self.tr("Messages queued again: "),
        }.get(self.runner.round_why, "")

    def _send_started(self, automatic: bool) -> None:
        self._say(
            self._round_said() + self.tr("sending…")
            if automatic
            else self.tr("Sending queued messages…")
        )
        if not self.page_built:
            self.update_count()
            return
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        self.update_count()
        self._selection_changed()

    def _sending_ended(self) -> None:
        if self.page_built:
            self.progress.setVisible(False)
            self.cancel_button.setEnabled(False)

    def _progress(self, done: int, total: int) -> None:
        if not self.page_built:
            return
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(f"{done} / {total}")

    def _send_finished(self, report: DispatchReport, automatic: bool) -> None:
        self._sending_ended()
        problem = bool(report.failed or report.uncertain or report.held or report.left_queued)
        nothing = self.tr("Nothing was queued.")
        summary = report.summary() if report.total or report.reported else nothing
        self._say((self._round_said() if automatic else "") + summary, warn=problem)
        self.reload()
        # what it says holds until the outbox changes (here or in another process)
        self._said_counts = self._counts_seen
        if automatic and report.sent:
            self.notify(
                self.tr("Queued messages went out"),
                self.tr("%n message(s) sent via {paths}.", "", report.sent).format(
                    paths=", ".join(report.by_path)
                ),
            )
        self.runner.probe(retry=False)  # the lights follow what the send learnt

    def _send_failed(self, err: BaseException, automatic: bool) -> None:
        self._sending_ended()
        self.reload()
        known = as_user_error(err, self.kit.store.paths.home)
        if not isinstance(known, Busy):
            show_error(self, err)
            return
        if automatic:  # nobody asked: no dialog, the status line says it and it retries
            delay = round(self.runner.retry_later())
            self._say(
                self.tr(
                    "Queued messages wait: another Outage Kit window or command is busy "
                    "(sending, a backup or an import). Trying again in %n second(s).",
                    "",
                    delay,
                )
            )
            return
        self._show_busy(known)

    def _show_busy(self, err: Busy) -> None:
        """The officer clicked Send and something else holds the outbox or the store: a
        message that does not block the window, in words that say what is busy."""
        if isinstance(err, SenderBusy):
            text = self.tr(
                "Another Outage Kit window or command is sending right now. Nothing was "
                "sent from here; the messages stay queued. Press Send again when it has "
                "finished (its results show in this outbox)."
            )
        else:
            text = self.tr(
                "Another Outage Kit window or command is writing to the store (for example "
                "a backup, a restore or a large backlog import). Nothing was sent; the "
                "messages stay queued. Press Send again when it has finished."
            )
        self._say(text, warn=True)
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Outbox busy"), text, parent=self)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.show()
        self.busy_box = box

    def _probed(self, probes: list[PathProbe]) -> None:
        self.lights.show_probes(probes)
        if self.page_built:
            self.paths_page.show_probes(probes)
        if any(p.reports for p in probes):  # SMS the network reported on: their new state
            self.reload()

    def notify(self, title: str, text: str) -> None:
        """A desktop notification where the desktop has a tray, and the taskbar's attention."""
        if QSystemTrayIcon.isSystemTrayAvailable():
            if self._tray is None:
                self._tray = QSystemTrayIcon(self.windowIcon(), self)
                self._tray.show()
            self._tray.showMessage(title, text)
        QApplication.alert(self.window())

    # -- the officer's decisions -------------------------------------------------------------

    def retry_selected(self) -> None:
        self._each(lambda m: self.delivery.retry(m.id))
        self.runner.send_requeued()

    def settle_selected(self, as_: str) -> None:
        chosen = self._selected()
        later = self._superseded(chosen) if as_ == "resend" and chosen else {}
        if later:  # a later notice reached the partner: not sent again, say so
            if not self._ask_superseded(list(later.values())):
                return
            obsolete = [m for m in chosen if m.id in later]
            self._each(lambda m: self.delivery.settle(m.id, as_="superseded"), obsolete)
            chosen = [m for m in chosen if m.id not in later]  # the others: asked next
            if not chosen:
                return
        if as_ == "resend" and chosen:
            from PySide6.QtWidgets import QMessageBox

            answer = QMessageBox.question(
                self,
                self.tr("Send again"),
                self.tr(
                    "Queue %n message(s) to be sent again? A partner who already got one "
                    "receives it twice (same Message-ID, so most mail programs show it once).",
                    "",
                    len(chosen),
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._each(lambda m: self.delivery.settle(m.id, as_=as_), chosen)
        if as_ == "resend":
            self.runner.send_requeued()

    def _ask_superseded(self, later: list[Later]) -> bool:
        """Send again on copies a later notice made obsolete: refused, with why, and the
        choice that fits — hold them as no longer needed. True: the officer chose that."""
        from PySide6.QtWidgets import QMessageBox

        from app.incidents.superseded import reached_text

        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Not sent again"),
            self.tr(
                "%n selected copy(-ies) will not be sent again: a later notice of the same "
                "incident already reached those partners, and this older one would reach "
                "them after it.",
                "",
                len(later),
            ),
            parent=self,
        )
        box.setInformativeText(
            "\n".join(f"#{f.message}: {reached_text(f)}" for f in later[:5])
            + ("\n…" if len(later) > 5 else "")
        )
        box.setWindowModality(Qt.WindowModality.WindowModal)
        self.superseded_box = box
        unneeded = box.addButton(
            self.tr("Mark them no longer needed"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(unneeded)
        box.exec()
        self.superseded_box = None
        return box.clickedButton() is unneeded

    def _each(self, action: object, messages: list[OutboxMessage] | None = None) -> None:
        """`action` on each of `messages` (default: those selected), then the rows again."""
        assert callable(action)
        try:
            for message in self._selected() if messages is None else messages:
                action(message)
        except Exception as err:
            show_error(self, err)
        self.reload()

    def hand_off_webmail(self) -> None:
        from app.ui.outbox.handoff_dialog import HandOffDialog  # loaded when first used

        dialog = HandOffDialog(self.delivery, opener=self.open_url, parent=self)
        dialog.exec()
        self.reload()

    def export_eml(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Export queued e-mail as .eml files"), start_folder()
        )
        if not remember(folder):
            return
        self.export_eml_to(Path(folder))

    def export_eml_to(self, folder: Path) -> EmlExportTask:
        """Exported on a pool thread behind a progress dialog with Cancel."""
        from app.ui.outbox.eml_export import EmlExportTask  # loaded when first used

        self.eml_export = EmlExportTask(
            self,
            in_worker=self.runner.in_worker,
            folder=folder,
            written=lambda written: self._exported(folder, written),
            stopped=self._export_stopped,
        )
        return self.eml_export

    def _export_stopped(self, err: BaseException) -> None:
        self.eml_export = None
        self.reload()
        if isinstance(err, Cancelled):
            self._say(self.tr("Export cancelled: no file was kept; the messages stay queued."))
            return
        show_error(self, err)

    def _exported(self, folder: Path, written: list[Path]) -> None:
        self.eml_export = None
        self._say(
            self.tr(
                "Wrote %n .eml file(s) to {folder}. They are handed off: once sent from the "
                "other mail program, select them and choose Mark sent.",
                "",
                len(written),
            ).format(folder=folder)
        )
        self.reload()


def _open_in_browser(url: str) -> bool:
    """`app.delivery.webmail.open_in_browser`, imported on the first hand-off: the
    webmail module (and the delivery profiles it reads) is not needed to start."""
    from app.delivery.webmail import open_in_browser

    return open_in_browser(url)
