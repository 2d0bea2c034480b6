"""New incident: kind → services → proposed audience (editable) → fields → preview per
language → queue. Every step by keyboard; the notify-by countdown stays in view."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import i18n
from app.errors import UserError
from app.i18n import channel_word, tr_noop
from app.incidents.clock import countdown, said
from app.incidents.compose import Composition
from app.incidents.drafting import detected_problems, far_past_warning, past_start_warning
from app.incidents.drafts import Drafts
from app.incidents.flow import NewIncidentFlow
from app.incidents.model import KIND_LABELS, Incident
from app.incidents.plan import parse_reminders, reminders_text
from app.incidents.service import IncidentService, Queued
from app.timefmt import now, read_time, typed_text
from app.ui.errors import show_error
from app.ui.incidents.draft_keeper import DraftKeeper
from app.ui.incidents.fields_form import FieldsForm, still_note
from app.ui.incidents.preview import PROBLEM_STYLE, WARNING_STYLE, NoticePreview
from app.ui.labels import label as shown_label
from app.ui.language import language_label, local_text
from app.ui.screen import fit_to_screen, scrolled
from app.ui.wheel import Combo
from app.ui.wheel_boxes import SpinBox

STEPS = (
    tr_noop("NewIncidentDialog", "1. What is affected, who hears"),
    tr_noop("NewIncidentDialog", "2. What to tell them"),
    tr_noop("NewIncidentDialog", "3. Check and queue"),
)


def _checked(widget: QListWidget) -> list[str]:
    return [
        str(widget.item(i).data(Qt.ItemDataRole.UserRole))
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    ]


def _typed(moment: datetime) -> str:
    """A time as the officer would type it, in this computer's zone and the window's date
    format (Polish 1.12.2026 05:30, as the planned-work window shows; the reader takes it),
    with its offset in the hour the clocks pass twice."""
    return typed_text(moment)


# the line under "Detected at": at 1024 px "Understood …" takes three lines, a reason with
# the forms to write up to five (red, not bold: bold would take more), and the label asks
# for a line more than it needs with a warning under "Understood …"
NOTE_LINES = 6
NOTE_PROBLEM_STYLE = "color: #b00020;"
# the services list's preferred height, in lines: it scrolls past them and takes more when
# the page has room; the rows under it (the window, the plan) stay in sight on 1024×600
SERVICES_LINES = 7


class _ServicesList(QListWidget):
    """A list whose preferred height is a few lines, not Qt's 192 pixels."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        lines = SERVICES_LINES * self.fontMetrics().lineSpacing() + 2 * self.frameWidth()
        return QSize(hint.width(), min(hint.height(), lines))


