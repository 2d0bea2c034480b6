"""Planned work's dialogs: extend the window (one step: the new end, an update telling
partners), move it before it opens, and decide what to do with planned notices missed
while the kit was not running (send now with the times written now, or skip with a
reason). Nothing late is ever sent without the officer's say."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import i18n
from app.errors import UserError
from app.incidents.model import Incident
from app.incidents.plan import PlannedNotice, left_out, parse_reminders, reminders_text
from app.incidents.plan_text import PROGRESS, extension_fields, move_fields
from app.incidents.rules import parse_promise
from app.incidents.schedule import Schedule
from app.incidents.service import Queued
from app.incidents.window_change import WindowChanges
from app.localfmt import wall_text
from app.notices.languages import PRIMARY, is_primary, key
from app.notices.localtime import localize
from app.timefmt import now
from app.ui.errors import show_error
from app.ui.incidents.fields_form import FieldsForm
from app.ui.incidents.preview import PROBLEM_STYLE
from app.ui.language import language_label, local_text
from app.ui.screen import fit_to_screen

# the officer's words' field in the dialogs' form (its tabs' keys: 'words.pl', …)
WORDS = "words"


def _typed_time(text: str) -> datetime:
    """'04:30' (the next such time) or '2026-03-15 04:30' (local), ISO 8601 with a zone."""
    return parse_promise(text, now=now())


def problem_label() -> QLabel:
    """Where a dialog says what is wrong, in red, wrapped."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(PROBLEM_STYLE)
    return label


def button_row(ok: QPushButton, cancel: QPushButton) -> QHBoxLayout:
    """Cancel on the left, the action on the right."""
    row = QHBoxLayout()
    row.addWidget(cancel)
    row.addStretch(1)
    row.addWidget(ok)
    return row


Times = tuple[datetime, ...]


@dataclass(frozen=True)
class WindowChange:
    """What one kind of change says and does: the times typed (or the problems), what
    partners will read, and the change itself."""

    typed: Callable[[], tuple[Times | None, list[str]]]
    partners_read: Callable[[Times], dict[str, str] | None]
    apply: Callable[[Times], Queued | None]


class WindowChangeDialog(QDialog):
    """What extending and moving share: the heading, the typed times, what partners will
    read (in the officer's language and local time), the warning when a template drops the
    officer's words, the problems, and one button that changes the window and tells them.
    The strings here are translated in this class's context (lupdate's), found through the
    subclasses by PySide's tr()."""

    def __init__(
        self, schedule: Schedule, incident: Incident, parent: QWidget | None, *, tells: bool
    ) -> None:
        super().__init__(parent)
        self.changes = WindowChanges(schedule)
        self.incident = incident
        self.queued: Queued | None = None
        self.tells = tells  # partners heard of it: they get the change
        # the officer's own words for partners (note, reason): the English text every
        # partner gets, and a tab per other language of the audience for their own
        self.words_form = FieldsForm()
        service = schedule.service
        audience = service.audience(incident) or service.proposed_audience(incident)
        self.languages = sorted({r.language for r in audience if not is_primary(r.language)})

    def _words_editor(self, label: str, placeholder: str) -> QLineEdit:
        """The form of the officer's words, one field; its English (fallback) editor."""
        self.words_form.build([WORDS], {}, self.languages, titled=False, labels={WORDS: label})
        main = self.words_form.editors[WORDS]
        assert isinstance(main, QLineEdit)
        main.setPlaceholderText(placeholder)
        return main

    def words(self) -> dict[str, str]:
        """{language: the officer's words}: English (every language's fallback) and each
        tab's own."""
        found = {PRIMARY: self.words_form.values()[WORDS]}
        for language in self.languages:
            found[language] = self.words_form.values().get(key(WORDS, language), "")
        return found

    def _build(
        self,
        *,
        title: str,
        heading: str,
        rows: list[tuple[str, QLineEdit]],
        ok_text: str,
        size: tuple[int, int],
        change: WindowChange,
    ) -> None:
        self.change = change
        self.setWindowTitle(title)
        label = QLabel(heading)
        label.setWordWrap(True)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.unread = problem_label()  # partners' template will not carry the officer's words
        self.problems = problem_label()
        self.ok = QPushButton(ok_text)
        self.cancel = QPushButton(self.tr("Cancel"))
        self.ok.clicked.connect(self._apply)
        self.cancel.clicked.connect(self.reject)
        form = QFormLayout()
        for text, edit in rows:
            form.addRow(text, edit)
            edit.textChanged.connect(lambda _text: self._check())
        self.words_form.changed.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(form)
        layout.addWidget(self.words_form)
        layout.addWidget(self.preview)
        layout.addWidget(self.unread)
        layout.addWidget(self.problems)
        layout.addLayout(button_row(self.ok, self.cancel))
        fit_to_screen(self, *size)  # the preview reads as partners will
        self._check()
        rows[0][1].setFocus()

    def _check(self) -> None:
        times, problems = self.change.typed()
        self.problems.setText("\n".join(problems))
        self.ok.setEnabled(not problems)
        said = self.change.partners_read(times) if times is not None and not problems else None
        self.preview.setText(
            self.tr("Partners read: {0}").format(_in_officer_words(said)) if said else ""
        )
        words = self.words()
        english_only = [lang for lang in self.languages if not words.get(lang, "").strip()]
        if said and words[PRIMARY].strip() and english_only:
            self.preview.setText(
                self.preview.text()
                + "\n"
                + self.tr(
                    "Without words of their own, the partners who read {0} get the English "
                    "ones (the notice tells them the details are in English)."
                ).format(", ".join(language_label(lang) for lang in english_only))
            )
        unread = self.changes.progress_unread(self.incident, self.words())
        self.unread.setText(unread if self.tells else "")

    def _apply(self) -> None:
        times, problems = self.change.typed()
        if times is None or problems:
            self.problems.setText("\n".join(problems))
            return
        try:
            self.queued = self.change.apply(times)
        except UserError as err:
            self.problems.setText(str(err))
            return
        except Exception as err:
            show_error(self, err)
            return
        self.accept()


