"""Re-issue a notice's held copies: which partners and channels get it again, and the promise
it will carry (planned work: the plan's next notice; an outage: a new time the officer types).
One button; nothing is queued until it is pressed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.delivery.probe import PathProbe
from app.errors import UserError
from app.incidents.model import Incident
from app.incidents.reissue import HeldCopies, reissue
from app.incidents.service import IncidentService, Queued
from app.timefmt import now
from app.ui.errors import show_error
from app.ui.incidents.schedule_dialogs import button_row, problem_label
from app.ui.language import local_text
from app.ui.screen import fit_to_screen


class ReissueDialog(QDialog):
    def __init__(
        self,
        service: IncidentService,
        incident: Incident,
        held: HeldCopies,
        parent: QWidget | None = None,
        *,
        modem_down: PathProbe | None = None,
    ) -> None:
        """`modem_down`: the modem's last probe, when it failed (the Outbox's light is red)."""
        super().__init__(parent)
        self.service = service
        self.incident = incident
        self.held = held
        self.queued: Queued | None = None
        self.setWindowTitle(self.tr("Re-issue held copies — {0}").format(incident.reference))
        who = sorted({p.organisation for p in held.partners})
        heading = QLabel(
            self._again(held.notice.stage, incident.kind, len(held.partners)).format(
                who=", ".join(who)
            )
        )
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setWordWrap(True)
        self.promise = QLineEdit()
        form = QFormLayout()
        planned = incident.kind == "downtime"
        if planned:
            next_due = service.planned_promise(incident, now())
            self.promise.setVisible(False)
            said = (
                self.tr("The plan's next notice: {0}").format(local_text(next_due))
                if next_due is not None
                else self.tr("none: the window has ended (extend it or send the completion)")
            )
            form.addRow(self.tr("Promised next notice"), QLabel(said))
        else:
            self.promise.setPlaceholderText(self.tr("e.g. 04:30 or 2026-03-15 04:30"))
            form.addRow(self.tr("New &promised update (local time)"), self.promise)
        self.problems = problem_label()
        self.modem_warning = QLabel()
        self.modem_warning.setWordWrap(True)
        self.modem_warning.setTextFormat(Qt.TextFormat.PlainText)
        self.modem_warning.setVisible(modem_down is not None and "sms" in held.channels())
        if modem_down is not None:
            self.modem_warning.setText(
                self.tr(
                    "⚠ The SMS modem ({path}) failed its last check: {detail}. "
                    "Re-issued SMS copies wait in the outbox until it does; check its cable "
                    "and SIM (Outbox → Delivery paths → Probe now) first, or text those partners "
                    "from another phone and record it (Told another way…)."
                ).format(path=modem_down.name, detail=modem_down.summary)
            )
        self.ok = QPushButton(self.tr("&Re-issue"))
        self.cancel = QPushButton(self.tr("Cancel"))
        self.ok.clicked.connect(self._reissue)
        self.cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.modem_warning)
        layout.addWidget(self.problems)
        layout.addLayout(button_row(self.ok, self.cancel))
        fit_to_screen(self, 560, 240)
        (self.ok if planned else self.promise).setFocus()

    def _again(self, stage: str, kind: str, partners: int) -> str:
        """What goes out, one whole sentence per stage (planned work's initial notice is its
        announcement): a language that inflects says each in its own grammar ("Aktualizacja
        … napisana", "Powiadomienie wstępne … napisane")."""
        if kind == "downtime" and stage == "initial":
            return self.tr(
                "The announcement again, written now, to the %n partner(s) whose copies "
                "were held, on the same channels only: {who}.",
                "",
                partners,
            )
        sentences = {
            "initial": lambda: self.tr(
                "The initial notice again, written now, to the %n partner(s) whose copies "
                "were held, on the same channels only: {who}.",
                "",
                partners,
            ),
            "update": lambda: self.tr(
                "The update again, written now, to the %n partner(s) whose copies were held, "
                "on the same channels only: {who}.",
                "",
                partners,
            ),
            "resolved": lambda: self.tr(
                "The resolution notice again, written now, to the %n partner(s) whose copies "
                "were held, on the same channels only: {who}.",
                "",
                partners,
            ),
            "completed": lambda: self.tr(
                "The completion notice again, written now, to the %n partner(s) whose copies "
                "were held, on the same channels only: {who}.",
                "",
                partners,
            ),
            "cancelled": lambda: self.tr(
                "The cancellation notice again, written now, to the %n partner(s) whose "
                "copies were held, on the same channels only: {who}.",
                "",
                partners,
            ),
        }
        return sentences.get(stage, sentences["update"])()

    def _reissue(self) -> None:
        try:
            self.queued = reissue(
                self.service,
                self.incident,
                self.held.notice.id,
                next_update=self.promise.text(),
                window=True,
            )
        except UserError as err:
            self.problems.setText(str(err))
            return
        except Exception as err:
            show_error(self, err)
            return
        self.accept()
