"""Delivery paths as `delivery.toml` describes them (DESIGN.md §5), checked entry by entry.

Passwords never come from here: they are entered on the workstation (`paths password`).
"""

from __future__ import annotations

import ipaddress
import re
import tomllib
import unicodedata
from dataclasses import dataclass, fields, replace
from typing import Any

from app.errors import UserError
from app.i18n import Msg, tr_noop

SECURITIES = ("starttls", "tls", "none")
DEFAULT_PORTS = {"starttls": 587, "tls": 465, "none": 25}
_NAME_LENGTH = 40  # a path's name, at most
_HOST = re.compile(r"^[A-Za-z0-9]([A-Za-z0-9-]{0,62})(\.[A-Za-z0-9-]{1,63})*\.?$")
_ADDRESS = re.compile(r"^[^@\s<>,;\"]+@[^@\s<>,;\"]+\.[^@\s<>,;\"]+$")
COMPOSE_PRESETS = {
    # FACTS.md: Gmail's and Outlook's web compose deep links. {bcc} etc. are filled in
    # percent-encoded (spaces as %20).
    "gmail": "https://mail.google.com/mail/?view=cm&fs=1&to=&bcc={bcc}&su={subject}&body={body}",
    "outlook": (
        "https://outlook.office.com/mail/deeplink/compose?to=&bcc={bcc}&subject={subject}"
        "&body={body}"
    ),
}
COMPOSE_FIELDS = ("to", "bcc", "subject", "body")


class DeliveryConfigProblems(UserError):
    """`path`: the problems are those of one path's values, typed by the officer (`paths
    add`/`edit`, the path dialog), not of a bundle's delivery.toml they never saw."""

    def __init__(self, problems: list[str], *, path: str | None = None) -> None:
        self.problems = problems
        head = (
            Msg.tr("delivery.toml has problems; nothing was changed:")
            if path is None
            else Msg.tr("The path {name} was not saved:").format(name=repr(path))
        )
        super().__init__(head + "\n  " + "\n  ".join(problems))


@dataclass(frozen=True)
class SmtpProfile:
    name: str
    host: str
    port: int
    security: str
    sender: str  # the From address ("from" in delivery.toml)
    username: str = ""
    reply_to: str = ""
    source_address: str = ""
    ca_file: str = ""
    kind: str = "smtp"


@dataclass(frozen=True)
class WebmailProfile:
    name: str
    compose_url: str  # "gmail", "outlook" or a URL template with {bcc} {subject} {body}
    kind: str = "webmail"

    @property
    def url_template(self) -> str:
        return COMPOSE_PRESETS.get(self.compose_url, self.compose_url)


@dataclass(frozen=True)
class ModemProfile:
    port: str
    baud: int = 115200
    name: str = "modem"
    kind: str = "modem"


Profile = SmtpProfile | WebmailProfile | ModemProfile


def parse_delivery_toml(text: str) -> list[Profile]:
    """Every path `text` defines, in file order; `DeliveryConfigProblems` lists every bad entry."""
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise DeliveryConfigProblems(
            [Msg.tr("not valid TOML: {error}").format(error=err)]
        ) from None
    problems: list[str] = []
    profiles: list[Profile] = []
    unknown = sorted(set(doc) - {"smtp", "webmail", "modem"})
    if unknown:
        problems.append(
            Msg.tr(
                "unknown section(s) {sections}: use [[smtp]], [[webmail]], [modem]",
                "",
                len(unknown),
            ).format(sections=", ".join(unknown))
        )
    for i, entry in enumerate(_tables(doc, "smtp", problems), 1):
        profiles += _collect(problems, f"[[smtp]] #{i}", lambda e=entry: smtp_profile(e))
    for i, entry in enumerate(_tables(doc, "webmail", problems), 1):
        profiles += _collect(problems, f"[[webmail]] #{i}", lambda e=entry: webmail_profile(e))
    if "modem" in doc:
        if isinstance(doc["modem"], dict):
            profiles += _collect(problems, "[modem]", lambda: modem_profile(doc["modem"]))
        else:
            problems.append(Msg.tr('[modem] must be one table: [modem] port = "…", baud = 115200'))
    seen: set[str] = set()
    for profile in profiles:
        if profile.name in seen:
            problems.append(
                Msg.tr("the name {name} is used twice: path names must be unique").format(
                    name=repr(profile.name)
                )
            )
        seen.add(profile.name)
    if problems:
        raise DeliveryConfigProblems(problems)
    return profiles


