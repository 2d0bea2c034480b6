"""Plain records of the partner directory (DESIGN.md §5)."""

from __future__ import annotations

from dataclasses import dataclass, field

# also here, where they were first
from app.contacts.kinds import CHANNELS as CHANNELS
from app.contacts.kinds import KIND_STAGES as KIND_STAGES
from app.contacts.kinds import KINDS as KINDS
from app.contacts.kinds import STAGES as STAGES


@dataclass(frozen=True)
class Named:
    """A group or a service: an id, the bundle's name, and its names per language."""

    id: str
    name: str
    description: str = ""
    names: tuple[tuple[str, str], ...] = ()  # (language, name): the CSV's name.<lang>

    def name_in(self, language: str) -> str:
        found = dict(self.names)
        return found.get(language) or found.get(language.split("-")[0]) or self.name


@dataclass(frozen=True)
class Group(Named):
    pass


@dataclass(frozen=True)
class Service(Named):
    pass


@dataclass(frozen=True)
class Contact:
    organisation: str
    name: str
    email: str = ""
    phone: str = ""
    language: str = "en"
    timezone: str = "UTC"
    groups: tuple[str, ...] = ()
    channels: tuple[str, ...] = ("email",)
    id: int | None = None
    origin: str = "bundle"
    edited_locally: bool = False

    @property
    def key(self) -> str:
        """Identity across bundles: the e-mail address, else the phone number."""
        return self.email.lower() if self.email else self.phone


@dataclass(frozen=True)
class Template:
    kind: str
    stage: str
    language: str
    channel: str  # "email" or "sms"
    source: str

    @property
    def key(self) -> tuple[str, str, str, str]:
        return (self.kind, self.stage, self.language, self.channel)

    @property
    def path(self) -> str:
        suffix = ".sms.j2" if self.channel == "sms" else ".j2"
        return f"templates/{self.kind}/{self.stage}.{self.language}{suffix}"


@dataclass(frozen=True)
class Runbook:
    name: str
    title: str
    body: str


@dataclass
class Directory:
    groups: list[Group] = field(default_factory=list)
    services: list[Service] = field(default_factory=list)
    routing: list[tuple[str, str]] = field(default_factory=list)  # (service, group)
    contacts: list[Contact] = field(default_factory=list)
    templates: list[Template] = field(default_factory=list)
    runbooks: list[Runbook] = field(default_factory=list)
    docs: dict[str, str] = field(default_factory=dict)  # "delivery.toml", "bundle.toml"
