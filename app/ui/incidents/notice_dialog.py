"""A follow-up notice (update, resolution, completion, cancellation): fields beside a live
preview of what each language's partners get, earlier notices quoted below."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.i18n import language as kit_language
from app.incidents.compose import NEXT_UPDATE, Composition
from app.incidents.drafts import Drafts
from app.incidents.flow import FollowUpFlow
from app.incidents.model import Incident, Notice, stage_label
from app.incidents.service import IncidentService, Queued
from app.ui.errors import show_error
from app.ui.incidents.draft_keeper import DraftKeeper
from app.ui.incidents.fields_form import FieldsForm
from app.ui.incidents.preview import PROBLEM_STYLE, NoticePreview
from app.ui.screen import fit_to_screen


class FollowUpDialog(QDialog):
    def __init__(
        self,
        service: IncidentService,
        incident: Incident,
        stage: str,
        parent: QWidget | None = None,
        *,
        replacing: Notice | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            f"{stage_label(stage, incident.kind)} — {incident.reference} {incident.title}"
        )
        fit_to_screen(self, 1100, 680)
        self.flow = FollowUpFlow(service=service, incident=incident, stage=stage)
        self.queued: Queued | None = None
        self.keeper = DraftKeeper(
            self, Drafts(service.conn), lambda: self.flow.scope, self.flow.to_draft
        )
        kept = self.keeper.kept()
        if kept:
            self.flow.restore(kept)
        if replacing is not None:  # the held notice again, with a new promise
            self.flow.replacing = replacing.id
            self.flow.fields = {k: v for k, v in replacing.fields.items() if k != NEXT_UPDATE}
        intro = (
            self.tr(
                "<b>{stage}</b> for {reference}, which was opened without one: no partner "
                "has been told yet. It goes to the incident's groups ticked below."
            )
            if stage == "initial"
            else self.tr(
                "<b>{stage}</b> for {reference}. It goes to everyone who heard about this "
                "planned work, with the earlier notices quoted below it."
            )
            if incident.kind == "downtime"
            else self.tr(
                "<b>{stage}</b> for {reference}. It goes to everyone who heard about this "
                "incident, with the earlier notices quoted below it."
            )
        )
        heading = QLabel(
            intro.format(stage=stage_label(stage, incident.kind), reference=incident.reference)
            + (self.tr(" <i>Resumed the draft you had not queued yet.</i>") if kept else "")
            + (
                self.tr(" <b>It re-issues the held notice with a new promise; check the time.</b>")
                if replacing is not None
                else ""
            )
        )
        heading.setWordWrap(True)
        self.form = FieldsForm()
        self.flow.prefill_titles()
        names = self.flow.field_names()
        self.form.build(
            names,
            self.flow.prefill(),
            self.flow.other_languages(),
            self.flow.incident.title,
            times=self.flow.time_fields(),
            past=self.flow.past_fields(),
            english_title=self.flow.english_title(),
            labels=self.flow.field_labels(names),
        )
        self.form.changed.connect(self._schedule)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        self.groups = self._groups_list(incident)
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.addWidget(self.form)
        groups_label = QLabel(
            self.tr(
                "&Groups: everyone who heard before hears this too; tick more groups to add them."
            )
        )
        groups_label.setWordWrap(True)
        groups_label.setBuddy(self.groups)
        holder_layout.addWidget(groups_label)
        holder_layout.addWidget(self.groups)
        holder_layout.addStretch(1)
        scroll.setWidget(holder)
        self.preview = NoticePreview()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(PROBLEM_STYLE)
        self.queue = QPushButton(
            self.tr("&Queue {lower}").format(lower=stage_label(stage, incident.kind).lower())
        )
        self.queue.clicked.connect(self._queue)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        body = QHBoxLayout()
        body.addWidget(scroll, 2)
        body.addWidget(self.preview, 3)
        buttons = QHBoxLayout()
        buttons.addWidget(cancel)
        buttons.addStretch(1)
        buttons.addWidget(self.queue)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(body, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        # Rendering every language on each key press would lag with big audiences.
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(250)
        self.debounce.timeout.connect(self.refresh)
        self.refresh()
        self.keeper.start()
        self.first = self.form.first_empty()
        if self.first is not None:
            self.first.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        first = self.first
        if first is not None:  # the dialog is shown by the event loop: focus it then
            QTimer.singleShot(0, lambda: first.setFocus() if first.isVisible() else None)

    def reject(self) -> None:
        """Esc or Cancel: a changed notice is kept as a draft or discarded, never lost."""
        self.flow.fields.update(self.form.values())
        self.keeper.leave(super().reject)

    def _groups_list(self, incident: Incident) -> QListWidget:
        groups = QListWidget()
        for g in self.flow.service.directory.groups():
            item = QListWidgetItem(g.name_in(kit_language()))  # the bundle's name.pl
            item.setData(Qt.ItemDataRole.UserRole, g.id)
            if g.id in incident.groups:
                # already told: cannot be unticked (no silent removals)
                item.setCheckState(Qt.CheckState.Checked)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
                item.setToolTip(
                    self.tr("One of the incident's groups")
                    if self.flow.stage == "initial"
                    else self.tr("Already hears about this incident")
                )
            else:
                wanted = g.id in self.flow.add_groups  # ticked in a kept draft
                item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
            groups.addItem(item)
        groups.setMaximumHeight(110)
        groups.itemChanged.connect(self._groups_changed)
        return groups

    def _groups_changed(self) -> None:
        added = []
        for index in range(self.groups.count()):
            item = self.groups.item(index)
            group = str(item.data(Qt.ItemDataRole.UserRole))
            if (
                item.checkState() == Qt.CheckState.Checked
                and group not in self.flow.incident.groups
            ):
                added.append(group)
        self.flow.add_groups = added
        self._schedule()

    def done(self, result: int) -> None:
        self.debounce.stop()  # no render after the dialog is gone (or the kit locked)
        self.keeper.stop()
        super().done(result)

    def _schedule(self) -> None:
        self.flow.fields.update(self.form.values())
        self.keeper.changed()
        self.debounce.start()

    def refresh(self) -> None:
        self.flow.fields.update(self.form.values())
        composition = self.flow.composition()
        self.preview.show_composition(composition)
        self.queue.setEnabled(composition.ok)
        self.queue.setDefault(composition.ok)

    def composition_now(self) -> Composition:
        """The notice as typed now (a read-only kit hands it out: `hand_out`)."""
        self.flow.fields.update(self.form.values())
        return self.flow.composition()

    def _queue(self) -> None:
        self.refresh()
        try:
            self.queued = self.flow.queue()
        except UserError as err:
            self.error.setText(str(err))
            return
        except Exception as err:
            show_error(self, err)
            return
        self.accept()
