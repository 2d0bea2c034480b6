"""An audit entry's details as a person reads them: "key: value" pairs, the keys most entries
carry named in the kit's language, stored words (kinds, stages, states, channels) too. The
stored details (and so the chain, `--json` and the search) stay as they were written."""

from __future__ import annotations

import json
from typing import Any

from app.i18n import TrContext, Words, channel_word, tr_noop


class AuditWords(TrContext):
    """The names of the audit details' keys (`incident.created reference=…`)."""


#: stored key → its English name (translated where shown); keys not here show as stored
LABELS = {
    "reference": tr_noop("AuditWords", "reference"),
    "file": tr_noop("AuditWords", "file"),
    "path": tr_noop("AuditWords", "path"),
    "paths": tr_noop("AuditWords", "paths"),
    "messages": tr_noop("AuditWords", "messages"),
    "partners": tr_noop("AuditWords", "partners"),
    "message": tr_noop("AuditWords", "message"),
    "reason": tr_noop("AuditWords", "reason"),
    "reply": tr_noop("AuditWords", "reply"),
    "notice": tr_noop("AuditWords", "notice"),
    "new": tr_noop("AuditWords", "new"),
    "old": tr_noop("AuditWords", "old"),
    "was": tr_noop("AuditWords", "was"),
    "channel": tr_noop("AuditWords", "channel"),
    "count": tr_noop("AuditWords", "count"),
    "kind": tr_noop("AuditWords", "kind"),
    "stage": tr_noop("AuditWords", "stage"),
    "name": tr_noop("AuditWords", "name"),
    "replaced": tr_noop("AuditWords", "replaced"),
    "replaced_head": tr_noop("AuditWords", "the replaced log's newest hash"),
    "replaced_entry": tr_noop("AuditWords", "the replaced log's newest entry"),
    "report": tr_noop("AuditWords", "report"),
    "format": tr_noop("AuditWords", "format"),
    "role": tr_noop("AuditWords", "role"),
    "key": tr_noop("AuditWords", "setting"),
    "key_id": tr_noop("AuditWords", "key id"),
    "fingerprint": tr_noop("AuditWords", "fingerprint"),
    "at": tr_noop("AuditWords", "at"),
    "groups": tr_noop("AuditWords", "groups"),
    "services": tr_noop("AuditWords", "services"),
    "title": tr_noop("AuditWords", "title"),
    "language": tr_noop("AuditWords", "language"),
    "languages": tr_noop("AuditWords", "languages"),
    "recipients": tr_noop("AuditWords", "recipients"),
    "records": tr_noop("AuditWords", "records"),
    "restored": tr_noop("AuditWords", "restored"),
    "purpose": tr_noop("AuditWords", "purpose"),
    "due": tr_noop("AuditWords", "due"),
    "signer": tr_noop("AuditWords", "signer"),
    "version": tr_noop("AuditWords", "version"),
    "incident": tr_noop("AuditWords", "incident"),
    "note": tr_noop("AuditWords", "note"),
    "about": tr_noop("AuditWords", "about"),
    "action_id": tr_noop("AuditWords", "action"),
    "announce_days": tr_noop("AuditWords", "announced days ahead"),
    "balance_snapshots": tr_noop("AuditWords", "balance snapshots"),
    "buckets": tr_noop("AuditWords", "buckets"),
    "changed": tr_noop("AuditWords", "changed"),
    "changes": tr_noop("AuditWords", "changes"),
    "check": tr_noop("AuditWords", "check"),
    "contacts": tr_noop("AuditWords", "contacts"),
    "discarded_local_edits": tr_noop("AuditWords", "local edits discarded"),
    "discarded_messages": tr_noop("AuditWords", "messages discarded"),
    "domain": tr_noop("AuditWords", "domain"),
    "expired": tr_noop("AuditWords", "expired"),
    "expires": tr_noop("AuditWords", "expires"),
    "export": tr_noop("AuditWords", "export"),
    "folder": tr_noop("AuditWords", "folder"),
    "from_action": tr_noop("AuditWords", "from action"),
    "from_counts": tr_noop("AuditWords", "statuses before"),
    "held": tr_noop("AuditWords", "held"),
    "how": tr_noop("AuditWords", "how"),
    "ids": tr_noop("AuditWords", "record ids"),
    "include_closed": tr_noop("AuditWords", "closed records included"),
    "inserted": tr_noop("AuditWords", "new records"),
    "issued": tr_noop("AuditWords", "issued"),
    "kept": tr_noop("AuditWords", "kept"),
    "kept_in": tr_noop("AuditWords", "kept in"),
    "kept_local_contacts": tr_noop("AuditWords", "local contacts kept"),
    "kept_local_templates": tr_noop("AuditWords", "local templates kept"),
    "late": tr_noop("AuditWords", "late"),
    "left_out": tr_noop("AuditWords", "left out"),
    "manifest_sha256": tr_noop("AuditWords", "manifest SHA-256"),
    "matched": tr_noop("AuditWords", "matched"),
    "missing": tr_noop("AuditWords", "not found"),
    "new_end": tr_noop("AuditWords", "new end"),
    "old_end": tr_noop("AuditWords", "old end"),
    "operator": tr_noop("AuditWords", "operator"),
    "order": tr_noop("AuditWords", "order"),
    "origin": tr_noop("AuditWords", "origin"),
    "out": tr_noop("AuditWords", "copied to"),
    "planned": tr_noop("AuditWords", "planned notice"),
    "previous_version": tr_noop("AuditWords", "previous version"),
    "quarantine_ids": tr_noop("AuditWords", "Quarantine IDs"),
    "reasons": tr_noop("AuditWords", "reasons"),
    "rejected": tr_noop("AuditWords", "rejected"),
    "reminders": tr_noop("AuditWords", "reminders"),
    "removed": tr_noop("AuditWords", "removed"),
    "replaces": tr_noop("AuditWords", "replaces"),
    "replies": tr_noop("AuditWords", "replies"),
    "resumed": tr_noop("AuditWords", "resumed"),
    "rows": tr_noop("AuditWords", "rows"),
    "search": tr_noop("AuditWords", "search"),
    "signer_role": tr_noop("AuditWords", "signer's role"),
    "snapshot": tr_noop("AuditWords", "snapshot"),
    "staging": tr_noop("AuditWords", "staging file"),
    "start_notice": tr_noop("AuditWords", "start notice"),
    "step": tr_noop("AuditWords", "step"),
    "stored": tr_noop("AuditWords", "stored"),
    "templates": tr_noop("AuditWords", "templates"),
    "through_action": tr_noop("AuditWords", "through action"),
    "to": tr_noop("AuditWords", "new status"),
    "undone": tr_noop("AuditWords", "undone action"),
    "undone_origin": tr_noop("AuditWords", "undone from"),
    "updated": tr_noop("AuditWords", "updated"),
}
#: keys whose values are the procedure's stored words ("disaster", "queued", …)
_VOCABULARY_KEYS = frozenset({"kind", "stage", "was", "purpose", "role"})
YES, NO = tr_noop("AuditWords", "yes"), tr_noop("AuditWords", "no")


def _value(key: str, value: Any) -> str:
    if isinstance(value, bool):
        return AuditWords.tr(YES if value else NO)
    if value is None:
        return "-"
    if isinstance(value, str):
        if key == "channel":
            return channel_word(value)
        return Words.tr(value) if key in _VOCABULARY_KEYS else value
    if isinstance(value, list) and all(isinstance(v, str | int | float) for v in value):
        return ", ".join(_value(key, v) for v in value) or "-"
    if isinstance(value, int | float):
        return str(value)
    return json.dumps(value, ensure_ascii=False)


def details_text(details: dict[str, Any]) -> str:
    """`{"reference": "OK-2026-0001", "kind": "disaster"}` → "sygnatura: OK-2026-0001;
    rodzaj: awaria" in Polish ("reference: OK-2026-0001; kind: disaster" in English)."""
    return "; ".join(
        f"{AuditWords.tr(LABELS[key]) if key in LABELS else key}: {_value(key, value)}"
        for key, value in details.items()
    )
