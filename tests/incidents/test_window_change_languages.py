"""The officer's words when a planned window changes (issue 15, point 2): the Extend and
Move dialogs take a note per language of the audience (a tab each, as the notice form), and
`incident extend --note-lang` / `incident move --reason-lang` do the same. Each partner reads
their own language's words after the kit's sentence; a language without its own gets the
English words under the line that the details are in English. With the nordic bundle
(Swedish and German, which the kit does not ship) and a Polish partner (which it does)."""

from __future__ import annotations

from datetime import timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.incidents.plan import PlanConfig
from app.incidents.schedule import Schedule
from app.incidents.service import IncidentService
from app.kit import Kit
from app.timefmt import iso
from app.ui.incidents.fields_form import FieldsForm
from app.ui.incidents.schedule_dialogs import (
    ExtendWindowDialog,
    MoveWindowDialog,
    WindowChangeDialog,
)
from tests.incidents.test_schedule_cli import demo_cli
from tests.incidents.test_schedule_window import retype
from tests.incidents.test_window import Officer
from tests.reports import conftest as scripted_night
from tests.reports.conftest import T0, Clock
from tests.support.cli import CliRunner
from tests.support.lang_bundle import load_into
from tests.support.language_tabs import open_language_tab, tab_codes, tab_names

clock = scripted_night.clock
__all__ = ["clock", "demo_cli"]  # fixtures

START = T0 + timedelta(days=5)  # Sunday 15 March 2026, 01:00 UTC (the test's zone is UTC)
END = START + timedelta(hours=2)
IMPACT = {
    "customer_impact": "No new subscriptions.",
    "customer_impact.sv": "Inga nya abonnemang.",
    "customer_impact.de": "Keine neuen Abonnements.",
    "customer_impact.pl": "Brak nowych abonamentów.",
}
SWEDISH_DETAILS = "Detaljerna i detta meddelande är på engelska."
GERMAN_DETAILS = "Die Einzelheiten dieser Mitteilung sind auf Englisch."
IN_ENGLISH_DE = "(auf Englisch)"  # after each part that is the English text


def _body(kit: Kit, address: str, reference: str) -> str:
    """The newest e-mail queued for `address` about `reference`, as the partner gets it."""
    row = kit.store.conn.execute(
        "SELECT body FROM outbox WHERE channel = 'email' AND lower(recipient) = ? AND "
        "incident_ref = ? ORDER BY id DESC LIMIT 1",
        (address, reference),
    ).fetchone()
    assert row is not None, address
    return str(row[0]).split("\n> ")[0]  # the new text, not the earlier notices quoted


def _open_tab(qtbot: QtBot, form: FieldsForm, language: str | None) -> None:
    open_language_tab(qtbot, form.tabs, language)


def _shown(qtbot: QtBot, dialog: WindowChangeDialog) -> tuple[Officer, FieldsForm]:
    qtbot.addWidget(dialog)
    dialog.show()
    return Officer(qtbot), dialog.words_form


@pytest.fixture
def announced(kit: Kit, clock: Clock, tmp_path: Path) -> tuple[Schedule, str]:
    load_into(kit, tmp_path / "src", polish=True)
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    schedule = Schedule(service=service)
    clock.at(T0)
    incident = service.create("downtime", "Billing upgrade", ["billing"], window=(START, END))
    schedule.make_plan(incident, PlanConfig(announce_days=None, fields=dict(IMPACT)))
    service.notify(incident, "initial", {**IMPACT, "start_time": iso(START)})
    return schedule, incident.reference


def test_extend_dialog_a_note_per_language(
    qtbot: QtBot, kit: Kit, clock: Clock, announced: tuple[Schedule, str]
) -> None:
    schedule, reference = announced
    clock.at(END + timedelta(minutes=5))
    dialog = ExtendWindowDialog(schedule, schedule.service.get(reference))
    officer, form = _shown(qtbot, dialog)
    assert tab_names(form.tabs) == [
        "English — all partners",
        "German",
        "Polish",
        "Portuguese (Brazil)",
        "Swedish",
    ]
    assert tab_codes(form.tabs) == [None, "de", "pl", "pt-BR", "sv"]
    retype(officer, dialog.new_end, "04:00")
    officer.type(dialog.note, "Index rebuild.")
    _open_tab(qtbot, form, "pl")
    officer.type(form.translations["words.pl"], "Przebudowa indeksu.")
    _open_tab(qtbot, form, "sv")
    officer.type(form.translations["words.sv"], "Indexet byggs om.")
    assert "now ends at 2026-03-15 04:00 UTC. Index rebuild." in dialog.preview.text()
    assert "Without words of their own, the partners who read German, Portuguese (Brazil) get" in (
        dialog.preview.text()
    )
    officer.click(dialog.ok)
    assert dialog.result() == ExtendWindowDialog.DialogCode.Accepted

    polish = _body(kit, "noc@epsilon.example.com", reference)
    assert "kończy się teraz 2026-03-15 05:00 CET. Przebudowa indeksu." in polish
    assert "Index rebuild" not in polish and "Indexet" not in polish
    assert "angielskim" not in polish  # all of it is theirs
    swedish = _body(kit, "noc@beta.example.com", reference)
    # the kit writes no Swedish: its English sentence, then the officer's Swedish words
    assert "now ends at 2026-03-15 05:00 CET. Indexet byggs om." in swedish
    assert "Index rebuild" not in swedish and "Przebudowa" not in swedish
    assert SWEDISH_DETAILS not in swedish
    german = _body(kit, "betrieb@gamma.example.net", reference)  # no German note
    # their own impact; only the kit's English sentence and the English note are marked
    assert "Auswirkung: Keine neuen Abonnements.\n" in german and GERMAN_DETAILS not in german
    assert f"now ends at 2026-03-15 05:00 CET. Index rebuild. {IN_ENGLISH_DE}" in german
    assert "Indexet" not in german and "Przebudowa" not in german
    english = _body(kit, "ops@alpha.example.com", reference)
    assert "now ends at 2026-03-15 04:00 GMT. Index rebuild." in english


