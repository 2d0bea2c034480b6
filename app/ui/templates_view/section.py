"""Templates: viewer and editor with live lint and preview; a local edit is stored in the
`templates` table with origin 'local' (audited) and overrides the shipped default.

The lint runs ~300 ms after the last keystroke, off the GUI thread, through the same bounded
check `bundle build` / `bundle import` and Save use (`check_template`): a template that would
loop or build a huge value is stopped by the render bounds with the reason while the window
stays usable, and Save stays off until the text on screen has passed that check."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.i18n import Words
from app.incidents.compose import CHANNEL_NAMES
from app.kit import Kit
from app.notices.catalog import CatalogTemplate, Key, TemplateCatalog
from app.notices.check import check_template
from app.notices.lint import listed_fields, template_fields
from app.notices.sample import sample_preview
from app.ui import tasks
from app.ui.elided import ElidedLabel
from app.ui.errors import show_error
from app.ui.flow_layout import FlowLayout
from app.ui.incidents.preview import OK_STYLE, PROBLEM_STYLE
from app.ui.section import Section


@dataclass(frozen=True)
class _Checked:
    generation: int
    source: str
    problems: list[str]
    fields: list[str]
    preview: str


class TemplatesSection(Section):
    title = "Templates"

    def __init__(self, kit: Kit, parent: QWidget | None = None) -> None:
        super().__init__(kit, parent)
        self.catalog = TemplateCatalog(conn=kit.store.conn, audit=kit.audit)
        self.current: CatalogTemplate | None = None
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(300)
        #: counts checks; a result for an older text (or template) is dropped
        self.generation = 0
        #: the text that passed the check last, the only text Save stores
        self.clean_source: str | None = None
        # saved while switching templates: the list is rebuilt after the switch
        self._stale = False
        # the busy dialog while Save on leaving checks the text
        self.save_dialog: QProgressDialog | None = None
        self.debounce.timeout.connect(self.check)
        self.list = QListWidget()
        self.list.currentItemChanged.connect(self._switching)
        self.editor = QPlainTextEdit()
        self.editor.setFont(QFont("monospace"))
        self.editor.setTabChangesFocus(True)
        self.editor.textChanged.connect(lambda: self.debounce.start())
        self.lint = QLabel()
        self.lint.setWordWrap(True)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setFont(QFont("monospace"))
        self.save_button = QPushButton(self.tr("&Save as local edit"))
        self.save_button.clicked.connect(lambda: self.save())
        self.revert_button = QPushButton(self.tr("Re&vert unsaved changes"))
        self.revert_button.clicked.connect(self._revert)
        self.remove_button = QPushButton(self.tr("&Remove local edit"))
        self.remove_button.setToolTip(self.tr("Use the shipped (or bundle) template again"))
        self.remove_button.clicked.connect(self.remove_local)
        self.origin = ElidedLabel()  # a long path is cut with "…", whole in its tooltip
        # the buttons flow onto a second line in a narrow pane (1024×600, Polish), never
        # past its right edge
        buttons_row = QWidget()
        buttons = FlowLayout(buttons_row)
        for button in (self.revert_button, self.remove_button, self.save_button):
            buttons.addWidget(button)
        editor_box = QWidget()
        editor_layout = QVBoxLayout(editor_box)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_label = QLabel(
            self.tr("&Template source (first line 'Subject: …', a blank line, the body)")
        )
        editor_label.setWordWrap(True)
        editor_label.setBuddy(self.editor)
        editor_layout.addWidget(editor_label)
        editor_layout.addWidget(self.editor, 3)
        editor_layout.addWidget(self.lint)
        editor_layout.addWidget(self.origin)
        editor_layout.addWidget(buttons_row)
        editor_layout.addWidget(QLabel(self.tr("Preview with sample values:")))
        editor_layout.addWidget(self.preview, 2)
        # the names stay readable: the list never gets narrower than its minimum, the
        # editor takes what a wider window adds
        self.list.setMinimumWidth(self.list.fontMetrics().horizontalAdvance("x" * 24))
        for widget in (self.editor, self.preview):
            widget.setMinimumWidth(self.editor.fontMetrics().horizontalAdvance("x" * 32))
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.list)
        split.addWidget(editor_box)
        split.setCollapsible(0, False)
        split.setCollapsible(1, False)
        split.setStretchFactor(1, 1)
        split.setSizes([300, 700])
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.reload()

    def shown(self) -> None:
        if not self.unsaved():  # never drop typed text on a second click of the section
            self.reload()

    def unsaved(self) -> bool:
        """True while the editor holds text that differs from the stored template."""
        return self.current is not None and self.editor.toPlainText() != self.current.source

    def may_leave(self) -> bool:
        """Before another template, another section or closing: with unsaved changes, ask
        Save / Discard / Cancel. False (stay here, text kept) on Cancel or when the text
        does not pass the check; Discard puts the stored text back."""
        if not self.unsaved():
            return True
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unsaved template"),
            self.tr("The template you are editing has unsaved changes. Save them?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Discard:
            self._revert()
            return True
        if answer == QMessageBox.StandardButton.Save:
            return self._save_now()
        return False

    def _save_now(self) -> bool:
        """Save the text on screen, checking it here first when the background check has
        not passed it yet; problems are shown and nothing is stored."""
        assert self.current is not None
        source = self.editor.toPlainText()
        if source != self.clean_source:
            problems = self._check_before_saving(source, self.current.key)
            if problems is None:
                return False  # the officer stopped waiting: the text stays, unsaved
            if problems:
                show_error(
                    self,
                    UserError(
                        self.tr(
                            "The template was not saved: {problems}\n"
                            "Correct it, or choose Discard to leave it."
                        ).format(problems="; ".join(problems))
                    ),
                )
                self.check()
                return False
            self.clean_source = source
        if not self.save(reload=False):
            return False
        self._stale = True
        return True

    def _check_before_saving(self, source: str, key: Key) -> list[str] | None:
        """The bounded check of `source` on a worker thread, under a busy dialog (a looping
        template takes the whole time bound) while the window keeps answering; its
        problems, or None when the officer chose Cancel."""
        stage = self.catalog.stage_sources(key[0], key[1])
        dialog = QProgressDialog(
            self.tr("Checking the template before saving it…"), self.tr("Cancel"), 0, 0, self
        )
        dialog.setWindowTitle(self.tr("Unsaved template"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        self.save_dialog = dialog
        waiting = QEventLoop()
        outcome: list[list[str]] = []

        def done(problems: list[str]) -> None:
            outcome.append(problems)
            waiting.quit()

        def failed(error: BaseException) -> None:
            done([self.tr("the template could not be checked: {error}").format(error=error)])

        dialog.canceled.connect(waiting.quit)
        work = tasks.Task(
            lambda _progress, _token: check_template(source, key, stage),
            on_done=done,
            on_error=failed,
        )
        tasks.start(work)
        dialog.show()
        waiting.exec()
        dialog.close()
        dialog.deleteLater()
        self.save_dialog = None
        return outcome[0] if outcome else None

    def _revert(self) -> None:
        self.debounce.stop()
        if self.current is not None:
            self.editor.blockSignals(True)
            self.editor.setPlainText(self.current.source)
            self.editor.blockSignals(False)
            self.check()

    def _switching(self, item: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        if previous is not None and not self.may_leave():
            self.list.blockSignals(True)
            self.list.setCurrentItem(previous)
            self.list.blockSignals(False)
            return
        self._selected(item)
        if self._stale:
            # a save while switching: the list shows the old origin of the template left;
            # rebuilt once Qt has finished changing the current item
            self._stale = False
            QTimer.singleShot(0, self.reload)

    def reload(self) -> None:
        key = self.current.key if self.current else None
        self.list.blockSignals(True)
        self.list.clear()
        chosen: QListWidgetItem | None = None
        for entry in self.catalog.all():
            label = (
                f"{Words.tr(entry.kind)} {Words.tr(entry.stage)} {entry.language} "
                f"{Words.tr(CHANNEL_NAMES[entry.channel])} ({Words.tr(entry.origin)})"
            )
            item = QListWidgetItem(label)
            item.setToolTip(label)  # cut in a narrow list: whole here
            item.setData(Qt.ItemDataRole.UserRole, entry)
            self.list.addItem(item)
            if chosen is None or entry.key == key:
                chosen = item
        self.list.blockSignals(False)
        if chosen is not None:
            self.list.setCurrentItem(chosen)
            self._selected(chosen)

    def _selected(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        entry = item.data(Qt.ItemDataRole.UserRole)
        assert isinstance(entry, CatalogTemplate)
        self.current = entry
        self.editor.blockSignals(True)
        self.editor.setPlainText(entry.source)
        self.editor.blockSignals(False)
        self.origin.setText(f"{entry.path} — {Words.tr(entry.origin)}")
        self.check()

    def check(self) -> None:
        """Start the bounded check of the text on screen; `_checked` shows its result."""
        self.debounce.stop()
        if self.current is None:
            return
        self.generation += 1
        self.clean_source = None
        source = self.editor.toPlainText()
        changed = source != self.current.source
        self.save_button.setEnabled(False)
        self.revert_button.setEnabled(changed)
        self.remove_button.setEnabled(self.current.origin == "local" and not changed)
        self.lint.setText(self.tr("Checking the template…"))
        self.lint.setStyleSheet("")
        generation, kind, channel = self.generation, self.current.kind, self.current.channel
        key = self.current.key
        # the stage's other languages: an edit must ask the same fields (as bundle build)
        stage = self.catalog.stage_sources(self.current.kind, self.current.stage)

        def work(progress: object, token: tasks.CancelToken) -> _Checked:
            problems = check_template(source, key, stage)
            preview = "" if problems else sample_preview(source, kind=kind, channel=channel)
            return _Checked(generation, source, problems, sorted(template_fields(source)), preview)

        tasks.start(tasks.Task(work, on_done=self._checked, on_error=self._check_failed))

    def _checked(self, result: _Checked) -> None:
        if result.generation != self.generation or self.current is None:
            return  # the text changed since: a newer check is on its way
        listed = listed_fields(result.fields) or self.tr("none")
        if result.problems:
            self.lint.setText(
                "✖ "
                + "\n✖ ".join(result.problems)
                + self.tr("\nFields: {listed}").format(listed=listed)
            )
            self.lint.setStyleSheet(PROBLEM_STYLE)
        else:
            self.lint.setText(
                self.tr("✔ No problems. Fields this template needs: {listed}").format(listed=listed)
            )
            self.lint.setStyleSheet(OK_STYLE)
            self.clean_source = result.source
        changed = result.source != self.current.source
        self.save_button.setEnabled(changed and not result.problems)
        self.preview.setPlainText(result.preview)

    def _check_failed(self, error: BaseException) -> None:
        self.lint.setText(
            self.tr("✖ The template could not be checked: {error}").format(error=error)
        )
        self.lint.setStyleSheet(PROBLEM_STYLE)
        self.preview.setPlainText("")

    def save(self, reload: bool = True) -> bool:
        """Store the checked text as a local edit; False when nothing was stored."""
        if self.current is None or self.editor.toPlainText() != self.clean_source:
            return False  # Save is off until the text on screen has passed the check
        try:
            self.catalog.save_local(
                self.current.kind,
                self.current.stage,
                self.current.language,
                self.current.channel,
                self.editor.toPlainText(),
            )
        except UserError as err:
            show_error(self, err)
            return False
        if reload:
            self.reload()
        return True

    def remove_local(self) -> None:
        if self.current is None:
            return
        c = self.current
        back = self.catalog.after_reset(c.kind, c.stage, c.language, c.channel)
        if back is not None and back.key == c.key:
            comes_back = self.tr("The {origin} template comes back: {path}.").format(
                origin=Words.tr(back.origin), path=back.path
            )
        elif back is not None:
            comes_back = self.tr(
                "There is no {origin} template of its own for this language: {language} "
                "partners then get {path}."
            ).format(origin=Words.tr(back.origin), language=c.language, path=back.path)
        else:
            comes_back = self.tr("No template is left for this language.")
        if self.catalog.bundle_text_lost(c.kind, c.stage, c.language, c.channel):
            comes_back += "\n\n" + self.tr(
                "The bundle's own text of it is not on this kit (an older version of the kit "
                "replaced it with the local edit). Importing the same bundle again puts it back."
            )
        answer = QMessageBox.question(
            self,
            self.tr("Remove local edit"),
            self.tr("Remove the local edit of {path}? It cannot be undone.").format(path=c.path)
            + "\n\n"
            + comes_back,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.catalog.remove_local(c.kind, c.stage, c.language, c.channel)
        self.reload()
