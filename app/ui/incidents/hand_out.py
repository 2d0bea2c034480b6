"""A notice written while the kit cannot write (its disk full): instead of queueing it, the
officer hands it out by hand — each text with its recipients copied into webmail (or opened
there), or saved as .eml drafts on another disk. Nothing of it is stored."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.delivery.config import WebmailProfile
from app.delivery.handout import HandOut, hand_outs, unstored, write_eml_files
from app.delivery.outbox import OutboxMessage
from app.delivery.paths import DeliveryPaths
from app.incidents.compose import Composition
from app.kit import Kit
from app.ui.errors import show_error
from app.ui.recent_folder import remember, start_folder
from app.ui.screen import fit_to_screen

#: partner addresses stay on the clipboard this long, then it is cleared (if still ours)
CLIPBOARD_SECONDS = 120


def offer_hand_out(dialog: QDialog, kit: Kit) -> None:
    """The Queue button of `dialog` (the new-incident wizard, a follow-up: both have `queue`,
    `keeper` and `composition_now`) hands the notice out instead (the kit is read-only); the
    half-written notice is not kept as a draft (that would be a write)."""
    button: QPushButton = getattr(dialog, "queue")  # noqa: B009  (both dialogs have one)
    keeper = getattr(dialog, "keeper")  # noqa: B009
    keeper.writable = False
    button.setText(QCoreApplication.translate("HandOutDialog", "&Hand out by hand…"))
    button.setToolTip(str(kit.read_only))
    button.clicked.disconnect()
    composition: Callable[[], Composition] = getattr(dialog, "composition_now")  # noqa: B009

    def hand_out() -> None:
        try:
            shown = HandOutDialog(composition(), _webmail_profiles(kit), dialog)
        except Exception as err:
            show_error(dialog, err)
            return
        dialog.hand_out = shown  # type: ignore[attr-defined]  # for tests and to keep it
        shown.open()

    button.clicked.connect(hand_out)


def _webmail_profiles(kit: Kit) -> list[WebmailProfile]:
    paths = DeliveryPaths(conn=kit.store.conn, audit=kit.audit)
    return [
        p.profile for p in paths.enabled(channel="email") if isinstance(p.profile, WebmailProfile)
    ]


def _open_in_browser(url: str) -> bool:
    from app.delivery.webmail import open_in_browser

    return open_in_browser(url)


class HandOutDialog(QDialog):
    def __init__(
        self, composition: Composition, profiles: list[WebmailProfile], parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hand out the notice by hand"))
        fit_to_screen(self, 900, 560)
        self.opener: Callable[[str], bool] = _open_in_browser
        self.profiles = profiles
        self.messages: list[OutboxMessage] = unstored(
            composition.messages(notice_id=None, threads={})
        )
        self.texts: list[HandOut] = hand_outs(self.messages)
        self._clipboard = ""
        self.clear_timer = QTimer(self)
        self.clear_timer.setSingleShot(True)
        self.clear_timer.setInterval(CLIPBOARD_SECONDS * 1000)
        self.clear_timer.timeout.connect(self._clear_clipboard)
        intro = QLabel(
            self.tr(
                "The kit cannot write now, so this notice is neither queued nor recorded: "
                "send it yourself. Put the recipients in Bcc (never To or Cc): partners must "
                "not see each other. Once there is room again, the incident's timeline will "
                "not show this notice."
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        for text in self.texts:
            self.list.addItem(self._label(text))
        self.list.currentRowChanged.connect(self._show)
        self.view = QPlainTextEdit()
        self.view.setReadOnly(True)
        self.copy_subject = QPushButton(self.tr("Copy &subject"))
        self.copy_text = QPushButton(self.tr("Copy &text"))
        self.copy_recipients = QPushButton(self.tr("Copy &recipients"))
        self.webmail = QPushButton(self.tr("Open in &webmail"))
        self.save_eml = QPushButton(self.tr("Save as .&eml files…"))
        close = QPushButton(self.tr("&Close"))
        self.copy_subject.clicked.connect(lambda: self._copy(self._current().subject))
        self.copy_text.clicked.connect(lambda: self._copy(self._current().body))
        self.copy_recipients.clicked.connect(
            lambda: self._copy(", ".join(self._current().recipients))
        )
        self.webmail.clicked.connect(self.open_webmail)
        self.save_eml.clicked.connect(self.choose_folder)
        close.clicked.connect(self.accept)
        if not profiles:
            self.webmail.setToolTip(
                self.tr("No webmail path is set up: copy the recipients, subject and text.")
            )
        self.said = QLabel()
        self.said.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.list, 2)
        row.addWidget(self.view, 3)
        buttons = QHBoxLayout()
        for button in (self.copy_recipients, self.copy_subject, self.copy_text, self.webmail):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_eml)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row, 1)
        layout.addWidget(self.said)
        layout.addLayout(buttons)
        if self.texts:
            self.list.setCurrentRow(0)
        else:
            self.said.setText(self.tr("This notice goes to nobody."))

    def _label(self, text: HandOut) -> str:
        if text.channel == "sms":
            count = self.tr("SMS to %n number(s)", "", len(text.recipients))
            return f"{count}: {text.body[:60]}"
        count = self.tr("E-mail to %n recipient(s)", "", len(text.recipients))
        return f"{count}: {text.subject}"

    def _current(self) -> HandOut:
        return self.texts[max(self.list.currentRow(), 0)]

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.texts):
            return
        text = self.texts[row]
        who = ", ".join(text.recipients)
        if text.channel == "email":
            shown = self.tr("Bcc: {who}\nSubject: {subject}").format(who=who, subject=text.subject)
        else:
            shown = self.tr("To: {who}").format(who=who)
        self.view.setPlainText(f"{shown}\n\n{text.body}")
        email = text.channel == "email"
        self.copy_subject.setEnabled(email)
        self.webmail.setEnabled(email and bool(self.profiles))

    def _copy(self, value: str) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(value)
        self._clipboard = value
        self.clear_timer.start()
        self.said.setText(
            self.tr("Copied. The clipboard is cleared in {seconds} s.").format(
                seconds=CLIPBOARD_SECONDS
            )
        )

    def _clear_clipboard(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard.text() == self._clipboard:
            clipboard.clear()
        self._clipboard = ""

    def open_webmail(self) -> list[str]:
        """The compose links of the selected text (recipients in Bcc), each opened."""
        text = self._current()
        chosen = [
            m
            for m in self.messages
            if m.channel == "email" and m.recipient in text.recipients and m.body == text.body
        ]
        try:
            from app.delivery.webmail import plan_batches

            batches = plan_batches(chosen, self.profiles[0])
        except Exception as err:
            show_error(self, err)
            return []
        opened = [b.url for b in batches if self.opener(b.url)]
        note = ""
        if any(b.clipboard for b in batches):
            self._copy(text.body)
            note = " " + self.tr("The text is too long for a link: paste it (it is copied).")
        if len(opened) < len(batches):
            self.said.setText(
                self.tr("No browser took the link: copy the recipients and text instead.")
            )
        else:
            self.said.setText(
                self.tr("Opened %n compose page(s): check and send each.", "", len(opened)) + note
            )
        return opened

    def choose_folder(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Save the notice as .eml files (another disk)"), start_folder()
        )
        if remember(folder):
            self.save_eml_to(Path(folder))

    def save_eml_to(self, folder: Path) -> list[Path]:
        try:
            written = write_eml_files(folder, self.messages)
        except Exception as err:
            show_error(self, err)
            return []
        self.said.setText(
            self.tr(
                "Saved %n .eml draft(s) in {folder}: open each in a mail program and send it.",
                "",
                len(written),
            ).format(folder=folder)
        )
        return written
