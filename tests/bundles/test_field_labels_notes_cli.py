"""`incident notify` says which parts of a notice a partner reads in English by the names
the officer knows them by: each field by its label in the kit's language (the bundle's
`"label.pl"`, else its `label`, else the kit's own), a field with no label by its key in
brackets (what --fields takes), and the title first when it is the English one — not the
template's keys ("customer_impact, scope")."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

from app.timefmt import now
from tests.support.cli import CliRunner
from tests.support.labels_bundle import labelled_incident


def test_the_english_parts_are_named_by_their_labels(
    cli: CliRunner, tmp_path: Path, key_prefix: Path, key_passphrase_file: Path
) -> None:
    ref = labelled_incident(cli, tmp_path, key_prefix, key_passphrase_file)
    promise = (now() + timedelta(hours=2)).isoformat(timespec="minutes")
    fields = tmp_path / "fields.json"
    fields.write_text(
        json.dumps({"scope": "Mobile", "customer_impact": "No calls", "next_update": promise}),
        "utf-8",
    )
    args = ("incident", "notify", ref, "--stage", "initial", "--fields", str(fields), "--dry-run")
    polish = cli.subprocess(*args, env={"OUTAGE_KIT_LANG": "pl"})
    assert polish.code == 0, polish.err
    assert (
        "(język szwedzki: brak tekstu dla pól: Tytuł incydentu, Czego partnerzy nie mogą "
        "zrobić, Których sieci dotyczy; tekst angielski, oznaczony (på engelska))"
    ) in polish.out, polish.out
    notes = [line for line in polish.out.splitlines() if line.startswith("(język")]
    assert notes and not any("customer_impact" in n or "scope" in n for n in notes), notes
    english = cli.subprocess(*args, env={"OUTAGE_KIT_LANG": "en"})
    assert (
        "(no Swedish text for: Incident title, What partners cannot do, Which networks; the "
        "English text, marked (på engelska))"
    ) in english.out, english.out

    # the Polish partners have their title: only the fields are named
    fields.write_text(
        json.dumps(
            {"scope": "Mobile", "customer_impact": "No calls", "next_update": promise,
             "title.pl": "Awaria głosu"}
        ),
        "utf-8",
    )  # fmt: skip
    polish = cli.subprocess(*args, env={"OUTAGE_KIT_LANG": "pl"})
    assert (
        "(język polski: brak tekstu dla pól: Czego partnerzy nie mogą zrobić, Których sieci "
        "dotyczy;"
    ) in polish.out, polish.out
    queued = cli.subprocess(*args[:-1], env={"OUTAGE_KIT_LANG": "pl"})
    assert queued.code == 0, queued.err

    # a field the bundle gives no label: its key, in brackets
    fields.write_text(json.dumps({"fix_note": "Card replaced"}), "utf-8")
    resolved = ("incident", "notify", ref, "--stage", "resolved", "--fields", str(fields))
    shown = cli.subprocess(*resolved, "--dry-run", env={"OUTAGE_KIT_LANG": "pl"})
    assert shown.code == 0, shown.err
    assert "(język szwedzki: brak tekstu dla pól: Tytuł incydentu, [fix_note];" in shown.out, (
        shown.out
    )
