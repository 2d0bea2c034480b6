"""The navigation list, top to bottom. A section appears here only when it works.

Sections are built when first opened, so the window's start does not pay for the
spreadsheet, template and chart code of sections nobody has opened yet; their code is imported
once the window has settled, one section a turn of the event loop (`_import_unopened` in
app/ui/main_window.py), so a first visit does not wait for it either. `eager` ones are
built at unlock because they put widgets in the top bar, the status bar or the Kit menu; of
those, a `Section.page_later` one (Outbox, Runbooks) builds only that part at unlock and its
page once the window has settled, or when it is opened first. An `ahead` one is built (its
widgets, nothing read from the store) when its code is imported, so that its first visit
waits only for what it reads and paints.
"""

from __future__ import annotations

import importlib
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication

from app.i18n import tr_noop
from app.ui.section import Section


class SectionEntry(NamedTuple):
    """One line of the navigation: its title and where its section's class is. (A named
    tuple: a dataclass compiles its methods at every start, ~0.5 ms here.)"""

    title: str
    path: str  # "package.module:ClassName"
    eager: bool = False
    # built once imported ahead of its first visit (widgets only: it reads when shown)
    ahead: bool = False

    def label(self) -> str:
        """The title in the window's language (`title` stays the English key)."""
        return QCoreApplication.translate("Sections", self.title)

    def load(self) -> type[Section]:
        module_name, class_name = self.path.split(":")
        section_type: type[Section] = getattr(importlib.import_module(module_name), class_name)
        return section_type


SECTIONS: tuple[SectionEntry, ...] = (
    SectionEntry(
        tr_noop("Sections", "Incidents"),
        "app.ui.incidents.section:IncidentsSection",
        eager=True,
    ),
    SectionEntry(tr_noop("Sections", "Calendar"), "app.ui.incidents.calendar_view:CalendarSection"),
    SectionEntry(tr_noop("Sections", "Outbox"), "app.ui.outbox.section:OutboxSection", eager=True),
    SectionEntry(tr_noop("Sections", "Contacts"), "app.ui.contacts.section:ContactsSection"),
    SectionEntry(
        tr_noop("Sections", "Templates"), "app.ui.templates_view.section:TemplatesSection"
    ),
    SectionEntry(
        tr_noop("Sections", "Backlog"), "app.ui.backlog.section:BacklogSection", ahead=True
    ),
    SectionEntry(
        tr_noop("Sections", "Runbooks"),
        "app.ui.runbooks.section:RunbooksSection",
        eager=True,
    ),
    SectionEntry(tr_noop("Sections", "Reports"), "app.ui.reports.section:ReportsSection"),
    SectionEntry(tr_noop("Sections", "Audit log"), "app.ui.sections.audit:AuditSection"),
    SectionEntry(tr_noop("Sections", "Backups"), "app.ui.sections.backups:BackupsSection"),
    SectionEntry(tr_noop("Sections", "Settings"), "app.ui.sections.settings:SettingsSection"),
)
