"""Send the queue over the paths in priority order, failing over when one is down.

Every message is claimed (`sending`, committed) before a byte of it leaves, and its outcome
is committed before the next network action. The outcome of message k and the claim of
message k+1 share one commit: that halves the disk flushes without weakening the rule.

A durable commit costs a disk flush (0.2–4 ms here), as long as a whole SMTP exchange on a
fast link. So an SMTP path is worked by a few sessions at once (threads doing only network
work), and the calling thread commits for all of them: whatever transitions the sessions
asked for while the last flush ran go into the next commit together (group commit). Each
session still waits until its transition is committed before its next network action.
"""

from __future__ import annotations

import queue as queues
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from app.audit import AuditLog
from app.delivery.outbox import Outbox, OutboxMessage
from app.delivery.paths import DeliveryPath
from app.delivery.transport import Outcome, PathDown, Transport
from app.store import db

Progress = Callable[[int, int], None]
TransportFactory = Callable[[DeliveryPath], Transport]
SMTP_SESSIONS = 3  # concurrent sessions per SMTP path (relays allow far more)


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


class _Batch:
    """What the sessions share: the queue, the report, progress. Guarded by one lock."""

    def __init__(
        self,
        queue: list[int],
        report: DispatchReport,
        progress: Progress | None,
        messages: dict[int, OutboxMessage],
    ) -> None:
        self.queue = queue
        # read once: the text of a queued message never changes, only its state (which
        # `claim` checks in the store)
        self.messages = messages
        self.deferred: list[int] = []
        self.report = report
        self.progress = progress
        self.done = 0
        self.working: set[str] = set()  # paths a session got through to
        self.lock = threading.Lock()

    def take(self) -> int | None:
        with self.lock:
            return self.queue.pop(0) if self.queue else None

    def put_back(self, message: int) -> None:
        with self.lock:
            self.queue.insert(0, message)

    def defer(self, message: int) -> None:
        with self.lock:
            self.deferred.append(message)

    def record(self, path: str, outcome: Outcome) -> None:
        with self.lock:
            report = self.report
            self.done += 1
            if outcome.state == "sent":
                report.sent += 1
                report.by_path[path] = report.by_path.get(path, 0) + 1
            elif outcome.state == "failed":
                report.failed += 1
            else:
                report.uncertain += 1
            done, total = self.done, report.total
        if self.progress is not None:
            self.progress(done, total)


class _Request:
    def __init__(self, work: Callable[[Outbox], Any]) -> None:
        self.work = work
        self.done = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None


class _GroupCommitter:
    """Runs the sessions' store work on the owner's thread, many requests per commit."""

    def __init__(self, conn: db.Connection, outbox: Outbox) -> None:
        self._conn = conn
        self._outbox = outbox
        self._requests: queues.SimpleQueue[_Request] = queues.SimpleQueue()

    def run(self, work: Callable[[Outbox], Any]) -> Any:
        """From a session thread: `work(outbox)` committed; its result (or its error)."""
        request = _Request(work)
        self._requests.put(request)
        request.done.wait()
        if request.error is not None:
            raise request.error
        return request.result

    def serve(self, busy: Callable[[], bool]) -> None:
        """On the owner's thread, until `busy()` is false and nothing is waiting."""
        while True:
            try:
                first = self._requests.get(timeout=0.02)
            except queues.Empty:
                if busy():
                    continue
                if self._requests.empty():
                    return
                continue
            group = [first]
            while not self._requests.empty():
                group.append(self._requests.get_nowait())
            self._commit(group)

    def _commit(self, group: list[_Request]) -> None:
        try:
            with db.transaction(self._conn):
                for request in group:
                    try:
                        with db.transaction(self._conn):  # a savepoint: one bad request alone
                            request.result = request.work(self._outbox)
                    except Exception as err:
                        request.error = err
        except BaseException as err:  # the commit itself failed: nobody's work is stored
            for request in group:
                request.error = request.error or err
        for request in group:
            request.done.set()


