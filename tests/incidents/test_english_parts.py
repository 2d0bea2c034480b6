"""A notice mostly in the partner's language says which parts are the English text (issue
15, point 2): the officer wrote the impact in Swedish but the progress only in English, so
the Swedish notice marks the progress "(på engelska)" where it stands, and is not called
English as a whole. The preview, the command line and the queued mail agree."""

from __future__ import annotations

import gc
import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.bundles.builder import template_set_problems
from app.contacts.directory import DirectoryStore
from app.contacts.source import parse_source, read_folder
from app.incidents.compose import Composition
from app.incidents.model import Incident
from app.incidents.service import IncidentService
from app.kit import Kit
from app.ui.incidents.notice_dialog import FollowUpDialog
from tests.incidents.test_languages_window import _open_tab, _type
from tests.incidents.test_window_change_languages import _body as queued_body
from tests.support.cli import CliRunner
from tests.support.lang_bundle import template, write_source

PROMISE = datetime.now(UTC).replace(second=0, microsecond=0) + timedelta(hours=2)
INITIAL = {
    "customer_impact": "Renewals are not charged.",
    "customer_impact.sv": "Förnyelser debiteras inte.",
    "start_time": "2026-11-30 21:40 UTC",
    "next_update": PROMISE.isoformat(),
}
SWEDISH_NOTE = "Detaljerna i detta meddelande är på engelska."


@pytest.fixture(autouse=True)
def _widgets_collected_here() -> Iterator[None]:
    """This module's dialogs are collected on the main thread once qtbot has closed them,
    not by a garbage collection that happens to run in a later test's worker thread."""
    yield
    gc.collect()


def _opened(service: IncidentService) -> Incident:
    incident = service.create(
        "disaster", "Billing down", ["billing"], detected=datetime.now(UTC) - timedelta(hours=1)
    )
    service.notify(incident, "initial", INITIAL)
    return service.get(incident.reference)


def test_the_update_form_marks_only_the_english_part(
    qtbot: QtBot, kit: Kit, nordic: IncidentService
) -> None:
    incident = _opened(nordic)
    dialog = FollowUpDialog(nordic, incident, "update")
    qtbot.addWidget(dialog)
    dialog.show()
    form = dialog.form
    _type(qtbot, form.editors["customer_impact"], "Renewals are still not charged.")
    _type(qtbot, form.editors["progress"], "The vendor replaced the card.")
    _open_tab(qtbot, form, "sv")
    _type(qtbot, form.translations["customer_impact.sv"], "Fornyelser debiteras fortfarande inte.")
    _open_tab(qtbot, form, "de")
    _type(qtbot, form.translations["customer_impact.de"], "Verlaengerungen fehlen noch.")
    _type(qtbot, form.translations["progress.de"], "Der Hersteller hat die Karte getauscht.")
    dialog.refresh()

    swedish = dialog.preview.text_of("sv", "email")
    assert "Påverkan: Fornyelser debiteras fortfarande inte.\n" in swedish  # theirs: unmarked
    assert "Läget: The vendor replaced the card. (på engelska)\n" in swedish
    assert SWEDISH_NOTE not in swedish  # not "the details are in English": most are not
    # the officer is told which field, by its label, and the mark the partners see
    assert "(no text in Swedish for: Incident title, Progress since the last notice." in swedish
    assert "marked (på engelska)" in swedish
    # all of the new text German: only the title, given in English alone, is marked (issue
    # 15: a title in another language than the partner's says so) — and the note names it
    german = dialog.preview.text_of("de", "email").split("\n-------- ")[0]
    assert "Stand: Der Hersteller hat die Karte getauscht.\n" in german
    assert "Billing down (auf Englisch)" in german
    assert german.startswith("(no text in German for: Incident title. These partners read")
    assert german.count("auf Englisch") == 2 and "no de text" not in german  # note, title
    english = dialog.preview.text_of("en", "email")
    assert "(på engelska)" not in english and "in English" not in english

    assert dialog.queue.isEnabled(), dialog.preview.problems.text()
    qtbot.mouseClick(dialog.queue, Qt.MouseButton.LeftButton)
    assert dialog.queued is not None
    mail = queued_body(kit, "noc@beta.example.com", incident.reference)  # the new text
    assert "Läget: The vendor replaced the card. (på engelska)\n" in mail
    assert mail.rstrip("\n") in swedish  # the preview showed this very text


