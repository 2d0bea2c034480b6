"""The incident report's figures: what happened, who was told what and when, whether the
procedure was kept (notify within the deadline, every promised update on time, a closing
notice), how each notice was delivered, and what was decided in the backlog meanwhile.

Plain data read through the incidents and delivery services; the HTML, CSV and chart are
built from it in app/reports/documents.py.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from app import i18n
from app.audit import AuditLog
from app.backlog.actions import ActionInfo
from app.delivery.outbox import Outbox, OutboxMessage
from app.delivery.replies import shown_reply, without_contacts
from app.i18n import Msg, Words
from app.incidents import planned
from app.incidents.field_times import stored_times
from app.incidents.model import (
    END_FIELDS,
    END_WORDS,
    FINAL_STAGES,
    Incident,
    Notice,
    Recipient,
    named_moment,
    stage_name,
)
from app.incidents.schedule import LATE_TOLERANCE as PLAN_GRACE
from app.incidents.service import IncidentService
from app.incidents.titles import title_for
from app.incidents.told import SUPERSEDED, copy_state, incident_deliveries
from app.incidents.told_by_hand import refused_first
from app.reports import sources
from app.reports.notice_texts import TextVersion, text_versions
from app.settings import Settings
from app.store import db
from app.timefmt import now as clock_now

# Verdicts, in the words the report prints (tests read them back out of the PDF).
ON_TIME = "ON TIME"
LATE = "LATE"
PENDING = "NOT DUE YET"
KEPT = "KEPT"
MISSED = "MISSED"
#: a withdrawn incident (opened by mistake): no notice was ever due
NOT_NEEDED = "NOT NEEDED"
#: out of the kit; "delivered": an SMS the network reported on the phone
DELIVERED_STATES = ("sent", "delivered")


def delivered_count(states: Mapping[str, int]) -> int:
    """Messages delivered as far as the kit knows: sent, or an SMS the network reported."""
    return sum(states.get(state, 0) for state in DELIVERED_STATES)


@dataclass(frozen=True)
class Audience:
    contacts: int
    organisations: int
    email: int
    sms: int
    languages: dict[str, int]
    added: int = 0  # compared with the notice before
    removed: int = 0

    def describe(self) -> str:
        langs = ", ".join(f"{k} {v}" for k, v in self.languages.items()) or Msg.tr("none")
        text = Msg.tr(
            "{contacts} contacts at {organisations} organisations "
            "(e-mail {email}, SMS {sms}; languages {languages})"
        ).format(
            contacts=self.contacts,
            organisations=self.organisations,
            email=self.email,
            sms=self.sms,
            languages=langs,
        )
        changes = []
        if self.added:
            changes.append(Msg.tr("{count} added").format(count=self.added))
        if self.removed:
            changes.append(Msg.tr("{count} removed").format(count=self.removed))
        if not changes:
            return text
        return text + Msg.tr("; {changes} since the notice before").format(
            changes=", ".join(changes)
        )


def state_word(state: str) -> str:
    """A copy's state as the report says it: a copy held because a later notice reached its
    partner (`told.SUPERSEDED`) was no longer needed — not "held", which asks for a re-issue."""
    if state == SUPERSEDED:
        return Msg.tr("no longer needed (a later notice reached the partner)")
    return Words.tr(state)


@dataclass(frozen=True)
class MessageLine:
    """One outbox message of a notice, with who it was for (as the notice recorded them)."""

    channel: str
    organisation: str
    name: str
    state: str
    path: str
    attempts: int
    reply: str
    out_at: datetime | None
    #: the server refused it before the partner was told another way: listed with the
    #: copies not delivered, with that reply (a bad address IT must fix)
    refused: bool = False


@dataclass
class NoticeRecord:
    number: int
    notice: Notice
    kind: str  # the incident's: how it names the notice's stage (`label`)
    subject: str
    text: str
    audience: Audience
    messages: list[MessageLine]
    #: when every partner of the notice had it (app/incidents/told.py); None while not
    told_at: datetime | None = None
    told: int = 0  # partners who have it
    #: a re-issue of held copies: the number of the notice it re-issued
    reissue_of: int | None = None
    # every language version partners got, as stored when it was queued
    versions: list[TextVersion] = field(default_factory=list)

    @property
    def stage(self) -> str:
        return self.notice.stage

    @property
    def label(self) -> str:
        """The stage as the incident's kind names it, in English (a `Labels` source)."""
        return stage_name(self.notice.stage, self.kind)

    @property
    def queued_at(self) -> datetime:
        return self.notice.created_at

    @property
    def out_at(self) -> datetime | None:
        """When the notice first reached a partner (README: a notice's time): its first
        message sent, or handed off and confirmed sent — judged per message, so one held or
        queued copy does not make a notice whose e-mails were sent "not out". None while no
        partner has it (an .eml file not confirmed sent included). Every KPI reads this;
        `told_at` / `told` say when and how many partners had it (any channel)."""
        return self.first_out_at

    @property
    def first_out_at(self) -> datetime | None:
        """When the first message of this notice reached its partner."""
        times = [m.out_at for m in self.messages if m.out_at is not None]
        return min(times, default=None)

    @property
    def held(self) -> int:
        """Copies held (their promise lapsed in the outbox; re-issued, not sent)."""
        return self.states.get("held", 0)

    @property
    def superseded(self) -> int:
        """Copies no longer needed: a later notice reached their partner before they left."""
        return self.states.get(SUPERSEDED, 0)

    @property
    def states(self) -> Counter[str]:
        return Counter(m.state for m in self.messages)

    @property
    def paths(self) -> Counter[str]:
        """Messages that reached partners, per delivery path; the officer's own words of
        "told another way" (free text, perhaps a phone number) are one path."""
        return Counter(path_key(m.path) for m in self.messages if m.path and m.out_at is not None)

    @property
    def delivered(self) -> int:
        return sum(1 for m in self.messages if m.state in DELIVERED_STATES)

    @property
    def problems(self) -> list[MessageLine]:
        return [m for m in self.messages if m.state not in DELIVERED_STATES or m.refused]

    def delivery_text(self) -> str:
        if not self.messages:
            return Msg.tr("no messages")
        parts = [
            Msg.tr("{count} {state}").format(count=count, state=state_word(state))
            for state, count in sorted(self.states.items())
        ]
        return ", ".join(parts)

    def paths_text(self) -> str:
        """The paths as stored (the CSV's column)."""
        return ", ".join(f"{p} {c}" for p, c in sorted(self.paths.items())) or "—"

    def paths_shown(self) -> str:
        """The paths in the kit's language (the report body)."""
        return ", ".join(f"{shown_path(p)} {c}" for p, c in sorted(self.paths.items())) or "—"


