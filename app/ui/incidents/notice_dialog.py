"""A follow-up notice (update, resolution, completion, cancellation): fields beside a live
preview of what each language's partners get, earlier notices quoted below."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
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
from app.incidents.flow import FollowUpFlow
from app.incidents.model import STAGE_LABELS, Incident
from app.incidents.service import IncidentService, Queued
from app.ui.errors import show_error
from app.ui.incidents.fields_form import FieldsForm
from app.ui.incidents.preview import PROBLEM_STYLE, NoticePreview


class FollowUpDialog(QDialog):
    def __init__(
        self,
        service: IncidentService,
        incident: Incident,
        stage: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"{STAGE_LABELS[stage]} — {incident.reference} {incident.title}")
        self.resize(1100, 680)
        self.flow = FollowUpFlow(service=service, incident=incident, stage=stage)
        self.queued: Queued | None = None
        heading = QLabel(
            f"<b>{STAGE_LABELS[stage]}</b> for {incident.reference}. It goes to everyone who "
            "heard about this incident, with the earlier notices quoted below it."
        )
        heading.setWordWrap(True)
        self.form = FieldsForm()
        self.form.build(self.flow.field_names(), self.flow.prefill())
        self.form.changed.connect(self._schedule)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        self.groups = self._groups_list(incident)
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.addWidget(self.form)
        groups_label = QLabel(
            "&Groups: everyone who heard before hears this too; tick more groups to add them."
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
        self.queue = QPushButton(f"&Queue {STAGE_LABELS[stage].lower()}")
        self.queue.clicked.connect(self._queue)
        cancel = QPushButton("Cancel")
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
        first = self.form.first_empty()
        if first is not None:
            first.setFocus()

    def _groups_list(self, incident: Incident) -> QListWidget:
        groups = QListWidget()
        for g in self.flow.service.directory.groups():
            item = QListWidgetItem(g.name)
            item.setData(Qt.ItemDataRole.UserRole, g.id)
            if g.id in incident.groups:
                # already told: cannot be unticked (no silent removals)
                item.setCheckState(Qt.CheckState.Checked)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
                item.setToolTip("Already hears about this incident")
            else:
                item.setCheckState(Qt.CheckState.Unchecked)
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
        super().done(result)

    def _schedule(self) -> None:
        self.debounce.start()

    def refresh(self) -> None:
        self.flow.fields.update(self.form.values())
        composition = self.flow.composition()
        self.preview.show_composition(composition)
        self.queue.setEnabled(composition.ok)
        self.queue.setDefault(composition.ok)

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
