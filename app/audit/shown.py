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
