"""Told them another way: which partners the officer reached (each ticked; all of them to
start with, as before) and how. Phoning one partner is not telling every partner still
waiting: the officer unticks those not reached. One row a partner who has the notice by no
path yet (`told_by_hand.waiting`), with its copies: a partner who read the e-mail is not
listed for its SMS still waiting for the modem."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.i18n import Words
from app.incidents.told_by_hand import Waiting
from app.ui.screen import available_size

ID_ROLE = Qt.ItemDataRole.UserRole
# an invisible break chance: a wrapped row may break an address after its "@" and dots
_BREAK = "\u200b"
# room a row needs beside its text (tick box, frame, scroll bar, the dialog's margins),
# and the room the dialog leaves at the screen's edges
_ROW_EXTRA, _SCREEN_MARGIN, _TITLE_BAR = 100, 40, 32


class ToldDialog(QDialog):
    chosen = Signal(str, list)  # how, the message ids ticked

    def __init__(self, waiting: list[Waiting], stage: str, parent: QWidget | None) -> None:
        """`stage`: the notice's stage as its incident names it ('Resolution')."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Told them another way — {stage}").format(stage=stage))
        # which notice they are told: the record names it too
        self.stage = QLabel(self.tr("Notice: {stage}").format(stage=stage))
        self.stage.setTextFormat(Qt.TextFormat.PlainText)
        self.stage.setStyleSheet("font-weight: bold;")
        intro = QLabel(
            self.tr(
                "These partners have this notice by no path yet. Tick those you told "
                "(phoned, texted from your own phone, …) and say how; it is recorded and "
                "audited, and their copies listed here are not sent after. Partners who "
                "have it already (by e-mail, SMS or told another way) are not listed: their "
                "copies on other paths go out when those paths work."
            )
        )
        intro.setWordWrap(True)
        self.partners = QListWidget()
        by_partner: dict[str, list[Waiting]] = {}
        for row in waiting:
            by_partner.setdefault(row.partner, []).append(row)
        for rows in by_partner.values():
            copies = "\n    ".join(  # a copy a line: an address and its state never cut
                self.tr("{channel} {address} ({state})").format(
                    channel=self.tr("SMS") if row.channel == "sms" else self.tr("e-mail"),
                    address=row.recipient,
                    state=self.tr("refused") if row.state == "failed" else Words.tr(row.state),
                )
                for row in rows
            )
            item = QListWidgetItem(
                # its copies on lines of their own: a 1024-pixel screen shows them whole
                self.tr("{name}\n    {copies}").format(name=rows[0].who, copies=copies)
            )
            item.setData(ID_ROLE, [row.id for row in rows])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.partners.addItem(item)
        # a row longer than the screen is wide wraps (a long partner name, an address) and
        # the list scrolls down, never sideways: a line past its right edge read as cut
        self.partners.setWordWrap(True)
        self.partners.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.partners.setResizeMode(QListView.ResizeMode.Adjust)
        self.partners.setItemDelegate(_BreakableRows(self.partners))
        self.how = QLineEdit()
        self.how.setPlaceholderText(self.tr("e.g. 'phoned the NOC', 'SMS from my own phone'"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.how.textChanged.connect(self._check)
        self.partners.itemChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stage)
        layout.addWidget(intro)
        layout.addWidget(self.partners)
        layout.addWidget(QLabel(self.tr("How did you tell them?")))
        layout.addWidget(self.how)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self._fit_rows()
        self._check()

    def _fit_rows(self) -> None:
        """As wide as its longest row (a partner's name, a copy's address and state) and as
        tall as all its rows, up to the screen's free area: past that the list scrolls,
        nothing is cut."""
        metrics = self.partners.fontMetrics()
        lines = [
            line
            for i in range(self.partners.count())
            for line in self.partners.item(i).text().splitlines()
        ]
        widest = max((metrics.horizontalAdvance(line) for line in lines), default=0)
        screen_width, screen_height = available_size(self)
        width = max(480, min(widest + _ROW_EXTRA, screen_width - _SCREEN_MARGIN))
        layout = self.layout()
        assert layout is not None
        rows = sum(self.partners.sizeHintForRow(i) for i in range(self.partners.count()))
        grow = max(0, rows + 2 * self.partners.frameWidth() - self.partners.sizeHint().height())
        height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else 0
        height = max(height, layout.totalSizeHint().height()) + grow
        self.resize(width, min(height, screen_height - _SCREEN_MARGIN - _TITLE_BAR))

    def ticked(self) -> list[int]:
        """The messages of the partners ticked."""
        return [
            int(message)
            for i in range(self.partners.count())
            if self.partners.item(i).checkState() == Qt.CheckState.Checked
            for message in self.partners.item(i).data(ID_ROLE)
        ]

    def _check(self) -> None:
        self.ok_button.setEnabled(bool(self.how.text().strip()) and bool(self.ticked()))

    def _accept(self) -> None:
        if not self.ok_button.isEnabled():
            return
        self.chosen.emit(self.how.text().strip(), self.ticked())
        self.accept()


class _BreakableRows(QStyledItemDelegate):
    """Rows drawn and measured with a break chance after each "@" and dot: a long e-mail
    address has no space, and without one it would be cut short ("…") rather than wrapped.
    The rows' own text stays as it is."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.text = option.text.replace("@", "@" + _BREAK).replace(".", "." + _BREAK)