def _tables(doc: dict[str, Any], key: str, problems: list[str]) -> list[dict[str, Any]]:
    value = doc.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        problems.append(
            Msg.tr("{key} entries must be written [[{key}]] (an array of tables)").format(key=key)
        )
        return []
    return value


def _collect(problems: list[str], where: str, build: Any) -> list[Profile]:
    try:
        return [build()]
    except DeliveryConfigProblems as err:
        problems += [f"{where}: {p}" for p in err.problems]
        return []


class _Entry:
    """Typed reads from one TOML table, collecting every problem before raising."""

    def __init__(self, data: dict[str, Any], allowed: tuple[str, ...]) -> None:
        self.data = data
        self.problems = [
            Msg.tr("unknown key {key} (known: {known})").format(
                key=repr(k), known=", ".join(allowed)
            )
            for k in data
            if k not in allowed
        ]

    def text(self, key: str, *, required: bool = False) -> str:
        value = self.data.get(key, "")
        if not isinstance(value, str):
            self.problems.append(Msg.tr("{key} must be text in quotes").format(key=key))
            return ""
        if "\r" in value or "\n" in value:
            self.problems.append(Msg.tr("{key} must be one line").format(key=key))
            return ""
        if required and not value.strip():
            self.problems.append(Msg.tr("{key} is required").format(key=key))
        return value.strip()

    def number(self, key: str, default: int, low: int, high: int) -> int:
        value = self.data.get(key, default)
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            self.problems.append(
                Msg.tr("{key} must be a whole number from {low} to {high}").format(
                    key=key, low=low, high=high
                )
            )
            return default
        return value

    def done(self) -> None:
        if self.problems:
            raise DeliveryConfigProblems(self.problems)


def _check_name(entry: _Entry, name: str) -> None:
    """Letters of any language, digits, spaces and punctuation ("Łączność zapasowa",
    "Modem – Żabka"); not a control character (a tab, an escape: unseen in a list, cut
    in a log line), nor longer than a list's line can show."""
    if not name:
        return  # (required: said by the entry)
    hidden = [c for c in name if unicodedata.category(c)[0] in "CZ" and c != " "]
    if hidden:
        entry.problems.append(
            Msg.tr(
                "name {name} has a control character or a special space ({code}): use "
                "letters, digits, ordinary spaces and punctuation"
            ).format(name=repr(name), code=f"U+{ord(hidden[0]):04X}")
        )
    elif len(name) > _NAME_LENGTH:
        entry.problems.append(
            Msg.tr(
                "name {name} is %n characters long: a path's name has at most {most}", "", len(name)
            ).format(name=repr(name), most=_NAME_LENGTH)
        )
    elif not name[0].isalnum():
        entry.problems.append(
            Msg.tr("name {name} must start with a letter or a digit").format(name=repr(name))
        )