def test_the_command_line_says_which_part_is_english(
    cli: CliRunner, nordic: IncidentService, tmp_path: Path
) -> None:
    incident = _opened(nordic)
    fields = tmp_path / "update.json"
    fields.write_text(
        json.dumps(
            {
                "customer_impact": "Renewals are still not charged.",
                "customer_impact.sv": "Förnyelser debiteras fortfarande inte.",
                "progress": "The vendor replaced the card.",
                "next_update": PROMISE.isoformat(),
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    args = ("incident", "notify", incident.reference, "--stage", "update", "--fields", str(fields))
    preview = cli(*args, "--dry-run")
    assert preview.code == 0, preview.err
    # each part by its label (the kit's own, "Progress since the last notice"), a field with
    # no label by its key in brackets, the title (given in English alone) first
    assert (
        "(no Swedish text for: Incident title, Progress since the last notice; the English "
        "text, marked (på engelska))" in preview.out
    ), preview.out
    assert (
        "(no German text for: Incident title, [customer_impact], Progress since the last "
        "notice; the English text, marked (auf Englisch))" in preview.out
    ), preview.out
    assert "Läget: The vendor replaced the card. (på engelska)" in preview.out
    queued = cli("--json", *args)
    assert queued.code == 0, queued.err
    notices = {(n["language"], n["channel"]): n for n in queued.json()["notices"]}
    assert notices[("sv", "email")]["in_english"] == ["progress"]
    assert notices[("de", "email")]["in_english"] == ["customer_impact", "progress"]
    assert notices[("en", "email")]["in_english"] == []
    assert SWEDISH_NOTE not in notices[("sv", "email")]["body"]


def _update_with(
    kit: Kit, folder: Path, files: dict[str, str], fields: dict[str, str]
) -> Composition:
    """The nordic bundle with `files` replaced, an opened incident, its update composed."""
    source = write_source(folder, extra=files)
    DirectoryStore(conn=kit.store.conn, audit=kit.audit).replace(
        parse_source(read_folder(source)), origin="bundle", reason="test"
    )
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    fields = {**fields, "next_update": PROMISE.isoformat()}
    return service.compose(_opened(service), "update", fields)


def test_a_part_only_the_subject_shows_gets_the_note_on_top(kit: Kit, tmp_path: Path) -> None:
    """A Swedish template that shows the impact in its subject only: a subject is not
    marked, so the notice says on top that details are in English."""
    subject_only = (
        template("disaster", "update", "sv")
        .replace(
            "Subject: Störning (update): {{ incident.title }}",
            "Subject: Störning: {{ customer_impact }}",
        )
        .replace("Påverkan: {{ customer_impact }}\n", "")
    )
    c = _update_with(
        kit,
        tmp_path / "src",
        {"templates/disaster/update.sv.j2": subject_only},
        {
            "customer_impact": "Renewals are still not charged.",
            "progress": "The vendor replaced the card.",
            "progress.sv": "Leverantören bytte kortet.",
        },
    )
    swedish = c.text("sv", "email")
    assert swedish.subject.endswith("Störning: Renewals are still not charged.")
    assert swedish.body.startswith(f"({SWEDISH_NOTE})")
    assert "Läget: Leverantören bytte kortet.\n" in swedish.body
    assert swedish.in_english == ("customer_impact",)
    assert "\ue002" not in swedish.subject + swedish.body  # no marker left anywhere


def test_a_bundle_gives_its_own_words_for_in_english(kit: Kit, tmp_path: Path) -> None:
    """For a language the kit has no words of its own for, or to say it the bundle's way:
    bundle.toml `[templates.in_english]`; a bad value is refused at build with the reason."""
    toml = (
        '[bundle]\nname = "nordic-partners"\n\n[templates.fallback]\npt-BR = "en"\n\n'
        '[templates.in_english]\nsv = "på engelska tills vidare"\n'
    )
    c = _update_with(
        kit,
        tmp_path / "src",
        {"bundle.toml": toml},
        {
            "customer_impact": "Still not charged.",
            "customer_impact.sv": "Fortfarande inte debiterat.",
            "progress": "The vendor replaced the card.",
        },
    )
    swedish = c.text("sv", "email")
    assert "Läget: The vendor replaced the card. (på engelska tills vidare)\n" in swedish.body
    assert swedish.english_mark() == "(på engelska tills vidare)"
    german = c.text("de", "email")  # not in the bundle's table: the kit's own words
    assert "Stand: The vendor replaced the card. (auf Englisch)\n" in german.body

    bad = write_source(
        tmp_path / "bad",
        extra={"bundle.toml": toml.replace('sv = "på engelska tills vidare"', 'sv = ""')},
    )
    problems = template_set_problems(parse_source(read_folder(bad)))
    assert any("[templates] in_english must be a table of short words" in p for p in problems)
