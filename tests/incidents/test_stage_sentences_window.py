"""The window's draft banner in Polish says a follow-up notice's stage in a whole sentence
of its own ("Powiadomienie o usunięciu awarii OK-… nie jest jeszcze w kolejce"), never
"Powiadomienie (usunięta) dla …" as a new user read it."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app import i18n
from app.incidents.drafts import Drafts, follow_up_scope
from app.incidents.service import IncidentService
from app.ui.incidents.drafts_bar import DraftsBar
from app.ui.language import install_language


def test_the_draft_banner_reads_a_resolution_in_polish(
    qtbot: QtBot, service: IncidentService
) -> None:
    install_language("pl")  # (the autouse fixture puts English back)
    i18n.install("pl")
    incident = service.create("disaster", "SMS gateways down", ["sms"])
    drafts = Drafts(service.conn)
    drafts.save(follow_up_scope(incident.reference, "resolved"), {"summary": "Naprawione"})
    bar = DraftsBar()
    qtbot.addWidget(bar)
    bar.show_waiting(drafts.waiting())
    text = bar.text.text()
    assert text.startswith(
        f"Powiadomienie o usunięciu awarii {incident.reference} nie jest jeszcze w kolejce, "
        "ostatnio edytowane "
    ), text
    assert "(usunięta)" not in text