#: the path of a message the officer told another way (app/incidents/service.py)
BY_HAND = "by hand: "
#: every message told another way, as one delivery path (the CSV's key)
TOLD_ANOTHER_WAY = "told another way"


def path_key(path: str) -> str:
    """A message's delivery path as the reports count it: the officer's words of "told
    another way" are not a path each (they may hold a person's phone number)."""
    return TOLD_ANOTHER_WAY if path.startswith(BY_HAND) else path


def shown_path(path: str) -> str:
    """A delivery path as the report body shows it, in the kit's language."""
    if path_key(path) == TOLD_ANOTHER_WAY:
        return Msg.tr("told another way")
    return path


@dataclass(frozen=True)
class FirstNotice:
    """Detection → first notice out, against the notify rule (disasters only)."""

    applies: bool  # the notify rule (disasters); planned work: told before it begins
    allowed_minutes: int
    deadline: datetime  # planned work: the start of its window
    verdict: str
    at: datetime | None  # when it left the kit
    queued_at: datetime | None
    delay: timedelta | None  # detection → `at` (or → now when nothing is out yet)

    @property
    def late(self) -> bool:
        return self.verdict == LATE


@dataclass(frozen=True)
class Promise:
    """A notice's "next update no later than", and whether the next notice kept it."""

    number: int  # the promising notice
    made_at: datetime
    due: datetime
    verdict: str
    answered_by: int | None  # the next notice's number
    answered_at: datetime | None
    late_by: timedelta | None


