"""The navigation list, top to bottom. A section appears here only when it works."""

from __future__ import annotations

from app.ui.backlog.section import BacklogSection
from app.ui.outbox.section import OutboxSection
from app.ui.runbooks.section import RunbooksSection
from app.ui.section import Section
from app.ui.sections.audit import AuditSection
from app.ui.sections.backups import BackupsSection
from app.ui.sections.settings import SettingsSection

SECTION_TYPES: tuple[type[Section], ...] = (
    OutboxSection,
    BacklogSection,
    RunbooksSection,
    AuditSection,
    BackupsSection,
    SettingsSection,
)
