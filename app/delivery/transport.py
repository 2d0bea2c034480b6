"""What every sending path has in common: open, send one outbox message, close."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from app.delivery.outbox import OutboxMessage
from app.errors import UserError


class PathDown(UserError):
    """The path cannot be used right now; `step` says where it stopped (DNS, TCP, TLS, …)."""

    kind = "path_down"

    def __init__(self, step: str, detail: str) -> None:
        self.step = step
        self.detail = detail
        super().__init__(f"{step}: {detail}")


@dataclass(frozen=True)
class Outcome:
    """The end of one attempt. `state`: sent, failed (this message will not go this way:
    refused recipient, bad address), uncertain (cut off after the content went out), or
    queued (not handed over: safe to try again, e.g. on the next path). `broken`: the
    connection is gone, do not send the next message over it."""

    state: str  # (or held: its promise passed before it could leave; never sent)
    reply: str
    code: int | None = None
    broken: bool = False
    network_refs: tuple[str, ...] = ()  # SMS: the network's reference of each part


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