@dataclass
class IncidentFigures:
    incident: Incident
    services: list[str]  # in the report's language where the bundle names them so
    groups: list[str]
    generated_at: datetime
    notices: list[NoticeRecord]
    first: FirstNotice
    promises: list[Promise]
    #: the title in the report's language where the officer gave it (`title.pl`)
    title: str = ""
    #: the services as the bundle names them (the CSV, the same in every language)
    service_keys: list[str] = field(default_factory=list)
    backlog: list[ActionInfo] = field(default_factory=list)
    #: records whose status the backlog decisions meanwhile changed, undone work left out
    backlog_net: int = 0
    #: the end the closing notice told partners (a resolution's "fixed at"), if it told one
    told_end: datetime | None = None

    @property
    def undone_ids(self) -> set[int]:
        """Backlog decisions of the incident's time undone within that time."""
        return {a.undo_of for a in self.backlog if a.undo_of is not None}

    @property
    def backlog_taken(self) -> list[ActionInfo]:
        """The decisions taken meanwhile; an undo of one of them is not another decision
        (an undo of an earlier decision is: it changed records during the incident)."""
        ids = {a.id for a in self.backlog}
        return [a for a in self.backlog if a.undo_of is None or a.undo_of not in ids]

    @property
    def start(self) -> datetime:
        """When the problem began (planned work: its window start)."""
        return self.incident.window_start or self.incident.detected_at

    @property
    def final(self) -> NoticeRecord | None:
        finals = FINAL_STAGES[self.incident.kind]
        return next((n for n in self.notices if n.stage in finals), None)

    @property
    def end(self) -> datetime | None:
        """The closing notice's time (when it reached partners), else the closing of the
        incident; None while open. (`told_end`: the end that notice told partners.)"""
        final = self.final
        if final is not None:
            return final.out_at or final.queued_at
        return self.incident.closed_at

    @property
    def outage_end(self) -> datetime | None:
        """When the outage ended: the end the closing notice told partners (a resolution
        sent at 08:35 saying it was fixed at 08:30 ended at 08:30), else `end`."""
        if self.end is None:
            return None
        return self.told_end or self.end

    @property
    def duration(self) -> timedelta | None:
        """From the start to the end partners were told (not to when the notice went out)."""
        end = self.outage_end
        return end - self.start if end is not None else None

    @property
    def kept(self) -> int:
        return sum(p.verdict == KEPT for p in self.promises)

    @property
    def missed(self) -> int:
        return sum(p.verdict == MISSED for p in self.promises)

    @property
    def messages(self) -> list[MessageLine]:
        return [m for n in self.notices for m in n.messages]

    @property
    def states(self) -> Counter[str]:
        return Counter(m.state for m in self.messages)

    @property
    def paths(self) -> Counter[str]:
        total: Counter[str] = Counter()
        for notice in self.notices:
            total.update(notice.paths)
        return total

    @property
    def window_end(self) -> datetime:
        """The end of the time the report looks at (backlog actions, the chart)."""
        return self.end or self.generated_at


