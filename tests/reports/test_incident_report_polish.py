"""The incident report's body in Polish (issue 15, point 4): the scripted night's report,
made by the command line as a second process with Polish chosen, has its summary,
procedure checks, facts, legend and notice details in Polish — the partners' own notice
texts are quoted as they were sent, and the CSV keeps its English keys for other systems.
Its own sentences say "powiadomiono" as the incident page does (they said "poinformowano")."""

from __future__ import annotations

import csv
import subprocess
from pathlib import Path

from app.kit import Kit
from tests.reports.conftest import Night, pdf_text
from tests.support.cli import CliRunner

POLISH = {"OUTAGE_KIT_LANG": "pl"}

#: the report body's English words (none of them occurs in the night's notice texts)
ENGLISH = (
    "In short",
    "unplanned outage",
    "Detected at",
    "over at",
    "Partners were first told",
    "after detection",
    "the rule is within",
    "update times promised",
    "KEPT",
    "MISSED",
    "LATE",
    "ON TIME",
    "PRESENT",
    "after the promised",
    "notice went out at",
    "messages to",
    "delivered",
    "Paths used",
    "backlog decision",
    "records changed",
    "Procedure",
    "What happened",
    "Verdict",
    "Timeline",
    "First notice within",
    "promised an update by",
    "Resolution notice",
    "time allowed for the first notice",
    "notice on time",
    "notice late",
    "promised time to the next update",
    "Facts",
    "Reference",
    "Partner groups",
    "Duration",
    "Report made",
    "closed 2026",
    "Queued",
    "First out",
    "Every partner told",
    "Next update promised by",
    "Audience",
    "contacts at",
    "organisations",
    "languages",
    "Delivery",
    "paths:",
    "Not delivered",
    "Last reply",
    "Backlog decisions during",
    "Decision",
    "Records",
    "Write off",
    "Disaster (unplanned)",
    "Initial notice",
    "by hand",
    " sent",
)


def test_the_incident_report_is_polish_from_the_command_line(
    night: Night, kit: Kit, cli: CliRunner, tmp_path: Path
) -> None:
    kit.store.close()
    pdf = tmp_path / "raport.pdf"
    made = cli.subprocess(
        "report", "incident", night.reference, "--format", "pdf", "--out", str(pdf), env=POLISH
    )
    assert made.code == 0, made.err
    flat = " ".join(pdf_text(pdf).split())
    left = [words for words in ENGLISH if words in flat]
    assert left == [], left
    # the incident page's word for told ("powiadomiono 2 z 4"), not a second one of its own
    assert "poinformowan" not in flat.lower(), flat
    for words in (
        "W skrócie",
        "nieplanowana awaria",
        "Partnerów po raz pierwszy powiadomiono o 01:26, 26 min po wykryciu: PO TERMINIE",
        "Obiecano 2 terminy aktualizacji: DOTRZYMANE: 1, NIEDOTRZYMANE: 1",
        "powiadomienie nr 2 przyszło o 02:15, 15 min po obiecanym terminie 02:00",
        "Pierwsze powiadomienie w ciągu",
        "przekazano inną drogą 2",  # one path, whatever the officer typed
        "Powiadomienie o usunięciu",
        "Awaria (nieplanowana)",
        "Powiadomienie wstępne",
        "Wszyscy partnerzy powiadomieni 10.03.2026 01:26",
        "Decyzje w zaległościach w czasie incydentu",
        "Duplicates from the outage",  # the officer's own note, as written
    ):
        assert words in flat, words
    pages = subprocess.run(
        ["pdftoppm", "-png", "-r", "60", str(pdf), str(tmp_path / "strona")], check=True
    )
    assert pages.returncode == 0 and list(tmp_path.glob("strona*.png"))

    html = tmp_path / "raport.html"
    made = cli.subprocess(
        "report", "incident", night.reference, "--format", "html", "--out", str(html), env=POLISH
    )
    assert made.code == 0, made.err
    page = html.read_text(encoding="utf-8")
    assert '<html lang="pl">' in page and "<h2>Procedura</h2>" in page
    assert "<h2>Procedure</h2>" not in page and "In short" not in page

    table = tmp_path / "raport.csv"
    made = cli.subprocess(
        "report", "incident", night.reference, "--format", "csv", "--out", str(table), env=POLISH
    )
    assert made.code == 0, made.err
    with table.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert rows[0]["First-notice rule"] == "LATE"
    assert [r["Promise"] for r in rows] == ["MISSED", "KEPT", ""]
