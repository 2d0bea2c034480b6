"""What applying a bundle would change, in words a duty officer can check before accepting:
contacts, groups, services, routing, templates, runbooks, delivery paths — and the local
edits made on this workstation since the last bundle, which an import must not silently lose.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from app.contacts.model import Contact, Directory, Template
from app.i18n import Msg, tr_noop

T = TypeVar("T")
CONTACT_FIELDS = ("organisation", "name", "email", "phone", "language", "timezone", "groups")
CONTACT_FIELDS_EXTRA = ("channels",)
#: lists whose order means nothing: "all;sms" and "sms;all" are the same groups
UNORDERED_FIELDS = frozenset({"groups", "channels"})

#: the areas of a diff line, said in the kit's language (`Change.text`)
AREAS = (
    tr_noop("Msg", "contact"),
    tr_noop("Msg", "group"),
    tr_noop("Msg", "service"),
    tr_noop("Msg", "routing"),
    tr_noop("Msg", "template"),
    tr_noop("Msg", "runbook"),
    tr_noop("Msg", "delivery path"),
)


@dataclass(frozen=True)
class Change:
    """One line of the diff: `kind` is added, removed or changed."""

    area: str  # contact, group, service, routing, template, runbook, delivery path
    kind: str
    label: str
    details: tuple[str, ...] = ()

    def text(self) -> str:
        sign = {"added": "+", "removed": "-", "changed": "~"}[self.kind]
        tail = f" ({'; '.join(self.details)})" if self.details else ""
        return f"{sign} {Msg.tr(self.area)} {self.label}{tail}"


@dataclass
class BundleDiff:
    changes: list[Change] = field(default_factory=list)
    # Local edits since the last bundle (decided on at apply time, never silently dropped).
    local_contacts: list[Contact] = field(default_factory=list)  # made on this workstation
    edited_contacts: list[tuple[Contact, Contact | None]] = field(default_factory=list)
    local_templates: list[Template] = field(default_factory=list)
    # what the bundle does to each of them (`template_fate`), by template key
    template_fates: dict[tuple[str, str, str, str], str] = field(default_factory=dict)

    def by_area(self, area: str) -> list[Change]:
        return [c for c in self.changes if c.area == area]

    def count(self, area: str, kind: str) -> int:
        return sum(1 for c in self.changes if c.area == area and c.kind == kind)

    @property
    def has_local_edits(self) -> bool:
        return bool(self.local_contacts or self.edited_contacts or self.local_templates)

    def summary(self) -> dict[str, dict[str, int]]:
        areas = dict.fromkeys(c.area for c in self.changes)
        return {
            area: {k: self.count(area, k) for k in ("added", "removed", "changed")}
            for area in areas
        }

    def local_edit_lines(self, *, take: str) -> list[str]:
        """The local edits, each with what the bundle does to it; `take`: how the officer
        takes the bundle's texts instead, in the front end's words (the window's tick box,
        the command line's --discard-local-edits)."""
        lines = [
            "  " + Msg.tr("kept: contact {who} (added on this workstation)").format(who=_who(c))
            for c in self.local_contacts
        ]
        for local, incoming in self.edited_contacts:
            fate = (
                Msg.tr("the bundle changes it too")
                if incoming is not None and _differs(local, incoming)
                else Msg.tr("the bundle no longer lists it")
                if incoming is None
                else Msg.tr("the bundle has the original")
            )
            lines.append(
                "  "
                + Msg.tr("edited here: contact {who} — {fate}").format(who=_who(local), fate=fate)
            )
        lines += [
            "  " + _template_line(t, self.template_fates.get(t.key, "local"), take)
            for t in self.local_templates
        ]
        return lines

    def no_changes(self) -> str:
        """Said when nothing but the local edits is listed (what the bundle does to a
        template edited here is said with them, not as a change: the edit stays)."""
        if self.has_local_edits:
            return Msg.tr("No changes to the directory apart from the local edits below.")
        return Msg.tr("No changes to the directory.")

    def lines(self, *, take: str) -> list[str]:
        out = [c.text() for c in self.changes] or [self.no_changes()]
        if self.has_local_edits:
            out += [Msg.tr("Local edits since the last bundle:"), *self.local_edit_lines(take=take)]
        return out


def diff_directories(
    old: Directory,
    new: Directory,
    *,
    local_templates: Iterable[Template] = (),
    bundle_texts: Mapping[tuple[str, str, str, str], str | None] | None = None,
) -> BundleDiff:
    """`old` is what the store holds; `local_templates` those of its templates edited on this
    workstation (they stay, so the bundle's version of them is not among the changes: what
    it does to each is said with the local edits), `bundle_texts` the bundle's own text each
    of those replaced (None: lost by an older kit; no entry: the bundle had none)."""
    diff = BundleDiff(local_templates=list(local_templates))
    incoming_templates = {t.key: t for t in new.templates}
    diff.template_fates = {
        t.key: template_fate(t.key, incoming_templates.get(t.key), bundle_texts or {})
        for t in diff.local_templates
    }
    shadowed = {t.key for t in diff.local_templates}
    bundle_contacts = [c for c in old.contacts if c.origin != "local"]
    diff.changes += _compare(
        "contact",
        {c.key: c for c in bundle_contacts},
        {c.key: c for c in new.contacts},
        label=_who,
        fields=CONTACT_FIELDS + CONTACT_FIELDS_EXTRA,
    )
    diff.changes += _compare(
        "group",
        {g.id: g for g in old.groups},
        {g.id: g for g in new.groups},
        label=lambda g: g.id,
        fields=("name", "description", "names"),
    )
    diff.changes += _compare(
        "service",
        {s.id: s for s in old.services},
        {s.id: s for s in new.services},
        label=lambda s: s.id,
        fields=("name", "description", "names"),
    )
    diff.changes += _compare(
        "routing",
        {r: r for r in old.routing},
        {r: r for r in new.routing},
        label=lambda r: f"{r[0]} → {r[1]}",
        fields=(),
    )
    diff.changes += _compare(
        "template",
        {t.key: t for t in old.templates if t.key not in shadowed},
        {t.key: t for t in new.templates if t.key not in shadowed},
        label=lambda t: t.path,
        fields=("source",),
    )
    diff.changes += _compare(
        "runbook",
        {r.name: r for r in old.runbooks},
        {r.name: r for r in new.runbooks},
        label=lambda r: r.name,
        fields=("title", "body"),
    )
    diff.changes += _compare(
        "delivery path",
        _delivery_paths(old.docs.get("delivery.toml")),
        _delivery_paths(new.docs.get("delivery.toml")),
        label=lambda p: p[0],
        fields=(),
        compare=lambda a, b: _dict_changes(a[1], b[1]),
    )
    incoming = {c.key: c for c in new.contacts}
    diff.local_contacts = [c for c in old.contacts if c.origin == "local"]
    diff.edited_contacts = [
        (c, incoming.get(c.key)) for c in old.contacts if c.edited_locally and c.origin != "local"
    ]
    return diff


def template_fate(
    key: tuple[str, str, str, str],
    incoming: Template | None,
    bundle_texts: Mapping[tuple[str, str, str, str], str | None],
) -> str:
    """What a bundle does to a template edited here: 'changed' (its text differs from the
    one the edit replaced), 'new' (it brings a text where the edit replaced none, or one
    an older kit lost), 'gone' (it no longer has one), 'original' (the same text as
    before), 'local' (neither it nor the last bundle had one)."""
    if incoming is None:
        return "gone" if key in bundle_texts else "local"
    base = bundle_texts.get(key)
    if base is None:
        return "new"
    return "original" if incoming.source == base else "changed"


def _template_line(template: Template, fate: str, take: str) -> str:
    """One template edited here, and what the bundle does to it: the edit stays in force
    unless the officer takes the bundle's (`take` says how, in the front end's words)."""
    if fate in ("changed", "new"):
        said = (
            Msg.tr("the bundle changes it too")
            if fate == "changed"
            else Msg.tr("the bundle now has its own text of it")
        )
        return Msg.tr(
            "edited here: template {path} — {fate}. Your edit stays in force over the "
            "bundle's text, which applies once you remove the edit (Templates ▸ Remove local "
            "edit, 'outage-kit templates reset'), unless you take the bundle's now: {take}"
        ).format(path=template.path, fate=said, take=take)
    if fate == "gone":
        return Msg.tr(
            "edited here: template {path} — the bundle no longer has it: your edit stays"
        ).format(path=template.path)
    return Msg.tr("kept: template {path} (edited on this workstation)").format(path=template.path)


def _compare(
    area: str,
    old: dict[Hashable, T],
    new: dict[Hashable, T],
    *,
    label: Callable[[T], str],
    fields: Iterable[str],
    compare: Callable[[T, T], list[str]] | None = None,
) -> list[Change]:
    names = tuple(fields)

    def changed_fields(a: T, b: T) -> list[str]:
        if compare is not None:
            return compare(a, b)
        return [
            _was_now(f, _value(a, f), _value(b, f)) for f in names if _value(a, f) != _value(b, f)
        ]

    out: list[Change] = []
    for key in sorted(new.keys() - old.keys(), key=str):
        out.append(Change(area, "added", label(new[key])))
    for key in sorted(old.keys() - new.keys(), key=str):
        out.append(Change(area, "removed", label(old[key])))
    for key in sorted(old.keys() & new.keys(), key=str):
        differs = changed_fields(old[key], new[key])
        if differs:
            out.append(Change(area, "changed", label(new[key]), tuple(differs)))
    return out


def _delivery_paths(text: str | None) -> dict[Hashable, tuple[str, dict[str, Any]]]:
    """`[[smtp]]`/`[[webmail]]` entries by name, and the modem, from delivery.toml."""
    if not text:
        return {}
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        return {}
    paths: dict[Hashable, tuple[str, dict[str, Any]]] = {}
    for kind in ("smtp", "webmail"):
        for entry in doc.get(kind, []) or []:
            if isinstance(entry, dict):
                name = f"{kind} {entry.get('name', '?')}"
                paths[name] = (name, entry)
    modem = doc.get("modem")
    if isinstance(modem, dict):
        paths["modem"] = ("modem", modem)
    return paths


def _dict_changes(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    changed = sorted(k for k in old.keys() | new.keys() if old.get(k) != new.get(k))
    return [
        k if any(w in k for w in ("password", "secret")) else _was_now(k, old.get(k), new.get(k))
        for k in changed
    ]


def _who(contact: Contact) -> str:
    address = contact.email or contact.phone
    return f"{contact.organisation} / {contact.name or '-'} <{address}>"


def _differs(a: Contact, b: Contact) -> bool:
    return any(_value(a, f) != _value(b, f) for f in CONTACT_FIELDS + CONTACT_FIELDS_EXTRA)


#: a value longer than this is named, not shown, in a diff line
SHOWN_MOST = 48


def _was_now(name: str, was: object, now: object) -> str:
    """ "email: ops@a.example → noc@a.example": what IT changed, to compare with what it said
    it changed (a field name alone said nothing of it); a long value by its name alone."""
    before, after = _shown(was), _shown(now)
    if len(before) > SHOWN_MOST or len(after) > SHOWN_MOST:
        return name
    return f"{name}: {before or '∅'} → {after or '∅'}"


def _shown(value: object) -> str:
    if isinstance(value, (tuple, list)):
        return ";".join(str(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}={v}" for k, v in sorted(value.items()))
    return "" if value is None else str(value)


def _value(item: object, name: str) -> object:
    """A field as compared: unordered lists as sorted tuples, without repeats."""
    value = getattr(item, name)
    if name in UNORDERED_FIELDS and isinstance(value, (tuple, list)):
        return tuple(sorted(set(value)))
    return value
