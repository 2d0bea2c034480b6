"""A notice as each language's partners will see it, and what still stops it."""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTabWidget, QVBoxLayout, QWidget

from app.i18n import channel_word
from app.ui.labels import label as shown_label
from app.ui.language import language_label, language_tab
from app.ui.screen import FittedScroll, widen

if TYPE_CHECKING:  # the template stack loads with the dialogs that compose, not with the window
    from app.incidents.compose import Composition, LanguageText

PROBLEM_STYLE = "color: #b00020; font-weight: bold;"
WARNING_STYLE = "color: #7a4f00;"  # said, not refused: the officer may well mean it
OK_STYLE = "color: #1b5e20; font-weight: bold;"
# pixels of the tab widget's width its tab bar cannot use (frame and base line)
TAB_BAR_SLACK = 8
# organisations named per time zone (the rest: "and N more", all of them in the tooltip)
NAMES_PER_ZONE = 6
# lines of local times shown before they scroll
TIMES_LINES = 6


class NoticePreview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.local_times = QLabel()
        self.local_times.setWordWrap(True)
        # a big audience's zones stay a few lines: the texts below keep their room
        times_area = FittedScroll(self.local_times, min_lines=2)
        times_area.setMaximumHeight(TIMES_LINES * self.fontMetrics().lineSpacing())
        self.tabs = QTabWidget()
        self.shown: dict[tuple[str, str, str], str] = {}  # what each tab shows
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems)
        layout.addWidget(times_area)
        layout.addWidget(self.tabs, 1)

    def _in_english_note(self, text: LanguageText, own: Mapping[str, str]) -> str:
        """Which fields these partners read in English (the title too, when it is the
        English one), and the mark they see there."""
        from app.incidents.flow import english_parts, field_label  # loaded with the composition

        fields = ", ".join(english_parts(text, lambda name: shown_label(field_label(name, own))))
        return self.tr(
            "(no text in {language} for: {fields}. These partners read the English text "
            "there, marked {mark})"
        ).format(language=language_label(text.language), fields=fields, mark=text.english_mark())

    def show_composition(self, c: Composition) -> None:
        languages = ", ".join(f"{language_label(lang)}: {n}" for lang, n in c.languages().items())
        # two counts, each its own plural ("1 recipient, 2 messages")
        self.summary.setText(
            self.tr("<b>%n</b> recipient(s)", "", len(c.recipients))
            + ", "
            + self.tr(
                "<b>%n</b> message(s), one per recipient and channel (nobody sees another "
                "partner's address). Languages — {value}.",
                "",
                c.message_count(),
            ).format(value=languages or self.tr("none"))
        )
        if c.newcomers.count:  # a follow-up: partners who never had a notice of it
            self.summary.setText(
                self.summary.text()
                + " "
                + self.tr(
                    "<b>%n of them get this incident for the first time</b> (not in the "
                    "audience of earlier notices).",
                    "",
                    c.newcomers.count,
                )
            )
        if c.problems:
            lines = [f"• {p}" for p in c.problems] + [f"⚠ {w}" for w in c.warnings]
            self.problems.setText(self.tr("Not ready:\n") + "\n".join(lines))
            self.problems.setStyleSheet(PROBLEM_STYLE)
        else:
            ready = self.tr("✔ Ready to queue: every field filled, nothing left blank.")
            # a warning keeps the tick but is not said in green: the copies wait
            self.problems.setText("\n".join([ready, *(f"⚠ {w}" for w in c.warnings)]))
            self.problems.setStyleSheet(WARNING_STYLE if c.warnings else OK_STYLE)
        self._show_local_times(c)
        current = self.tabs.currentIndex()
        self.tabs.clear()
        self.shown = {}
        zones: dict[tuple[str, str], set[str]] = {(lang, chan): set() for lang, chan, _ in c.texts}
        for lang, chan, where in c.texts:
            zones[(lang, chan)].add(where)
        for (language, channel, where), text in c.texts.items():
            view = QPlainTextEdit()
            view.setReadOnly(True)
            view.setFont(QFont("monospace"))
            shown = (
                self.tr("Subject: {subject}").format(subject=text.subject) + f"\n\n{text.full_body}"
                if text.subject
                else text.body
            )
            # how many get this very text, just above it (the notes about it go on top)
            shown = self.tr("(to %n recipient(s))", "", text.recipients) + "\n\n" + shown
            name, medium = language_label(language), channel_word(channel)
            label = f"{name} {medium} ({text.recipients})"
            if len(zones[(language, channel)]) > 1:
                place = where.split("/")[-1].replace("_", " ")
                label = f"{name} {medium} · {place} ({text.recipients})"
            if text.template.derived:
                shown = (
                    self.tr("(no SMS short form: made from {0}'s subject and promise)").format(
                        text.template.path.replace(".sms.j2", ".j2")
                    )
                    + "\n\n"
                    + shown
                )
            if text.in_english or text.title_in_english:
                shown = self._in_english_note(text, c.field_labels) + "\n\n" + shown
            sms = text.sms_plan()
            if sms is not None:
                shown = f"({sms.summary()})\n\n" + shown
                if sms.segments > 1:
                    label += " · " + self.tr("%n SMS each", "", sms.segments)
            if text.template.is_fallback:
                shown = (
                    self.tr(
                        "(no template in {language}: these partners get the text in {fallback})"
                    ).format(
                        language=language_label(language),
                        fallback=language_label(text.template.language),
                    )
                    + "\n\n"
                    + shown
                )
            view.setPlainText(shown)
            self.shown[(language, channel, where)] = shown
            index = self.tabs.addTab(view, label)
            language_tab(self.tabs, index, language)
            self.tabs.setTabToolTip(index, f"{language} {channel} {where}")
        if 0 <= current < self.tabs.count():
            self.tabs.setCurrentIndex(current)
        self._room_for_tabs()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._room_for_tabs()

    def _room_for_tabs(self) -> None:
        """Every language's tab in view where the screen has room: the dialog widens for a
        tab bar that would scroll (on a small screen it still scrolls)."""
        if not self.isVisible():
            return  # measured when shown: the tab bar's room is known then
        bar = self.tabs.tabBar()
        wanted = sum(bar.tabSizeHint(i).width() for i in range(bar.count()))
        room = self.tabs.width() - TAB_BAR_SLACK
        if wanted > room:
            widen(self, wanted - room)

    def _show_local_times(self, c: Composition) -> None:
        """Which partners get which local time: each moment the notice is about (a start,
        an end, the window, the promise), named by what it is for this kind and stage."""
        rows = c.local_times()
        if not rows or not rows[0][1]:
            self.local_times.clear()
            return
        lines = [
            self.tr("{zone}: {times} — {partners}").format(
                zone=html.escape(where),
                times=", ".join(
                    f"{html.escape(self._moment_label(what, c.stage))} <b>{html.escape(shown)}</b>"
                    for what, shown in times
                ),
                partners=html.escape(self._some_of(orgs)),
            )
            for where, times, orgs in rows
        ]
        self.local_times.setText(
            self.tr("Local times partners read:") + "<br>" + "<br>".join(lines)
        )
        self.local_times.setToolTip(
            "\n".join(f"{where}: {', '.join(orgs)}" for where, _times, orgs in rows)
        )

    def _some_of(self, organisations: list[str]) -> str:
        """A zone's partners, the first few by name: 300 names would push the texts off a
        small screen (every name is in the tooltip)."""
        if len(organisations) <= NAMES_PER_ZONE:
            return ", ".join(organisations)
        rest = len(organisations) - NAMES_PER_ZONE
        return (
            ", ".join(organisations[:NAMES_PER_ZONE])
            + " "
            + self.tr("and %n more (point here for all)", "", rest)
        )

    def _moment_label(self, what: str, stage: str) -> str:
        """What a moment is, as the panel names it (compose.py `Composition.moments`)."""
        from app.incidents.compose import ENDED, NEXT_UPDATE, STARTED, WINDOW_END, WINDOW_START

        cancelled = stage == "cancelled"
        labels = {
            STARTED: self.tr("started"),
            ENDED: self.tr("resolved") if stage == "resolved" else self.tr("ended"),
            WINDOW_START: self.tr("called-off window start")
            if cancelled
            else self.tr("window starts"),
            WINDOW_END: self.tr("called-off window end") if cancelled else self.tr("window ends"),
            NEXT_UPDATE: self.tr("next update by"),
        }
        return labels.get(what, what)

    def text_of(self, language: str, channel: str, zone: str | None = None) -> str:
        """The text shown for a language and channel (in one zone, or the first)."""
        for (lang, chan, where), shown in sorted(self.shown.items()):
            if (lang, chan) == (language, channel) and zone in (None, where):
                return shown
        raise KeyError((language, channel, zone))