class IncidentReader:
    """Reads one incident through the incidents and delivery services."""

    def __init__(self, *, conn: db.Connection, actor: str) -> None:
        audit = AuditLog(conn=conn, actor=actor)
        self.conn = conn
        self.incidents = IncidentService(
            conn=conn, audit=audit, settings=Settings(conn=conn, audit=audit)
        )
        self.outbox = Outbox(conn=conn, audit=audit)

    def figures(self, reference: str, *, at: datetime | None = None) -> IncidentFigures:
        return self.figures_of(self.incidents.get(reference), at=at)

    def figures_of(
        self, incident: Incident, *, at: datetime | None = None, texts: bool = True
    ) -> IncidentFigures:
        """`texts`: read every language version of each notice (the incident report shows
        them; the period report does not, and leaves them unread)."""
        moment = at or clock_now()
        notices = self.incidents.notices(incident)
        records = self._records(incident, notices, texts=texts)
        first = first_notice(incident, records, now=moment)
        service_names = self.incidents.service_names()
        shown_names = self.incidents.directory.service_names_in(i18n.language())
        group_names = self.incidents.directory.shown_groups(incident.groups, i18n.language())
        figures = IncidentFigures(
            incident=incident,
            services=[shown_names.get(s) or service_names.get(s, s) for s in incident.services],
            groups=group_names,
            generated_at=moment,
            notices=records,
            first=first,
            promises=promises(records, now=moment, grace=self._grace(incident)),
            title=title_for(incident.title, self.incidents.titles(incident), i18n.language())[0],
            service_keys=[service_names.get(s, s) for s in incident.services],
        )
        figures.told_end = self._told_end(incident, figures.final)
        figures.backlog = sources.backlog_actions(self.conn, figures.start, figures.window_end)
        if figures.backlog:
            figures.backlog_net = sources.backlog_net_changed(
                self.conn, figures.start, figures.window_end
            )
        return figures

    def _told_end(self, incident: Incident, final: NoticeRecord | None) -> datetime | None:
        """The end the closing notice told partners: its time field its templates show, read
        as the preview reads it (named like an end, else the one time it asks for) — not
        the kit's own end names the form filled in and no template showed."""
        if final is None or final.stage == "cancelled":
            return None
        recipients = sources.notice_audience(self.conn, final.notice.id)
        shown = self.incidents.composer().fields_for(incident, final.stage, recipients)
        times = dict(stored_times(final.notice.fields))
        found = named_moment([(n, times[n]) for n in shown if n in times], END_FIELDS, END_WORDS)
        return found[1] if found else None

    def _grace(self, incident: Incident) -> timedelta:
        """Planned work on a plan: its promise is the next planned notice, which the
        schedule writes and sends at (just after) its due time — within the scheduler's
        tolerance it kept the promise. One sent later (the kit was closed, the officer sent
        it late) still missed it."""
        if incident.kind != "downtime" or incident.id is None:
            return timedelta()
        return PLAN_GRACE if planned.plan_of(self.conn, incident.id) is not None else timedelta()

    def _records(
        self, incident: Incident, notices: Sequence[Notice], *, texts: bool
    ) -> list[NoticeRecord]:
        messages = self.outbox.messages(incident_ref=incident.reference, limit=1_000_000)
        out_times = sources.first_out_times(self.conn, incident.reference)
        refused = sources.held_refusals(self.conn, incident.reference)
        told_refused = refused_first(self.conn, incident_ref=incident.reference)
        told = (
            incident_deliveries(self.conn, incident.id, incident.reference)
            if incident.id is not None
            else {}
        )
        by_notice: dict[int | None, list[OutboxMessage]] = {}
        for message in messages:
            by_notice.setdefault(message.notice_id, []).append(message)
        records: list[NoticeRecord] = []
        previous: set[str] = set()
        replaced = sources.reissues(self.conn, incident.reference)
        numbers = {n.id: number for number, n in enumerate(notices, start=1)}
        for number, notice in enumerate(notices, start=1):
            recipients = sources.notice_audience(self.conn, notice.id)
            keys = {r.key for r in recipients}
            audience = _audience(recipients, added=len(keys - previous) if previous else 0)
            if previous:
                audience = _with_removed(audience, len(previous - keys))
            previous = keys
            subject, text = _main_text(self.incidents.texts(notice.id))
            # one lookup per message (a notice may go to thousands of partners)
            by_address = {r.phone: r for r in recipients if r.phone}
            by_address.update({r.email: r for r in recipients if r.email})
            lines = [
                _line(
                    m,
                    by_address.get(m.recipient),
                    out_times.get(m.id),
                    refused.get(m.id),
                    told_refused.get(m.id),
                )
                for m in by_notice.get(notice.id, [])
            ]
            reached = told.get(notice.id)
            versions = (
                text_versions(
                    sources.stored_texts(self.conn, notice.id),
                    recipients,
                    [
                        (m.channel, m.recipient)
                        for m in by_notice.get(notice.id, [])
                        if out_times.get(m.id) is not None
                    ],
                )
                if texts
                else []
            )
            records.append(
                NoticeRecord(
                    number,
                    notice,
                    incident.kind,
                    subject,
                    text,
                    audience,
                    lines,
                    reached.delivered_at if reached else None,
                    reached.told if reached else 0,
                    numbers.get(replaced.get(notice.id, -1)),
                    versions,
                )
            )
        return records