def test_move_dialog_a_reason_per_language(
    qtbot: QtBot, kit: Kit, clock: Clock, announced: tuple[Schedule, str]
) -> None:
    schedule, reference = announced
    clock.at(T0 + timedelta(hours=1))
    dialog = MoveWindowDialog(schedule, schedule.service.get(reference))
    officer, form = _shown(qtbot, dialog)
    retype(officer, dialog.start, "2026-03-17 01:00")
    retype(officer, dialog.end, "2026-03-17 03:00")
    _open_tab(qtbot, form, "sv")
    officer.type(form.translations["words.sv"], "ny server levereras senare")
    # a reason in Swedish only: the others would read none
    assert "English too" in dialog.problems.text() and not dialog.ok.isEnabled()
    _open_tab(qtbot, form, None)
    officer.type(dialog.reason, "vendor delay")
    _open_tab(qtbot, form, "pl")
    officer.type(form.translations["words.pl"], "awaria dostawcy")
    assert dialog.ok.isEnabled(), dialog.problems.text()
    officer.click(dialog.ok)
    assert dialog.result() == MoveWindowDialog.DialogCode.Accepted

    polish = _body(kit, "noc@epsilon.example.com", reference)
    assert "zostały przeniesione" in polish and "Powód: awaria dostawcy" in polish
    assert "vendor delay" not in polish
    swedish = _body(kit, "noc@beta.example.com", reference)
    assert "has moved" in swedish and "ny server levereras senare" in swedish
    assert "vendor delay" not in swedish
    german = _body(kit, "betrieb@gamma.example.net", reference)
    assert GERMAN_DETAILS not in german and "Auswirkung: Keine neuen Abonnements.\n" in german
    assert f"Reason: vendor delay {IN_ENGLISH_DE}\n" in german
    audit = kit.store.conn.execute(
        "SELECT details FROM audit_log WHERE action = 'incident.window_moved'"
    ).fetchone()
    assert audit is not None and "awaria dostawcy" in str(audit[0])


def _eml(folder: Path) -> dict[str, EmailMessage]:
    """The exported e-mails by address (the newest of each)."""
    found: dict[str, EmailMessage] = {}
    for path in sorted(folder.rglob("*.eml")):
        message = message_from_bytes(path.read_bytes(), policy=policy.default)
        assert isinstance(message, EmailMessage)
        found[str(message["To"]).lower()] = message
    return found


def test_cli_extend_takes_a_note_per_language(
    demo_cli: CliRunner, clock: Clock, tmp_path: Path
) -> None:
    cli = demo_cli
    clock.at(T0)
    window = f"{START.isoformat()}/{END.isoformat()}"
    ref = cli(
        "incident", "new", "--kind", "downtime", "--title", "Upgrade", "--services",
        "subscriptions", "--window", window,
    ).out.strip()  # fmt: skip
    fields = tmp_path / "initial.json"
    fields.write_text('{"work": "Engine upgrade", "impact": "None"}', "utf-8")
    assert cli("incident", "notify", ref, "--stage", "initial", "--fields", str(fields)).code == 0
    assert cli("outbox", "export-eml", str(tmp_path / "first")).code == 0
    clock.at(END + timedelta(minutes=5))
    new_end = (END + timedelta(hours=1)).isoformat()
    wrong = cli("incident", "extend", ref, "--end", new_end, "--note-lang", "Indexet")
    assert wrong.code == 2 and "--note-lang takes LANG=TEXT" in wrong.err, wrong.err
    typo = cli("incident", "extend", ref, "--end", new_end, "--note-lang", "se=Indexet")
    assert typo.code == 2 and "nobody of" in typo.err and "pl, pt-BR, sv" in typo.err, typo.err
    english = cli("incident", "extend", ref, "--end", new_end, "--note-lang", "en=Index")
    assert english.code == 2 and "give it without the language" in english.err
    extended = cli(
        "incident", "extend", ref, "--end", new_end, "--note", "Index rebuild.",
        "--note-lang", "sv=Indexet byggs om.", "--note-lang", "pl=Przebudowa indeksu.",
    )  # fmt: skip
    assert extended.code == 0, extended.err
    assert cli("outbox", "export-eml", str(tmp_path / "extension")).code == 0
    mails = _eml(tmp_path / "extension")
    bodies = {
        address: m.get_body(("plain",)).get_content()  # type: ignore[union-attr]
        for address, m in mails.items()
    }
    polish = [b for b in bodies.values() if "kończy się teraz" in b]
    assert polish and all("Przebudowa indeksu." in b and "Index" not in b for b in polish)
    swedish = [b for b in bodies.values() if "Indexet byggs om." in b]
    assert swedish and all("Index rebuild" not in b and "Przebudowa" not in b for b in swedish)
    others = [b for b in bodies.values() if b not in polish and b not in swedish]
    assert others and all("Index rebuild." in b for b in others)
