"""What a backlog record is, and the words the exports and the guide use for it."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, fields
from datetime import datetime
from decimal import Decimal
from typing import Any

from app.errors import UserError
from app.i18n import Msg

KINDS = ("bms-telephony", "bms-data", "bms-misc", "rating")
KIND_LABELS = {
    "bms-telephony": "Telephony BMS",
    "bms-data": "Data BMS",
    "bms-misc": "Misc BMS",
    "rating": "Rating",
}
STATUSES = ("quarantined", "pending", "cleansed", "write-off", "completed", "withdrawn")
STATUS_LABELS = {
    "quarantined": "Quarantined",
    "pending": "Action pending",
    "cleansed": "Cleansed",
    "write-off": "Write off",
    "completed": "Completed",
    "withdrawn": "Withdrawn",
}
#: the decisions a person takes in the kit (the guide's "Update To" list)
DECISIONS = ("cleansed", "pending", "write-off", "quarantined")
#: the statuses billing sets itself, never offered in "Update To": the record was re-processed
#: and billed (Completed) or taken out (Withdrawn). A decision on one would hand billing
#: "Completed → Cleansed" (billed again), so bulk decisions leave them out unless asked.
CLOSED = ("completed", "withdrawn")
_STATUS_WORDS = {
    "quarantine": "quarantined",
    "quarantined": "quarantined",
    "cleanse": "cleansed",
    "cleansed": "cleansed",
    "pending": "pending",
    "actionpending": "pending",
    "writeoff": "write-off",
    "writtenoff": "write-off",
    "completed": "completed",
    "complete": "completed",
    "withdrawn": "withdrawn",
}


def status_from_text(text: str) -> str | None:
    """ "Write off", "WRITE-OFF", "Action Pending"… → the kit's word; None when unknown."""
    return _STATUS_WORDS.get(re.sub(r"[\s_\-]+", "", text).casefold())


def decision(text: str) -> str:
    found = status_from_text(text)
    if found not in DECISIONS:
        raise UserError(
            Msg.tr("{text!r} is not a decision. Use one of: {decisions}.").format(
                text=text, decisions=", ".join(DECISIONS)
            )
        )
    return found


@dataclass(frozen=True)
class BacklogRecord:
    id: int
    quarantine_id: str
    kind: str
    status: str
    reason: str
    reason_known: bool
    batch_number: str
    batch_file: str
    carrier: str
    carrier_file_type: str
    service_id: str
    tariff_key: str
    call_date: str
    date_updated: str
    date_released: str
    amount_minor: int | None
    currency: str
    duration: int | None
    note: str
    decided_at: str | None
    decided_by: str | None

    @property
    def amount_text(self) -> str:
        return money_text(self.amount_minor, self.currency)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


RECORD_COLUMNS = tuple(f.name for f in fields(BacklogRecord))


def money_value(minor: int | None) -> Decimal | None:
    """Minor units → the amount as a number (12.50), for a spreadsheet to sum."""
    return None if minor is None else Decimal(minor).scaleb(-2)


def call_moment(text: str) -> datetime | str:
    """A stored call date ('2026-10-05T10:00:00', local as billing wrote it) → a datetime;
    text the kit cannot read as one stays text."""
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return text


def money_text(minor: int | None, currency: str = "") -> str:
    if minor is None:
        return ""
    sign = "-" if minor < 0 else ""
    whole, cents = divmod(abs(minor), 100)
    return f"{sign}{whole}.{cents:02d}" + (f" {currency}" if currency else "")


@dataclass(frozen=True)
class Criteria:
    """A search: every field the guide lists, plus free text. Empty fields match all; text
    fields match whatever the case ("carrier north" finds "Carrier North")."""

    status: str = ""
    reason: str = ""
    kind: str = ""
    service_id: str = ""  # a prefix, e.g. the start of a phone number
    carrier: str = ""
    carrier_file_type: str = ""
    batch: str = ""
    batch_file: str = ""
    tariff_key: str = ""
    quarantine_id: str = ""
    date_from: str = ""  # call date, ISO date or date-time (local)
    date_to: str = ""
    updated_from: str = ""  # the guide's Date Updated
    updated_to: str = ""
    released_from: str = ""  # the guide's Date Released
    released_to: str = ""
    text: str = ""  # a Quarantine ID, or the start of a service identifier or batch file name
    unknown_reason: bool = False

    def as_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Criteria:
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})

    def describe(self) -> str:
        parts = [f"{k.replace('_', ' ')}={v}" for k, v in self.as_dict().items()]
        return ", ".join(parts) or "all records"
