"""When partners were told: a notice counts when it reached them, not when it was queued.

A partner has been told when one of their messages of the notice is `sent` (the relay or the
network accepted it) or was handed off and then confirmed sent by the officer (which also
makes it `sent`). A notice is delivered when every partner it was for has been told; its
delivery time is when the last of them was. Every clock, KPI and closing rule reads this.

A re-issue (the held copies of a notice, written again: the same stage and fields, a new
promise, to some of its partners) is the same notice to them: a partner told by either is
told by both, so a partner who had the e-mail is not counted untold by the SMS re-issue."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import field
from datetime import datetime

from app.delivery.counts import state_count
from app.delivery.replies import is_superseded
from app.i18n import Msg
from app.localfmt import count_text
from app.records import EqualByFields, lazy_record
from app.store import db

#: outbox states in which the partner has the message
TOLD_STATES = ("sent", "delivered")
#: states in which the kit is still working on a message by itself
WAITING_STATES = ("queued", "sending")
#: how a notice's counts name its copies held because a later notice reached the partner
#: (app/incidents/superseded.py): not held copies to re-issue, nothing left to do
SUPERSEDED = "superseded"


def copy_state(state: str, reply: str) -> str:
    """A copy's state as a notice counts it: `held` split into held (its promise lapsed:
    re-issue) and `SUPERSEDED` (a later notice reached the partner: never sent)."""
    return SUPERSEDED if state == "held" and is_superseded(reply) else state


# what the officer must do for a copy, by the outbox state that makes it so, most pressing
# first: re-issue a held one, settle an uncertain one, confirm one handed off, tell a
# refused one's partner another way (app/incidents/standing.py words each)
OFFICER_STATES = {
    "held": "held",
    "uncertain": "uncertain",
    "handed-off": "handed-off",
    "refused": "failed",
}


@lazy_record
class Untold(EqualByFields):
    """A partner of a notice who has it by no path yet, with the states of its copies."""

    key: str  # its key in the notice's audience
    addresses: tuple[str, ...]  # its e-mail and phone (those it has)
    states: tuple[str, ...] = ()  # the outbox states of its copies of the notice

    @property
    def standing(self) -> str:
        """'queued' while a copy of it still moves by itself (or it has none yet), else the
        officer's part for its copies, the most pressing: a key of OFFICER_STATES; or
        SUPERSEDED when a later notice reached it (nothing is owed)."""
        if not self.states or any(s in WAITING_STATES for s in self.states):
            return "queued"
        for word, state in OFFICER_STATES.items():
            if state in self.states:
                return word
        if SUPERSEDED in self.states:  # a later notice reached it: nothing left to do
            return SUPERSEDED
        return "queued"


@lazy_record
class NoticeDelivery(EqualByFields):
    """How far one notice got: partners told, its messages by outbox state."""

    notice_id: int
    recipients: int  # partners the notice is for
    told: int  # partners who have it
    states: Mapping[str, int] = field(default_factory=dict)  # its messages by outbox state
    delivered_at: datetime | None = None  # when the last partner got it (all told)
    reissued_by: int | None = None  # the notice that re-issued its held copies
    reissue_of: int | None = None  # the notice whose held copies this one re-issues
    untold_partners: tuple[Untold, ...] = ()  # the partners who have it by no path yet

    @property
    def delivered(self) -> bool:
        return self.delivered_at is not None

    @property
    def untold(self) -> int:
        return self.recipients - self.told

    @property
    def owing(self) -> int:
        """Untold partners the notice still owes: not those a later notice reached (they
        stand SUPERSEDED: the page and `incident show` hold their copies as such)."""
        return self.untold - self.partners_in(SUPERSEDED)

    def count(self, state: str) -> int:
        """Its messages in `state`, every partner's (withdrawing, sending, re-issuing)."""
        return int(self.states.get(state, 0))

    def standings(self) -> dict[str, int]:
        """Untold partners by where they stand ('queued', then the officer's part, most
        pressing first): what the notice's standing is read from."""
        found = Counter(p.standing for p in self.untold_partners)
        words = ("queued", *OFFICER_STATES, SUPERSEDED)
        return {word: found[word] for word in words if found[word]}

    def partners_in(self, word: str) -> int:
        """How many untold partners stand `word` (a key of `standings`)."""
        return self.standings().get(word, 0)

    def owed(self, state: str) -> int:
        """The untold partners' copies in outbox `state` (not told partners' leftovers)."""
        return sum(p.states.count(state) for p in self.untold_partners)

    def owed_states(self) -> dict[str, int]:
        """The untold partners' copies by outbox state."""
        return dict(Counter(s for p in self.untold_partners for s in p.states))

    def owes(self, recipient: str) -> bool:
        """A copy to `recipient` is one of an untold partner's (not a told one's leftover)."""
        return any(recipient in p.addresses for p in self.untold_partners)

    def leftovers(self, states: tuple[str, ...] = WAITING_STATES) -> int:
        """Copies in `states` of partners who have the notice by another path already."""
        return sum(self.states.get(s, 0) for s in states) - sum(self.owed(s) for s in states)

    def summary(self) -> str:
        """'30 of 30 partners told' or '6 of 30 partners told — 20 queued, 4 refused': the
        partners not told yet by where they stand, not their messages."""
        head = Msg.tr("{told} of %n partner(s) told", "", self.recipients).format(
            told=count_text(self.told)
        )
        if self.delivered:
            return head
        rest = [_standing_count(word, n) for word, n in self.standings().items()]
        return head + (f" — {', '.join(rest)}" if rest else "")


