"""The preview's note on what partners read in English names an untranslated title too (the
title carries "(auf Englisch)"): in Polish "Tytuł incydentu", and each field by the label
the form shows — also when the title is all there is in English."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot

from app import i18n
from app.incidents.service import IncidentService
from app.kit import Kit
from app.ui.incidents.preview import NoticePreview
from app.ui.language import install_language
from tests.support.lang_bundle import load_into

PROMISE = datetime.now(UTC).replace(second=0, microsecond=0) + timedelta(hours=2)


def test_the_note_names_the_english_title(qtbot: QtBot, kit: Kit, tmp_path: Path) -> None:
    load_into(kit, tmp_path / "src")
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    install_language("pl")  # (the autouse fixture puts English back)
    i18n.install("pl")
    incident = service.create(
        "disaster", "Billing down", ["billing"], detected=datetime.now(UTC) - timedelta(hours=1)
    )
    fields = {
        "customer_impact": "Renewals are not charged.",
        "customer_impact.sv": "Förnyelser debiteras inte.",
        "customer_impact.de": "Verlaengerungen fehlen.",
        "start_time": "2026-11-30 21:40 UTC",
        "next_update": PROMISE.isoformat(),
    }
    preview = NoticePreview()
    qtbot.addWidget(preview)
    preview.show_composition(service.compose(incident, "initial", fields))
    german = preview.text_of("de", "email")
    # the title alone is in English: the note is there, and names it
    assert "Billing down (auf Englisch)" in german
    assert german.startswith("(brak tekstu, język: niemiecki, dla pól: Tytuł incydentu. "), german
    swedish = preview.text_of("sv", "email")
    assert "dla pól: Tytuł incydentu. " in swedish, swedish
    english = preview.text_of("en", "email")
    assert "brak tekstu" not in english