def _in_officer_words(fields: dict[str, str]) -> str:
    """The plan's sentence as the officer reads it: in the window's language when the kit
    writes it there, times in this workstation's zone."""
    text = fields.get(key(PROGRESS, i18n.language())) or fields[PROGRESS]
    here = datetime.now().astimezone().tzinfo
    return localize(text, here) if here is not None else text


class ExtendWindowDialog(WindowChangeDialog):
    """The work runs over: a new end, told to everyone who heard of it."""

    def __init__(self, schedule: Schedule, incident: Incident, parent: QWidget | None = None):
        super().__init__(schedule, incident, parent, tells=True)
        assert incident.window_end is not None
        proposed = max(incident.window_end, now()) + timedelta(hours=1)
        self.new_end = QLineEdit(wall_text(proposed.astimezone()))
        self.note = self._words_editor(
            self.tr("&Note"), self.tr("Optional: why, for partners (e.g. 'Index rebuild')")
        )
        self._build(
            title=self.tr("Extend the window — {0}").format(incident.reference),
            heading=self.tr(
                "The window ends {0}. Partners get an update with the new end; the completion "
                "is then due at the new end."
            ).format(local_text(incident.window_end)),
            rows=[(self.tr("New &end (local time)"), self.new_end)],
            ok_text=self.tr("&Extend and tell partners"),
            size=(600, 340),
            change=WindowChange(self._typed, self._partners_read, self._change),
        )

    def _typed(self) -> tuple[Times | None, list[str]]:
        try:
            moment = _typed_time(self.new_end.text())
        except UserError as err:
            return None, [str(err)]
        return (moment,), self.changes.extension_problems(self.incident, moment)

    def _partners_read(self, times: Times) -> dict[str, str] | None:
        assert self.incident.window_end is not None
        return extension_fields(self.incident.window_end, times[0], self.words())

    def _change(self, times: Times) -> Queued | None:
        return self.changes.extend(self.incident, times[0], self.words())


class MoveWindowDialog(WindowChangeDialog):
    """Before the work began: a new window; the plan is made again for it."""

    def __init__(self, schedule: Schedule, incident: Incident, parent: QWidget | None = None):
        announced = any(n.stage == "initial" for n in schedule.service.notices(incident))
        super().__init__(schedule, incident, parent, tells=announced)
        self.announced = announced
        assert incident.window_start is not None and incident.window_end is not None
        self.start = QLineEdit(wall_text(incident.window_start.astimezone()))
        self.end = QLineEdit(wall_text(incident.window_end.astimezone()))
        self.reason = self._words_editor(
            self.tr("&Reason"), self.tr("Why it moves, for partners (e.g. 'vendor delay')")
        )
        self._build(
            title=self.tr("Move the window — {0}").format(incident.reference),
            heading=self.tr(
                "Partners who heard of it get the new window and the reason; the reminders are "
                "planned again for it."
            )
            if self.announced
            else self.tr("Not announced yet: the announcement will say the new window."),
            rows=[
                (self.tr("New &start (local time)"), self.start),
                (self.tr("New &end (local time)"), self.end),
            ],
            ok_text=self.tr("&Move the window"),
            size=(620, 380),
            change=WindowChange(self._typed, self._partners_read, self._change),
        )

    def _typed(self) -> tuple[Times | None, list[str]]:
        try:
            window = (_typed_time(self.start.text()), _typed_time(self.end.text()))
        except UserError as err:
            return None, [str(err)]
        problems = self.changes.move_problems(self.incident, *window, self.words(), self.announced)
        return window, problems

    def _partners_read(self, times: Times) -> dict[str, str] | None:
        if not self.announced:
            return None  # nobody heard of it: the announcement says the new window
        assert self.incident.window_start is not None and self.incident.window_end is not None
        old = (self.incident.window_start, self.incident.window_end)
        return move_fields(old, (times[0], times[1]), self.words())

    def _change(self, times: Times) -> Queued | None:
        return self.changes.move(self.incident, times[0], times[1], self.words())


