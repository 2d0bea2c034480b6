"""Partners who hear of an incident for the first time from a follow-up: a bundle import
(or a group added) put them in the incident's groups after its earlier notices went out.

The procedure tells the incident's groups; a follow-up reaches everyone in them now, and
quotes the earlier notices. The officer must know that N partners learn of the outage from
an update (the dry run, the wizard's preview and confirmation say it), and the incident
must not read "4 of 4 told" while 300 partners of its groups have had no notice at all
(`Reach`: who of its whole current audience has been told — delivered, as everywhere)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from app.i18n import Msg, language
from app.incidents.model import Recipient
from app.incidents.told import TOLD_STATES
from app.store import db

if TYPE_CHECKING:  # (compose imports this module; the directory's records: not at start)
    from app.contacts.model import Contact, Group
    from app.incidents.compose import Composition


@dataclass(frozen=True)
class Newcomers:
    """Recipients of a notice who were in no earlier notice's audience."""

    keys: tuple[str, ...] = ()
    groups: Mapping[str, int] = field(default_factory=dict)  # incident group → how many
    said: str = ""  # the sentence naming them (`newcomers_warning`)

    @property
    def count(self) -> int:
        return len(self.keys)

    def json(self) -> dict[str, object]:
        return {"recipients": self.count, "groups": dict(self.groups)}


@dataclass(frozen=True)
class Reach:
    """An incident's whole current audience (everyone who had a notice of it, less stated
    removals, and everyone in its groups now) and how many of them have been told."""

    told: int
    audience: int
    joined_later: int  # in its groups now, in no notice's audience yet

    def json(self) -> dict[str, int]:
        return {"told": self.told, "audience": self.audience, "joined_later": self.joined_later}

    def summary(self) -> str:
        text = Msg.tr("{told} of %n partner(s) of its audience told of it", "", self.audience)
        text = text.format(told=self.told)
        if self.joined_later:
            text += Msg.tr(
                "; %n joined its groups after its last notice and have had no notice yet "
                "(the next update tells them)",
                "",
                self.joined_later,
            )
        return text


def earlier_keys(conn: db.Connection, notice_ids: Iterable[int]) -> set[str]:
    """Every partner in the audience of the notices named (removed ones too: they heard)."""
    ids = list(notice_ids)
    if not ids:
        return set()
    marks = ",".join("?" * len(ids))
    rows = conn.execute(
        f"SELECT DISTINCT contact_key FROM notice_audience WHERE notice_id IN ({marks})", ids
    )
    return {str(r[0]) for r in rows}


def newcomers(
    before: set[str],
    audience: Sequence[Recipient],
    contacts: Iterable[Contact],
    groups: Sequence[str],
) -> Newcomers:
    """Who of `audience` is not in `before`, and which of the incident's `groups` has them."""
    new = [r.key for r in audience if r.key not in before]
    if not new:
        return Newcomers()
    wanted = set(new)
    counted: Counter[str] = Counter()
    for contact in contacts:
        if contact.key in wanted:
            counted.update(g for g in contact.groups if g in groups)
    return Newcomers(tuple(new), {g: counted[g] for g in groups if counted[g]})


def groups_text(found: Newcomers, known: Iterable[Group]) -> str:
    """'Subscriptions (predplatne) 300, SMS gateways (sms) 2' — the group's name in the
    kit's language (a bundle's `name.pl`, else its name) and id."""
    names = {g.id: g.name_in(language()) for g in known}
    return ", ".join(
        (f"{names[g]} ({g})" if names.get(g, g) != g else g) + f" {n}"
        for g, n in found.groups.items()
    )


def newcomers_warning(found: Newcomers, known: Iterable[Group]) -> str:
    """The sentence the dry run, the preview and the confirmation say ('' for none)."""
    if not found.count:
        return ""
    text = Msg.tr(
        "%n recipient(s) get this incident for the first time (they were not in the audience "
        "of earlier notices): they learn of it from this notice, the earlier ones quoted "
        "below it.",
        "",
        found.count,
    )
    groups = groups_text(found, known)
    if groups:
        text += " " + Msg.tr("In the groups: {groups}.").format(groups=groups)
    return text


def say_newcomers(
    conn: db.Connection,
    composition: Composition,
    notice_ids: Sequence[int],
    contacts: Iterable[Contact],
    known: Sequence[Group],
) -> None:
    """A follow-up's first-time recipients, kept on the composition and said first among
    its warnings (the dry run's lint, the wizard's preview and confirmation)."""
    before = earlier_keys(conn, notice_ids)
    found = newcomers(before, composition.recipients, contacts, composition.incident.groups)
    if found.count:
        found = replace(found, said=newcomers_warning(found, known))
        composition.warnings.insert(0, found.said)
    composition.newcomers = found


def reach(conn: db.Connection, incident_id: int, reference: str, in_groups: Iterable[str]) -> Reach:
    """`in_groups`: the keys of everyone in the incident's groups now. A partner is told
    when a message of any notice of the incident reached them (sent or delivered: queued,
    handed off and uncertain are not told), as `told.py` counts each notice."""
    heard = {
        str(r[0])
        for r in conn.execute(
            "SELECT DISTINCT a.contact_key FROM notice_audience a "
            "JOIN notices n ON n.id = a.notice_id WHERE n.incident_id = ?",
            (incident_id,),
        )
    }
    removed = {
        str(r[0])
        for r in conn.execute(
            "SELECT contact_key FROM incident_removals WHERE incident_id = ?", (incident_id,)
        )
    }
    told = {
        str(r[0])
        for r in conn.execute(
            "SELECT DISTINCT a.contact_key FROM notice_audience a "
            "JOIN notices n ON n.id = a.notice_id "
            "JOIN outbox o ON o.notice_id = a.notice_id AND o.recipient IN (a.email, a.phone) "
            "WHERE n.incident_id = ? AND o.incident_ref = ? AND o.state IN "
            f"({', '.join(repr(s) for s in TOLD_STATES)})",
            (incident_id, reference),
        )
    }
    joined = set(in_groups) - heard - removed
    audience = (heard - removed) | joined
    return Reach(len(told & audience), len(audience), len(joined))
