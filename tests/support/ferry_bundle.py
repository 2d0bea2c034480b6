"""A bundle whose templates name their own times (issue 15 point 3, the "outage_began"
defect): `trouble_from` and `back_in_service`, shown as times with the kit's filters
(`|local`, `|with_utc`) in the English templates only — one marking is enough. Three
partners in three zones: Tokyo and Lima read English, Gdańsk reads Polish; all by e-mail."""

from __future__ import annotations

from pathlib import Path

from app.contacts.directory import DirectoryStore
from app.contacts.source import parse_source, read_folder
from app.kit import Kit

ZONES = {"Asia/Tokyo": "Kaiyo Link", "America/Lima": "Andes Cobros", "Europe/Warsaw": "Zatoka Tel"}

FILES = {
    "bundle.toml": '[bundle]\nname = "ferry-links"\n\n[templates]\nfallback = "en"\n',
    "contacts.csv": (
        "organisation,name,email,phone,language,timezone,groups,channels\n"
        "Kaiyo Link,Operations,ops@kaiyo.example.com,,en,Asia/Tokyo,ferry,email\n"
        "Andes Cobros,NOC,noc@andes.example.com,,en,America/Lima,ferry,email\n"
        "Zatoka Tel,Dyżur,dyzur@zatoka.example.net,,pl,Europe/Warsaw,ferry,email\n"
    ),
    "groups.csv": "id,name,description\nferry,Ferry partners,Ticketing partners\n",
    "services.csv": "id,name,description,name.pl\ntickets,Ticketing,Ferry tickets,Bilety\n",
    "routing.csv": "service,group\ntickets,ferry\n",
    "templates/disaster/initial.en.j2": (
        "Subject: Disruption: {{ incident.title }}\n\n"
        "Affected: {{ incident.services }}\n"
        "Trouble since: {{ trouble_from|local }}\n"
        "What we do: {{ measures }}\n\n"
        "Next update no later than {{ next_update }}.\n"
    ),
    "templates/disaster/initial.pl.j2": (
        "Subject: Zakłócenie: {{ incident.title }}\n\n"
        "Dotyczy: {{ incident.services }}\n"
        "Utrudnienia od: {{ trouble_from }}\n"
        "Działania: {{ measures }}\n\n"
        "Kolejna informacja najpóźniej {{ next_update }}.\n"
    ),
    "templates/disaster/update.en.j2": (
        "Subject: Update: {{ incident.title }}\n\n"
        "{{ measures }}\n\nNext update no later than {{ next_update }}.\n"
    ),
    "templates/disaster/update.pl.j2": (
        "Subject: Aktualizacja: {{ incident.title }}\n\n"
        "{{ measures }}\n\nKolejna informacja najpóźniej {{ next_update }}.\n"
    ),
    "templates/disaster/resolved.en.j2": (
        "Subject: Resolved: {{ incident.title }}\n\n"
        "Back in service: {{ back_in_service|with_utc }}\n{{ measures }}\n"
    ),
    "templates/disaster/resolved.pl.j2": (
        "Subject: Usunięte: {{ incident.title }}\n\n"
        "Działa od: {{ back_in_service }}\n{{ measures }}\n"
    ),
}


def write_ferry_source(folder: Path, changes: dict[str, str] | None = None) -> Path:
    for name, text in {**FILES, **(changes or {})}.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return folder


def load_ferry(kit: Kit, folder: Path) -> None:
    source = write_ferry_source(folder)
    DirectoryStore(conn=kit.store.conn, audit=kit.audit).replace(
        parse_source(read_folder(source)), origin="bundle", reason="test"
    )