class PlanDialog(QDialog):
    """Before the work began: other reminders, or a "work started" notice, or none."""

    def __init__(self, schedule: Schedule, incident: Incident, parent: QWidget | None = None):
        super().__init__(parent)
        self.schedule = schedule
        self.incident = incident
        self.queued: Queued | None = None  # changing the plan tells nobody
        config = schedule.plan(incident)
        if config is None:
            raise UserError(self.tr("{0} has no plan.").format(incident.reference))
        self.setWindowTitle(self.tr("Edit the plan — {0}").format(incident.reference))
        self.reminders = QLineEdit(reminders_text(config.reminders))
        self.reminders.setToolTip(self.tr("Before the start, e.g. '72h, 24h, 1h', or 'none'"))
        self.start_notice = QCheckBox(self.tr("Send a 'work started' notice at the start"))
        self.start_notice.setChecked(config.start_notice)
        self.problems = problem_label()
        self.ok = QPushButton(self.tr("&Save the plan"))
        self.cancel = QPushButton(self.tr("Cancel"))
        self.ok.clicked.connect(self._save)
        self.cancel.clicked.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Reminders"), self.reminders)
        form.addRow("", self.start_notice)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addLayout(button_row(self.ok, self.cancel))
        fit_to_screen(self, 520, 200)
        self.reminders.textChanged.connect(lambda _text: self._check())
        self.reminders.setFocus()

    def _check(self) -> tuple[int, ...] | None:
        try:
            found = parse_reminders(self.reminders.text())
        except UserError as err:
            self.problems.setText(str(err))
            self.ok.setEnabled(False)
            return None
        config = self.schedule.plan(self.incident)
        assert config is not None and self.incident.window_start is not None
        skipped = left_out(
            replace(config, reminders=found), self.incident.window_start, moment=now()
        )
        self.problems.setText("\n".join(skipped))  # said, never dropped silently
        self.ok.setEnabled(True)
        return found

    def _save(self) -> None:
        reminders = self._check()
        if reminders is None:
            return
        try:
            self.schedule.edit_plan(
                self.incident, reminders=reminders, start_notice=self.start_notice.isChecked()
            )
        except UserError as err:
            self.problems.setText(str(err))
            return
        except Exception as err:
            show_error(self, err)
            return
        self.accept()


class MissedDialog(QDialog):
    """Planned notices whose time passed while the kit was not running: each is sent now
    (written now, so its times are right) or skipped with a reason. Closing it decides
    nothing; it comes back at the next start and the incident page keeps saying it."""

    #: (reference, messages queued) after "Send now"
    sent = Signal(str, int)

    def __init__(
        self, schedule: Schedule, missed: list[PlannedNotice], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.schedule = schedule
        self.setWindowTitle(self.tr("Planned notices not sent at their time"))
        heading = QLabel(
            self.tr(
                "These planned notices were not sent at their time: Outage Kit was closed or "
                "locked then, or the notice could not be queued (the incident page says why). "
                "Nothing was sent late by itself. Send each now (its times are written now), "
                "or skip it with a reason (kept in the audit log)."
            )
        )
        heading.setWordWrap(True)
        self.list = QListWidget()
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Why skip it (e.g. 'partners were phoned')"))
        self.problems = problem_label()
        self.send_button = QPushButton(self.tr("&Send now"))
        self.skip_button = QPushButton(self.tr("S&kip with this reason"))
        self.later_button = QPushButton(self.tr("Decide &later"))
        self.send_button.clicked.connect(self._send)
        self.skip_button.clicked.connect(self._skip)
        self.later_button.clicked.connect(self.reject)
        reason_row = QFormLayout()
        reason_row.addRow(self.tr("&Reason to skip"), self.reason)
        buttons = QHBoxLayout()
        buttons.addWidget(self.later_button)
        buttons.addStretch(1)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.list, 1)
        layout.addLayout(reason_row)
        layout.addWidget(self.problems)
        layout.addLayout(buttons)
        fit_to_screen(self, 720, 380)
        self._fill(missed)

    def _fill(self, missed: list[PlannedNotice]) -> None:
        self.list.clear()
        for item in missed:
            row = QListWidgetItem(
                self.tr("{0} · {1} — was due {2}").format(
                    item.reference, item.label, local_text(item.due_at)
                )
            )
            row.setData(Qt.ItemDataRole.UserRole, item.id)
            self.list.addItem(row)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.list.setFocus()

    def _chosen(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _after(self) -> None:
        left = self.schedule.missed()
        if not left:
            self.accept()
            return
        self._fill(left)

    def _send(self) -> None:
        chosen = self._chosen()
        if chosen is None:
            return
        try:
            queued = self.schedule.send_now(chosen)
        except UserError as err:
            self.problems.setText(str(err))
            return
        except Exception as err:
            show_error(self, err)
            return
        self.problems.setText("")
        self.sent.emit(queued.composition.incident.reference, queued.messages)
        self._after()

    def _skip(self) -> None:
        chosen = self._chosen()
        if chosen is None:
            return
        try:
            self.schedule.skip(chosen, self.reason.text())
        except UserError as err:
            self.problems.setText(str(err))
            self.reason.setFocus()
            return
        except Exception as err:
            show_error(self, err)
            return
        self.problems.setText("")
        self.reason.clear()
        self._after()