def _bare_ip(host: str) -> str:
    """An IPv6 address as mail programs write it, "[::1]", is kept without its brackets
    (the socket wants it so; `unreachable.host_port` puts them back where it is shown)."""
    inner = host[1:-1] if host.startswith("[") and host.endswith("]") else host
    return inner if _is_ip(inner) else host


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def smtp_profile(data: dict[str, Any]) -> SmtpProfile:
    allowed = (
        "name", "host", "port", "security", "username", "from", "reply_to",
        "source_address", "ca_file",
    )  # fmt: skip
    e = _Entry(data, allowed)
    name = e.text("name", required=True)
    _check_name(e, name)
    host = _bare_ip(e.text("host", required=True))
    if host and not _HOST.match(host) and not _is_ip(host):
        e.problems.append(
            Msg.tr("host {host} is not a host name or IP address").format(host=repr(host))
        )
    security = e.text("security") or "starttls"
    if security not in SECURITIES:
        e.problems.append(
            Msg.tr("security must be one of {choices}, not {security}").format(
                choices=", ".join(SECURITIES), security=repr(security)
            )
        )
        security = "starttls"
    port = e.number("port", DEFAULT_PORTS[security], 1, 65535)
    sender = e.text("from", required=True)
    reply_to = e.text("reply_to")
    from email.utils import parseaddr  # here: email.utils (and socket) cost every start

    for key, address in (("from", sender), ("reply_to", reply_to)):
        # "Partner Operations <duty@example.com>" is what mail clients write: accept it.
        if address and not _ADDRESS.match(parseaddr(address)[1]):
            e.problems.append(
                Msg.tr(
                    "{key} {address} is not an e-mail address like duty@example.com "
                    "or Duty desk <duty@example.com>"
                ).format(key=key, address=repr(address))
            )
    source = e.text("source_address")
    if source:
        try:
            ipaddress.ip_address(source)
        except ValueError:
            e.problems.append(
                Msg.tr("source_address {source} must be an IP address of this machine").format(
                    source=repr(source)
                )
            )
    e.done()
    return SmtpProfile(
        name=name,
        host=host,
        port=port,
        security=security,
        sender=sender,
        username=e.text("username"),
        reply_to=reply_to,
        source_address=source,
        ca_file=e.text("ca_file"),
    )


def cleartext_password_problem(profile: Profile) -> str | None:
    """Why `profile` would send a password without TLS, or None. A relay without TLS is
    only for mail without a login (a relay on this machine or the LAN that trusts it)."""
    if isinstance(profile, SmtpProfile) and profile.security == "none" and profile.username:
        return Msg.tr(
            '{name}: a username with security = "none" would send the password in clear. Use '
            'security = "starttls" or "tls", or remove the username (a relay without TLS must '
            "take mail without a login)"
        ).format(name=profile.name)
    return None


def unused_password_problem(profile: Profile) -> str | None:
    """Why a password stored for SMTP `profile` could never be used, or None: the kit logs
    in only with a username, and never without TLS (a password must not travel in clear)."""
    if not isinstance(profile, SmtpProfile):
        return None
    if profile.security == "none":
        return Msg.tr(
            '{name} sends without TLS (security = "none"), so the kit never gives it a '
            "password: it would travel in clear. Nothing was stored. To log in, first set "
            "TLS and a username: outage-kit paths edit {name} security=starttls (or tls) "
            "username=…; then store the password."
        ).format(name=profile.name)
    if not profile.username:
        return Msg.tr(
            "{name} has no username, so the kit never logs in and a password would never "
            "be used. Nothing was stored. First set one: outage-kit paths edit {name} "
            "username=…; then store the password."
        ).format(name=profile.name)
    return None


def check_sim_pin(pin: str) -> str:
    """A SIM PIN as the modem takes it; `UserError` when it cannot be one."""
    if not (pin.isdigit() and 4 <= len(pin) <= 8):
        raise UserError(Msg.tr("A SIM PIN is 4 to 8 digits; nothing was stored."))
    return pin


def delivery_doc_problems(text: str | None) -> list[str]:
    """Everything wrong with a bundle's delivery.toml (none when it has none): what the
    bundle import refuses."""
    if text is None:
        return []
    try:
        profiles = parse_delivery_toml(text)
    except DeliveryConfigProblems as err:
        return err.problems
    return [p for p in map(cleartext_password_problem, profiles) if p]


