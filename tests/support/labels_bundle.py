"""A bundle whose IT labels its own fields per language (bundle.toml `[fields.<name>]`):
templates in English, Polish and Swedish with the fields `customer_impact`, `scope` and
`fix_note`; e-mail partners reading each. Built, trusted and imported with the real command
line as a second process, as IT and the officer do it."""

from __future__ import annotations

from pathlib import Path

from tests.support.cli import CliRunner

STAGES = ("initial", "update", "resolved")
FIELDS = {
    "initial": ("customer_impact", "scope"),
    "update": ("customer_impact", "scope"),
    "resolved": ("fix_note",),
}
WORDS = {
    "en": ("Outage notice", "Next update by"),
    "pl": ("Informacja o awarii", "Kolejna informacja do"),
    "sv": ("Driftstörning", "Nästa uppdatering senast"),
}
LABELS = """
[fields.customer_impact]
label = "What partners cannot do"
"label.pl" = "Czego partnerzy nie mogą zrobić"

[fields.scope]
label = "Which networks"
"label.pl" = "Których sieci dotyczy"
"""
HEAD = '[bundle]\nname = "labelled-partners"\n[templates]\nfallback = "en"\n'
CONTACTS = """organisation,name,email,phone,language,timezone,groups,channels
Anglia Telecom,NOC,noc@anglia.example.com,,en,Europe/London,all,email
Polska Sieć,Dyżur,dyzur@polska.example.com,,pl,Europe/Warsaw,all,email
Norrland Net,NOC,noc@norrland.example.se,,sv,Europe/Stockholm,all,email
"""


def _template(stage: str, language: str) -> str:
    subject, promise = WORDS[language]
    lines = [f"Subject: {subject}: {{{{ incident.title }}}}", ""]
    lines += [f"{name}: {{{{ {name} }}}}" for name in FIELDS[stage]]
    if stage != "resolved":
        lines += ["", f"{promise} {{{{ next_update|local }}}}."]
    return "\n".join(lines) + "\n"


def write_labels_source(folder: Path, labels: str = LABELS) -> Path:
    files = {
        "bundle.toml": HEAD + labels,
        "contacts.csv": CONTACTS,
        "groups.csv": "id,name,description\nall,Everyone,every partner\n",
        "services.csv": "id,name,description\nvoice,Voice core,calls\n",
        "routing.csv": "service,group\nvoice,all\n",
    }
    for stage in STAGES:
        for language in WORDS:
            files[f"templates/disaster/{stage}.{language}.j2"] = _template(stage, language)
    for name, text in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return folder


def build_args(source: Path, key_prefix: Path, passfile: Path, out: Path) -> list[str]:
    return [
        *("bundle", "build", str(source), "--key", f"{key_prefix}.key", "--version", "1"),
        *("--out", str(out), "--key-passphrase-file", str(passfile)),
    ]


def import_labelled_bundle(
    cli: CliRunner, tmp_path: Path, key_prefix: Path, passfile: Path
) -> None:
    """Build, trust and import the bundle, each a second process."""
    out = tmp_path / "labelled.zip"
    source = write_labels_source(tmp_path / "labelled-src")
    built = cli.subprocess(*build_args(source, key_prefix, passfile, out))
    assert built.code == 0, built.err
    trusted = cli.subprocess("bundle", "trust", f"{key_prefix}.pub", "--yes")
    assert trusted.code == 0, trusted.err
    imported = cli.subprocess("bundle", "import", str(out), "--yes")
    assert imported.code == 0, imported.err


def labelled_incident(cli: CliRunner, tmp_path: Path, key_prefix: Path, passfile: Path) -> str:
    """A new store with the labelled bundle imported and a disaster opened on it (the title
    in English alone): its reference."""
    assert cli.subprocess("init", "--operator", "Night Duty").code == 0
    import_labelled_bundle(cli, tmp_path, key_prefix, passfile)
    return cli.subprocess(
        "incident", "new", "--kind", "disaster", "--title", "Voice down", "--services", "voice"
    ).out.strip()
