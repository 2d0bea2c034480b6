"""Half-written notices, kept in the encrypted store so that Cancel, Esc, the idle lock or a
crash never throws away what the officer typed at 3 a.m. One draft per place a notice is
written: a new incident of each kind ("new:disaster"), or a stage of an open incident
("OK-2026-0042:update"). A queued notice removes its draft."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from app.i18n import Msg, tr_noop
from app.incidents.model import stage_label, stage_name
from app.records import EqualByFields, lazy_record
from app.store import db
from app.timefmt import iso, local_text, now


def new_scope(kind: str) -> str:
    return f"new:{kind}"


def follow_up_scope(reference: str, stage: str) -> str:
    return f"{reference}:{stage}"


@lazy_record
class Waiting(EqualByFields):
    """A notice typed and not queued (the dialog was left, the kit locked or crashed)."""

    scope: str
    saved_at: datetime
    kind: str = ""  # a new incident: 'disaster' or 'downtime'
    reference: str = ""  # a notice of an open incident: its reference and stage
    stage: str = ""
    incident_kind: str = ""  # that incident's: planned work's first notice is its announcement
    title: str = ""
    detected: datetime | None = None
    detected_typed: str = ""  # "Detected at" as typed, when the kit could not take it

    def describe(self) -> str:
        saved = local_text(self.saved_at)
        title = self.title or Msg.tr("no title yet")
        if self.kind == "disaster" and self.detected is None and self.detected_typed:
            return Msg.tr(
                "A disaster notice is not queued yet: “{title}”, its detection time "
                "“{typed}” not readable yet, last typed {saved}."
            ).format(title=title, typed=self.detected_typed, saved=saved)
        if self.kind == "disaster":
            return Msg.tr(
                "A disaster notice is not queued yet: “{title}”, detected {detected}, last "
                "typed {saved}."
            ).format(
                title=title,
                detected=local_text(self.detected) if self.detected else "?",
                saved=saved,
            )
        if self.kind:
            return Msg.tr(
                "A planned-work notice is not queued yet: “{title}”, last typed {saved}."
            ).format(title=title, saved=saved)
        # the stage as the incident's kind names it (`stage_name`: "Announcement")
        sentence = _FOLLOW_UP_WAITING.get(stage_name(self.stage, self.incident_kind))
        if sentence is None:  # a stage this kit does not know (a newer kit's draft)
            return Msg.tr(
                "A notice ({stage}) of {reference} is not queued yet, last typed {saved}."
            ).format(
                stage=stage_label(self.stage, self.incident_kind),
                reference=self.reference,
                saved=saved,
            )
        return Msg.tr(sentence).format(reference=self.reference, saved=saved)


#: a follow-up draft, one whole sentence per stage: a language that inflects (Polish) says
#: each in its own grammar ("Aktualizacja … edytowana", "Powiadomienie wstępne … edytowane")
#: — never a stage word glued into a sentence written for another; keyed by the stage's name
#: for the incident's kind (`stage_name`), so planned work's first notice is its announcement
_FOLLOW_UP_WAITING = {
    "Initial notice": tr_noop(
        "Msg", "The initial notice of {reference} is not queued yet, last typed {saved}."
    ),
    "Announcement": tr_noop(
        "Msg", "The announcement of {reference} is not queued yet, last typed {saved}."
    ),
    "Update": tr_noop("Msg", "An update of {reference} is not queued yet, last typed {saved}."),
    "Resolution": tr_noop(
        "Msg", "The resolution notice of {reference} is not queued yet, last typed {saved}."
    ),
    "Completion": tr_noop(
        "Msg", "The completion notice of {reference} is not queued yet, last typed {saved}."
    ),
    "Cancellation": tr_noop(
        "Msg", "The cancellation notice of {reference} is not queued yet, last typed {saved}."
    ),
}


def _waiting(
    scope: str, payload: Mapping[str, Any], saved_at: str, kinds: Mapping[str, str]
) -> Waiting:
    saved = datetime.fromisoformat(saved_at.replace("Z", "+00:00"))
    head, _, tail = scope.partition(":")
    if head != "new":
        return Waiting(scope, saved, reference=head, stage=tail, incident_kind=kinds.get(head, ""))
    detected = payload.get("detected")
    services = payload.get("services")
    title = str(payload.get("title") or "").strip()
    if not title and isinstance(services, list):
        title = ", ".join(str(s) for s in services)
    try:
        moment = datetime.fromisoformat(str(detected).replace("Z", "+00:00")) if detected else None
    except ValueError:
        moment = None
    typed = str(payload.get("detected_typed") or "")
    return Waiting(scope, saved, kind=tail, title=title, detected=moment, detected_typed=typed)


class Drafts:
    def __init__(self, conn: db.Connection) -> None:
        self._conn = conn

    def save(self, scope: str, payload: Mapping[str, Any]) -> None:
        with db.transaction(self._conn) as conn:
            conn.execute(
                "INSERT INTO notice_drafts (scope, payload, updated_at) VALUES (?, ?, ?) "
                "ON CONFLICT (scope) DO UPDATE SET payload = excluded.payload, "
                "updated_at = excluded.updated_at",
                (scope, json.dumps(dict(payload), ensure_ascii=False, sort_keys=True), iso(now())),
            )

    def load(self, scope: str) -> dict[str, Any] | None:
        row = self._conn.execute(
            "SELECT payload FROM notice_drafts WHERE scope = ?", (scope,)
        ).fetchone()
        if row is None:
            return None
        try:
            found = json.loads(row[0])
        except ValueError:
            return None
        return found if isinstance(found, dict) else None

    def waiting(self) -> list[Waiting]:
        """Every notice typed and not queued: a new disaster first (its partners wait for
        the first word), then the newest."""
        rows = self._conn.execute(
            "SELECT scope, payload, updated_at FROM notice_drafts ORDER BY updated_at DESC"
        ).fetchall()
        kinds = self._kinds({str(r[0]).partition(":")[0] for r in rows} - {"new"})
        found: list[Waiting] = []
        for scope, payload, saved_at in rows:
            try:
                data = json.loads(payload)
                mapping = data if isinstance(data, dict) else {}
                found.append(_waiting(scope, mapping, saved_at, kinds))
            except ValueError:
                continue  # unreadable: the dialog that owns it starts afresh
        return sorted(found, key=lambda w: w.scope != new_scope("disaster"))

    def _kinds(self, references: set[str]) -> dict[str, str]:
        """The kind of each incident a follow-up draft belongs to, by reference."""
        if not references:
            return {}
        marks = ",".join("?" * len(references))
        return {
            str(reference): str(kind)
            for reference, kind in self._conn.execute(
                f"SELECT reference, kind FROM incidents WHERE reference IN ({marks})",
                sorted(references),
            )
        }

    def drop(self, scope: str) -> None:
        with db.transaction(self._conn) as conn:
            conn.execute("DELETE FROM notice_drafts WHERE scope = ?", (scope,))

    def drop_incident(self, reference: str) -> None:
        with db.transaction(self._conn) as conn:
            conn.execute("DELETE FROM notice_drafts WHERE scope GLOB ?", (f"{reference}:*",))
