"""Templates: viewer and editor with live lint and preview; a local edit is stored in the
`templates` table with origin 'local' (audited) and overrides the shipped default."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.i18n import Words
from app.incidents.compose import CHANNEL_NAMES
from app.kit import Kit
from app.notices.catalog import CatalogTemplate, TemplateCatalog
from app.notices.lint import lint_template, template_fields
from app.notices.sample import sample_preview
from app.ui.elided import ElidedLabel
from app.ui.errors import show_error
from app.ui.flow_layout import FlowLayout
from app.ui.incidents.preview import OK_STYLE, PROBLEM_STYLE
from app.ui.section import Section


class TemplatesSection(Section):
    title = "Templates"

    def __init__(self, kit: Kit, parent: QWidget | None = None) -> None:
        super().__init__(kit, parent)
        self.catalog = TemplateCatalog(conn=kit.store.conn, audit=kit.audit)
        self.current: CatalogTemplate | None = None
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(250)
        self.debounce.timeout.connect(self.check)
        self.list = QListWidget()
        self.list.currentItemChanged.connect(self._selected)
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
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Re&vert unsaved changes"))
        self.revert_button.clicked.connect(lambda: self._selected(self.list.currentItem()))
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
        self.reload()

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
        if self.current is None:
            return
        source = self.editor.toPlainText()
        problems = lint_template(source, channel=self.current.channel)
        fields = sorted(template_fields(source))
        listed = ", ".join(fields) or self.tr("none")
        if problems:
            self.lint.setText(
                "✖ " + "\n✖ ".join(problems) + self.tr("\nFields: {listed}").format(listed=listed)
            )
            self.lint.setStyleSheet(PROBLEM_STYLE)
        else:
            self.lint.setText(
                self.tr("✔ No problems. Fields this template needs: {listed}").format(listed=listed)
            )
            self.lint.setStyleSheet(OK_STYLE)
        changed = source != self.current.source
        self.save_button.setEnabled(changed and not problems)
        self.revert_button.setEnabled(changed)
        self.remove_button.setEnabled(self.current.origin == "local" and not changed)
        self.preview.setPlainText(
            sample_preview(source, channel=self.current.channel) if not problems else ""
        )

    def save(self) -> None:
        if self.current is None:
            return
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
            return
        self.reload()

    def remove_local(self) -> None:
        if self.current is None:
            return
        c = self.current
        self.catalog.remove_local(c.kind, c.stage, c.language, c.channel)
        self.reload()
