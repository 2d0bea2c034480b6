"""A bundle for the Polish duty team's own language checks (issue 15, window side): its own
field names (`what_breaks`, `began_at`, `work_done`, `back_at` — none of the shipped
ones), partners reading Polish, Czech, Brazilian Portuguese and English in four time
zones, services named per language (`name.pl`, `name.cs`), e-mail templates only (the SMS
text is made from them)."""

from __future__ import annotations

from pathlib import Path

from app.contacts.directory import DirectoryStore
from app.contacts.source import parse_source, read_folder
from app.kit import Kit

STAGE_FIELDS = {
    ("disaster", "initial"): ("what_breaks", "began_at"),
    ("disaster", "update"): ("what_breaks", "work_done"),
    ("disaster", "resolved"): ("back_at",),
    ("downtime", "initial"): ("what_breaks",),
    ("downtime", "update"): ("work_done",),
    ("downtime", "completed"): ("back_at",),
    ("downtime", "cancelled"): ("reason",),
}
WORDS = {
    "en": ("Disruption", "Impact", "Since", "Progress", "Back", "Reason", "Next update by"),
    "pl": ("Awaria", "Wpływ", "Od", "Postęp", "Działa od", "Powód", "Następna informacja do"),
    "cs": ("Porucha", "Dopad", "Od", "Postup", "Obnoveno", "Důvod", "Další zpráva do"),
    "pt-BR": ("Falha", "Impacto", "Desde", "Progresso", "Normal", "Motivo", "Próxima até"),
}
LABELS = ("what_breaks", "began_at", "work_done", "back_at", "reason")
CONTACTS = """organisation,name,email,phone,language,timezone,groups,channels
Alfa Telekom,NOC,noc@alfa.example.com,+48 22 000 00 00,pl,Europe/Warsaw,all,email;sms
Beta Sit,Dohled,dohled@beta.example.net,,cs,Europe/Prague,all,email
Gama Dados,NOC,noc@gama.example.com,,pt-BR,America/Sao_Paulo,all,email
Delta Carrier,Ops,ops@delta.example.com,,en,Europe/London,all,email
"""
SERVICES = """id,name,description,name.pl,name.cs
billing,Billing,,Rozliczenia,Fakturace
gateway,SMS gateway,,Bramka SMS,SMS brána
"""


def template(kind: str, stage: str, language: str) -> str:
    subject, *names, promise = WORDS[language]
    said = dict(zip(LABELS, names, strict=True))
    lines = [f"Subject: {subject}: {{{{ incident.title }}}}", ""]
    if kind == "downtime":
        lines.append("{{ incident.window_start }} – {{ incident.window_end }}")
    lines += [f"{said[name]}: {{{{ {name} }}}}" for name in STAGE_FIELDS[(kind, stage)]]
    if kind == "disaster" and stage != "resolved":
        lines += ["", f"{promise} {{{{ next_update }}}}."]
    return "\n".join(lines) + "\n"


def write_source(folder: Path) -> Path:
    files = {
        "bundle.toml": '[bundle]\nname = "duty-team"\n',
        "contacts.csv": CONTACTS,
        "groups.csv": "id,name,description\nall,Everyone,every partner\n",
        "services.csv": SERVICES,
        "routing.csv": "service,group\nbilling,all\ngateway,all\n",
    }
    for kind, stage in STAGE_FIELDS:
        for language in WORDS:
            files[f"templates/{kind}/{stage}.{language}.j2"] = template(kind, stage, language)
    for name, text in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return folder


def load_officer_bundle(kit: Kit, folder: Path) -> None:
    """The bundle's directory in the kit, as `bundle import` leaves it (without signing)."""
    directory = parse_source(read_folder(write_source(folder)))
    DirectoryStore(conn=kit.store.conn, audit=kit.audit).replace(
        directory, origin="bundle", reason="test"
    )
