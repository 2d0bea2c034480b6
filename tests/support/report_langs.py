"""An outage told to partners in four languages through a bundle written for the test (not
the demo): Polish, Czech and Ukrainian (the kit ships neither cs nor uk) besides English,
templates with their own field names (`dopad`, `zacatek`, not the shipped `impact` /
`started`), free text per language, e-mail and SMS partners in three time zones. SMS texts
are derived from the e-mail templates (the bundle has no SMS short forms); no modem here,
so the SMS copies stay queued and the report must say "0 out" for them."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from app.contacts.directory import DirectoryStore
from app.contacts.source import parse_source, read_folder
from app.incidents.service import IncidentService
from app.kit import Kit

LANGUAGES = ("en", "pl", "cs", "uk")
WORDS = {
    "en": ("Outage", "Dear partner,", "Impact", "Began", "Progress", "Ended", "Next update by"),
    "pl": ("Awaria", "Szanowni Państwo,", "Wpływ", "Początek", "Stan prac", "Koniec",
           "Następna informacja najpóźniej"),
    "cs": ("Výpadek", "Vážení partneři,", "Dopad", "Začátek", "Průběh", "Konec",
           "Další zpráva nejpozději"),
    "uk": ("Збій", "Шановні партнери,", "Вплив", "Початок", "Хід робіт", "Кінець",
           "Наступне оновлення не пізніше"),
}  # fmt: skip
STAGE_FIELDS = {
    "initial": ("dopad", "zacatek"),
    "update": ("dopad", "prubeh"),
    "resolved": ("konec",),
    "completed": ("konec",),
    "cancelled": ("prubeh",),
}
LABEL = {"dopad": 2, "zacatek": 3, "prubeh": 4, "konec": 5}
TIMES = {"zacatek", "konec"}  # shown in each partner's own time zone
FINAL = {"resolved", "completed", "cancelled"}
CONTACTS = """organisation,name,email,phone,language,timezone,groups,channels
Alfa Polska,NOC,noc@alfa.example.com,+48 500 000 001,pl,Europe/Warsaw,all,email;sms
Beta Polska,Dyzur,dyzur@beta.example.com,,pl,Europe/Warsaw,all,email
Cesky Operator,NOC,noc@cesky.example.com,+420 600 000 001,cs,Europe/Prague,all,email;sms
Kyiv Media,Ops,ops@kyiv.example.net,,uk,Europe/Kyiv,all,email
London Ltd,Ops,ops@london.example.com,,en,Europe/London,all,email
"""
#: the free text per language, as an officer types it in the form's language tabs
IMPACT = {
    "dopad": "MT billing stopped for every operator.",
    "dopad.pl": "Płatności MT wstrzymane — zażółć gęślą jaźń.",
    "dopad.cs": "Platby MT jsou zastaveny — příliš žluťoučký kůň.",
    "dopad.uk": "Платежі MT зупинено — шлюз SMS недоступний.",
}
#: a long Czech progress report: the PDF must carry it whole, over a page break if it must
LONG_CS = "\n".join(
    f"{n}. Obnovujeme bránu č. {n}; úspěšně ověřeno, čekáme na potvrzení operátora."
    for n in range(1, 41)
)


def template(stage: str, language: str) -> str:
    w = WORDS[language]
    lines = [f"Subject: {w[0]} ({stage}): {{{{ incident.title }}}}", "", w[1], ""]
    lines += [
        f"{w[LABEL[name]]}: {{{{ {name}{'|local' if name in TIMES else ''} }}}}"
        for name in STAGE_FIELDS[stage]
    ]
    if stage not in FINAL:
        lines += ["", f"{w[6]} {{{{ next_update }}}}."]
    return "\n".join(lines) + "\n"


def write_source(folder: Path) -> Path:
    files = {
        "bundle.toml": '[bundle]\nname = "central-europe"\n',
        "contacts.csv": CONTACTS,
        "groups.csv": "id,name,description\nall,Everyone,every partner\n",
        "services.csv": "id,name,description\nsms,SMS gateways,SMS traffic\n",
        "routing.csv": "service,group\nsms,all\n",
    }
    for kind, stages in (
        ("disaster", ("initial", "update", "resolved")),
        ("downtime", ("initial", "update", "completed", "cancelled")),
    ):
        for stage in stages:
            for language in LANGUAGES:
                files[f"templates/{kind}/{stage}.{language}.j2"] = template(stage, language)
    for name, text in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return folder


def load_bundle(kit: Kit, folder: Path) -> None:
    """The bundle's directory in the kit, as `bundle import` leaves it (without signing)."""
    directory = parse_source(read_folder(write_source(folder)))
    DirectoryStore(conn=kit.store.conn, audit=kit.audit).replace(
        directory, origin="bundle", reason="test"
    )


def initial_fields(t0: datetime) -> dict[str, str]:
    return {
        **IMPACT,
        "zacatek": t0.isoformat(),
        "next_update": (t0 + timedelta(hours=1)).isoformat(),
    }


def update_fields(t0: datetime) -> dict[str, str]:
    return {
        **IMPACT,
        "prubeh": "Gateway A is back.",
        "prubeh.cs": LONG_CS,
        "next_update": (t0 + timedelta(hours=2)).isoformat(),
    }


def service_of(kit: Kit) -> IncidentService:
    return IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
