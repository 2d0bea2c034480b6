"""Audit entries as the kit writes them, for the tests of how they read (issue 15)."""

from __future__ import annotations

from typing import Any

from app.audit import AuditLog

OPENED: dict[str, Any] = {
    "reference": "OK-2026-0001",
    "kind": "disaster",
    "title": "Billing down",
    "services": ["billing", "gateway"],
    "groups": ["all"],
}
HELD: dict[str, Any] = {
    "messages": [3, 4],
    "was": "queued",
    "channel": "email",
    "reply": "held by the officer",
    "zone_hint": {"tz": "Europe/Warsaw"},  # a key the kit has no name for: shown as stored
}
#: how the two read in Polish (the log keeps details in the order the writer gives them)
OPENED_PL = (
    "sygnatura: OK-2026-0001; rodzaj: awaria; tytuł: Billing down; usługi: billing, gateway; "
    "grupy: all"
)
HELD_PL = (
    "wiadomości: 3, 4; poprzedni stan: w kolejce; kanał: e-mail; odpowiedź: held by the "
    'officer; zone_hint: {"tz": "Europe/Warsaw"}'
)


def write_entries(audit: AuditLog) -> None:
    audit.append("incident.opened", **OPENED)
    audit.append("outbox.held", **HELD)
