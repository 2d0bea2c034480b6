"""The Runbooks section, and a way for other parts of the window (e.g. a delivery path's
"connect the modem") to open a runbook by name."""

from __future__ import annotations

from typing import Protocol

from app.ui.section import Section


class HasSections(Protocol):
    def show_section(self, title: str) -> Section: ...


def open_runbook(window: HasSections, name: str) -> bool:
    """Show the Runbooks section at runbook `name` (its file name without .md).
    False when the bundle has no such runbook (the section is shown anyway)."""
    from app.ui.runbooks.section import RunbooksSection

    section = window.show_section(RunbooksSection.title)
    return isinstance(section, RunbooksSection) and section.open_runbook(name)
