"""Send the queue over the paths in priority order, failing over when one is down.

Every message is claimed (`sending`, committed) before a byte of it leaves, and its outcome
is committed before the next network action. The outcome of message k and the claim of
message k+1 share one commit: that halves the disk flushes without weakening the rule.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from app.audit import AuditLog
from app.delivery.outbox import Outbox
from app.delivery.paths import DeliveryPath
from app.delivery.transport import Outcome, PathDown, Transport
from app.store import db

Progress = Callable[[int, int], None]
TransportFactory = Callable[[DeliveryPath], Transport]


@dataclass
class DispatchReport:
    total: int = 0
    sent: int = 0
    failed: int = 0
    uncertain: int = 0
    left_queued: int = 0
    cancelled: bool = False
    by_path: dict[str, int] = field(default_factory=dict)  # sent per path
    paths_down: dict[str, str] = field(default_factory=dict)  # path → why

    def merge(self, other: DispatchReport) -> DispatchReport:
        self.total += other.total
        self.sent += other.sent
        self.failed += other.failed
        self.uncertain += other.uncertain
        self.left_queued += other.left_queued
        self.cancelled = self.cancelled or other.cancelled
        for name, count in other.by_path.items():
            self.by_path[name] = self.by_path.get(name, 0) + count
        self.paths_down.update(other.paths_down)
        return self

    def summary(self) -> str:
        parts = [f"{self.sent} sent"]
        if self.by_path:
            parts[0] += " (" + ", ".join(f"{n}: {c}" for n, c in self.by_path.items()) + ")"
        for label, count in (
            ("failed", self.failed),
            ("uncertain — settle them", self.uncertain),
            ("still queued", self.left_queued),
        ):
            if count:
                parts.append(f"{count} {label}")
        text = ", ".join(parts) + "."
        if self.paths_down:
            text += " Paths down: " + "; ".join(f"{n} ({w})" for n, w in self.paths_down.items())
        if self.cancelled:
            text += " Cancelled by the officer."
        return text


class Dispatcher:
    def __init__(
        self,
        *,
        conn: db.Connection,
        audit: AuditLog,
        transport_for: TransportFactory,
    ) -> None:
        self._conn = conn
        self._outbox = Outbox(conn=conn, audit=audit)
        self._transport_for = transport_for
        self._pending: tuple[int, Outcome, str] | None = None

    def run(
        self,
        paths: Sequence[DeliveryPath],
        *,
        channel: str,
        ids: Sequence[int] | None = None,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] = lambda: False,
    ) -> DispatchReport:
        queue = self._outbox.queued_ids(channel=channel, ids=ids)
        report = DispatchReport(total=len(queue))
        deferred: list[int] = []
        done = 0
        try:
            for path in paths:
                if not queue or report.cancelled:
                    break
                for _attempt in range(2):  # a dropped connection is reopened once
                    transport = self._open(path, report)
                    if transport is None:
                        break
                    try:
                        done, broken = self._drain(
                            transport, path, queue, deferred, report, done, progress, cancelled
                        )
                    finally:
                        self._flush()
                        transport.close()
                    if not broken or not queue:
                        break
        finally:
            self._flush()
        report.left_queued = len(queue) + len(deferred)
        return report

    def _open(self, path: DeliveryPath, report: DispatchReport) -> Transport | None:
        self._flush()  # opening is a network action: the last outcome is committed first
        transport = self._transport_for(path)
        try:
            transport.open()
        except PathDown as err:
            report.paths_down[path.name] = str(err)
            return None
        report.paths_down.pop(path.name, None)
        return transport

    def _drain(
        self,
        transport: Transport,
        path: DeliveryPath,
        queue: list[int],
        deferred: list[int],
        report: DispatchReport,
        done: int,
        progress: Progress | None,
        cancelled: Callable[[], bool],
    ) -> tuple[int, bool]:
        """Send from the head of `queue` until it is empty, cancelled, or the path breaks."""
        while queue:
            if cancelled():
                report.cancelled = True
                return done, False
            message_id = queue[0]
            with db.transaction(self._conn):
                self._flush()
                claimed = self._outbox.claim(message_id, path=path.name)
            if not claimed:  # settled or sent elsewhere meanwhile
                queue.pop(0)
                continue
            message = self._outbox.get(message_id)
            try:
                outcome = transport.send(message)
            except BaseException:
                # Our bug, mid-send: nobody knows whether it left. Never resend silently.
                self._pending = (
                    message_id,
                    Outcome("uncertain", "internal error while sending: check and settle"),
                    path.name,
                )
                raise
            self._pending = (message_id, outcome, path.name)
            if outcome.state == "queued":
                if outcome.broken:
                    return done, True  # stays at the head for the reopened or next path
                deferred.append(queue.pop(0))  # a temporary refusal: the retry picks it up
                continue
            queue.pop(0)
            done += 1
            if outcome.state == "sent":
                report.sent += 1
                report.by_path[path.name] = report.by_path.get(path.name, 0) + 1
            elif outcome.state == "failed":
                report.failed += 1
            else:
                report.uncertain += 1
            if progress is not None:
                progress(done, report.total)
            if outcome.broken:
                return done, True
        return done, False

    def _flush(self) -> None:
        pending, self._pending = self._pending, None
        if pending is not None:
            message_id, outcome, path = pending
            self._outbox.finish(
                message_id, state=outcome.state, path=path, reply=outcome.reply, code=outcome.code
            )
