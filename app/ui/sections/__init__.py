"""The navigation list, top to bottom. A section appears here only when it works.

Sections are imported and built when first opened, so the window's start does not pay for
the spreadsheet, template and chart code of sections nobody has opened yet. `eager` ones are
built at unlock because they put widgets in the top bar, the status bar or the Kit menu.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from app.ui.section import Section


@dataclass(frozen=True)
class SectionEntry:
    title: str
    path: str  # "package.module:ClassName"
    eager: bool = False

    def load(self) -> type[Section]:
        module_name, class_name = self.path.split(":")
        section_type: type[Section] = getattr(importlib.import_module(module_name), class_name)
        return section_type


SECTIONS: tuple[SectionEntry, ...] = (
    SectionEntry("Incidents", "app.ui.incidents.section:IncidentsSection", eager=True),
    SectionEntry("Calendar", "app.ui.incidents.calendar_view:CalendarSection"),
    SectionEntry("Outbox", "app.ui.outbox.section:OutboxSection", eager=True),
    SectionEntry("Contacts", "app.ui.contacts.section:ContactsSection"),
    SectionEntry("Templates", "app.ui.templates_view.section:TemplatesSection"),
    SectionEntry("Backlog", "app.ui.backlog.section:BacklogSection"),
    SectionEntry("Runbooks", "app.ui.runbooks.section:RunbooksSection", eager=True),
    SectionEntry("Reports", "app.ui.reports.section:ReportsSection"),
    SectionEntry("Audit log", "app.ui.sections.audit:AuditSection"),
    SectionEntry("Backups", "app.ui.sections.backups:BackupsSection"),
    SectionEntry("Settings", "app.ui.sections.settings:SettingsSection"),
)
