"""A bundle source the way an IT admin writes one for issue 15: their own templates with
their own field names (`start_time`, `customer_impact`, not the shipped `started`/`impact`),
in English, Swedish and German (the kit ships neither sv nor de), e-mail templates only (no
SMS short forms), contacts that take e-mail and SMS in three time zones, a Brazilian partner
covered by a stated fallback, and services named per language."""

from __future__ import annotations

from pathlib import Path

from app.contacts.directory import DirectoryStore
from app.contacts.source import parse_source, read_folder
from app.kit import Kit

LANGUAGES = ("en", "sv", "de")
STAGE_FIELDS = {
    "initial": ("customer_impact", "start_time"),
    "update": ("customer_impact", "progress"),
    "resolved": ("end_time",),
    "completed": ("end_time",),
    "cancelled": ("reason",),
}
WORDS = {
    "en": {
        "subject": "Disruption",
        "dear": "Dear partner,",
        "customer_impact": "Impact",
        "start_time": "Started",
        "progress": "Progress",
        "end_time": "Ended",
        "reason": "Reason",
        "next": "Next update no later than",
        "services": "Affected",
    },
    "sv": {
        "subject": "Störning",
        "dear": "Hej,",
        "customer_impact": "Påverkan",
        "start_time": "Började",
        "progress": "Läget",
        "end_time": "Avslutad",
        "reason": "Orsak",
        "next": "Nästa uppdatering senast",
        "services": "Berörda tjänster",
    },
    "de": {
        "subject": "Störung",
        "dear": "Sehr geehrte Partner,",
        "customer_impact": "Auswirkung",
        "start_time": "Beginn",
        "progress": "Stand",
        "end_time": "Ende",
        "reason": "Grund",
        "next": "Nächste Meldung spätestens",
        "services": "Betroffen",
    },
    "pl": {
        "subject": "Zakłócenie",
        "dear": "Szanowni Państwo,",
        "customer_impact": "Wpływ",
        "start_time": "Początek",
        "progress": "Stan prac",
        "end_time": "Koniec",
        "reason": "Powód",
        "next": "Następna informacja najpóźniej",
        "services": "Usługi",
    },
}
#: with a Polish partner too (`write_source(polish=True)`): a language the kit ships
POLISH_CONTACT = "Epsilon Polska,NOC,noc@epsilon.example.com,,pl,Europe/Warsaw,all,email\n"
FINAL = {"resolved", "completed", "cancelled"}
CONTACTS = """organisation,name,email,phone,language,timezone,groups,channels
Alpha Media,Ops desk,ops@alpha.example.com,+44 20 0000 0000,en,Europe/London,all,email;sms
Beta Nordic,NOC,noc@beta.example.com,+46 70 000 00 01,sv,Europe/Stockholm,all,email;sms
Gamma Spiele,Betrieb,betrieb@gamma.example.net,,de,Europe/Berlin,all,email
Delta Brasil,NOC,noc@delta.example.com,+55 11 0000 0000,pt-BR,America/Sao_Paulo,all,email;sms
"""


ZONES = ("Europe/London", "Europe/Berlin", "America/Sao_Paulo", "Asia/Tokyo")


def many_partners(count: int) -> str:
    """`count` more English-reading partners in four time zones (contacts.csv rows), as a
    big operator's bundle has them."""
    return "".join(
        f"Partner {n:03d} Media,NOC,noc{n}@p{n}.example.com,,en,{ZONES[n % 4]},all,email\n"
        for n in range(count)
    )


def template(kind: str, stage: str, language: str) -> str:
    w = WORDS[language]
    lines = [f"Subject: {w['subject']} ({stage}): {{{{ incident.title }}}}", "", w["dear"], ""]
    lines.append(f"{w['services']}: {{{{ incident.services }}}}")
    lines += [f"{w[name]}: {{{{ {name} }}}}" for name in STAGE_FIELDS[stage]]
    if stage not in FINAL:
        lines += ["", f"{w['next']} {{{{ next_update }}}}."]
    return "\n".join(lines) + "\n"


def write_source(
    folder: Path,
    *,
    leave_out: tuple[str, ...] = (),
    fallback: str = 'pt-BR = "en"',
    extra: dict[str, str] | None = None,
    polish: bool = False,
) -> Path:
    """The bundle source in `folder`; `leave_out`: template paths not to write (a gap);
    `polish`: a Polish partner and Polish templates too."""
    languages = (*LANGUAGES, "pl") if polish else LANGUAGES
    files = {
        "bundle.toml": f'[bundle]\nname = "nordic-partners"\n\n[templates.fallback]\n{fallback}\n',
        "contacts.csv": CONTACTS + (POLISH_CONTACT if polish else ""),
        "groups.csv": "id,name,description\nall,Everyone,every partner\n",
        "services.csv": (
            "id,name,description,name.sv,name.de\n"
            "sms,SMS gateways,SMS traffic,SMS-gateways,SMS-Gateways\n"
            "billing,Billing,Subscriptions,Fakturering,Abrechnung\n"
        ),
        "routing.csv": "service,group\nsms,all\nbilling,all\n",
    }
    for kind, stages in (
        ("disaster", ("initial", "update", "resolved")),
        ("downtime", ("initial", "update", "completed", "cancelled")),
    ):
        for stage in stages:
            for language in languages:
                files[f"templates/{kind}/{stage}.{language}.j2"] = template(kind, stage, language)
    files.update(extra or {})
    for name, text in files.items():
        if name in leave_out:
            continue
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return folder


def load_into(kit: Kit, folder: Path, *, polish: bool = False) -> None:
    """The bundle's directory in the kit, as `bundle import` leaves it (without signing)."""
    directory = parse_source(read_folder(write_source(folder, polish=polish)))
    DirectoryStore(conn=kit.store.conn, audit=kit.audit).replace(
        directory, origin="bundle", reason="test"
    )
