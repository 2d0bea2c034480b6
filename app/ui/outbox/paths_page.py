"""The officer's delivery paths: order, on/off, profiles, passwords, probe."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.delivery.config import check_sim_pin
from app.delivery.paths import DeliveryPath
from app.delivery.service import Delivery
from app.delivery.transport import steps_text
from app.i18n import Words
from app.ui.errors import show_error
from app.ui.outbox.path_words import kind_name, setting_name, setting_value

if TYPE_CHECKING:  # the probe module loads in the worker that probes
    from app.delivery.probe import PathProbe


class PathsPage(QWidget):
    """Changes go straight to the store (audited); `paths_changed` asks for a new probe."""

    paths_changed = Signal()
    probe_requested = Signal()

    def __init__(self, delivery: Callable[[], Delivery], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._delivery = delivery
        self._probes: dict[str, PathProbe] = {}
        self.list = QListWidget()
        self.list.setStyleSheet(
            "QListWidget { font-size: 11pt; } QListWidget::item { padding: 4px; }"
        )
        self.list.itemChanged.connect(self._toggled)
        self.list.currentRowChanged.connect(lambda _row: self._show_details())
        self.details = QLabel()
        self.details.setTextFormat(Qt.TextFormat.RichText)  # its headings bold, values escaped
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems = QLabel()
        self.problems.setTextFormat(Qt.TextFormat.PlainText)  # the bundle's values as written
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b00020;")

        self.up_button = QPushButton(self.tr("Move &up"))
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button = QPushButton(self.tr("Move &down"))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        add_menu = QMenu(self)
        for kind, label in (
            ("smtp", self.tr("SMTP server…")),
            ("webmail", self.tr("Webmail…")),
            ("modem", self.tr("GSM modem…")),
        ):
            action = add_menu.addAction(label)
            action.triggered.connect(partial(self.add_path, kind))
        self.add_button = QPushButton(self.tr("&Add path"))
        self.add_button.setMenu(add_menu)
        self.password_button = QPushButton(self.tr("Set &password…"))
        self.password_button.clicked.connect(self.set_password)
        self.revert_button = QPushButton(self.tr("Use the &bundle's settings"))
        self.revert_button.clicked.connect(self.revert_selected)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.probe_button = QPushButton(self.tr("&Probe now"))
        self.probe_button.clicked.connect(self.probe_requested.emit)

        buttons = QVBoxLayout()
        for button in (
            self.up_button,
            self.down_button,
            self.edit_button,
            self.add_button,
            self.password_button,
            self.revert_button,
            self.remove_button,
            self.probe_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.list, 1)
        top.addLayout(buttons)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Paths are tried top to bottom; untick one to switch it off. The contact "
                "bundle "
                "defines them; your order and edits here stay when a new bundle arrives."
            )
        )
        intro.setWordWrap(True)  # a longer translation wraps instead of widening the Outbox
        layout.addWidget(intro)
        layout.addLayout(top, 2)
        layout.addWidget(self.problems)
        layout.addWidget(self.details, 1)

    # -- showing -------------------------------------------------------------------------

    def reload(self) -> None:
        delivery = self._delivery()
        current = self.selected_name()
        self.list.blockSignals(True)
        self.list.clear()
        for path in delivery.paths.all():
            item = QListWidgetItem(self._label(path))
            item.setData(Qt.ItemDataRole.UserRole, path.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if path.enabled else Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole + 1, path.enabled)
            self.list.addItem(item)
            if path.name == current:
                self.list.setCurrentItem(item)
        self._mark_probes()  # the last probe's verdict stays visible after a change
        self.list.blockSignals(False)
        problems = delivery.paths.bundle_problems()
        self.problems.setText(
            self.tr("The bundle's delivery.toml has problems (its paths are not used): ")
            + "; ".join(problems)
            if problems
            else ""
        )
        if self.list.count() and self.list.currentRow() < 0:
            self.list.setCurrentRow(0)
        self._show_details()

    def show_probes(self, probes: list[PathProbe]) -> None:
        self._probes = {p.name: p for p in probes}
        with QSignalBlocker(self.list):  # a new label is no on/off click
            self._mark_probes()
        self._show_details()

    def _mark_probes(self) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            name = str(item.data(Qt.ItemDataRole.UserRole))
            probe = self._probes.get(name)
            mark = (
                ""
                if probe is None
                else "  ● " + self.tr("works")
                if probe.ok
                else "  ○ " + self.tr("DOWN")
                if probe.enabled
                else "  – " + self.tr("off")
            )
            item.setText(item.text().split("  ●")[0].split("  ○")[0] + mark)

    def _label(self, path: DeliveryPath) -> str:
        origin = self.tr("bundle, edited here") if path.edited else Words.tr(path.origin)
        return f"{path.name}  ({kind_name(path.kind)}, {origin})"

    def selected_name(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _selected(self) -> DeliveryPath | None:
        name = self.selected_name()
        if name is None:
            return None
        for path in self._delivery().paths.all():
            if path.name == name:
                return path
        return None

    def _show_details(self) -> None:
        path = self._selected()
        for button in (self.edit_button, self.up_button, self.down_button):
            button.setEnabled(path is not None)
        self.password_button.setEnabled(path is not None and path.kind in ("smtp", "modem"))
        modem = path is not None and path.kind == "modem"
        self.password_button.setText(
            self.tr("Set SIM &PIN…") if modem else self.tr("Set &password…")
        )
        self.revert_button.setEnabled(path is not None and path.edited)
        self.remove_button.setEnabled(path is not None and path.origin == "local")
        if path is None:
            self.details.setText(
                self.tr("No delivery paths yet: import a contact bundle, or add one.")
            )
            return
        # rich text for its bold headings: every value from the bundle or the officer is
        # escaped ("Duty desk <duty@example.net>" is an address, not a tag)
        lines = [f"<b>{escape(path.name)}</b> — {escape(kind_name(path.kind))}"]
        for key, value in vars(path.profile).items():
            if key not in ("name", "kind") and value not in ("", None):
                name, shown = setting_name(path.kind, key), setting_value(key, value)
                lines.append(escape(f"{name}: {shown}"))
        probe = self._probes.get(path.name)
        if probe is not None:
            lines.append(
                "<br><b>"
                + escape(self.tr("Last probe"))
                + "</b>: "
                + escape(self.tr("works") if probe.ok else self.tr("DOWN"))
            )
            lines += [escape(line) for line in steps_text(probe.steps)]
        self.details.setText("<br>".join(lines))

    # -- changing ------------------------------------------------------------------------

    def _apply(self, change: Callable[[Delivery], object]) -> None:
        try:
            change(self._delivery())
        except Exception as err:
            show_error(self, err)
        self.reload()
        self.paths_changed.emit()

    def _toggled(self, item: QListWidgetItem) -> None:
        name = str(item.data(Qt.ItemDataRole.UserRole))
        enabled = item.checkState() == Qt.CheckState.Checked
        if item.data(Qt.ItemDataRole.UserRole + 1) == enabled:
            return  # the text changed, not the tick
        self._apply(lambda d: d.paths.set_enabled(name, enabled))

    def _move(self, step: int) -> None:
        row = self.list.currentRow()
        names = [
            str(self.list.item(r).data(Qt.ItemDataRole.UserRole)) for r in range(self.list.count())
        ]
        target = row + step
        if row < 0 or not 0 <= target < len(names):
            return
        names[row], names[target] = names[target], names[row]
        self._apply(lambda d: d.paths.reorder(names))

    def edit_selected(self) -> None:
        path = self._selected()
        if path is not None:
            self._edit(path.kind, path)

    def add_path(self, kind: str) -> None:
        self._edit(kind, None)

    def _edit(self, kind: str, path: DeliveryPath | None) -> None:
        from app.ui.outbox.profile_dialog import ProfileDialog  # its widgets cost the start

        dialog = ProfileDialog(kind, path.profile if path else None, self)
        if dialog.exec() == ProfileDialog.DialogCode.Accepted and dialog.result_profile:
            profile = dialog.result_profile
            self._apply(lambda d: d.paths.save_profile(profile))

    def set_password(self) -> None:
        path = self._selected()
        if path is None:
            return
        title = self.tr("SIM PIN") if path.kind == "modem" else self.tr("SMTP password")
        password, ok = QInputDialog.getText(
            self,
            title,
            self.tr("{title} for {name}:").format(title=title, name=path.name),
            QLineEdit.EchoMode.Password,
        )
        if ok and password:
            try:
                if path.kind == "modem":
                    check_sim_pin(password)
                where = self._delivery().passwords.set(path.name, password)
            except Exception as err:
                show_error(self, err)
                return
            place = (
                self.tr("the OS keyring") if where == "keyring" else self.tr("the encrypted store")
            )
            QMessageBox.information(
                self, title, self.tr("{title} kept in {place}.").format(title=title, place=place)
            )
            self.paths_changed.emit()

    def revert_selected(self) -> None:
        name = self.selected_name()
        if name is not None:
            self._apply(lambda d: d.paths.revert(name))

    def remove_selected(self) -> None:
        name = self.selected_name()
        if name is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Remove path"), self.tr("Remove the local path {name}?").format(name=name)
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._apply(lambda d: d.paths.remove(name))
