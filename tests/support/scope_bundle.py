"""A bundle as the Polish team's IT writes it (issue 15, sprint 8): their own field names
(`scope`, `onset`, `measures`, `headway`, `fixed_at`, `cause`), templates in English, Polish
and Ukrainian (the kit ships no Ukrainian), e-mail only, partners reading each."""

from __future__ import annotations

from pathlib import Path

from app.contacts.directory import DirectoryStore
from app.contacts.source import parse_source, read_folder
from app.kit import Kit

STAGES = {
    "disaster": ("initial", "update", "resolved"),
    "downtime": ("initial", "update", "completed", "cancelled"),
}
#: the fields of each stage (a time is shown with |local, as the kit asks)
FIELDS = {
    "initial": ("scope", "onset|local", "measures"),
    "update": ("measures", "headway"),
    "resolved": ("fixed_at|local", "cause"),
    "completed": ("fixed_at|local", "cause"),
    "cancelled": ("cause",),
}
FINAL = {"resolved", "completed", "cancelled"}
WORDS = {
    "en": ("Outage notice", "Next update by", "Dear partner,"),
    "pl": ("Informacja o awarii", "Kolejna informacja do", "Szanowni Państwo,"),
    "uk": ("Повідомлення про збій", "Наступне оновлення до", "Шановні партнери,"),
}
CONTACTS = """organisation,name,email,phone,language,timezone,groups,channels
Anglia Telecom,NOC,noc@anglia.example.com,,en,Europe/London,all,email
Polska Sieć,Dyżur,dyzur@polska.example.com,,pl,Europe/Warsaw,all,email
Kyiv Transit,NOC,noc@kyiv.example.net,,uk,Europe/Kyiv,all,email
"""


def template(stage: str, language: str) -> str:
    subject, promise, dear = WORDS[language]
    lines = [f"Subject: {subject}: {{{{ incident.title }}}}", "", dear, ""]
    lines += [f"{name.split('|')[0]}: {{{{ {name} }}}}" for name in FIELDS[stage]]
    if stage not in FINAL:
        lines += ["", f"{promise} {{{{ next_update|local }}}}."]
    return "\n".join(lines) + "\n"


def write_scope_source(folder: Path, extra: dict[str, str] | None = None) -> Path:
    files = {
        "bundle.toml": '[bundle]\nname = "polska-partners"\n',
        "contacts.csv": CONTACTS,
        "groups.csv": "id,name,description\nall,Everyone,every partner\n",
        "services.csv": "id,name,description\nsms,SMS gateway,SMS traffic\n",
        "routing.csv": "service,group\nsms,all\n",
    }
    for kind, stages in STAGES.items():
        for stage in stages:
            for language in WORDS:
                files[f"templates/{kind}/{stage}.{language}.j2"] = template(stage, language)
    files.update(extra or {})
    for name, text in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return folder


def load_scope_bundle(kit: Kit, folder: Path) -> None:
    """The bundle's directory in the kit, as `bundle import` leaves it (without signing)."""
    directory = parse_source(read_folder(write_scope_source(folder)))
    DirectoryStore(conn=kit.store.conn, audit=kit.audit).replace(
        directory, origin="bundle", reason="test"
    )