def webmail_profile(data: dict[str, Any]) -> WebmailProfile:
    e = _Entry(data, ("name", "compose_url"))
    name = e.text("name", required=True)
    _check_name(e, name)
    url = e.text("compose_url", required=True)
    template = COMPOSE_PRESETS.get(url, url)
    if url and not template.startswith("https://"):
        e.problems.append(
            Msg.tr(
                "compose_url must be 'gmail', 'outlook' or an https:// URL with {bcc}, "
                "{subject} and {body}"
            )
        )
    elif url:
        try:
            template.format(**dict.fromkeys(COMPOSE_FIELDS, ""))
        except (KeyError, IndexError, ValueError) as err:
            e.problems.append(
                Msg.tr(
                    "compose_url has an unknown placeholder ({err}); use {{to}}, {{bcc}}, "
                    "{{subject}}, {{body}}"
                ).format(err=err)
            )
        if "{bcc}" not in template and "{to}" not in template:
            e.problems.append(Msg.tr("compose_url needs {bcc} (or {to}) for the recipients"))
    e.done()
    return WebmailProfile(name=name, compose_url=url)


#: a Windows serial port: COM1 … COM256, also written \\.\COM12 (Device Manager's name)
_COM_PORT = re.compile(r"^(?:\\\\\.\\)?COM([1-9][0-9]{0,2})$", re.IGNORECASE)
PORT_HELP = tr_noop(
    "Msg",
    "on Windows COM1 to COM256 (Device Manager, 'Ports (COM & LPT)'), on Linux the device "
    "path, such as /dev/ttyUSB0",
)


def modem_port(port: str) -> str | None:
    r"""The port as the kit keeps it (`com3`, `\\.\COM3` -> `COM3`), or None if it names no
    serial port. A bundle's delivery.toml is written for the workstation, so both forms are
    accepted on every platform."""
    com = _COM_PORT.match(port)
    if com:
        return f"COM{com.group(1)}" if int(com.group(1)) <= 256 else None
    if port.startswith("/") and len(port) > 1 and not port.endswith("/"):
        return port
    return None


def modem_profile(data: dict[str, Any]) -> ModemProfile:
    e = _Entry(data, ("name", "port", "baud"))
    if isinstance(data.get("port"), int):  # port = 3: a number, not a port's name
        data = {**data, "port": str(data["port"])}
        e.data = data
    port = e.text("port", required=True)
    if port and modem_port(port) is None:
        e.problems.append(
            Msg.tr("port {port!r} is no serial port: {help}").format(
                port=port, help=Msg.tr(PORT_HELP)
            )
        )
    port = modem_port(port) or port
    baud = e.number("baud", 115200, 300, 4_000_000)
    name = e.text("name") or "modem"
    _check_name(e, name)
    e.done()
    return ModemProfile(port=port, baud=baud, name=name)


def profile_to_dict(profile: Profile) -> dict[str, Any]:
    """The profile as delivery.toml spells it (and as the store keeps local edits)."""
    data = {f.name: getattr(profile, f.name) for f in fields(profile)}
    if isinstance(profile, SmtpProfile):
        data["from"] = data.pop("sender")
    return data


def checked_profile(data: dict[str, Any]) -> Profile:
    """The path `data` describes, checked as delivery.toml's and never sending a password
    in clear; else every problem, named as the path's (`DeliveryConfigProblems`)."""
    name = str(data.get("name", ""))
    try:
        profile = profile_from_dict(data)
    except DeliveryConfigProblems as err:
        raise DeliveryConfigProblems(err.problems, path=name) from None
    problem = cleartext_password_problem(profile)
    if problem:
        raise DeliveryConfigProblems([problem], path=name)
    return profile


def profile_from_dict(data: dict[str, Any]) -> Profile:
    body = {k: v for k, v in data.items() if k != "kind"}
    kind = data.get("kind")
    if kind == "smtp":
        return smtp_profile(body)
    if kind == "webmail":
        return webmail_profile(body)
    if kind == "modem":
        return modem_profile(body)
    raise DeliveryConfigProblems([f"unknown path kind {kind!r}"])


def renamed(profile: Profile, name: str) -> Profile:
    return replace(profile, name=name)
