"""A notice as each language's partners will see it, and what still stops it."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTabWidget, QVBoxLayout, QWidget

from app.incidents.compose import CHANNEL_NAMES, Composition

PROBLEM_STYLE = "color: #b00020; font-weight: bold;"
OK_STYLE = "color: #1b5e20; font-weight: bold;"


class NoticePreview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.tabs = QTabWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems)
        layout.addWidget(self.tabs, 1)

    def show_composition(self, c: Composition) -> None:
        languages = ", ".join(f"{lang}: {n}" for lang, n in c.languages().items())
        self.summary.setText(
            self.tr(
                "<b>{recipients}</b> recipient(s), <b>{message_count}</b> message(s), one "
                "per recipient and channel (nobody sees another partner's address). "
                "Languages — {value}."
            ).format(
                recipients=len(c.recipients),
                message_count=c.message_count(),
                value=languages or self.tr("none"),
            )
        )
        if c.problems:
            self.problems.setText(self.tr("Not ready:\n") + "\n".join(f"• {p}" for p in c.problems))
            self.problems.setStyleSheet(PROBLEM_STYLE)
        else:
            self.problems.setText(
                self.tr("✔ Ready to queue: every field filled, nothing left blank.")
            )
            self.problems.setStyleSheet(OK_STYLE)
        current = self.tabs.currentIndex()
        self.tabs.clear()
        for (language, channel), text in c.texts.items():
            view = QPlainTextEdit()
            view.setReadOnly(True)
            view.setFont(QFont("monospace"))
            shown = (
                self.tr("Subject: {subject}").format(subject=text.subject) + f"\n\n{text.full_body}"
                if text.subject
                else text.body
            )
            label = f"{language} {CHANNEL_NAMES[channel]} ({text.recipients})"
            sms = text.sms_plan()
            if sms is not None:
                shown = f"({sms.summary()})\n\n" + shown
                if sms.segments > 1:
                    label += " · " + self.tr("%n SMS each", "", sms.segments)
            if text.template.is_fallback:
                shown = (
                    self.tr(
                        "(no {language} template: these partners get the {fallback} text)"
                    ).format(language=language, fallback=text.template.language)
                    + "\n\n"
                    + shown
                )
            view.setPlainText(shown)
            self.tabs.addTab(view, label)
        if 0 <= current < self.tabs.count():
            self.tabs.setCurrentIndex(current)

    def text_of(self, language: str, channel: str) -> str:
        for index in range(self.tabs.count()):
            if self.tabs.tabText(index).startswith(f"{language} {CHANNEL_NAMES[channel]}"):
                widget = self.tabs.widget(index)
                assert isinstance(widget, QPlainTextEdit)
                return widget.toPlainText()
        raise KeyError((language, channel))
