"""Incidents in the encrypted store: open one, compose and queue its notices, close it.
Every change is audited in the same transaction as the change itself.

The composing and queueing stack (template catalog, jinja2, outbox) is imported when a notice
is first composed: the window lists incidents and runs their timers at start without it."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import datetime
from functools import cached_property
from typing import TYPE_CHECKING

from app.audit import AuditLog
from app.errors import NotFound, Refused, UserError
from app.i18n import Msg
from app.incidents import planned, rules
from app.incidents.clock import Deadline, deadlines
from app.incidents.field_keys import unknown_keys
from app.incidents.model import FINAL_STAGES, Incident, Notice, Recipient
from app.incidents.plan import next_promise
from app.incidents.quoted import earlier_notices
from app.incidents.references import REFERENCE_PREFIX, issued_floor
from app.incidents.rows import INCIDENT_COLUMNS, incident_from_row, stored_time
from app.incidents.service_records import (
    DeliveryLine as DeliveryLine,
)
from app.incidents.service_records import (
    NoticeRefused as NoticeRefused,
)
from app.incidents.service_records import (
    Queued as Queued,
)
from app.incidents.service_records import (
    named,
)
from app.incidents.told import NoticeDelivery, copy_state, incident_deliveries
from app.settings import Settings
from app.store import db
from app.timefmt import iso, now

if TYPE_CHECKING:
    from app.contacts.directory import DirectoryStore
    from app.contacts.model import Contact
    from app.incidents.compose import Composer, Composition
    from app.incidents.newcomers import Reach
    from app.incidents.told_by_hand import Recorded
    from app.notices.catalog import TemplateCatalog


class IncidentService:
    def __init__(self, *, conn: db.Connection, audit: AuditLog, settings: Settings) -> None:
        self._conn = conn
        self._audit = audit
        self._settings = settings

    @cached_property
    def directory(self) -> DirectoryStore:
        # the contact directory (and its model) is read when notices are composed or an
        # incident's groups are checked; listing incidents at start does not need it
        from app.contacts.directory import DirectoryStore

        return DirectoryStore(conn=self._conn, audit=self._audit)

    @cached_property
    def catalog(self) -> TemplateCatalog:
        from app.notices.catalog import TemplateCatalog

        return TemplateCatalog(conn=self._conn, audit=self._audit)

    @property
    def conn(self) -> db.Connection:
        return self._conn

    @property
    def audit(self) -> AuditLog:
        return self._audit

    def notify_minutes(self) -> int:
        return self._settings.get("notify_deadline_minutes")

    def announce_days(self) -> int:
        """Planned work is announced this many days before its window (0: at once)."""
        return self._settings.get("planned_announce_days")

    # -- opening ------------------------------------------------------------------------

    def next_reference(self, moment: datetime | None = None) -> str:
        year = (moment or now()).astimezone().year
        prefix = f"{REFERENCE_PREFIX}-{year}-"
        row = self._conn.execute(
            "SELECT max(CAST(substr(reference, ?) AS INTEGER)) FROM incidents "
            "WHERE reference GLOB ?",
            (len(prefix) + 1, prefix + "*"),
        ).fetchone()
        highest = max(int(row[0] or 0), issued_floor(self._conn, prefix))  # a restore's floor
        return f"{prefix}{highest + 1:04}"

    def draft(
        self,
        kind: str,
        title: str,
        services: Sequence[str],
        *,
        detected: datetime | None = None,
        window: tuple[datetime, datetime] | None = None,
        groups: Sequence[str] | None = None,
    ) -> Incident:
        """A checked, not yet stored incident (the wizard previews with it)."""
        from app.incidents.drafting import draft_problems  # opening one: not at start

        moment = now()
        known = {s.id for s in self.directory.services()}
        problems = draft_problems(kind, title, services, known, detected, window, moment)
        if problems:
            raise UserError(
                Msg.tr("The incident was not opened:")
                + "\n"
                + "\n".join(f"  - {p}" for p in problems)
            )
        chosen = (
            tuple(groups)
            if groups is not None
            else tuple(self.directory.groups_for_services(services))
        )
        return Incident(
            reference=self.next_reference(moment),
            kind=kind,
            title=title.strip(),
            services=tuple(services),
            groups=chosen,
            detected_at=detected or moment,
            notify_minutes=self._settings.get("notify_deadline_minutes"),
            window_start=window[0] if window else None,
            window_end=window[1] if window else None,
            created_at=moment,
        )

    def open(self, incident: Incident) -> Incident:
        """Store a drafted incident (its reference is taken now)."""
        with db.transaction(self._conn) as conn:
            reference = self.next_reference(incident.created_at)
            stamp = iso(incident.created_at or now())
            conn.execute(
                "INSERT INTO incidents (reference, kind, title, services, groups, detected_at, "
                "window_start, window_end, notify_minutes, state, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?)",
                (
                    reference,
                    incident.kind,
                    incident.title,
                    ";".join(incident.services),
                    ";".join(incident.groups),
                    iso(incident.detected_at),
                    iso(incident.window_start) if incident.window_start else None,
                    iso(incident.window_end) if incident.window_end else None,
                    incident.notify_minutes,
                    stamp,
                ),
            )
            self._audit.append(
                "incident.opened",
                reference=reference,
                kind=incident.kind,
                title=incident.title,
                services=list(incident.services),
                groups=list(incident.groups),
            )
        return self.get(reference)

    def create(self, kind: str, title: str, services: Sequence[str], **kwargs: object) -> Incident:
        return self.open(self.draft(kind, title, services, **kwargs))  # type: ignore[arg-type]

    def set_groups(self, reference: str, groups: Iterable[str]) -> Incident:
        """Change which groups hear about it. Earlier recipients keep hearing regardless."""
        incident = self.get(reference)
        chosen = sorted(set(groups))
        known = {g.id for g in self.directory.groups()}
        unknown = [g for g in chosen if g not in known]
        if unknown:
            raise NotFound(
                Msg.tr("Unknown group(s): {groups}.", "", len(unknown)).format(
                    groups=", ".join(unknown)
                )
            )
        with db.transaction(self._conn) as conn:
            conn.execute(
                "UPDATE incidents SET groups = ? WHERE reference = ?", (";".join(chosen), reference)
            )
            self._audit.append(
                "incident.groups_changed",
                reference=reference,
                old=list(incident.groups),
                new=chosen,
            )
        return self.get(reference)

    # -- reading ------------------------------------------------------------------------

    def get(self, reference: str) -> Incident:
        row = self._conn.execute(
            f"SELECT {INCIDENT_COLUMNS} FROM incidents WHERE reference = ?",
            (reference.strip().upper(),),
        ).fetchone()
        if row is None:
            raise NotFound(
                Msg.tr(
                    "There is no incident {reference}. 'outage-kit incident list' shows them."
                ).format(reference=reference)
            )
        return incident_from_row(row)

    def incidents(self, *, include_closed: bool = False, limit: int = 500) -> list[Incident]:
        sql = f"SELECT {INCIDENT_COLUMNS} FROM incidents"
        if not include_closed:
            sql += " WHERE state = 'open'"
        sql += f" ORDER BY id DESC LIMIT {int(limit)}"
        return [incident_from_row(r) for r in self._conn.execute(sql)]

    def notices(self, incident: Incident) -> list[Notice]:
        rows = self._conn.execute(
            "SELECT id, incident_id, stage, fields, next_update, created_at, recipients "
            "FROM notices WHERE incident_id = ? ORDER BY id",
            (incident.id,),
        )
        return [
            Notice(
                int(r[0]),
                int(r[1]),
                r[2],
                json.loads(r[3]),
                stored_time(r[4]),
                stored_time(r[5]) or now(),
                int(r[6]),
            )
            for r in rows
        ]

    def deadlines(self, incident: Incident) -> list[Deadline]:
        return deadlines(
            incident,
            self.notices(incident),
            reminder_minutes=self._settings.get("update_reminder_minutes"),
            delivery=self.delivery(incident),
        )

    def delivery(self, incident: Incident) -> dict[int, NoticeDelivery]:
        """How far each notice of the incident got: partners told, messages by state."""
        if incident.id is None:
            return {}
        return incident_deliveries(self._conn, incident.id, incident.reference)

    def audience(self, incident: Incident) -> list[Recipient]:
        """Everyone who got a notice of this incident, less stated removals, each on every
        channel any notice reached them by: a re-issue of held copies goes out on those
        channels only (e.g. SMS), and must not narrow who hears the later notices how."""
        rows = self._conn.execute(
            "SELECT a.contact_key, a.organisation, a.name, a.email, a.phone, a.language, "
            "a.channels, a.timezone FROM notice_audience a JOIN notices n ON n.id = a.notice_id "
            "WHERE n.incident_id = ? AND a.contact_key NOT IN "
            "(SELECT contact_key FROM incident_removals WHERE incident_id = ?) ORDER BY n.id",
            (incident.id, incident.id),
        )
        found: dict[str, Recipient] = {}
        for r in rows:
            before = found.get(r[0])
            channels = tuple(c for c in r[6].split(";") if c)
            if before is not None:
                channels = (*before.channels, *(c for c in channels if c not in before.channels))
            found[r[0]] = Recipient(r[0], r[1], r[2], r[3], r[4], r[5], channels, r[7])
        return list(found.values())

    def texts(self, notice_id: int) -> list[tuple[str, str, str, str]]:
        """(language, channel, subject, body) of a queued notice."""
        rows = self._conn.execute(
            "SELECT language, channel, subject, body FROM notice_texts WHERE notice_id = ? "
            "ORDER BY language, channel, timezone <> 'UTC', timezone",
            (notice_id,),
        )
        return [(r[0], r[1], r[2], r[3]) for r in rows]

    def zoned_texts(self, notice_id: int) -> list[tuple[str, str, str, str, str]]:
        """(language, channel, time zone, subject, body) of a queued notice."""
        rows = self._conn.execute(
            "SELECT language, channel, timezone, subject, body FROM notice_texts "
            "WHERE notice_id = ? ORDER BY language, channel, timezone",
            (notice_id,),
        )
        return [(r[0], r[1], r[2], r[3], r[4]) for r in rows]

    def deliveries(self, incident: Incident) -> list[DeliveryLine]:
        rows = self._conn.execute(
            "SELECT notice_id, channel, recipient, recipient_name, state, path, updated_at, "
            "CASE state WHEN 'held' THEN last_reply ELSE '' END "
            "FROM outbox WHERE incident_ref = ? ORDER BY id",
            (incident.reference,),
        )
        return [
            DeliveryLine(n, c, r, name, copy_state(state, reply), path, at)
            for n, c, r, name, state, path, at, reply in rows
        ]

    # -- composing and queueing ---------------------------------------------------------

    def service_names(self) -> dict[str, str]:
        return {s.id: s.name for s in self.directory.services()}

    def service_translations(self) -> dict[str, dict[str, str]]:
        """Service names by language, then service id (bundle services.csv name.<lang>)."""
        found: dict[str, dict[str, str]] = defaultdict(dict)
        for service in self.directory.services():
            for language, name in service.names:
                found[language][service.id] = name
        return dict(found)

    def titles(self, incident: Incident) -> dict[str, str]:
        """The incident's title by language (translations the officer gave)."""
        if incident.id is None:
            return {}
        rows = self._conn.execute(
            "SELECT language, title FROM incident_titles WHERE incident_id = ?", (incident.id,)
        )
        return {r[0]: r[1] for r in rows}

    def composer(self) -> Composer:
        from app.incidents.compose import Composer

        return Composer(
            catalog=self.catalog,
            service_names=self.service_names(),
            translations=self.service_translations(),
        )

    def proposed_audience(self, incident: Incident) -> list[Recipient]:
        return [Recipient.from_contact(c) for c in self.directory.audience(incident.groups)]

    def compose(
        self,
        incident: Incident,
        stage: str,
        fields: Mapping[str, str],
        *,
        removals: Mapping[str, str] | None = None,
        recipients: Sequence[Recipient] | None = None,
        add_groups: Sequence[str] = (),
        replacing: int | None = None,
        promise: datetime | None = None,
        check_keys: bool = False,
    ) -> Composition:
        """Everything the notice would be, and every problem that stops it being queued.
        `recipients`: an explicit initial audience (the wizard's), else the incident's;
        `add_groups`: groups that hear about it from this notice on (additions only);
        `replacing`: a notice that reached nobody (held: its promise lapsed in the outbox)
        which this one re-issues — the rules and the quoted history leave it out;
        `promise`: the next update time the caller's plan promises (planned work: without
        it, and without a typed `next_update`, the stored plan's next notice);
        `check_keys`: refuse keys no template asks for (app/incidents/field_keys.py)."""
        from app.incidents.compose import NEXT_UPDATE
        from app.notices.languages import titles_in

        moment = now()
        if incident.id is not None:
            incident = self.get(incident.reference)  # never act on a stale copy
        notices = self.notices(incident) if incident.id is not None else []
        if replacing is not None:
            found = self.delivery(incident).get(replacing)
            if found is None or (found.told and recipients is None):  # (held copies only)
                raise UserError(
                    Msg.tr(
                        "Notice {notice} reached partners already: post an update instead."
                    ).format(notice=replacing)
                )
            notices = [n for n in notices if n.id < replacing]  # as when it was first queued
        problems = rules.stage_problems(incident, notices, stage, moment=moment)
        known = {g.id for g in self.directory.groups()}
        problems += [
            Msg.tr("There is no group {group!r}.").format(group=g)
            for g in add_groups
            if g not in known
        ]
        extra = tuple(g for g in add_groups if g in known and g not in incident.groups)
        if extra:
            incident = replace(incident, groups=(*incident.groups, *extra))
        removals, gone = dict(removals or {}), list[str]()
        contacts: list[Contact] = []
        if recipients is not None:
            audience = list(recipients)
        elif notices:
            contacts = self.directory.contacts()
            listed = {c.key: Recipient.from_contact(c) for c in contacts}
            audience, more = rules.audience_for_follow_up(
                self.audience(incident), self.proposed_audience(incident), removals, listed
            )
            problems, gone = problems + more, rules.no_longer_listed(audience, listed)
        else:
            audience = self.proposed_audience(incident)
        next_update = None
        if stage in FINAL_STAGES.get(incident.kind, ()):
            pass
        elif promise is not None:
            next_update = promise
        elif incident.kind == "downtime" and not fields.get(NEXT_UPDATE, "").strip():
            # the plan is the promise: the next planned notice, at the latest the completion
            next_update = self.planned_promise(incident, moment)
            if next_update is None:
                problems.append(
                    Msg.tr(
                        "The window has ended: extend the window (partners get the new end), or "
                        "send the completion."
                    )
                )
        else:
            next_update, more = rules.promise_problems(fields.get(NEXT_UPDATE, ""), now=moment)
            problems += more
        composition = self.composer().compose(
            incident,
            stage,
            fields,
            audience,
            earlier=earlier_notices(self, incident, notices, audience),
            next_update=next_update,
            problems=problems,
            titles={**self.titles(incident), **titles_in(fields)},
            told_start=_told_start(notices),
        )
        composition.removals = removals
        if check_keys:  # (typed keys: the command line's --fields)
            composition.problems += unknown_keys(fields, composition.needed_fields, audience)
        from app.incidents.no_path import no_path_warnings  # composing: not at start

        composition.warnings = [*gone, *no_path_warnings(self._conn, self._audit, composition)]
        if recipients is None and notices:  # a follow-up: who hears of it for the first time
            from app.incidents.newcomers import say_newcomers  # with the directory: not at start

            groups = self.directory.groups()
            say_newcomers(self._conn, composition, [n.id for n in notices], contacts, groups)
        return composition

    def reach(self, incident: Incident) -> Reach | None:
        """Who of the incident's whole current audience has been told (None: no notice)."""
        if incident.id is None or not self.notices(incident):
            return None
        from app.incidents.newcomers import reach  # an incident with notices: not at start

        keys = [r.key for r in self.proposed_audience(incident)]
        return reach(self._conn, incident.id, incident.reference, keys)

    def planned_promise(self, incident: Incident, moment: datetime) -> datetime | None:
        """When planned work's next notice is due by its plan (None: the window ended)."""
        dues = planned.pending_dues(self._conn, incident.id) if incident.id is not None else []
        return next_promise(dues, moment, incident.window_end)

    def notify(
        self,
        incident: Incident,
        stage: str,
        fields: Mapping[str, str],
        *,
        removals: Mapping[str, str] | None = None,
        recipients: Sequence[Recipient] | None = None,
        add_groups: Sequence[str] = (),
        replacing: int | None = None,
        promise: datetime | None = None,
        check_keys: bool = False,
    ) -> Queued:
        """Compose and queue, all or nothing; refused with every problem named."""
        from app.delivery.outbox import Outbox

        composition = self.compose(
            incident,
            stage,
            fields,
            removals=removals,
            recipients=recipients,
            add_groups=add_groups,
            replacing=replacing,
            promise=promise,
            check_keys=check_keys,
        )
        if not composition.ok:
            raise NoticeRefused(incident.reference, composition.problems)
        with db.transaction(self._conn) as conn:
            if composition.incident.groups != self.get(incident.reference).groups:
                self.set_groups(incident.reference, composition.incident.groups)
            notice_id = self._insert_notice(conn, composition)
            threads = self._threads(incident.reference)
            messages = composition.messages(notice_id=notice_id, threads=threads)
            Outbox(conn=conn, audit=self._audit).enqueue(messages)
            self._audit.append(
                "incident.notice_queued",
                reference=incident.reference,
                stage=stage,
                notice=notice_id,
                recipients=len(composition.recipients),
                messages=len(messages),
                languages=composition.languages(),
                removed=sorted(composition.removals),
                replaces=replacing,
            )
            purpose = {"initial": "announcement", "completed": "completion"}.get(stage)
            if purpose is not None and incident.id is not None and replacing is None:
                # the plan's announcement or completion is done by this notice
                planned.mark_done(conn, incident.id, purpose, notice_id, moment=now())
            if stage in FINAL_STAGES[incident.kind] and incident.id is not None:
                planned.drop_pending(
                    conn, incident.id, f"the {stage} notice was queued", moment=now()
                )
        return Queued(composition, notice_id, len(messages))

    def _insert_notice(self, conn: db.Connection, c: Composition) -> int:
        from app.notices.languages import titles_in

        incident = c.incident
        stamp = iso(now())
        cur = conn.execute(
            "INSERT INTO notices (incident_id, stage, fields, next_update, created_at, "
            "recipients) VALUES (?, ?, ?, ?, ?, ?)",
            (
                incident.id,
                c.stage,
                json.dumps(c.fields, ensure_ascii=False, sort_keys=True),
                iso(c.next_update) if c.next_update else None,
                stamp,
                len(c.recipients),
            ),
        )
        notice_id = int(cur.lastrowid)
        conn.executemany(
            "INSERT INTO notice_texts (notice_id, language, channel, subject, body, "
            "template_language, template_origin, timezone) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    notice_id,
                    t.language,
                    t.channel,
                    t.subject,
                    t.body,
                    t.template.language,
                    t.template.origin,
                    t.timezone,
                )
                for t in c.texts.values()
            ],
        )
        conn.executemany(
            "INSERT INTO notice_audience (notice_id, contact_key, organisation, name, email, "
            "phone, language, channels, timezone) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    notice_id,
                    r.key,
                    r.organisation,
                    r.name,
                    r.email,
                    r.phone,
                    r.language,
                    ";".join(r.channels),
                    r.timezone,
                )
                for r in c.recipients
            ],
        )
        conn.executemany(
            "INSERT OR REPLACE INTO incident_titles (incident_id, language, title) "
            "VALUES (?, ?, ?)",
            [(incident.id, lang, title) for lang, title in titles_in(c.fields).items()],
        )
        conn.executemany(
            "INSERT OR REPLACE INTO incident_removals (incident_id, contact_key, reason, "
            "removed_at) VALUES (?, ?, ?, ?)",
            [(incident.id, key, reason.strip(), stamp) for key, reason in c.removals.items()],
        )
        return notice_id

    def _threads(self, reference: str) -> dict[str, list[str]]:
        """Earlier e-mail Message-IDs of this incident per recipient, oldest first (one
        query for the whole audience instead of one per partner)."""
        threads: dict[str, list[str]] = defaultdict(list)
        for recipient, message_id in self._conn.execute(
            "SELECT recipient, message_id FROM outbox WHERE incident_ref = ? "
            "AND channel = 'email' AND state != 'held' ORDER BY id",  # held never left
            (reference,),
        ):
            threads[recipient].append(message_id)
        return threads

    # -- closing ------------------------------------------------------------------------

    def close(self, incident: Incident, *, window: bool = False) -> Incident:
        """`window`: a refusal says what to do in the window's words (else the commands)."""
        incident = self.get(incident.reference)
        notices, told = self.notices(incident), self.delivery(incident)
        problems = rules.close_problems(incident, notices, told, window=window)
        if problems:
            raise Refused(" ".join(problems), details={"problems": problems})
        from app.delivery.outbox import Outbox
        from app.delivery.replies import closed_reply
        from app.incidents.superseded import hold_at_close

        with db.transaction(self._conn) as conn:
            conn.execute(
                "UPDATE incidents SET state = 'closed', closed_at = ? WHERE id = ?",
                (iso(now()), incident.id),
            )
            # earlier notices' messages still waiting would reach partners after the end
            waiting = [
                int(r[0])
                for r in conn.execute(
                    "SELECT id FROM outbox WHERE incident_ref = ? AND state IN "
                    "('queued', 'failed')",
                    (incident.reference,),
                )
            ]
            held = Outbox(conn=conn, audit=self._audit).supersede(
                waiting,
                why=closed_reply(incident.reference),  # shown translated: `shown_reply`
            )
            held += hold_at_close(conn, self._audit, incident.reference)
            planned.drop_pending(conn, int(incident.id or 0), "closed", moment=now())
            self._audit.append("incident.closed", reference=incident.reference, held=len(held))
        return self.get(incident.reference)

    def owed_after_closing(self, incident: Incident) -> dict[str, list[str]]:
        """The copies of a closed incident that still wait for the officer (uncertain, handed
        off, refused: `standing.OWED_AFTER_CLOSING`), by standing, each named: partner,
        notice, channel."""
        from app.i18n import channel_word
        from app.incidents.model import stage_label
        from app.incidents.standing import OFFICER_STATES, OWED_AFTER_CLOSING

        stages = {n.id: n.stage for n in self.notices(incident)}
        words = {OFFICER_STATES[word]: word for word in OWED_AFTER_CLOSING}
        found: dict[str, list[str]] = {word: [] for word in OWED_AFTER_CLOSING}
        for line in self.deliveries(incident):
            word = words.get(line.state)
            stage = stages.get(line.notice_id or 0)
            if word is None or stage is None:
                continue
            found[word].append(
                Msg.tr("{partner}: {notice}, {channel}").format(
                    partner=named(line),
                    notice=stage_label(stage, incident.kind).lower(),
                    channel=channel_word(line.channel),
                )
            )
        return {word: names for word, names in found.items() if names}

    def notice(self, incident: Incident, notice_id: int) -> Notice:
        found = next((n for n in self.notices(incident) if n.id == notice_id), None)
        if found is None:
            raise UserError(_not_its_notice(notice_id, incident))
        return found

    def told_another_way(
        self,
        incident: Incident,
        how: str,
        *,
        notice_id: int | None = None,
        messages: Collection[int] | None = None,
        partners: Sequence[str] = (),
    ) -> Recorded:
        """The officer told partners the kit could not reach (phoned them, texted from a
        mobile, a colleague's mail client): the waiting, failed, handed-off and uncertain
        messages of the notice's partners who have it by no path yet (default: its newest
        notice) — those of `messages` (ids) or of `partners` (names, addresses or numbers as
        typed) when given, else all — are recorded as sent `how`, audited. Returns how many
        partners and messages that covered."""
        from app.incidents import told_by_hand

        if not how.strip():
            raise UserError(
                Msg.tr("Say how they were told (e.g. 'phoned the NOC', 'SMS from my phone').")
            )
        chosen = self.waiting_notice(incident, notice_id)
        if partners:
            messages = told_by_hand.named(told_by_hand.waiting(self._conn, chosen), partners)
        return told_by_hand.record(
            self._conn,
            self._audit,
            reference=incident.reference,
            notice_id=chosen,
            how=how.strip(),
            messages=messages,
        )

    def waiting_notice(self, incident: Incident, notice_id: int | None = None) -> int:
        """`notice_id` if it is one of the incident's notices, else its newest (UserError
        when it has none, or that is not its notice)."""
        notices = self.notices(incident)
        if not notices:
            raise UserError(
                Msg.tr("{reference} has no notice yet.").format(reference=incident.reference)
            )
        chosen = notices[-1].id if notice_id is None else notice_id
        if chosen not in {n.id for n in notices}:
            raise UserError(_not_its_notice(chosen, incident))
        return chosen

    def withdraw(self, incident: Incident, reason: str) -> Incident:
        """Discard an incident opened by mistake, before anything of it left the kit: its
        queued messages are removed from the outbox (they never went out), the reason is
        kept and audited, and reports leave it out of the KPIs."""
        with db.transaction(self._conn) as conn:
            incident = self.get(incident.reference)
            problems = rules.withdraw_problems(incident, self.delivery(incident), reason)
            if problems:
                raise Refused(
                    Msg.tr("{reference} was not withdrawn:").format(reference=incident.reference)
                    + "\n"
                    + "\n".join(f"  - {p}" for p in problems),
                    details={"problems": problems},
                )
            ids = [
                int(r[0])
                for r in conn.execute(
                    "SELECT id FROM outbox WHERE incident_ref = ?", (incident.reference,)
                )
            ]
            conn.executemany("DELETE FROM outbox_attempts WHERE message = ?", [(i,) for i in ids])
            conn.executemany("DELETE FROM outbox WHERE id = ?", [(i,) for i in ids])
            conn.execute(
                "UPDATE incidents SET state = 'closed', closed_at = ?, withdrawn_reason = ? "
                "WHERE id = ?",
                (iso(now()), reason.strip(), incident.id),
            )
            planned.drop_pending(conn, int(incident.id or 0), "withdrawn", moment=now())
            self._audit.append(
                "incident.withdrawn",
                reference=incident.reference,
                reason=reason.strip(),
                discarded_messages=len(ids),
            )
        return self.get(incident.reference)


def _not_its_notice(notice_id: int, incident: Incident) -> str:
    return Msg.tr("Notice {notice} is not a notice of {reference}.").format(
        notice=notice_id, reference=incident.reference
    )


def _told_start(notices: Sequence[Notice]) -> datetime | None:
    """`field_times.told_start`, imported when a notice is composed: the service is built at
    every start, the time readers (and the notices' zones) only for a notice."""
    from app.incidents.field_times import told_start

    return told_start(notices)
