"""Reading a bundle source (DESIGN.md §5) into a `Directory`, with every problem named by
file and line. Works on file contents in memory, so a verified bundle is parsed without
touching disk."""

from __future__ import annotations

import csv
import io
import re
import tomllib
import zoneinfo
from collections.abc import Mapping
from pathlib import Path

from app.contacts.iso639 import language_problem
from app.contacts.model import (
    CHANNELS,
    KINDS,
    STAGES,
    Contact,
    Directory,
    Group,
    Runbook,
    Service,
    Template,
)
from app.errors import UserError
from app.i18n import Msg
from app.notices.field_labels import unquoted_label_hint
from app.textencoding import unicode_bom

EMAIL = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")
PHONE = re.compile(r"^\+[1-9]\d{6,14}$")
LANGUAGE = re.compile(r"^[a-z]{2}(-[A-Za-z]{2})?$")
IDENT = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
TEMPLATE_PATH = re.compile(
    r"^templates/(?P<kind>[a-z]+)/(?P<stage>[a-z]+)\.(?P<lang>[a-z]{2}(-[A-Za-z]{2})?)"
    r"(?P<sms>\.sms)?\.j2$"
)
RUNBOOK_PATH = re.compile(r"^runbooks/(?P<name>[A-Za-z0-9_-]+)\.md$")
HEADERS = {
    "contacts.csv": [
        "organisation",
        "name",
        "email",
        "phone",
        "language",
        "timezone",
        "groups",
        "channels",
    ],
    "groups.csv": ["id", "name", "description"],
    "services.csv": ["id", "name", "description"],
    "routing.csv": ["service", "group"],
}


class SourceProblems(UserError):
    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        shown = "\n".join(f"  {p}" for p in problems[:50])
        more = (
            "\n  " + Msg.tr("… and {more} more").format(more=len(problems) - 50)
            if len(problems) > 50
            else ""
        )
        head = Msg.tr("The bundle source has %n problem(s):", "", len(problems))
        super().__init__(f"{head}\n{shown}{more}")


def normalise_phone(text: str) -> str:
    """'+46 70-000 00 00' → '+46700000000'."""
    return re.sub(r"[\s().-]", "", text)


def read_folder(folder: Path) -> dict[str, bytes]:
    """Every regular file under `folder`, by its '/'-separated relative path."""
    if not folder.is_dir():
        raise UserError(Msg.tr("{folder} is not a folder.").format(folder=folder))
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and not path.is_symlink()
    }


