"""The navigation list, top to bottom. A section appears here only when it works."""

from __future__ import annotations

from app.ui.backlog.section import BacklogSection
from app.ui.contacts.section import ContactsSection
from app.ui.incidents.section import IncidentsSection
from app.ui.outbox.section import OutboxSection
from app.ui.reports.section import ReportsSection
from app.ui.runbooks.section import RunbooksSection
from app.ui.section import Section
from app.ui.sections.audit import AuditSection
from app.ui.sections.backups import BackupsSection
from app.ui.sections.settings import SettingsSection
from app.ui.templates_view.section import TemplatesSection

SECTION_TYPES: tuple[type[Section], ...] = (
    IncidentsSection,
    OutboxSection,
    ContactsSection,
    TemplatesSection,
    BacklogSection,
    RunbooksSection,
    ReportsSection,
    AuditSection,
    BackupsSection,
    SettingsSection,
)
