"""A stage is never a word glued into a sentence written for another (a new user read
"Powiadomienie (usunięta) dla …" on the draft banner: "usunięta" agrees with "awaria", not
with "powiadomienie"). A sentence about one stage is written whole, per stage, so Polish
says each in its own grammar; where a stage is only named (in brackets, after a colon) it is
named by its noun phrase ("Usunięcie awarii"), never by the bare stage word."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app import i18n
from app.incidents.drafts import Waiting, follow_up_scope
from app.incidents.model import stage_label
from app.incidents.service import IncidentService
from app.kit import Kit
from tests.support.cli import CliRunner
from tests.support.forms_bundle import officer_zone
from tests.support.wall_clock import gone

SAVED = datetime(2026, 12, 1, 4, 20, tzinfo=UTC)
#: the draft banner per stage, in Polish: each with its own agreement
BANNERS = {
    "initial": "Powiadomienie wstępne dla OK-2026-0007 nie jest jeszcze w kolejce, ostatnio "
    "edytowane 1.12.2026 05:20 CET.",
    "update": "Aktualizacja dla OK-2026-0007 nie jest jeszcze w kolejce, ostatnio edytowana "
    "1.12.2026 05:20 CET.",
    "resolved": "Powiadomienie o usunięciu awarii OK-2026-0007 nie jest jeszcze w kolejce, "
    "ostatnio edytowane 1.12.2026 05:20 CET.",
    "completed": "Powiadomienie o zakończeniu prac OK-2026-0007 nie jest jeszcze w kolejce, "
    "ostatnio edytowane 1.12.2026 05:20 CET.",
    "cancelled": "Powiadomienie o odwołaniu prac OK-2026-0007 nie jest jeszcze w kolejce, "
    "ostatnio edytowane 1.12.2026 05:20 CET.",
}
#: the bare stage words (Words): each agrees with one noun only
BARE = ("(wstępne)", "(aktualizacja)", "(usunięta)", "(zakończone)", "(odwołane)")


@pytest.mark.parametrize("stage", list(BANNERS))
def test_the_draft_banner_is_one_whole_sentence_per_stage(stage: str) -> None:
    waiting = Waiting(
        follow_up_scope("OK-2026-0007", stage), SAVED, reference="OK-2026-0007", stage=stage
    )
    with officer_zone("Europe/Warsaw"):
        i18n.install("pl")  # (the autouse fixture puts English back)
        assert waiting.describe() == BANNERS[stage]
        i18n.install("en")
        english = waiting.describe()
    assert english.endswith("of OK-2026-0007 is not queued yet, last typed 2026-12-01 05:20 CET.")


def test_a_stage_named_in_brackets_is_its_noun_phrase() -> None:
    i18n.install("pl")
    names = [stage_label(s, "disaster") for s in BANNERS]
    assert names == [
        "Powiadomienie wstępne",
        "Aktualizacja",
        "Usunięcie awarii",
        "Zakończenie",
        "Odwołanie",
    ]
    # a stage this kit does not know: as stored
    assert stage_label("someday", "disaster") == "someday"


def test_the_command_line_names_the_stage_by_its_noun(
    kit: Kit,
    service: IncidentService,
    cli: CliRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    incident = service.create("disaster", "SMS gateways down", ["sms"])
    kit.store.close()
    monkeypatch.setenv(i18n.ENV_NAME, "pl")
    fields = tmp_path / "fields.json"
    fields.write_text(
        json.dumps(
            {
                "impact": "MT stoi",
                "started": gone("02:00 UTC"),
                "actions": "Restart",
                "next_update": (datetime.now(UTC) + timedelta(hours=1)).isoformat(),
            }
        ),
        encoding="utf-8",
    )
    for how in (["--dry-run"], []):
        done = cli(
            "incident", "notify", incident.reference, "--stage", "initial",
            "--fields", str(fields), *how,
        )  # fmt: skip
        assert done.code == 0, done.err
        said = done.out + done.err
        assert not any(bare in said for bare in BARE), said
        if how:
            head = done.out.splitlines()[0]
            assert head.startswith(f"{incident.reference} Powiadomienie wstępne: "), head
        else:
            assert f"dla {incident.reference} (Powiadomienie wstępne)." in done.out, done.out
    shown = cli("incident", "show", incident.reference)
    assert f"{incident.reference}  SMS gateways down  (awaria, incydent otwarty)" in shown.out
