"""What every sending path has in common: open, send one outbox message, close."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from app.delivery.outbox import OutboxMessage
from app.errors import UserError
from app.i18n import TrContext, tr_noop


class PathSteps(TrContext):
    """The kit's own names of the steps a delivery path goes through (a context of their
    own: "reports" here are a modem's delivery reports, not the manager's reports)."""


#: steps named in the kit's words; a protocol's or a modem's own (DNS, TCP, TLS, EHLO, AUTH,
#: AT, SIM, an AT command such as AT+CSQ) stay as they are in every language
_STEP_WORDS = {
    "port": tr_noop("PathSteps", "port"),
    "network": tr_noop("PathSteps", "network"),
    "signal": tr_noop("PathSteps", "signal"),
    "mode": tr_noop("PathSteps", "mode"),
    "reports": tr_noop("PathSteps", "reports"),
    "folder": tr_noop("PathSteps", "folder"),
}


def step_word(step: str) -> str:
    """A step as the officer reads it: 'network' is 'sieć' in Polish; 'AT+CSQ' stays."""
    word = _STEP_WORDS.get(step)
    return PathSteps.tr(word) if word else step


def steps_text(steps: list[tuple[str, str]]) -> list[str]:
    """Each (step, what happened) as one line for people: 'sygnał: 18/31 (-77 dBm)'."""
    return [f"{step_word(step)}: {what}" for step, what in steps]


class PathDown(UserError):
    """The path cannot be used right now; `step` says where it stopped (DNS, TCP, TLS, …)."""

    kind = "path_down"

    def __init__(self, step: str, detail: str) -> None:
        self.step = step
        self.detail = detail
        super().__init__(f"{step_word(step)}: {detail}")


@dataclass(frozen=True)
class Outcome:
    """The end of one attempt. `state`: sent, failed (this message will not go this way:
    refused recipient, bad address), uncertain (cut off after the content went out), or
    queued (not handed over: safe to try again, e.g. on the next path). `broken`: the
    connection is gone, do not send the next message over it. `recipient_refused`: the
    server refused the recipient's address before any content went (RCPT): another path
    may take it — a relay that refuses every address ("550 relaying denied") is not one
    that works, whatever its greeting said."""

    state: str  # (or held: its promise passed before it could leave; never sent)
    reply: str
    code: int | None = None
    broken: bool = False
    network_refs: tuple[str, ...] = ()  # SMS: the network's reference of each part
    recipient_refused: bool = False


class Transport(Protocol):
    name: str

    def open(self) -> None:
        """Connect and log in; raises `PathDown`."""

    def send(self, message: OutboxMessage, ready: Callable[[], None]) -> Outcome:
        """Send one message. `ready()` is called once nothing but the message's content is
        left to send, and returns when it may go (the outcome of the message before is
        committed); when it raises, nothing of the message has left and the exception
        goes through."""

    def close(self) -> None: ...
