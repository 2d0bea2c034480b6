"""Held copies of a notice, and re-issuing them.

A message whose promised update time passes while it waits in the outbox is *held*: it never
goes out with a broken promise (e.g. the SMS copies of a planned-work announcement while no
SMS modem is configured — their promise is the plan's next notice). The partner may still
have the notice another way (its e-mail went out), or not at all. Once the path works again,
the officer re-issues it: the same notice (its fields as they were), written now with a
fresh promise (planned work: the plan's next notice; an outage: the time the officer gives),
to exactly the partners and channels whose copies were held. The held messages stay held
(the history keeps them); a copy counts as re-issued once a later notice of the same stage
was queued for that partner on that channel."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace

from app.delivery.paths import DeliveryPaths
from app.errors import UserError
from app.i18n import Msg
from app.incidents.model import Incident, Notice, Recipient
from app.incidents.service import IncidentService, Queued
from app.incidents.superseded import superseded
from app.incidents.told import SUPERSEDED, copy_state


@dataclass(frozen=True)
class HeldCopies:
    """The held copies of one notice nobody re-issued yet."""

    notice: Notice
    # the partners to re-issue to, each with only the channels whose copies were held
    partners: list[Recipient]
    # of them, those the notice did not reach any other way (no copy of it was sent)
    untold: int

    @property
    def messages(self) -> int:
        return sum(len(p.channels) for p in self.partners)

    def channels(self) -> dict[str, int]:
        """Held copies per channel: {'sms': 5}."""
        count: dict[str, int] = defaultdict(int)
        for partner in self.partners:
            for channel in partner.channels:
                count[channel] += 1
        return dict(sorted(count.items()))


def held_copies(
    service: IncidentService, incident: Incident, *, past: bool = False
) -> list[HeldCopies]:
    """Notices of the incident with held copies not re-issued yet, oldest first (`past`:
    counting too those whose partner a later notice has reached since: nobody needs them)."""
    if incident.id is None or not incident.is_open:
        return []
    notices = service.notices(incident)
    audience = _audience(service, [n.id for n in notices])
    state = _states(service, incident.reference, past=past)
    told = service.delivery(incident)  # who has each notice by any path: said in one place
    found: list[HeldCopies] = []
    for index, notice in enumerate(notices):
        later = [n.id for n in notices[index + 1 :] if n.stage == notice.stage]
        partners: list[Recipient] = []
        untold = 0
        for partner in audience.get(notice.id, []):
            addresses = {"email": partner.email, "sms": partner.phone}
            held = tuple(
                channel
                for channel in partner.channels
                if state.get((notice.id, addresses.get(channel, ""))) == "held"
                and not any(_has(audience, n, partner.key, channel) for n in later)
            )
            if not held:
                continue
            partners.append(replace(partner, channels=held))
            reached = told.get(notice.id)
            untold += reached is None or any(p.key == partner.key for p in reached.untold_partners)
        if partners:
            found.append(HeldCopies(notice, partners, untold))
    return found


def reissue(
    service: IncidentService,
    incident: Incident,
    notice_id: int | None = None,
    *,
    next_update: str = "",
    window: bool = False,
) -> Queued:
    """The held copies of `notice_id` (default: the oldest notice with held copies), written
    now and queued for those partners on those channels. Planned work takes its promise from
    the plan; an outage needs `next_update`, a new promised time. `window`: a refusal says
    what to do in the window's words (its sections and buttons), else the command line's."""
    waiting = held_copies(service, service.get(incident.reference))
    if notice_id is not None:
        waiting = [h for h in waiting if h.notice.id == notice_id]
    if not waiting:
        outdated = held_copies(service, service.get(incident.reference), past=True)
        past = any(notice_id in (None, h.notice.id) for h in outdated)
        raise UserError(_nothing_to_reissue(incident.reference, past=past, window=window))
    held = waiting[0]
    sms = held.channels().get("sms", 0)
    if sms and not DeliveryPaths(conn=service.conn, audit=service.audit).enabled(channel="sms"):
        raise UserError(_no_modem(incident.reference, sms, window=window))
    fields = {k: v for k, v in held.notice.fields.items() if k != "next_update"}
    if next_update.strip():
        fields["next_update"] = next_update.strip()
    return service.notify(
        incident, held.notice.stage, fields, recipients=held.partners, replacing=held.notice.id
    )


def _nothing_to_reissue(reference: str, *, past: bool, window: bool) -> str:
    """No held copy left to re-issue: a later notice reached their partners (`past`), or
    there were none (or they were re-issued); where its notices are listed."""
    if past and window:
        said = Msg.tr(
            "Nobody needs the held copies of {reference}: a later notice of it has reached "
            "those partners since, so they are past that stage; nothing to re-issue. The "
            "incident's page lists its notices and where each stands."
        )
    elif past:
        said = Msg.tr(
            "Nobody needs the held copies of {reference}: a later notice of it has "
            "reached those partners since, so they are past that stage; nothing to "
            "re-issue. 'outage-kit incident show {reference}' lists its notices."
        )
    elif window:
        said = Msg.tr(
            "{reference} has no held copies to re-issue (none, or they were re-issued "
            "already); the incident's page lists its notices and where each stands."
        )
    else:
        said = Msg.tr(
            "{reference} has no held copies to re-issue (none, or they were re-issued "
            "already); 'outage-kit incident show {reference}' lists its notices."
        )
    return said.format(reference=reference)


def _no_modem(reference: str, sms: int, *, window: bool) -> str:
    """Held SMS copies with no modem to send them: what to do first."""
    if window:
        said = Msg.tr(
            "No SMS modem is set up, so the %n held SMS copy(-ies) of {reference} would "
            "only be held again. Bring the modem back first (Outbox → Delivery paths: add "
            "it or switch it on, then Probe now), then re-issue; or text those partners "
            "from another phone and record it (Told another way).",
            "",
            sms,
        )
    else:
        said = Msg.tr(
            "No SMS modem is set up, so the %n held SMS copy(-ies) of {reference} would "
            "only be held again. Bring the modem back first ('outage-kit paths add modem' "
            "or 'outage-kit paths enable', then 'outage-kit paths probe'), then re-issue; "
            "or text those partners from another phone and record it ('outage-kit "
            "incident told').",
            "",
            sms,
        )
    return said.format(reference=reference)


def _audience(service: IncidentService, notice_ids: list[int]) -> dict[int, list[Recipient]]:
    found: dict[int, list[Recipient]] = defaultdict(list)
    if not notice_ids:
        return found
    marks = ",".join("?" * len(notice_ids))
    for row in service.conn.execute(
        "SELECT notice_id, contact_key, organisation, name, email, phone, language, channels, "
        f"timezone FROM notice_audience WHERE notice_id IN ({marks}) ORDER BY rowid",
        notice_ids,
    ):
        found[int(row[0])].append(
            Recipient(
                str(row[1]),
                str(row[2]),
                str(row[3]),
                str(row[4]),
                str(row[5]),
                str(row[6]),
                tuple(c for c in str(row[7]).split(";") if c),
                str(row[8]),
            )
        )
    return found


def _has(audience: dict[int, list[Recipient]], notice_id: int, key: str, channel: str) -> bool:
    return any(r.key == key and channel in r.channels for r in audience.get(notice_id, []))


def _states(
    service: IncidentService, reference: str, *, past: bool = False
) -> dict[tuple[int, str], str]:
    """(notice, address) → the best state of its messages (sent beats held beats waiting;
    a copy held because a later notice reached the partner is no copy to re-issue — nor is
    one held for its lapsed promise whose partner a later notice has reached since: it
    would tell them of a stage they are past)."""
    rank = {"sent": 3, "delivered": 3, "held": 2}
    reached = {} if past else superseded(service.conn, states=("held",), reference=reference)
    found: dict[tuple[int, str], str] = {}
    for message, notice_id, recipient, state, reply in service.conn.execute(
        "SELECT id, notice_id, recipient, state, CASE state WHEN 'held' THEN last_reply "
        "ELSE '' END FROM outbox WHERE incident_ref = ? AND notice_id IS NOT NULL",
        (reference,),
    ):
        key = (int(notice_id), str(recipient))
        state = SUPERSEDED if int(message) in reached else copy_state(str(state), str(reply))
        if rank.get(state, 1) > rank.get(found.get(key, ""), 0):
            found[key] = state
    return found