def _standing_count(word: str, count: int) -> str:
    """'4 queued', '1 refused': untold partners standing `word`."""
    if word == "refused":
        return Msg.tr("%n refused", "", count)
    return state_count(word, count)


def incident_deliveries(
    conn: db.Connection, incident_id: int, reference: str
) -> dict[int, NoticeDelivery]:
    """Every notice of one incident, by notice id (a few indexed queries, whatever its size).
    An untold partner's copy held for its lapsed promise counts as `SUPERSEDED` once a later
    notice has reached them since: nothing is owed them, it is not theirs to re-issue (the
    notice's own counts keep it held: the history, and what tells its re-issue)."""
    from app.incidents.superseded import superseded  # (it reads TOLD_STATES from here)

    past = superseded(conn, states=("held",), reference=reference)
    audience: dict[int, dict[str, tuple[str, str]]] = defaultdict(dict)
    copies: dict[int, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for notice_id, key, email, phone in conn.execute(
        "SELECT a.notice_id, a.contact_key, a.email, a.phone FROM notice_audience a "
        "JOIN notices n ON n.id = a.notice_id WHERE n.incident_id = ?",
        (incident_id,),
    ):
        audience[int(notice_id)][str(key)] = (str(email), str(phone))
    states: dict[int, Counter[str]] = defaultdict(Counter)
    told_at: dict[int, dict[str, str]] = defaultdict(dict)  # notice → address → earliest
    for message, notice_id, recipient, state, updated, reply in conn.execute(
        "SELECT id, notice_id, recipient, state, updated_at, "
        "CASE state WHEN 'held' THEN last_reply ELSE '' END FROM outbox WHERE incident_ref = ?",
        (reference,),
    ):
        if notice_id is None:
            continue
        kind = copy_state(str(state), str(reply))
        states[int(notice_id)][kind] += 1
        copies[int(notice_id)][str(recipient)].append(SUPERSEDED if message in past else kind)
        if state in TOLD_STATES:
            seen = told_at[int(notice_id)].get(str(recipient))
            if seen is None or str(updated) < seen:
                told_at[int(notice_id)][str(recipient)] = str(updated)
    of = _reissues(conn, incident_id, audience, states)
    by = {old: new for new, old in of.items()}
    found: dict[int, NoticeDelivery] = {}
    for notice_id in set(audience) | set(states):
        partners = audience.get(notice_id, {})
        times = dict(told_at.get(notice_id, {}))
        twin = of.get(notice_id, by.get(notice_id))
        for address, stamp in told_at.get(twin, {}).items() if twin is not None else ():
            if address not in times or stamp < times[address]:
                times[address] = stamp
        when: list[str] = []
        untold: list[Untold] = []
        for key, (email, phone) in partners.items():
            addresses = tuple(a for a in dict.fromkeys((email, phone)) if a)
            stamps = [times[a] for a in addresses if a in times]
            if stamps:
                when.append(min(stamps))
            else:
                mine = copies[notice_id]
                untold.append(Untold(key, addresses, tuple(s for a in addresses for s in mine[a])))
        all_told = bool(partners) and len(when) == len(partners)
        found[notice_id] = NoticeDelivery(
            notice_id,
            len(partners),
            len(when),
            dict(states.get(notice_id, {})),
            _time(max(when)) if all_told else None,
            by.get(notice_id),
            of.get(notice_id),
            tuple(untold),
        )
    return found


def _reissues(
    conn: db.Connection,
    incident_id: int,
    audience: Mapping[int, Mapping[str, tuple[str, str]]],
    states: Mapping[int, Counter[str]],
) -> dict[int, int]:
    """Re-issue → the notice it re-issued: a later notice of the same stage and fields (but
    the promise) to some of the partners of an earlier one that has held copies."""
    notices = [
        (int(i), str(stage), _content(str(fields)))
        for i, stage, fields in conn.execute(
            "SELECT id, stage, fields FROM notices WHERE incident_id = ? ORDER BY id",
            (incident_id,),
        )
    ]
    found: dict[int, int] = {}
    for index, (notice_id, stage, fields) in enumerate(notices):
        for old_id, old_stage, old_fields in reversed(notices[:index]):
            if old_stage != stage or old_id in found.values():
                continue
            if (
                states.get(old_id, Counter())["held"]
                and old_fields == fields
                and set(audience.get(notice_id, {})) <= set(audience.get(old_id, {}))
            ):
                found[notice_id] = old_id
            break  # only the newest earlier notice of the stage can be re-issued by it
    return found


def _content(fields: str) -> dict[str, object]:
    try:
        found = json.loads(fields)
    except ValueError:
        return {}
    if not isinstance(found, dict):
        return {}
    return {k: v for k, v in found.items() if k != "next_update"}


def _time(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))