def first_notice(
    incident: Incident, records: Sequence[NoticeRecord], *, now: datetime
) -> FirstNotice:
    allowed = incident.notify_minutes
    deadline = incident.detected_at + timedelta(minutes=allowed)
    first = records[0] if records else None
    at = first.out_at if first else None
    queued = first.queued_at if first else None
    if incident.withdrawn:  # opened by mistake: nothing was ever due
        return FirstNotice(
            incident.kind == "disaster", allowed, deadline, NOT_NEEDED, at, queued, None
        )
    if incident.kind != "disaster":
        # planned work has no detection clock: partners must hear before the work begins
        begins = incident.window_start or incident.detected_at
        # on time when every partner had it before (README: *Announced* means every
        # partner has the announcement), not when the first of them did
        everyone = first.told_at if first else None
        if everyone is not None:
            verdict = ON_TIME if everyone <= begins else LATE
        else:
            verdict = LATE if now > begins else PENDING
        delay = at - begins if at else None
        return FirstNotice(False, allowed, begins, verdict, at, queued, delay)
    if at is not None:
        delay = at - incident.detected_at
        verdict = ON_TIME if at <= deadline else LATE
    else:
        # nothing has reached a partner yet: late once the deadline has passed
        delay = now - incident.detected_at
        verdict = LATE if now > deadline else PENDING
    return FirstNotice(True, allowed, deadline, verdict, at, queued, delay)


def promises(
    records: Sequence[NoticeRecord], *, now: datetime, grace: timedelta = timedelta()
) -> list[Promise]:
    """Each promise partners got is kept when the next notice that reached them did so by
    the promised time (planned work: within `grace` of it, the time the schedule takes to
    send a planned notice due then). A notice none of whose messages left and that has held
    copies (its promise lapsed in the outbox, or a later notice made them unnecessary) made
    no promise and answers none; one whose e-mails left while its SMS copies were held made
    it (judged per message)."""
    found: list[Promise] = []
    heard = [r for r in records if not (r.out_at is None and (r.held or r.superseded))]
    for index, record in enumerate(heard):
        due = record.notice.next_update
        if due is None:
            continue
        later = heard[index + 1 :]
        answer = next((r for r in later if r.out_at is not None), later[0] if later else None)
        answered_at = answer.out_at if answer else None
        if answered_at is not None:
            verdict = KEPT if answered_at <= due + grace else MISSED
            late_by = answered_at - due if answered_at > due + grace else None
        else:
            verdict = MISSED if now > due + grace else PENDING
            late_by = now - due if now > due + grace else None
        found.append(
            Promise(
                record.number,
                record.out_at or record.queued_at,
                due,
                verdict,
                answer.number if answer else None,
                answered_at,
                late_by,
            )
        )
    return found


def _audience(recipients: Sequence[Recipient], *, added: int) -> Audience:
    return Audience(
        contacts=len(recipients),
        organisations=len({r.organisation for r in recipients}),
        email=sum(r.wants_email for r in recipients),
        sms=sum(r.wants_sms for r in recipients),
        languages=dict(sorted(Counter(r.language for r in recipients).items())),
        added=added,
    )


def _with_removed(audience: Audience, removed: int) -> Audience:
    return Audience(
        audience.contacts,
        audience.organisations,
        audience.email,
        audience.sms,
        audience.languages,
        audience.added,
        removed,
    )


def _main_text(texts: Sequence[tuple[str, str, str, str]]) -> tuple[str, str]:
    """The English e-mail text when there is one (the manager's language), else the first."""
    emails = [t for t in texts if t[1] == "email"] or list(texts)
    if not emails:
        return "", ""
    chosen = next((t for t in emails if t[0] == "en"), emails[0])
    return chosen[2], chosen[3]


def _line(
    message: OutboxMessage,
    who: Recipient | None,
    out_at: datetime | None,
    refusal: str | None = None,
    refused_before: str | None = None,
) -> MessageLine:
    """`refusal`: the server's reply to a message held after it was refused (the incident
    closed): the report counts it failed, with that reply, not as held. `refused_before`:
    the reply of a server that refused the message before its partner was told another way:
    counted as told, listed with the copies not delivered, with that reply."""
    reply = refusal if refusal is not None else refused_before
    return MessageLine(
        channel=message.channel,
        organisation=who.organisation if who else "",
        name=who.name if who else message.recipient_name,
        state="failed" if refusal is not None else copy_state(message.state, message.last_reply),
        path=without_contacts(message.path or ""),
        attempts=message.attempts,
        reply=without_contacts(shown_reply(reply if reply is not None else message.last_reply)),
        out_at=out_at,
        refused=refused_before is not None,
    )