class Dispatcher:
    def __init__(
        self,
        *,
        conn: db.Connection,
        audit: AuditLog,
        transport_for: TransportFactory,
    ) -> None:
        self._conn = conn
        self._audit = audit
        self._outbox = Outbox(conn=conn, audit=audit)
        self._transport_for = transport_for

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
        if not queue:
            return report
        self._audit.append(
            "outbox.send_started", channel=channel, count=len(queue), paths=[p.name for p in paths]
        )
        batch = _Batch(queue, report, progress, {m.id: m for m in self._outbox.get_many(queue)})
        for path in paths:
            if not batch.queue or report.cancelled:
                break
            self._work_path(path, batch, SMTP_SESSIONS if path.kind == "smtp" else 1, cancelled)
        report.left_queued = len(batch.queue) + len(batch.deferred)
        return report

    def _work_path(
        self, path: DeliveryPath, batch: _Batch, sessions: int, cancelled: Callable[[], bool]
    ) -> None:
        # Transports are made here: making one reads the store on this thread's connection.
        transports = [self._transport_for(path) for _ in range(sessions)]
        committer = _GroupCommitter(self._conn, self._outbox)
        errors: list[BaseException] = []

        def session(transport: Transport) -> None:
            try:
                _Session(committer, path, transport, batch, cancelled).run()
            except BaseException as err:  # re-raised on the caller's thread
                errors.append(err)

        threads = [threading.Thread(target=session, args=(t,), daemon=True) for t in transports]
        for thread in threads:
            thread.start()
        committer.serve(busy=lambda: any(t.is_alive() for t in threads))
        for thread in threads:
            thread.join()
        if errors:
            raise errors[0]


class _Session:
    """One connection to one path, sending from the head of the shared queue."""

    def __init__(
        self,
        committer: _GroupCommitter,
        path: DeliveryPath,
        transport: Transport,
        batch: _Batch,
        cancelled: Callable[[], bool],
    ) -> None:
        self.committer = committer
        self.path = path
        self.transport = transport
        self.batch = batch
        self.cancelled = cancelled
        self.pending: tuple[int, Outcome] | None = None

    def run(self) -> None:
        try:
            for _attempt in range(2):  # a dropped connection is reopened once
                if not self._open():
                    return
                try:
                    broken = self._drain()
                finally:
                    self._flush()
                    self.transport.close()
                if not broken:
                    return
        finally:
            self._flush()

    def _open(self) -> bool:
        report = self.batch.report
        try:
            self.transport.open()
        except PathDown as err:
            with self.batch.lock:
                if self.path.name not in self.batch.working:  # not just a session limit
                    report.paths_down[self.path.name] = str(err)
            return False
        with self.batch.lock:
            self.batch.working.add(self.path.name)
            report.paths_down.pop(self.path.name, None)
        return True

    def _drain(self) -> bool:
        """Send until the queue is empty or cancelled (False), or the path breaks (True)."""
        while True:
            if self.cancelled():
                self.batch.report.cancelled = True
                return False
            message_id = self.batch.take()
            if message_id is None:
                return False
            pending, self.pending = self.pending, None

            def claim(outbox: Outbox, message: int = message_id, last: Any = pending) -> bool:
                self._finish(outbox, last)  # the last outcome and this claim: one commit
                return outbox.claim(message, path=self.path.name)

            try:
                claimed = bool(self.committer.run(claim))
            except BaseException:
                self.pending = pending  # not stored: the final flush tries again
                raise
            if not claimed:  # settled or sent elsewhere meanwhile
                continue
            message = self.batch.messages[message_id]
            try:
                outcome = self.transport.send(message)
            except BaseException:
                # Our bug, mid-send: nobody knows whether it left. Never resend silently.
                self.pending = (message_id, Outcome("uncertain", "internal error: settle it"))
                raise
            self.pending = (message_id, outcome)
            if outcome.state == "queued":
                self._flush()  # back to `queued` before another session may take it
                if outcome.broken:
                    self.batch.put_back(message_id)  # for the reopened or the next path
                    return True
                self.batch.defer(message_id)  # a temporary refusal: the retry takes it
                continue
            self.batch.record(self.path.name, outcome)
            if outcome.broken:
                return True

    def _flush(self) -> None:
        pending, self.pending = self.pending, None
        if pending is not None:
            self.committer.run(lambda outbox: self._finish(outbox, pending))

    def _finish(self, outbox: Outbox, pending: tuple[int, Outcome] | None) -> None:
        if pending is not None:
            message_id, outcome = pending
            outbox.finish(
                message_id,
                state=outcome.state,
                path=self.path.name,
                reply=outcome.reply,
                code=outcome.code,
            )