class NewIncidentDialog(QDialog):
    def __init__(self, service: IncidentService, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New incident"))
        # tall enough for the whole first page of planned work (its plan's rows) where the
        # screen allows; a smaller screen scrolls the page
        fit_to_screen(self, 980, 800)
        self.flow = NewIncidentFlow(service=service, kind=kind)
        self.result_: tuple[Incident, Queued | None] | None = None
        self.keeper = DraftKeeper(
            self, Drafts(service.conn), lambda: self.flow.scope, self.flow.to_draft
        )
        self._restoring = False
        self.resumed = QLabel()
        self.resumed.setWordWrap(True)
        self.resumed.setVisible(False)
        self.step_label = QLabel()
        self.step_label.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.clock = QLabel()
        self.clock.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.pages = QStackedWidget()
        self.pages.addWidget(scrolled(self._audience_page()))
        self.pages.addWidget(scrolled(self._fields_page()))
        self.pages.addWidget(self._preview_page())
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(PROBLEM_STYLE)
        self.back = QPushButton(self.tr("&Back"))
        self.next = QPushButton(self.tr("&Next"))
        self.queue = QPushButton(self.tr("&Queue notices"))
        self.cancel = QPushButton(self.tr("Cancel"))
        self.back.clicked.connect(lambda: self._go(self.pages.currentIndex() - 1))
        self.next.clicked.connect(lambda: self._go(self.pages.currentIndex() + 1))
        self.queue.clicked.connect(self._queue)
        self.cancel.clicked.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.step_label, 1)
        top.addWidget(self.clock)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel)
        buttons.addStretch(1)
        for button in (self.back, self.next, self.queue):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.resumed)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.problems)
        layout.addLayout(buttons)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._tick)
        self.timer.start(1000)
        self._kind_changed()
        self._resume()
        self.keeper.start()
        self._go(0)

    # -- the kept draft -----------------------------------------------------------------

    def _resume(self) -> None:
        """Take up the notice left unfinished (Cancel, Esc, lock, crash): same services,
        fields and — above all — the same detection time, so the notify-by clock goes on."""
        kept = self.keeper.kept()
        if not kept:
            return
        self._restoring = True
        try:
            self.flow.restore(kept)
            chosen = set(self.flow.services)
            self.services.blockSignals(True)
            for index in range(self.services.count()):
                item = self.services.item(index)
                ticked = str(item.data(Qt.ItemDataRole.UserRole)) in chosen
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.services.blockSignals(False)
            self.title.setText(self.flow.title)
            # what the field showed: a refused text comes back refused, and holds the wizard
            self.detected.setText(self.flow.detected_typed or _typed(self.flow.detected))
            if self.flow.window:
                self.window_start.setText(_typed(self.flow.window[0]))
                self.window_end.setText(_typed(self.flow.window[1]))
            self.announce_days.setValue(self.flow.announce_days or 0)
            self.reminders.setText(reminders_text(self.flow.reminders))
            self.start_notice.setChecked(self.flow.start_notice)
            self._refresh_audience()
        finally:
            self._restoring = False
        self._read_detected()
        self._read_window()
        self.resumed.setText(
            self.tr(
                "Resumed the notice you had not queued yet (detected {detected}). Cancel → "
                "Discard starts afresh."
            ).format(detected=local_text(self.flow.detected))
            if not self.detected_problem
            else self.tr(
                "Resumed the notice you had not queued yet: its detection time is not "
                "readable yet (see below). Cancel → Discard starts afresh."
            )
        )
        self.resumed.setVisible(True)

    def reject(self) -> None:
        """Esc or Cancel: a changed notice is kept as a draft or discarded, never lost."""
        self.keeper.leave(super().reject)

    # -- page 1: kind, services, audience ----------------------------------------------

    def _audience_page(self) -> QWidget:
        service = self.flow.service
        self.kind = Combo()
        for key, label in KIND_LABELS.items():
            self.kind.addItem(shown_label(label), key)
        self.kind.setCurrentIndex(list(KIND_LABELS).index(self.flow.kind))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.services = _ServicesList()
        self.services.setWordWrap(True)
        # each service as the bundle names it in the kit's language (services.csv name.pl),
        # else by its default name
        kit_language = i18n.language()
        for s in sorted(service.directory.services(), key=lambda s: s.name_in(kit_language)):
            name = s.name_in(kit_language)
            item = QListWidgetItem(f"{name} — {s.description}" if s.description else name)
            item.setData(Qt.ItemDataRole.UserRole, s.id)
            if name != s.name:  # what partners reading the default text see
                item.setToolTip(s.name)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.services.addItem(item)
        self.services.itemChanged.connect(self._services_changed)
        self.title = QLineEdit()
        self.title.textChanged.connect(self._title_changed)
        start = now().replace(second=0, microsecond=0)
        # typed, not a spin box: "05:30", "1.12.2026 5:30" — what the officer types counts
        self.detected = QLineEdit(_typed(start))
        example = self.tr(
            "e.g. 05:30 (today), yesterday 23:10, 1.12.2026 05:30 or 2026-12-01 05:30; add "
            "UTC for UTC"
        )
        self.detected.setToolTip(example)
        self.detected.textChanged.connect(lambda _text: self._times_changed())
        self.detected_note = still_note(NOTE_LINES)
        self.detected_problem = ""
        tomorrow = (start.astimezone() + timedelta(days=1)).replace(hour=1, minute=0)
        # typed like "Detected at" ("jutro 01:00", "1.12.2026 01:00"), read under them
        self.window_start = QLineEdit(_typed(tomorrow))
        self.window_end = QLineEdit(_typed(tomorrow + timedelta(hours=2)))
        self.window_problem = ""
        # (a refusal under Window end moved the plan's rows under the officer's mouse)
        self.window_note = still_note(NOTE_LINES)
        for edit in (self.window_start, self.window_end):
            edit.setToolTip(example)
            edit.textChanged.connect(lambda _text: self._times_changed())
        form = QFormLayout()
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&Title in English"), self.title)
        # the kit's rule (app/incidents/titles.py): this is the English title; a language's
        # own goes on its tab in the next step
        self.title.setToolTip(
            self.tr(
                "Every partner reads this title unless their language's tab in the next step "
                "gives their own; where English is not their language it is marked as English."
            )
        )
        form.addRow(self.tr("&Detected at"), self.detected)
        form.addRow("", self.detected_note)
        form.addRow(self.tr("Window &start"), self.window_start)
        form.addRow(self.tr("Window &end"), self.window_end)
        form.addRow("", self.window_note)
        self._plan_rows(form)
        left = QVBoxLayout()
        services_label = QLabel(self.tr("Affected &services (Space ticks):"))
        services_label.setBuddy(self.services)
        left.addWidget(services_label)
        left.addWidget(self.services, 1)
        left.addLayout(form)
        self.groups = QListWidget()
        self.groups.itemChanged.connect(self._groups_changed)
        self.audience = QLabel()
        self.audience.setWordWrap(True)
        self.recipients = QListWidget()
        right_box = QGroupBox(
            self.tr("Who hears about it (proposed from the routing rule; editable)")
        )
        right = QVBoxLayout(right_box)
        right.addWidget(self.groups)
        right.addWidget(self.audience)
        right.addWidget(self.recipients, 1)
        page = QWidget()
        row = QHBoxLayout(page)
        row.addLayout(left, 1)
        row.addWidget(right_box, 1)
        return page

    def _plan_rows(self, form: QFormLayout) -> None:
        """Planned work: when it is announced, the reminders, the "work started" notice."""
        self.announce_days = SpinBox()
        self.announce_days.setRange(0, 60)
        self.announce_days.setSpecialValueText(self.tr("at once"))
        self.announce_days.setSuffix(self.tr(" day(s) before"))
        self.announce_days.setValue(self.flow.announce_days or 0)
        self.announce_days.valueChanged.connect(lambda _v: self._plan_changed())
        self.reminders = QLineEdit(reminders_text(self.flow.reminders))
        self.reminders.setToolTip(self.tr("Before the start, e.g. '72h, 24h, 1h', or 'none'"))
        self.reminders.textChanged.connect(lambda _t: self._plan_changed())
        self.start_notice = QCheckBox(self.tr("Send a 'work started' notice at the start"))
        self.start_notice.toggled.connect(lambda _c: self._plan_changed())
        self.plan_summary = QLabel()
        self.plan_summary.setWordWrap(True)
        self.plan_rows = [
            (self.tr("&Announce"), self.announce_days),
            (self.tr("&Reminders"), self.reminders),
            ("", self.start_notice),
            ("", self.plan_summary),
        ]
        for label, widget in self.plan_rows:
            form.addRow(label, widget)
        self.plan_form = form

    def _plan_changed(self) -> None:
        problems: list[str] = []
        self.flow.announce_days = self.announce_days.value() or None
        try:
            self.flow.reminders = parse_reminders(self.reminders.text())
        except UserError as err:
            problems.append(str(err))
        self.flow.start_notice = self.start_notice.isChecked()
        self._show_plan(problems)
        if not self._restoring:
            self.keeper.changed()

    def _show_plan(self, problems: list[str] | None = None) -> None:
        if problems:
            self.plan_summary.setText(" ".join(problems))
            self.plan_summary.setStyleSheet(PROBLEM_STYLE)
            return
        self.plan_summary.setStyleSheet("")
        lines = [f"{local_text(when)} — {what}" for what, when in self.flow.plan_preview()]
        lines += self.flow.plan_left_out()
        self.plan_summary.setText(
            self.tr("The plan (each notice written and sent at its time):")
            + "\n"
            + "\n".join(lines)
            if lines
            else ""
        )

    def _kind_changed(self) -> None:
        self.flow.kind = str(self.kind.currentData())
        self._tick()
        disaster = self.flow.kind == "disaster"
        self.detected.setEnabled(disaster)
        self.plan_form.setRowVisible(self.detected_note, disaster)
        self.window_start.setEnabled(not disaster)
        self.window_end.setEnabled(not disaster)
        self.plan_form.setRowVisible(self.window_note, not disaster)
        for _label, widget in self.plan_rows:
            self.plan_form.setRowVisible(widget, not disaster)
        self.setWindowTitle(
            self.tr("New disaster notice")
            if disaster
            else self.tr("New planned work (downtime) notice")
        )
        self.fields_hint.setText(
            self.tr(
                "Every notice states the impact, the start time, the actions so far and when the "
                "next update comes at the latest. The kit adds the reference to every subject."
            )
            if disaster
            else self.tr(
                "A planned-work announcement states the maintenance window, the work and its "
                "impact on partners. You write it once: the reminders and the 'work started' "
                "notice are written from it at their time, and the plan says when partners "
                "hear next. Partners get a completion notice when the work is done."
            )
        )
        self._times_changed()
        self._refresh_audience()

    def _services_changed(self) -> None:
        self.flow.set_services(_checked(self.services))
        self._refresh_audience()
        self.keeper.changed()

    def _groups_changed(self) -> None:
        self.flow.groups = _checked(self.groups)
        self._refresh_recipients()
        self.keeper.changed()

    def _title_changed(self, text: str) -> None:
        self.flow.title = text
        self.keeper.changed()

    def _times_changed(self) -> None:
        if self._restoring:
            return  # the editors are being set from the draft: it holds the true times
        self._read_detected()
        self._read_window()
        self._show_plan()
        self.keeper.changed()

    def _read_detected(self) -> None:
        """What the officer typed, read as a person means it; a time the kit cannot read,
        or one still ahead, is said next to the field and holds the wizard (never "now")."""
        self.detected_problem = ""
        if self.flow.kind == "disaster":
            moment = now()
            try:
                typed = read_time(
                    self.detected.text(), what=self.tr("the detection time"), now=moment
                )
            except UserError as err:
                self.detected_problem = str(err)
            else:
                found = detected_problems(typed, moment)
                if found:
                    self.detected_problem = found[0]
                else:
                    self.flow.detected = typed
            # the draft keeps what the field shows: refused text, not the last time taken
            self.flow.detected_typed = self.detected.text() if self.detected_problem else ""
        self.next.setEnabled(not self._page_problem() or self.pages.currentIndex() != 0)
        self._tick()  # the top clock and the note, from the time just typed

    def _read_window(self) -> None:
        """The planned window as typed: each end read like "Detected at" (a bare time looks
        ahead; the end from the start, so "23:00" to "01:30" runs past midnight), said under
        the fields; a time the kit cannot read, or an end not after the start, holds the
        wizard."""
        self.window_problem = ""
        if self.flow.kind != "downtime":
            self.flow.window = None
            self.window_note.setText("")
            return
        moment = now()
        try:
            start = read_time(
                self.window_start.text(),
                what=self.tr("the window's start"),
                now=moment,
                bare="future",
            )
            end = read_time(
                self.window_end.text(),
                what=self.tr("the window's end"),
                now=start,
                bare="future",
            )
            if end <= start:
                raise UserError(
                    self.tr(
                        "The window's end ({end}) is not after its start ({start}). Give the "
                        "end's date too when the work ends another day."
                    ).format(end=said(end, moment), start=said(start, moment))
                )
        except UserError as err:
            self.window_problem = str(err)
            self.window_note.setText(self.window_problem)
            self.window_note.setStyleSheet(NOTE_PROBLEM_STYLE)
        else:
            self.flow.window = (start, end)
            understood = self.tr(
                "Understood: from {start} to {end} — partners read it in their own time zone."
            ).format(start=said(start, moment), end=said(end, moment))
            warning = past_start_warning((start, end), moment)  # "23:00" typed at 23:16
            self.window_note.setStyleSheet(WARNING_STYLE if warning else "")
            self.window_note.setText(f"{understood}\n{warning}" if warning else understood)
        self.next.setEnabled(not self._page_problem() or self.pages.currentIndex() != 0)

    def _page_problem(self) -> str:
        """Why the first page cannot be left: a detection time or a window not readable."""
        return self.detected_problem or self.window_problem

    def _show_detected(self) -> None:
        if self.detected_problem:
            self.detected_note.setText(self.detected_problem)
            self.detected_note.setStyleSheet(NOTE_PROBLEM_STYLE)
            return
        moment = now()
        due = self.flow.detected + timedelta(minutes=self.flow.service.notify_minutes())
        understood = self.tr("Understood: {detected}. Notify partners by {due} ({left}).").format(
            detected=said(self.flow.detected, moment),
            due=said(due, moment),
            left=countdown(due - moment),
        )
        warning = far_past_warning(self.flow.detected, moment)  # a wrong year or month?
        self.detected_note.setStyleSheet(WARNING_STYLE if warning else "")
        self.detected_note.setText(f"{understood}\n{warning}" if warning else understood)

    def _refresh_audience(self) -> None:
        chosen = set(self.flow.chosen_groups())
        self.groups.blockSignals(True)
        self.groups.clear()
        for g in self.flow.service.directory.groups():
            item = QListWidgetItem(g.name_in(i18n.language()))  # the bundle's name.pl
            item.setData(Qt.ItemDataRole.UserRole, g.id)
            item.setToolTip(g.description)
            checked = Qt.CheckState.Checked if g.id in chosen else Qt.CheckState.Unchecked
            item.setCheckState(checked)
            self.groups.addItem(item)
        self.groups.blockSignals(False)
        self.title.setPlaceholderText(
            self.flow.effective_title()
            if self.flow.services
            else self.tr("A short title in English (default: the services you tick)")
        )
        self._refresh_recipients()

    def _refresh_recipients(self) -> None:
        recipients = self.flow.recipients()
        counts = self.flow.language_counts()
        per_language = ", ".join(f"{language_label(lang)} {n}" for lang, n in counts.items())
        self.audience.setText(
            self.tr("<b>%n</b> recipient(s), each once", "", len(recipients))
            + (f" — {per_language}" if per_language else "")
        )
        self.recipients.clear()
        for r in recipients:
            channels = "+".join(channel_word(c) for c in r.channels)
            self.recipients.addItem(f"{r.label}  ({language_label(r.language)}, {channels})")

    # -- page 2: fields -------------------------------------------------------------------

    def _fields_page(self) -> QWidget:
        self.form = FieldsForm()
        self.form.changed.connect(self._fields_changed)
        page = QWidget()
        layout = QVBoxLayout(page)
        self.fields_hint = hint = QLabel()
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self.form)
        layout.addStretch(1)
        return page

    def _fields_changed(self) -> None:
        self.flow.fields.update(self.form.values())
        if self.pages.currentIndex() == 1:  # a time the kit cannot read holds the wizard
            problems = self.form.problems()
            self.next.setEnabled(not problems)
            self._say_problems(problems, [])
        self.keeper.changed()

    # -- page 3: preview ------------------------------------------------------------------

    def _preview_page(self) -> QWidget:
        self.preview = NoticePreview()
        return self.preview

    # -- moving between steps -------------------------------------------------------------

    def _go(self, index: int) -> None:
        current = self.pages.currentIndex()
        if index > current and not self._leave(current):
            return
        index = max(0, min(index, self.pages.count() - 1))
        self.pages.setCurrentIndex(index)
        self.step_label.setText(self.tr(STEPS[index]))
        self.back.setEnabled(index > 0)
        self.next.setEnabled(index != 0 or not self._page_problem())
        self.next.setVisible(index < self.pages.count() - 1)
        self.queue.setVisible(index == self.pages.count() - 1)
        if index == 0:
            self._focus(self.services)
        elif index == 1:
            names = self.flow.field_names()
            self.form.build(
                names,
                self.flow.prefill(),
                self.flow.other_languages(),
                self.flow.effective_title(),
                times=self.flow.time_fields(),
                past=self.flow.past_fields(),
                labels=self.flow.field_labels(names),
            )
            self.next.setEnabled(not self.form.problems())
            target = self.form.first_empty()
            if target is not None:
                self._focus(target)
        else:
            composition = self.flow.composition()
            self.preview.show_composition(composition)
            later = self.flow.announce_time()
            if later is not None:
                self.problems.setText(
                    self.tr(
                        "Queue opens the planned work; the announcement is written and sent "
                        "{0} (what you see is how it reads now)."
                    ).format(local_text(later))
                )
            self.queue.setEnabled(composition.ok)
            self.queue.setDefault(composition.ok)
            if composition.ok:
                self._focus(self.queue)
        self.next.setDefault(index < self.pages.count() - 1)

    def _focus(self, widget: QWidget) -> None:
        """The keyboard goes where the officer types next; deferred, because a page just
        switched to (or a dialog just opened) is shown only by the event loop."""
        self._focus_target = widget
        widget.setFocus()
        QTimer.singleShot(0, lambda: widget.setFocus() if widget.isVisible() else None)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        target = getattr(self, "_focus_target", None)
        if target is not None:
            QTimer.singleShot(0, target.setFocus)

    def _say_problems(self, beside: list[str], others: list[str]) -> None:
        """The footer says what holds the wizard once: a field's problem is said beside the
        field (not again here), the footer points to it; the rest it says itself."""
        said = list(others)
        if beside:
            said.insert(0, self.tr("Correct what is marked in red above to go on."))
        self.problems.setText("\n".join(said))

    def _leave(self, page: int) -> bool:
        problems: list[str] = []
        beside: list[str] = []  # said under their fields
        if page == 0:
            beside = [p for p in (self.detected_problem, self.window_problem) if p]
            problems = self.flow.audience_problems()
            if self.flow.kind == "downtime":
                try:
                    parse_reminders(self.reminders.text())
                except UserError as err:
                    problems.append(str(err))
            if not problems and not beside:
                try:
                    self.flow.draft()
                except UserError as err:
                    problems = [str(err)]
        elif page == 1:
            self._fields_changed()
            beside = self.form.problems()
        self._say_problems(beside, problems)
        return not problems and not beside

    def composition_now(self) -> Composition:
        """The notice as the preview shows it (a read-only kit hands it out: `hand_out`)."""
        return self.flow.composition()

    def _queue(self) -> None:
        try:
            self.result_ = self.flow.queue()
        except UserError as err:
            self.problems.setText(str(err))
            return
        except Exception as err:
            show_error(self, err)
            return
        self.accept()

    def _tick(self) -> None:
        if self.flow.kind != "disaster":
            self.clock.setText("")
            return
        self._show_detected()
        if self.detected_problem:  # no deadline from a time the kit could not take
            self.clock.setText(self.tr("notify-by: give when it was detected"))
            self.clock.setStyleSheet("font-size: 13pt; font-weight: bold; color: #b00020;")
            return
        due = self.flow.detected + timedelta(minutes=self.flow.service.notify_minutes())
        left = due - now()
        self.clock.setText(
            self.tr("notify partners by {time}  ({left})").format(
                time=due.astimezone().strftime("%H:%M"), left=countdown(left)
            )
        )
        self.clock.setStyleSheet(
            "font-size: 13pt; font-weight: bold;"
            + (" color: #b00020;" if left.total_seconds() < 300 else "")
        )

    def done(self, result: int) -> None:
        self.timer.stop()
        self.keeper.stop()
        super().done(result)
