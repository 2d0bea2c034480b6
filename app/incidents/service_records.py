"""What the incident service answers with: a notice queued, one outbox copy of an
incident for its timeline, a notice refused with its reasons (app/incidents/service.py)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from app.errors import UserError
from app.i18n import Msg
from app.records import EqualByFields, lazy_record

if TYPE_CHECKING:
    from app.incidents.compose import Composition


class NoticeRefused(UserError):
    """The notice was not queued; `problems` names each reason."""

    kind = "refused"

    def __init__(self, reference: str, problems: Sequence[str]) -> None:
        self.problems = list(problems)
        listed = "\n".join(f"  - {p}" for p in problems)
        super().__init__(
            Msg.tr("Nothing was queued for {reference}:").format(reference=reference)
            + "\n"
            + listed
        )


@lazy_record
class Queued(EqualByFields):
    """A notice composed and queued: its composition, id and number of messages."""

    composition: Composition
    notice_id: int
    messages: int


@lazy_record
class DeliveryLine(EqualByFields):
    """One outbox message of an incident, for its timeline."""

    notice_id: int | None
    channel: str
    recipient: str
    recipient_name: str
    state: str
    path: str | None
    updated_at: str


def named(line: DeliveryLine) -> str:
    """A copy's partner as the officer finds it in the Outbox: name and address."""
    return f"{line.recipient_name} ({line.recipient})" if line.recipient_name else line.recipient
