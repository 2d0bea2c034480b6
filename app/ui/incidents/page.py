"""One incident: its state, its timer, its timeline (every notice, when, to whom, through
which path) and the actions the procedure allows next."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.delivery.counts import counts_text
from app.delivery.refused import servers_fault
from app.i18n import Words, channel_word
from app.i18n import language as kit_language
from app.incidents import rules
from app.incidents.clock import Deadline
from app.incidents.model import KIND_LABELS, Incident, Notice, stage_label
from app.incidents.schedule import Schedule
from app.incidents.service import IncidentService
from app.incidents.standing import standing_words, still_moving
from app.incidents.told import NoticeDelivery
from app.timefmt import now
from app.ui.flow_layout import FlowLayout
from app.ui.incidents.owed_copies import OwedCopies
from app.ui.incidents.styles import (
    OVERDUE,
    ROOMY,
    SENDERS,
    SENDING,
    STUCK_STATES,
    deadline_style,
    short_time,
)
from app.ui.incidents.timeline import Timeline, copy_row
from app.ui.labels import label as shown_label
from app.ui.language import language_label, local_text
from app.ui.screen import FittedScroll

if TYPE_CHECKING:  # held copies are looked up when an incident is shown, not at start
    from app.incidents.reissue import HeldCopies

#: the most lines the delivery text takes before it scrolls (the buttons stay in sight)
DELIVERY_LINES = 5


class IncidentPage(OwedCopies, QWidget):
    #: an action button was pressed: (incident reference, stage) or (reference, "close")
    notice_requested = Signal(str, str)
    close_requested = Signal(str)
    report_requested = Signal(str)  # the manager's report of this incident (app/ui/reports)
    #: get a waiting notice to partners: (reference, "send" | "webmail" | "eml" | "told")
    delivery_requested = Signal(str, str)
    reissue_requested = Signal(str, int)  # (reference, the held notice's id)
    withdraw_requested = Signal(str)
    #: planned work: change its window — (reference, "extend" | "move")
    window_change_requested = Signal(str, str)

    def __init__(self, service: IncidentService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.incident: Incident | None = None
        self.notices: list[Notice] = []
        self.deadlines: list[Deadline] = []
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)  # a title is shown as typed
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.timer = QLabel()
        self.timer.setWordWrap(True)
        self.initial_button = QPushButton(self.tr("Send the &initial notice…"))
        self.update_button = QPushButton(self.tr("Post &update"))
        self.resolve_button = QPushButton(self.tr("&Resolve"))
        self.complete_button = QPushButton(self.tr("&Complete"))
        self.cancel_button = QPushButton(self.tr("Ca&ncel the work"))
        self.close_button = QPushButton(self.tr("C&lose incident"))
        self.report_button = QPushButton(self.tr("Repor&t…"))
        self.report_button.setMinimumHeight(34)
        self.report_button.clicked.connect(lambda _=False: self._emit(self.report_requested))
        for button, stage in (
            (self.initial_button, "initial"),
            (self.update_button, "update"),
            (self.resolve_button, "resolved"),
            (self.complete_button, "completed"),
            (self.cancel_button, "cancelled"),
        ):
            button.setMinimumHeight(34)
            button.clicked.connect(lambda _=False, s=stage: self._emit(self.notice_requested, s))
        self.close_button.setMinimumHeight(34)
        self.close_button.clicked.connect(lambda _=False: self._emit(self.close_requested))
        self.withdraw_button = QPushButton(self.tr("&Withdraw…"))
        self.withdraw_button.setToolTip(self.tr("Opened by mistake: discard it with the reason"))
        self.withdraw_button.setMinimumHeight(34)
        self.withdraw_button.clicked.connect(lambda _=False: self._emit(self.withdraw_requested))
        self.why = QLabel()
        self.why.setWordWrap(True)
        # planned work: its plan, and the window changes the procedure allows
        self.schedule = Schedule(service=service)
        self._window_opened = False
        self.plan = QLabel()
        self.plan.setWordWrap(True)
        self.plan.setTextFormat(Qt.TextFormat.RichText)
        self.extend_button = QPushButton(self.tr("E&xtend the window…"))
        self.extend_button.setToolTip(
            self.tr("The work runs over: partners get the new end in one step")
        )
        self.move_button = QPushButton(self.tr("&Move the window…"))
        self.move_button.setToolTip(self.tr("Before the work starts: a new window, re-planned"))
        self.plan_button = QPushButton(self.tr("Edit the &plan…"))
        self.plan_button.setToolTip(self.tr("Before the work starts: other reminders"))
        for button, how in (
            (self.extend_button, "extend"),
            (self.move_button, "move"),
            (self.plan_button, "plan"),
        ):
            button.setMinimumHeight(34)
            button.clicked.connect(
                lambda _=False, h=how: self._emit(self.window_change_requested, h)
            )
        # what has (not) reached partners, loud while a notice waits, with every way out
        self.delivery = QLabel()
        self.delivery.setWordWrap(True)
        # many partners refused (each with the server's reply) make a long text: it scrolls
        # in a few lines of its own, the buttons under it stay in sight at 1024x600
        self.delivery_area = FittedScroll(self.delivery, min_lines=2)
        self.send_button = QPushButton(self.tr("&Send now"))
        self.webmail_button = QPushButton(self.tr("We&bmail…"))
        self.eml_button = QPushButton(self.tr(".&eml to USB…"))
        self.told_button = QPushButton(self.tr("Told &another way…"))
        self.told_button.setToolTip(self.tr("You phoned them, texted from your own phone, …"))
        self.reissue_button = QPushButton(self.tr("Re-&issue…"))
        self.reissue_button.setToolTip(
            self.tr("The same notice again, with a new promised update time")
        )
        for button, how in (
            (self.send_button, "send"),
            (self.webmail_button, "webmail"),
            (self.eml_button, "eml"),
            (self.told_button, "told"),
        ):
            button.clicked.connect(lambda _=False, h=how: self._emit(self.delivery_requested, h))
        self.reissue_button.clicked.connect(self._request_reissue)
        self.delivery_actions = QWidget()
        delivery_row = FlowLayout(self.delivery_actions)  # two rows on a narrow screen
        for button in (
            self.send_button,
            self.webmail_button,
            self.eml_button,
            self.told_button,
            self.reissue_button,
        ):
            delivery_row.addWidget(button)
        self.told: dict[int, NoticeDelivery] = {}
        self.held_notice: int | None = None
        #: the send running now, (messages done, of them); None: none runs (the section
        #: follows the Outbox's sender)
        self.sending_now: tuple[int, int] | None = None
        #: paths seen down, name → (why, when): from the last send and the last probe
        self.path_troubles: dict[str, tuple[str, datetime]] = {}
        self.timeline = Timeline()  # fitted to the page: never a sideways scroll
        self.timeline.setHeaderLabels(
            [
                self.tr("When"),
                self.tr("What"),
                self.tr("To whom"),
                self.tr("State"),
                self.tr("Path"),
            ]
        )
        self.timeline.currentItemChanged.connect(self._show_text)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setFont(QFont("monospace"))
        self.text.setPlaceholderText(self.tr("Select a notice to read it as partners got it."))
        self.action_row = QWidget()
        actions = FlowLayout(self.action_row)  # flows into two rows on a 1024×600 screen
        for button in (
            self.initial_button,
            self.update_button,
            self.resolve_button,
            self.complete_button,
            self.cancel_button,
            self.close_button,
            self.withdraw_button,
            self.report_button,
        ):
            actions.addWidget(button)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.timeline)
        split.addWidget(self.text)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.details)
        layout.addWidget(self.timer)
        self.window_actions = QWidget()
        window_row = FlowLayout(self.window_actions)
        window_row.addWidget(self.extend_button)
        window_row.addWidget(self.move_button)
        window_row.addWidget(self.plan_button)
        layout.addWidget(self.plan)
        layout.addWidget(self.window_actions)
        layout.addWidget(self.delivery_area)
        layout.addWidget(self.delivery_actions)
        layout.addWidget(self.action_row)
        layout.addWidget(self.why)
        layout.addWidget(split, 1)

    # -- showing ------------------------------------------------------------------------

    def show_incident(self, incident: Incident) -> None:
        self.incident = incident
        self.notices = self.service.notices(incident)
        self.told = self.service.delivery(incident)
        self.deadlines = self.service.deadlines(incident)
        self.heading.setText(f"{incident.reference} · {incident.title}")
        # services and groups by their names in the kit's language (a bundle's name.pl)
        shown_in = kit_language()
        names = self.service.directory.service_names_in(shown_in)
        group_names = self.service.directory.shown_groups(incident.groups, shown_in)
        when = (
            self.tr("detected {time}").format(time=local_text(incident.detected_at))
            if incident.kind == "disaster"
            else self.tr("window {start} – {end}").format(
                start=local_text(incident.window_start or incident.detected_at),
                end=local_text(incident.window_end or incident.detected_at),
            )
        )
        closed = (
            self.tr(" · closed {time}").format(time=local_text(incident.closed_at))
            if incident.closed_at
            else ""
        )
        if incident.withdrawn_reason is not None:
            import html  # (its entity table costs every start: only when a text needs it)

            closed = self.tr(" · withdrawn: {reason}").format(
                reason=html.escape(incident.withdrawn_reason)
            )
        self.details.setText(
            self.tr(
                "{kind} · {status}{closed} · {when}<br>Services: {services} · Groups: {groups}"
            ).format(
                kind=shown_label(KIND_LABELS[incident.kind]),
                status=Words.tr(incident.status),
                closed=closed,
                when=when,
                services=", ".join(names.get(s, s) for s in incident.services),
                groups=", ".join(group_names) or "—",
            )
        )
        reach = self.service.reach(incident)
        if reach is not None:  # its whole audience now: partners who joined its groups too
            import html  # see above

            # the sentence says "told" itself ("4 of 7 partners … told of it"): no label
            summary = reach.summary()
            told = html.escape(summary[:1].upper() + summary[1:])
            if reach.joined_later:
                told = f'<span style="color: {OVERDUE}; font-weight: bold">{told}</span>'
            self.details.setText(self.details.text() + "<br>" + told)
        self._update_actions()
        self._show_plan()
        self._show_delivery()
        self._fill_timeline()
        self.tick()

    def _show_plan(self) -> None:
        """Planned work: each planned notice with its time and state (missed ones loud)."""
        assert self.incident is not None
        planned = self.schedule.notices(self.incident)
        self.plan.setVisible(bool(planned))
        if not planned:
            return
        import html  # see show_incident

        moment = now()
        states = {
            "pending": self.tr("planned"),
            "sent": self.tr("sent"),
            "skipped": self.tr("skipped"),
            "dropped": self.tr("not needed"),
        }
        rows = []
        for item in planned:
            state = states[item.state]
            if item.state == "sent":  # told means delivered: queued until partners have it
                state = self._delivery_word(item.notice_id)
            late = item.state == "pending" and item.fires_by_itself and item.due_at < moment
            if late:
                state = self.tr("MISSED — send now or skip")
            elif item.state == "pending" and not item.fires_by_itself:
                state = self.tr("due (you send it: Complete)")
            reason = f" ({html.escape(item.reason_text)})" if item.reason else ""
            colour = f' style="color: {OVERDUE}; font-weight: bold"' if late else ""
            rows.append(
                f"<tr><td>{short_time(item.due_at)}&nbsp;&nbsp;</td>"
                f"<td>{html.escape(item.label)}&nbsp;&nbsp;</td>"
                f"<td{colour}>{html.escape(state)}{reason}</td></tr>"
            )
        plan_word = self.tr("Plan")
        self.plan.setText(
            f"<b>{html.escape(plan_word)}</b> — "
            f"{html.escape(self.schedule.describe(self.incident))}<table>{''.join(rows)}</table>"
        )

    def _delivery_word(self, notice_id: int | None) -> str:
        found = self.told.get(notice_id) if notice_id is not None else None
        again = self.told.get(found.reissued_by) if found and found.reissued_by else None
        if again is not None and found is not None and not found.delivered:
            # its held copies went out again: follow them (once they reach every partner,
            # the notice itself is delivered)
            return self.tr("held copies re-issued: {summary}").format(summary=again.summary())
        return standing_words(found)  # as the Calendar and `incident schedule` say it

    def set_sending(self, progress: tuple[int, int] | None) -> None:
        """A send started (0, 0), went on (done, of), or ended (None)."""
        changed = (progress is None) != (self.sending_now is None)
        self.sending_now = progress
        if changed and self.incident is not None:
            self._show_delivery()

    def set_path_troubles(self, troubles: Mapping[str, tuple[str, datetime]]) -> None:
        if dict(troubles) == self.path_troubles:
            return
        self.path_troubles = dict(troubles)
        if self.incident is not None:
            self._show_delivery()

    def _stuck_lines(self, notice_id: int, sending: bool) -> list[tuple[str, str]]:
        """Per channel of the copies that wait (queued, sending) of the notice's partners
        not told yet (a told partner's leftover SMS is said apart), (channel, line): the
        path that failed, why and when — an SMS copy with no modem is blamed on that, an
        e-mail copy on its relay. While a send runs, only a
        channel with no path at all is said (the others are being sent)."""
        from app.delivery.paths import DeliveryPaths
        from app.delivery.replies import shown_path_down, shown_reply
        from app.delivery.service import no_path_reason

        if self.incident is None:
            return []
        waiting = Counter(
            d.channel
            for d in self.service.deliveries(self.incident)
            if d.notice_id == notice_id and d.state in STUCK_STATES and self._owes(d)
        )
        if not waiting:
            return []
        paths = DeliveryPaths(conn=self.service.conn, audit=self.service.audit).enabled()
        lines = []
        for channel, count in sorted(waiting.items()):
            copies = (
                self.tr("%n SMS copy(-ies)", "", count)
                if channel == "sms"
                else self.tr("%n e-mail copy(-ies)", "", count)
            )
            wait = (
                self.tr(
                    "%n SMS copy(-ies) wait(s) in the outbox: the kit sends them by itself "
                    "when {paths} answers, or Send now tries at once.",
                    "",
                    count,
                )
                if channel == "sms"
                else self.tr(
                    "%n e-mail copy(-ies) wait(s) in the outbox: the kit sends them by itself "
                    "when {paths} answers, or Send now tries at once.",
                    "",
                    count,
                )
            )
            senders = [p.name for p in paths if p.channel == channel and p.kind in SENDERS]
            if not senders:
                name, why = shown_path_down(f"no {channel} path", no_path_reason(channel))
                said = self.tr("No delivery path took {copies}: {path} ({why}).")
                lines.append((channel, said.format(copies=copies, path=name, why=why)))
                continue
            if sending:
                continue
            down = [
                self.tr("{path}: {why} at {time}").format(
                    # a reason that is a sentence of its own ("… ports: /dev/ttyS0.") loses
                    # its full stop: the time follows it, then the sentence's own
                    path=name,
                    why=shown_reply(why).rstrip().removesuffix("."),
                    time=short_time(when),
                )
                for name, (why, when) in self.path_troubles.items()
                if name in senders
            ]
            said = (
                self.tr("No delivery path took {copies}: {paths}.").format(
                    copies=copies, paths="; ".join(down)
                )
                if down
                else wait.format(paths=", ".join(senders))
            )
            lines.append((channel, said))
        return lines

    def refresh_delivery(self) -> bool:
        """Sending runs elsewhere: re-read what reached partners (two indexed queries) and
        rebuild only when it changed, so the officer's selection stays put. True if it did."""
        if self.incident is None:
            return False
        if self.service.delivery(self.incident) == self.told:
            return False
        self.show_incident(self.service.get(self.incident.reference))
        return True

    def _show_delivery(self) -> None:
        """The newest notice that has not reached every partner, said loudly, with the ways
        to get it there: send now, webmail, .eml, told another way; and held copies (their
        promise passed while they waited, e.g. no SMS modem) with what to do: re-issue."""
        from app.incidents.reissue import held_copies  # its delivery paths: not at start

        self.held_notice = None
        copies = held_copies(self.service, self.incident) if self.incident is not None else []
        waiting = [n for n in self.notices if self._waiting(n.id)]
        if self.incident is None or not self.incident.is_open or not (waiting or copies):
            self.delivery_area.setVisible(False)
            self.delivery_actions.setVisible(False)
            return
        lines: list[str] = []
        found: NoticeDelivery | None = None
        sending = False
        stuck: list[tuple[str, str]] = []
        self.webmail_button.setVisible(True)
        self.eml_button.setVisible(True)
        if waiting:
            notice = waiting[-1]
            found = self.told.get(notice.id)
            label = self._stage_label(notice.stage)
            summary = found.summary() if found else self.tr("nothing sent yet")
            sending = self.sending_now is not None or bool(found and found.count("sending"))
            if sending and found is not None and found.reissue_of is None:
                text = self.tr("{label} being sent now: {summary}.").format(
                    label=label, summary=summary
                )
                done, total = self.sending_now or (0, 0)
                if total:
                    text += " " + self.tr("This send: {done} of {total} messages.").format(
                        done=done, total=total
                    )
            elif found is not None and found.reissue_of is not None:
                # its partners may have the first copies another way: told on any channel
                text = self.tr(
                    "⚠ Re-issued copies of the {label} not delivered yet: {summary}."
                ).format(label=label.lower(), summary=summary)
            elif found is not None and found.told == 0 and still_moving(found):
                text = self.tr(
                    "⚠ {label} queued — NOT DELIVERED YET: no partner has it ({summary}). The "
                    "clock keeps running until it reaches them."
                ).format(label=label, summary=summary)
            elif found is not None and found.told == 0:
                # handed off, uncertain or refused: not queued, the officer settles them
                text = self.tr(
                    "⚠ {label} NOT DELIVERED YET: no partner has it ({summary}). The clock "
                    "keeps running until it reaches them."
                ).format(label=label, summary=summary)
            else:
                text = self.tr("⚠ {label} not delivered to every partner yet: {summary}.").format(
                    label=label, summary=summary
                )
            if found is not None and found.owed("handed-off") and not sending:
                text += " " + self.tr(
                    "%n e-mail(s) handed off as .eml: once sent from the other mail program, "
                    "select them in the Outbox and choose Mark sent.",
                    "",
                    found.owed("handed-off"),
                )
            sms_only = self._unsent_channels(notice.id) == {"sms"}
            if found is not None and found.owed("failed"):
                text += " " + self._refused_text(notice.id)
            if found is not None and found.owed("uncertain"):
                text += " " + self._uncertain_text(notice.id)
            stuck = self._stuck_lines(notice.id, sending)
            if stuck:
                sms_advice = self.tr(
                    "These are SMS copies: webmail and .eml cannot carry them. Bring the "
                    "modem back (Outbox → Delivery paths → Probe now), then Send now; or "
                    "text them from another phone, then record it with Told another way."
                )
                other_advice = self.tr(
                    "Use another way below: webmail, .eml on a USB stick, or tell partners "
                    "yourself."
                )
                only_sms = {channel for channel, _ in stuck} == {"sms"}
                said = " ".join(line for _, line in stuck)
                text += f"\n{said} {sms_advice if only_sms else other_advice}"
            if found is not None and found.leftovers():
                text += "\n" + self.tr(
                    "%n more copy(-ies) wait(s) for partners who have it already by another "
                    "path: they go out when their path works (closing the incident holds "
                    "them); nothing for you to do.",
                    "",
                    found.leftovers(),
                )
            lines.append(text)
            self.webmail_button.setVisible(not sms_only)
            self.eml_button.setVisible(not sms_only)
        if copies:
            self.held_notice = copies[0].notice.id
            lines.append(self._held_text(copies[0]))
            if not waiting and set(copies[0].channels()) == {"sms"}:
                self.webmail_button.setVisible(False)  # they carry e-mail, not SMS
                self.eml_button.setVisible(False)
        self.delivery.setText("\n".join(lines))
        # a send under way with every copy on a path: not an alarm (yet)
        calm = bool(waiting) and sending and not stuck and not copies
        # held copies whose partners all have the notice another way owe nothing: no alarm
        calm = calm or (not waiting and all(not c.untold for c in copies))
        colour = SENDING if calm else OVERDUE
        self.delivery.setStyleSheet(f"color: {colour}; font-size: 12pt; font-weight: bold;")
        self.delivery.ensurePolished()  # its 12 pt: the lines it may take
        room = DELIVERY_LINES * self.delivery.fontMetrics().lineSpacing()
        self.delivery_area.setMaximumHeight(room + 2 * self.delivery_area.frameWidth())
        self.delivery_area.setVisible(True)
        self.delivery_area.refit()
        self.delivery_actions.setVisible(True)
        self.reissue_button.setVisible(bool(copies))
        # offered only while something is queued: a refused copy is not sent again by it
        queued = found is not None and found.count("queued") > 0
        self.send_button.setVisible(queued)
        self.send_button.setEnabled(queued)

    def _refused_text(self, notice_id: int) -> str:
        """The notice's copies the server refused (a 550: a wrong or closed address), with
        its reply: not waiting for anything — nothing sends them again by itself."""
        refused, replies = self._copies_in("failed", notice_id)
        if all(m.channel == "sms" for m in refused):
            return self.tr(
                "%n SMS copy(-ies) refused by the network ({replies}): nothing sends them "
                "again by itself. Have IT check the numbers in the contact bundle; text those "
                "partners from another phone and record it with Told another way…",
                "",
                len(refused),
            ).format(replies=replies)
        # refused after the server took the whole message, or by a rule of the relay's own:
        # not the address (app/delivery/refused.py), the officer's to retry once it is mended
        message_level = [m for m in refused if servers_fault(m.last_reply)]
        other = [m for m in refused if m not in message_level]
        said: list[str] = []
        if other:
            said.append(
                self.tr(
                    "%n copy(-ies) refused by the mail server ({replies}): nothing sends them "
                    "again by itself. Ask IT to fix the address in the contact bundle; phone "
                    "those partners and record it with Told another way…",
                    "",
                    len(other),
                ).format(replies=self._replies_of(other))
            )
        if message_level:
            said.append(
                self.tr(
                    "%n copy(-ies) refused by the mail server for a fault or a rule of its own "
                    "({replies}), not for the address. Once IT has mended the server, select "
                    "them in the Outbox and choose Retry; until then phone those partners and "
                    "record it with Told another way…",
                    "",
                    len(message_level),
                ).format(replies=self._replies_of(message_level))
            )
        return " ".join(said)

    def _uncertain_text(self, notice_id: int) -> str:
        """The notice's copies cut off after the server had their content: the partner may
        have them or not, so the kit never sends them again by itself (a partner told
        twice, or never); the officer finds out and settles them in the Outbox."""
        from app.incidents.superseded import superseded

        uncertain, replies = self._copies_in("uncertain", notice_id)
        ids = [m.id for m in uncertain]
        if ids and len(superseded(self.service.conn, states=("uncertain",), ids=ids)) == len(ids):
            return self.tr(
                "%n copy(-ies) UNCERTAIN ({replies}), but a later notice has reached those "
                "partners since: it is not sent again. In the Outbox select it and choose No "
                "longer needed (or Mark sent if you know it arrived).",
                "",
                len(uncertain),
            ).format(replies=replies)
        return self.tr(
            "%n copy(-ies) UNCERTAIN ({replies}): the connection broke after the server had "
            "the message, so the partner may or may not have it, and nothing sends it again "
            "by itself. Ask the partner (or IT to check the server's log), then in the Outbox "
            "select it and choose Mark sent if it arrived, else Send again.",
            "",
            len(uncertain),
        ).format(replies=replies)

    def _stage_label(self, stage: str) -> str:
        """`stage` as this incident's kind names it (planned work: 'Announcement')."""
        return stage_label(stage, self.incident.kind if self.incident else "disaster")

    def _held_text(self, held: HeldCopies) -> str:
        """What the held copies are, why, and what the officer does about them."""
        label = self._stage_label(held.notice.stage)
        copies = ", ".join(
            self.tr("%n SMS copy(-ies)", "", n)
            if channel == "sms"
            else self.tr("%n e-mail copy(-ies)", "", n)
            for channel, n in held.channels().items()
        )
        planned = self.incident is not None and self.incident.kind == "downtime"
        text = self.tr(
            "⚠ {copies} of the {label} held, NOT SENT: their promised update time passed "
            "while they waited in the outbox (SMS copies wait when no SMS modem works: "
            "Outbox → Delivery paths)."
        ).format(copies=copies, label=label.lower())
        if held.untold:
            text += " " + self.tr("%n partner(s) have not got it any other way.", "", held.untold)
        else:  # nothing owed: no alarm sign (the text is said calmly, `_show_delivery`)
            text = text.removeprefix("⚠ ") + " " + self.tr("Those partners have it by e-mail.")
        text += " " + (
            self.tr(
                "Once the path works, Re-issue… sends exactly these copies again, written "
                "then, with the plan's next notice as the promise."
            )
            if planned
            else self.tr(
                "Once the path works, Re-issue… sends exactly these copies again, written "
                "then, with a new promised update time."
            )
        )
        return text

    def _timer_style(self, style: str) -> None:
        if self.timer.styleSheet() != style:  # each set re-polishes it: once a second else
            self.timer.setStyleSheet(style)

    def tick(self) -> None:
        if not self.deadlines:
            done = self.incident is not None and not self.incident.is_open
            self.timer.setText(self.tr("Closed.") if done else self.tr("No timer running."))
            self._timer_style("font-size: 12pt;")
            return
        deadline = self.deadlines[0]
        moment = now()
        self.timer.setText(deadline.label(moment).split("  ", 1)[1])
        # a small screen (1024×600): the top bar says it too, the page's buttons need room
        self._timer_style(deadline_style(deadline, 12 if self.window().height() < ROOMY else 14))
        if deadline.what == "window":
            # the window opens or ends under the page: Extend/Move follow it
            opened = deadline.phase(moment) != "before"
            if opened != self._window_opened and self.incident is not None:
                self._update_actions()

    def _update_actions(self) -> None:
        incident = self.incident
        assert incident is not None
        disaster = incident.kind == "disaster"
        self.resolve_button.setVisible(disaster)
        self.complete_button.setVisible(not disaster)
        self.cancel_button.setVisible(not disaster)
        reasons: list[str] = []
        # opened without a notice (`incident new` on the command line): the initial notice
        # goes out from here, as `incident notify --stage initial` does
        self.initial_button.setVisible(incident.is_open and not self.notices)
        self.initial_button.setText(
            self.tr("Send the &announcement…")
            if incident.kind == "downtime"
            else self.tr("Send the &initial notice…")
        )
        for button, stage in (
            (self.initial_button, "initial"),
            (self.update_button, "update"),
            (self.resolve_button, "resolved"),
            (self.complete_button, "completed"),
            (self.cancel_button, "cancelled"),
        ):
            problems = rules.stage_problems(incident, self.notices, stage, moment=now())
            button.setEnabled(not problems)
            button.setToolTip(" ".join(problems))
        if self.initial_button.isEnabled():  # why it is there at all, when nothing holds it
            self.initial_button.setToolTip(
                self.tr(
                    "Opened without an announcement (from the command line): partners are not "
                    "told yet"
                )
                if incident.kind == "downtime"
                else self.tr(
                    "Opened without a notice (from the command line): partners are not told yet"
                )
            )
        close = rules.close_problems(incident, self.notices, self.told, window=True)
        self.close_button.setEnabled(not close)
        self.close_button.setToolTip(" ".join(close))
        planned_work = incident.kind == "downtime" and incident.window_start is not None
        final = any(n.stage in ("completed", "cancelled") for n in self.notices)
        changeable = planned_work and incident.is_open and not final
        opened = incident.window_start is not None and now() >= incident.window_start
        self._window_opened = opened
        self.extend_button.setVisible(changeable and opened)
        self.move_button.setVisible(changeable and not opened)
        has_plan = bool(self.schedule.plan(incident))
        self.plan_button.setVisible(changeable and not opened and has_plan)
        self.window_actions.setVisible(changeable)
        withdraw = rules.withdraw_problems(incident, self.told, "reason given")  # a probe
        self.withdraw_button.setVisible(incident.is_open and not withdraw)
        if close and incident.is_open and self.notices:
            reasons += close
        if incident.is_open and not self.notices:
            reasons.append(
                self.tr(
                    "No announcement yet: partners are not told. Send the announcement…, or "
                    "withdraw it if it was opened by mistake."
                )
                if incident.kind == "downtime"
                else self.tr(
                    "No notice yet: partners are not told. Send the initial notice…, or "
                    "withdraw it if it was opened by mistake."
                )
            )
        self.why.setText(" ".join(reasons))

    def _fill_timeline(self) -> None:
        assert self.incident is not None
        self.timeline.clear()
        deliveries = self.service.deliveries(self.incident)
        for notice in self.notices:
            mine = [d for d in deliveries if d.notice_id == notice.id]
            states = Counter(d.state for d in mine)
            promise = (
                self.tr(" · next update by {time}").format(time=short_time(notice.next_update))
                if notice.next_update
                else ""
            )
            found = self.told.get(notice.id)
            reached = (
                self.tr("told {time}").format(time=short_time(found.delivered_at))
                if found and found.delivered_at
                else self.tr("{told} of %n told", "", notice.recipients).format(
                    told=found.told if found else 0
                )
            )
            item = QTreeWidgetItem(
                [
                    short_time(notice.created_at),
                    f"{self._stage_label(notice.stage)}{promise}",
                    self.tr("%n recipient(s)", "", notice.recipients)
                    + ", "
                    + self.tr("%n message(s)", "", len(mine))
                    + f" · {reached}",
                    counts_text(dict(sorted(states.items()))),  # "6 wysłanych", not "6 wysłana"
                    ", ".join(sorted({d.path for d in mine if d.path})) or "—",
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, notice.id)
            font = item.font(1)
            font.setBold(True)
            item.setFont(1, font)
            for d in mine:
                item.addChild(copy_row(d))
            self.timeline.add(item)
        self.timeline.fit()  # its columns to what they hold now
        last = self.timeline.topLevelItem(self.timeline.topLevelItemCount() - 1)
        if last is not None:
            self.timeline.setCurrentItem(last)

    def _show_text(self, item: QTreeWidgetItem | None) -> None:
        while item is not None and item.parent() is not None:
            item = item.parent()
        if item is None:
            self.text.clear()
            return
        notice_id = int(item.data(0, Qt.ItemDataRole.UserRole))
        parts = []
        for language, channel, zone, subject, body in self.service.zoned_texts(notice_id):
            head = f"===== {language_label(language)} {channel_word(channel)} · {zone}"
            said = self.tr("Subject: {subject}").format(subject=subject)
            parts.append(f"{head}\n{said}\n\n{body}" if subject else f"{head}\n{body}")
        self.text.setPlainText("\n".join(parts))

    # -- actions ------------------------------------------------------------------------

    def _emit(self, signal: SignalInstance, *args: object) -> None:
        """`signal` with the shown incident's reference first (nothing while none is)."""
        if self.incident is not None:
            signal.emit(self.incident.reference, *args)

    def _request_reissue(self) -> None:
        if self.incident is not None and self.held_notice is not None:
            self.reissue_requested.emit(self.incident.reference, self.held_notice)