def _text(name: str, data: bytes, problems: list[str]) -> str | None:
    """UTF-8 (with or without Notepad's BOM), line ends as LF: files IT saves on Windows
    (Notepad, Excel) end lines with CRLF, which must not reach a notice or count as a change."""
    try:
        return data.decode("utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        if unicode_bom(data) or b"\0" in data[:64]:
            problems.append(
                Msg.tr(
                    '{name}: not UTF-8 text: it looks like UTF-16 (Excel\'s "Unicode text"). '
                    'Save it as "CSV UTF-8" (or UTF-8 in your editor) and build again.'
                ).format(name=name)
            )
        else:
            problems.append(
                Msg.tr(
                    "{name}:{line}: not UTF-8 text (byte {start} is not): it looks like a "
                    'Windows code page such as Windows-1250. Save it as "CSV UTF-8" (or UTF-8 '
                    "in your editor) and build again."
                ).format(name=name, line=line, start=err.start)
            )
        return None


def _rows(
    name: str, files: Mapping[str, bytes], problems: list[str], *, required: bool = True
) -> list[tuple[int, dict[str, str]]]:
    if name not in files:
        if required:
            problems.append(Msg.tr("{name}: missing.").format(name=name))
        return []
    text = _text(name, files[name], problems)
    if text is None:
        return []
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = [h.strip().lower() for h in (reader.fieldnames or [])]
    missing = [h for h in HEADERS[name] if h not in header and h != "description"]
    if missing:
        problems.append(
            Msg.tr("{name}:1: missing column(s) {missing}; expected {expected}.").format(
                name=name, missing=", ".join(missing), expected=",".join(HEADERS[name])
            )
        )
        return []
    reader.fieldnames = header
    rows: list[tuple[int, dict[str, str]]] = []
    for row in reader:
        line = reader.line_num
        if None in row:
            problems.append(
                Msg.tr("{name}:{line}: more fields than columns.").format(name=name, line=line)
            )
            continue
        rows.append((line, {k: (v or "").strip() for k, v in row.items()}))
    return rows


def parse_source(files: Mapping[str, bytes]) -> Directory:
    problems: list[str] = []
    directory = Directory()
    names = _translated_names("groups.csv", files, problems)
    directory.groups = [
        Group(*t, names=names.get(t[0], ())) for t in _parse_named(files, "groups.csv", problems)
    ]
    names = _translated_names("services.csv", files, problems)
    directory.services = [
        Service(*t, names=names.get(t[0], ()))
        for t in _parse_named(files, "services.csv", problems)
    ]
    group_ids = {g.id for g in directory.groups}
    service_ids = {s.id for s in directory.services}
    for line, row in _rows("routing.csv", files, problems):
        if row["service"] not in service_ids:
            problems.append(
                Msg.tr("routing.csv:{line}: unknown service {service}.").format(
                    line=line, service=repr(row["service"])
                )
            )
        elif row["group"] not in group_ids:
            problems.append(
                Msg.tr("routing.csv:{line}: unknown group {group}.").format(
                    line=line, group=repr(row["group"])
                )
            )
        else:
            directory.routing.append((row["service"], row["group"]))
    directory.contacts = _parse_contacts(files, group_ids, problems)
    for name, data in sorted(files.items()):
        if name.startswith("templates/"):
            _parse_template(name, data, directory, problems)
        elif name.startswith("runbooks/"):
            _parse_runbook(name, data, directory, problems)
        elif name in ("delivery.toml", "bundle.toml"):
            text = _text(name, data, problems)
            if text is not None:
                try:
                    tomllib.loads(text)
                except tomllib.TOMLDecodeError as err:
                    problems.append(Msg.tr("{name}: {err}.").format(name=name, err=err))
                    hint = unquoted_label_hint(text) if name == "bundle.toml" else None
                    problems += [hint] if hint else []
                directory.docs[name] = text
    if problems:
        raise SourceProblems(problems)
    return directory


def _parse_named(
    files: Mapping[str, bytes], name: str, problems: list[str]
) -> list[tuple[str, str, str]]:
    """Rows of groups.csv or services.csv as (id, name, description)."""
    found: dict[str, tuple[str, str, str]] = {}
    for line, row in _rows(name, files, problems):
        ident = row["id"]
        if not IDENT.match(ident):
            problems.append(
                Msg.tr(
                    "{name}:{line}: id {ident} must be lower-case letters, digits, '-' or '_'."
                ).format(name=name, line=line, ident=repr(ident))
            )
        elif ident in found:
            problems.append(
                Msg.tr("{name}:{line}: id {ident} appears twice.").format(
                    name=name, line=line, ident=repr(ident)
                )
            )
        elif not row["name"]:
            problems.append(
                Msg.tr("{name}:{line}: {ident} has no name.").format(
                    name=name, line=line, ident=repr(ident)
                )
            )
        else:
            found[ident] = (ident, row["name"], row.get("description", ""))
    return list(found.values())


def _translated_names(
    file: str, files: Mapping[str, bytes], problems: list[str]
) -> dict[str, tuple[tuple[str, str], ...]]:
    """groups.csv and services.csv may name a group or service per language: columns
    `name.pl`, `name.sv`, …"""
    found: dict[str, tuple[tuple[str, str], ...]] = {}
    rows = _rows(file, files, [])  # row problems are named by _parse_named
    columns = sorted({k for _, row in rows for k in row if k.startswith("name.")})
    for column in columns:
        if not LANGUAGE.match(column.removeprefix("name.")):
            problems.append(
                Msg.tr(
                    "{file}:1: column {column}: a translated name is name.<language>, "
                    "like name.pl or name.pt-BR."
                ).format(file=file, column=repr(column))
            )
    for _, row in rows:
        names = [(c.removeprefix("name."), row[c]) for c in columns if row.get(c)]
        if names:
            found[row["id"]] = tuple(names)
    return found


def _parse_contacts(
    files: Mapping[str, bytes], group_ids: set[str], problems: list[str]
) -> list[Contact]:
    contacts: list[Contact] = []
    seen: dict[str, int] = {}
    for line, row in _rows("contacts.csv", files, problems):
        where = f"contacts.csv:{line}"
        email, phone = row["email"], normalise_phone(row["phone"])
        # sorted, as the store lists them: the order in the cell is no change to apply
        groups = tuple(sorted({g.strip() for g in row["groups"].split(";") if g.strip()}))
        channels = tuple(c.strip().lower() for c in row["channels"].split(";") if c.strip())
        channels = channels or ("email",)
        before = len(problems)
        if not row["organisation"]:
            problems.append(Msg.tr("{where}: organisation is empty.").format(where=where))
        if email and not EMAIL.match(email):
            problems.append(
                Msg.tr("{where}: {email} is not an e-mail address.").format(
                    where=where, email=repr(email)
                )
            )
        if phone and not PHONE.match(phone):
            problems.append(
                Msg.tr(
                    "{where}: phone {phone} must be international, like +46 70 000 00 00."
                ).format(where=where, phone=repr(row["phone"]))
            )
        if not email and not phone:
            problems.append(
                Msg.tr("{where}: needs an e-mail address or a phone number.").format(where=where)
            )
        for channel in channels:
            if channel not in CHANNELS:
                problems.append(
                    Msg.tr("{where}: channel {channel} is not one of email, sms.").format(
                        where=where, channel=repr(channel)
                    )
                )
        if "sms" in channels and not phone:
            problems.append(
                Msg.tr("{where}: channel sms needs a phone number.").format(where=where)
            )
        if "email" in channels and not email:
            problems.append(
                Msg.tr("{where}: channel email needs an e-mail address.").format(where=where)
            )
        language = row["language"] or "en"
        if not LANGUAGE.match(language):
            problems.append(
                Msg.tr("{where}: language {language} should look like en, pl or pt-BR.").format(
                    where=where, language=repr(language)
                )
            )
        elif language_problem(language):
            problems.append(f"{where}: {language_problem(language)}")
        timezone = row["timezone"] or "UTC"
        try:
            zoneinfo.ZoneInfo(timezone)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            problems.append(
                Msg.tr("{where}: unknown time zone {timezone} (e.g. Europe/Warsaw).").format(
                    where=where, timezone=repr(timezone)
                )
            )
        for group in groups:
            if group not in group_ids:
                problems.append(
                    Msg.tr("{where}: group {group} is not in groups.csv.").format(
                        where=where, group=repr(group)
                    )
                )
        contact = Contact(
            row["organisation"], row["name"], email, phone, language, timezone, groups, channels
        )
        if contact.key and contact.key in seen:
            problems.append(
                Msg.tr("{where}: the same contact as line {first}.").format(
                    where=where, first=seen[contact.key]
                )
            )
        if len(problems) == before:
            seen[contact.key] = line
            contacts.append(contact)
    return contacts


def _parse_template(name: str, data: bytes, directory: Directory, problems: list[str]) -> None:
    match = TEMPLATE_PATH.match(name)
    if not match or match["kind"] not in KINDS or match["stage"] not in STAGES:
        problems.append(
            Msg.tr(
                "{name}: templates go in templates/<kind>/<stage>.<language>[.sms].j2 "
                "with kind one of {kinds} and stage one of {stages}."
            ).format(name=name, kinds=", ".join(KINDS), stages=", ".join(STAGES))
        )
        return
    if language_problem(match["lang"]):
        problems.append(f"{name}: {language_problem(match['lang'])}")
        return
    text = _text(name, data, problems)
    if text is None:
        return
    channel = "sms" if match["sms"] else "email"
    if channel == "email" and not text.startswith("Subject:"):
        problems.append(Msg.tr("{name}:1: the first line must be 'Subject: …'.").format(name=name))
        return
    directory.templates.append(
        Template(match["kind"], match["stage"], match["lang"], channel, text)
    )


def _parse_runbook(name: str, data: bytes, directory: Directory, problems: list[str]) -> None:
    match = RUNBOOK_PATH.match(name)
    if not match:
        problems.append(Msg.tr("{name}: runbooks are runbooks/<name>.md.").format(name=name))
        return
    text = _text(name, data, problems)
    if text is None:
        return
    first = next((ln for ln in text.splitlines() if ln.strip()), match["name"])
    directory.runbooks.append(Runbook(match["name"], first.lstrip("# ").strip(), text))
