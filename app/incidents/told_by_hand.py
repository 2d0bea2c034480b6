"""Told another way: the officer phoned a partner the kit could not reach (or texted from a
mobile, or used a colleague's mail client). Which of the notice's messages that covers is
the officer's to say — one partner phoned is not every partner still waiting (a tester's
finding: phoning one partner recorded another partner's SMS as told).

Only partners who have the notice by no path are offered and recorded (`told.Untold`): one
who read the e-mail is told, and the SMS copy still waiting for a dead modem is no call the
officer made (a tester's finding: three calls that never happened were audited). Such
leftover copies go out when their path works, or are held when the incident closes. A partner
told another way has every copy of it still waiting recorded so: none goes out after."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.audit import AuditLog
from app.errors import UserError
from app.i18n import Msg
from app.store import db
from app.textsearch import names_someone

if TYPE_CHECKING:
    from app.incidents.told import NoticeDelivery

# how the path of a message told another way starts (app/delivery/replies.py BY_HAND)
BY_HAND_PREFIX = "by hand: "
# states of a message the partner may not have: what "told another way" settles
WAITING = ("queued", "failed", "handed-off", "uncertain")


@dataclass(frozen=True)
class Waiting:
    """One message of a notice the partner may not have, with the partner it is for."""

    id: int
    channel: str
    recipient: str
    recipient_name: str
    state: str
    organisation: str = ""
    partner: str = ""  # the partner's key in the notice's audience (its e-mail, else phone)

    @property
    def who(self) -> str:
        if self.organisation and self.recipient_name:
            return f"{self.organisation} ({self.recipient_name})"
        return self.organisation or self.recipient_name or self.recipient

    def matches(self, text: str) -> bool:
        """`text` names this partner: words of its organisation, name or address, or its
        number as typed."""
        fields = (self.organisation, self.recipient_name, self.recipient)
        return names_someone(text, *fields, phone=self.recipient)


@dataclass(frozen=True)
class Recorded:
    """What one Told another way recorded: partners told, and their messages that covered."""

    partners: int
    messages: int
    stage: str = ""  # the notice's stage ("initial", "update", "resolved", …)

    def stage_said(self, kind: str) -> str:
        """'Notice told: Resolution.' — which notice the partners were told (`kind`: the
        incident's, which names its stages), for the window and the command line."""
        from app.incidents.model import stage_label

        return Msg.tr("Notice told: {stage}.").format(stage=stage_label(self.stage, kind))


def waiting(conn: db.Connection, notice_id: int) -> list[Waiting]:
    """The messages of the notice's partners who have it by no path yet (`told.py`), by
    partner: those Told another way covers."""
    marks = ", ".join("?" * len(WAITING))
    rows = conn.execute(
        "SELECT o.id, o.channel, o.recipient, o.recipient_name, o.state, "
        "coalesce(a.organisation, ''), coalesce(a.contact_key, o.recipient) FROM outbox o "
        "LEFT JOIN notice_audience a ON a.notice_id = o.notice_id AND "
        "((o.channel = 'email' AND a.email = o.recipient) "
        " OR (o.channel = 'sms' AND a.phone = o.recipient)) "
        f"WHERE o.notice_id = ? AND o.state IN ({marks}) "
        "GROUP BY o.id ORDER BY 6, 4, o.id",
        (notice_id, *WAITING),
    )
    found = [Waiting(int(r[0]), *(str(v) for v in r[1:])) for r in rows]
    untold = _untold_keys(conn, notice_id)
    return found if untold is None else [w for w in found if w.partner in untold]


def refused_partners(conn: db.Connection, notice_id: int, found: NoticeDelivery) -> list[str]:
    """Whom the notice's refused copies leave untold (`found`: the notice's delivery), by
    organisation (else the contact's name), for the officer to phone: never an address."""
    keys = {p.key for p in found.untold_partners if p.standing == "refused"}
    if not keys:
        return []
    names = (
        w.organisation or w.recipient_name for w in waiting(conn, notice_id) if w.partner in keys
    )
    return list(dict.fromkeys(name for name in names if name))


def _untold_keys(conn: db.Connection, notice_id: int) -> set[str] | None:
    """The audience keys of the notice's partners not told yet (None: it has no audience
    on record, so every waiting message counts)."""
    from app.incidents.told import incident_deliveries

    row = conn.execute(
        "SELECT i.id, i.reference FROM notices n JOIN incidents i ON i.id = n.incident_id "
        "WHERE n.id = ?",
        (notice_id,),
    ).fetchone()
    found = incident_deliveries(conn, int(row[0]), str(row[1])).get(notice_id) if row else None
    if found is None or not found.recipients:
        return None
    return {p.key for p in found.untold_partners}


def refused_first(
    conn: db.Connection, *, incident_ref: str | None = None, ids: Collection[int] | None = None
) -> dict[int, str]:
    """Messages told another way after the server had refused them (a 550: a bad address
    IT must fix), with the server's last refusal: recording the partner as told keeps the
    refusal on view in the reports and `outbox list`. Of one incident, or of `ids`."""
    sql = (
        "SELECT a.message, a.reply FROM outbox_attempts a JOIN outbox o ON o.id = a.message "
        "WHERE a.outcome = 'failed' AND o.state IN ('sent', 'delivered') AND o.path LIKE ?"
    )
    params: list[object] = [BY_HAND_PREFIX + "%"]
    if incident_ref is not None:
        sql += " AND o.incident_ref = ?"
        params.append(incident_ref)
    if ids is not None:
        sql += f" AND o.id IN ({', '.join('?' * len(ids))})"
        params += list(ids)
    if ids is not None and not ids:
        return {}
    found: dict[int, str] = {}
    for message, reply in conn.execute(sql + " ORDER BY a.id", params):
        found[int(message)] = str(reply or "")
    return found


def named(found: list[Waiting], partners: Sequence[str]) -> list[int]:
    """The ids of the waiting messages of the partners `partners` name (every channel of a
    partner named by any of its details); UserError naming a text that names none of them,
    with who is waiting."""
    chosen: list[int] = []
    for text in partners:
        keys = {w.partner for w in found if w.matches(text)}
        if not keys:
            names = sorted({w.who for w in found})
            raise UserError(
                Msg.tr(
                    "No partner still waiting for this notice is {text!r}; nothing was "
                    "recorded. Waiting: {names}."
                ).format(text=text, names=", ".join(names) or Msg.tr("nobody"))
            )
        chosen += [w.id for w in found if w.partner in keys and w.id not in chosen]
    return chosen


def record(
    conn: db.Connection,
    audit: AuditLog,
    *,
    reference: str,
    notice_id: int,
    how: str,
    messages: Collection[int] | None,
) -> Recorded:
    """Record the waiting `messages` of the notice's untold partners (all of them when None)
    as sent `how`, in one transaction, audited with who they were. Returns how many
    partners that told, and their messages."""
    from app.delivery.outbox import Outbox
    from app.delivery.replies import BY_HAND, TOLD_ANOTHER_WAY, said
    from app.incidents.superseded import hold_superseded

    outbox = Outbox(conn=conn, audit=audit)
    path = said(BY_HAND, how=how)[:120]
    found = conn.execute("SELECT stage FROM notices WHERE id = ?", (notice_id,)).fetchone()
    stage = str(found[0]) if found else ""
    with db.transaction(conn):
        rows = [w for w in waiting(conn, notice_id) if messages is None or w.id in messages]
        if not rows:  # nobody left to tell: no call to audit
            return Recorded(0, 0, stage)
        for row in rows:
            if row.state == "failed":
                outbox.retry(row.id)
        queued = [w.id for w in rows if w.state in ("queued", "failed")]
        # handed off or uncertain: the officer now knows the partner has it
        moved = outbox.hand_off(queued, path=path) + [
            w.id for w in rows if w.state in ("handed-off", "uncertain")
        ]
        for message in moved:
            outbox.settle(message, as_="sent", reason=said(TOLD_ANOTHER_WAY, how=how))
        audit.append(
            "incident.told_another_way",
            reference=reference,
            notice=notice_id,
            stage=stage,
            messages=len(moved),
            partners=len({w.partner for w in rows}),
            how=how,
        )
        # the partners' older copies still waiting would now reach them after this notice
        hold_superseded(conn, audit)
    return Recorded(len({w.partner for w in rows}), len(moved), stage)
