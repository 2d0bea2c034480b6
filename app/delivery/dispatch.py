"""Send the queue over the paths in priority order, failing over when one is down.

Every message is claimed (`sending`, committed) before a byte of it leaves, and its outcome
is committed before the next network action for it; a crash leaves what was claimed
`sending`, which the next start sorts out (never a silent resend): a session sends its claims
one by one in claim order, and the content of the next only once the outcome of the last is
committed — so of a session's `sending` messages only the first may have been on the wire
(`uncertain`, for the officer); the ones behind it go back to `queued`.

A recipient a path refuses (RCPT: 550 or 451, before any content) goes on to the next path
of the round, its refusal kept as an attempt: a relay that no longer relays for this desk
("550 5.7.1 relaying denied") refuses every address, and the backup relay delivers them. The
last path's refusal is the message's outcome; a path that took none of the recipients it was
given is named among the paths down, with its reply.

A message whose promised update time has passed by the time its turn comes is `held`, never
sent (its Date is the time of sending, so it would promise a time already past).

A durable commit costs a disk flush (0.2–4 ms here), as long as a whole SMTP exchange on a
fast link, and its statements cost the sending threads CPU. So an SMTP path is worked by a
few sessions at once (threads doing only network work) and the calling thread commits for
all of them, in rounds (group commit): one commit stores every session's outcomes so far and
claims each session's next SMTP_MESSAGES_PER_STEP messages, in bulk statements. The outcomes
are committed as narrow rows of a log (`outbox_unaudited`), which goes into the messages'
rows, their attempt rows and the audit every APPLY_EVERY outcomes, in bulk (a crash loses
none: the next start applies the log before anything else). A session hands in each
outcome as soon as it has it, and its next claims with the outcome of its last claimed
message but one (no commit just for claims); the commit of an outcome overlaps the next
message's envelope (MAIL, RCPT, DATA), and only its content waits for that commit.
"""

from __future__ import annotations

import queue as queues
import secrets
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from app.audit import AuditLog
from app.delivery.outbox import Finished, Outbox, OutboxMessage
from app.delivery.paths import DeliveryPath
from app.delivery.replies import (
    EVERY_RECIPIENT_REFUSED,
    HELD_REPLY,
    INTERNAL_ERROR,
    RECIPIENT_REFUSED,
    said,
    shown_path_down,
)
from app.delivery.transport import Outcome, PathDown, Transport
from app.i18n import Msg
from app.localfmt import count_text
from app.store import db

Progress = Callable[[int, int], None]
TransportFactory = Callable[[DeliveryPath], Transport]
SMTP_SESSIONS = 3  # concurrent sessions per SMTP path (relays allow far more)
SMTP_MESSAGES_PER_STEP = 10  # claimed per session at a time: after a crash, the first of a
#   session's unfinished claims is uncertain, the ones behind it (never tried) queued again;
#   a claim rides with an outcome, and the commits without one are a lone INSERT of the
#   outcome log (no BEGIN, no COMMIT: fewer trips through the interpreter lock)
GATHER_SECONDS = 0.005  # longest a commit waits for the other sessions' steps
APPLY_EVERY = 60  # outcomes logged before they go into the outbox rows and the audit, in
#   bulk (a round's commit then writes a narrow log row per outcome: a page or two, not
#   the dozen of encrypted pages the message rows, their indexes and the attempts cost)
APPLY_SECONDS = 1.0  # nor longer than this: the outbox shows sent messages as sent soon


@dataclass
class DispatchReport:
    total: int = 0
    sent: int = 0
    failed: int = 0
    uncertain: int = 0
    held: int = 0  # their promise passed before they could leave: re-issue the notice
    superseded: int = 0  # held: a later notice of their incident reached the partner
    left_queued: int = 0
    reported: int = 0  # sent SMS the network's status reports moved to delivered / failed
    cancelled: bool = False
    by_path: dict[str, int] = field(default_factory=dict)  # sent per path
    paths_down: dict[str, str] = field(default_factory=dict)  # path → why
    refusing: set[str] = field(default_factory=set)  # paths that took no recipient given

    def merge(self, other: DispatchReport) -> DispatchReport:
        self.total += other.total
        self.sent += other.sent
        self.failed += other.failed
        self.uncertain += other.uncertain
        self.held += other.held
        self.superseded += other.superseded
        self.left_queued += other.left_queued
        self.reported += other.reported
        self.cancelled = self.cancelled or other.cancelled
        for name, count in other.by_path.items():
            self.by_path[name] = self.by_path.get(name, 0) + count
        self.paths_down.update(other.paths_down)
        self.refusing |= other.refusing
        return self

    def summary(self) -> str:
        parts = [Msg.tr("%n sent", "", self.sent)]
        if self.by_path:
            parts[0] += (
                " (" + ", ".join(f"{n}: {count_text(c)}" for n, c in self.by_path.items()) + ")"
            )
        if self.failed:
            parts.append(Msg.tr("%n failed", "", self.failed))
        if self.uncertain:
            parts.append(Msg.tr("%n uncertain — settle them", "", self.uncertain))
        if self.held:
            parts.append(
                Msg.tr(
                    "%n held: their promised update time passed — re-issue the notice",
                    "",
                    self.held,
                )
            )
        if self.superseded:
            parts.append(
                Msg.tr(
                    "%n older copy(-ies) not sent: a later notice already reached those partners",
                    "",
                    self.superseded,
                )
            )
        if self.left_queued:
            parts.append(Msg.tr("%n still queued", "", self.left_queued))
        if self.reported:
            parts.append(
                Msg.tr("%n SMS reported delivered or failed by the network", "", self.reported)
            )
        text = ", ".join(parts) + "."
        if self.paths_down:
            # "path — why", not "path (why)": a reason often ends in a bracket of its own
            down = "; ".join(
                "{} — {}".format(*shown_path_down(n, w)) for n, w in self.paths_down.items()
            )
            text += Msg.tr(" Paths down: ") + down + ("" if down.endswith(".") else ".")
        if self.cancelled:
            text += Msg.tr(" Cancelled by the officer.")
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
        self.down: set[str] = set()  # paths that broke mid-round and did not reopen
        self.later_paths = False  # a path after this one may take what this one refuses
        self.passed_on: list[int] = []  # recipients this path refused, for the next path
        self.refused: dict[str, str] = {}  # path → its last refusal of a recipient
        self.lock = threading.Lock()

    def take(self, count: int, *, sessions: int = 1) -> list[int]:
        """The next `count` messages of the queue; with `sessions`, no more than their
        share of what is left (the last ones spread over the sessions, not one doing them
        alone while the others are done)."""
        with self.lock:
            if sessions > 1:
                count = min(count, max(1, -(-len(self.queue) // sessions)))
            taken, self.queue[:count] = self.queue[:count], []
            return taken

    def put_back(self, messages: Sequence[int]) -> None:
        with self.lock:
            self.queue[:0] = messages

    def defer(self, message: int) -> None:
        with self.lock:
            self.deferred.append(message)

    def pass_on(self, message: int) -> None:
        with self.lock:
            self.passed_on.append(message)

    def note_refusal(self, path: str, reply: str) -> None:
        with self.lock:
            self.refused[path] = reply

    def next_path(self, path: str) -> None:
        """`path` is done: what it refused goes first to the next path, and a path that
        took none of the recipients it was given is down for this round."""
        with self.lock:
            self.queue[:0], self.passed_on = self.passed_on, []
            reply = self.refused.pop(path, None)
            if reply is not None and not self.report.by_path.get(path):
                self.report.paths_down[path] = said(EVERY_RECIPIENT_REFUSED, reply=reply)
                self.report.refusing.add(path)

    def record(self, path: str, outcome: Outcome) -> None:
        with self.lock:
            report = self.report
            self.done += 1
            if outcome.state == "sent":
                report.sent += 1
                report.by_path[path] = report.by_path.get(path, 0) + 1
            elif outcome.state == "failed":
                report.failed += 1
            elif outcome.state == "held":
                report.held += 1
            else:
                report.uncertain += 1
            done, total = self.done, report.total
        if self.progress is not None:
            self.progress(done, total)

    def count_held(self, count: int) -> None:
        """`count` messages held when their turn to be claimed came (promise passed)."""
        for _ in range(count):
            self.record("", Outcome("held", HELD_REPLY))


class _Step:
    """What a session asks of the committer: store its outcomes, release the messages it
    claimed but did not try, claim its next messages (numbered from `first` on, for
    `session`: see `Outbox.claim_many`)."""

    def __init__(
        self,
        finished: Sequence[Finished],
        release: Sequence[int],
        claims: Sequence[int],
        session: str | None = None,
        first: int = 0,
    ) -> None:
        self.finished = finished
        self.release = release
        self.claims = claims
        self.session = session
        self.first = first
        self.promised: list[int] = []  # claims that promise a next-update time
        self.claimed: set[int] = set()
        self.held: set[int] = set()  # claims held instead: their promise had passed
        self.done = threading.Event()
        self.error: BaseException | None = None

    def wait(self) -> set[int]:
        """Once committed: which of `claims` are now the session's to send (the others are
        no longer queued). Raises what kept the step from being stored; then none of it is."""
        self.done.wait()
        if self.error is not None:
            raise self.error
        return self.claimed


class _GroupCommitter:
    """Runs the sessions' steps on the owner's thread, as many steps per commit as are
    waiting: their outcomes and claims in bulk (a handful of statements, not a handful per
    message), so the commit path stays short while the sessions are on the network."""

    def __init__(self, conn: db.Connection, outbox: Outbox, path: str) -> None:
        self._conn = conn
        self._outbox = outbox
        self._path = path
        self._steps: queues.SimpleQueue[_Step] = queues.SimpleQueue()
        self._logged = 0  # outcomes committed to the log, not yet applied (see `_commit`)
        self._logged_since = 0.0  # when the oldest of them was committed (monotonic)

    def submit(
        self,
        finished: Sequence[Finished],
        *,
        release: Sequence[int] = (),
        claims: Sequence[int] = (),
        session: str | None = None,
        first: int = 0,
        promised: Sequence[int] = (),
    ) -> _Step:
        """From a session thread: `finished`, `release` and `claims` go into the next commit
        (`promised`: those of the claims that promise a time, held if it has passed);
        `wait()` on the step before acting on its claims."""
        step = _Step(finished, release, claims, session, first)
        step.promised = list(promised)
        self._steps.put(step)
        return step

    def serve(self, live: Callable[[], int]) -> None:
        """On the owner's thread, until no session is `live()` and nothing is waiting.

        A commit waits for the step of every live session (a round), but never more than
        GATHER_SECONDS after the first step came in: one slow session must not hold up
        the others for long."""
        while True:
            try:
                first = self._steps.get(timeout=0.02)
            except queues.Empty:
                if live() or not self._steps.empty():
                    self._apply_when_idle()
                    continue
                if self._logged:  # the last outcomes
                    self._outbox.apply_pending()
                    self._logged = 0
                return
            group = [first]
            deadline = time.monotonic() + GATHER_SECONDS
            while len(group) < live():
                wait = deadline - time.monotonic()
                try:
                    group.append(
                        self._steps.get(timeout=wait) if wait > 0 else self._steps.get_nowait()
                    )
                except queues.Empty:
                    break
            self._commit(group)

    def _commit(self, group: list[_Step]) -> None:
        """One transaction, a handful of statements whatever the group's size: each one
        hands the interpreter lock to this thread and back, and the sessions are busy. A
        round of outcomes alone (most rounds: a session claims SMTP_MESSAGES_PER_STEP at a
        time) is a single INSERT, committed on its own, durably like any commit.

        The outcomes go to the log (`Outbox.finish_many(later=True)`); the log is applied
        to the outbox rows and the audit every APPLY_EVERY outcomes or APPLY_SECONDS, and
        at once when an outcome puts a message back in the queue (a session may claim it
        again: its row must say `queued` first)."""
        finished = [f for s in group for f in s.finished]
        release = [m for s in group for m in s.release]
        claims = [(m, s.session, s.first + i) for s in group for i, m in enumerate(s.claims)]
        apply_now = (
            self._logged + len(finished) >= APPLY_EVERY
            or any(f.state == "queued" for f in finished)
            or self._apply_due()
        )
        try:
            if not (apply_now or release or claims):  # outcomes alone: one INSERT, no BEGIN
                self._outbox.finish_many(finished, path=self._path, later=True)
                claimed: set[int] = set()
                held: set[int] = set()
            else:
                claimed, held = self._store_round(finished, release, claims, group, apply_now)
        except BaseException as err:  # nothing of the group is stored: each session learns it
            for step in group:
                step.error = err
        else:
            if apply_now:
                self._logged = 0
            elif finished:
                if not self._logged:
                    self._logged_since = time.monotonic()
                self._logged += len(finished)
            for step in group:
                step.claimed = claimed.intersection(step.claims)
                step.held = held.intersection(step.claims)
        for step in group:
            step.done.set()

    def _store_round(
        self,
        finished: list[Finished],
        release: list[int],
        claims: list[tuple[int, str | None, int]],
        group: list[_Step],
        apply_now: bool,
    ) -> tuple[set[int], set[int]]:
        """A round with more than outcomes, in one transaction: the claimed ids and those
        held instead (their promised update time had passed)."""
        with db.transaction(self._conn):
            self._outbox.finish_many(finished, path=self._path, later=True)
            if apply_now:
                self._outbox.apply_pending()
            if release:
                self._outbox.release(release, path=self._path)
            claimed = self._outbox.claim_in_order(claims, path=self._path)
            # a claim whose promised update time has passed is held, never sent
            stale = [m for s in group for m in s.promised if m not in claimed]
            held = set(self._outbox.hold_stale(stale)) if stale else set()
        return claimed, held

    def _apply_due(self) -> bool:
        return bool(self._logged) and time.monotonic() - self._logged_since >= APPLY_SECONDS

    def _apply_when_idle(self) -> None:
        """No session has a step for this thread (a slow relay): apply the log if its
        oldest outcome is APPLY_SECONDS old, so the outbox does not show sent messages as
        sending meanwhile. On an error the next round's commit applies it again, and its
        sessions learn the error."""
        if not self._apply_due():
            return
        try:
            self._outbox.apply_pending()
        except Exception:  # surfaced by the next commit (see above)
            self._logged_since = time.monotonic()
            return
        self._logged = 0


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
        for index, path in enumerate(paths):
            if not batch.queue or report.cancelled:
                break
            batch.later_paths = index < len(paths) - 1
            if path.kind == "smtp":
                self._work_path(path, batch, SMTP_SESSIONS, SMTP_MESSAGES_PER_STEP, cancelled)
            else:  # a modem: one message at a time, seconds each
                self._work_path(path, batch, 1, 1, cancelled)
            batch.next_path(path.name)
        report.left_queued = len(batch.queue) + len(batch.deferred)
        return report

    def _work_path(
        self,
        path: DeliveryPath,
        batch: _Batch,
        sessions: int,
        per_step: int,
        cancelled: Callable[[], bool],
    ) -> None:
        # Transports are made here: making one reads the store on this thread's connection.
        transports = [self._transport_for(path) for _ in range(sessions)]
        committer = _GroupCommitter(self._conn, self._outbox, path.name)
        errors: list[BaseException] = []
        first_open = threading.Event()
        first_ok: list[bool] = []
        ended: list[Transport] = []  # sessions whose thread is done (the committer asks
        #   after every step: cheaper than asking each thread whether it is alive)

        def opened(ok: bool) -> None:
            first_ok.append(ok)
            first_open.set()

        def session(transport: Transport, first: bool) -> None:
            worker = _Session(committer, path, transport, batch, per_step, cancelled, sessions)
            if first:
                worker.on_first_open = opened
            try:
                worker.run()
            except BaseException as err:  # re-raised on the caller's thread
                errors.append(err)
            finally:
                ended.append(transport)
                first_open.set()

        threads = [
            threading.Thread(target=session, args=(t, i == 0), daemon=True)
            for i, t in enumerate(transports)
        ]
        # The first session opens alone: a refused login or a dead host costs one try,
        # not one per session (relays lock accounts after repeated failed logins).
        threads[0].start()
        first_open.wait()
        started = threads if first_ok == [True] else threads[:1]
        for thread in started[1:]:
            thread.start()
        committer.serve(live=lambda: len(started) - len(ended))
        for thread in started:
            thread.join()
        if errors:
            raise errors[0]


class _NotRecorded(Exception):
    """The last outcome could not be committed: the next message must not go out."""

    def __init__(self, error: BaseException) -> None:
        super().__init__(str(error))
        self.error = error


class _Session:
    """One connection to one path, sending from the head of the shared queue: it claims
    `per_step` messages at a time, sends them one by one in claim order, hands in each
    outcome as soon as it has it, and asks for the next claims as the last one goes out.
    The content of a message leaves only once the outcome of the one before is committed
    (`_recorded`, called by the transport when only the content is left to send)."""

    def __init__(
        self,
        committer: _GroupCommitter,
        path: DeliveryPath,
        transport: Transport,
        batch: _Batch,
        per_step: int,
        cancelled: Callable[[], bool],
        sessions: int = 1,
    ) -> None:
        self.committer = committer
        self.sessions = sessions  # working the path at once
        self.path = path
        self.transport = transport
        self.batch = batch
        self.per_step = per_step
        self.cancelled = cancelled
        self.token = secrets.token_hex(8)  # names this session's claims in the store
        self.next_seq = 0  # the number of its next claim
        self.pending: list[Finished] = []  # outcomes not yet handed in
        self.recording: list[_Step] = []  # outcomes handed in, commit not yet seen
        self.unsent: list[int] = []  # claimed, not tried: released at the next commit
        self.returning: list[int] = []  # back to the shared queue once that commit is done
        self.ahead: _Step | None = None  # the next claims, committing while we send
        self.on_first_open: Callable[[bool], None] | None = None

    def run(self) -> None:
        try:
            for attempt in range(2):  # a dropped connection is reopened once
                opened = self._open(reopening=attempt > 0)
                if self.on_first_open is not None:
                    self.on_first_open(opened)
                    self.on_first_open = None
                if not opened:
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

    def _open(self, *, reopening: bool = False) -> bool:
        """Connect; False when the path is down. A connection that broke mid-round is
        reopened once, unless another session of the path already found it down: a path
        that fails then is down for the rest of the round (said in the report), not tried
        again message by message by each session."""
        report = self.batch.report
        if reopening:
            with self.batch.lock:
                if self.path.name in self.batch.down:
                    return False
        try:
            self.transport.open()
        except PathDown as err:
            with self.batch.lock:
                # a later session refused while others work is only a session limit
                if reopening or self.path.name not in self.batch.working:
                    report.paths_down[self.path.name] = str(err)
                if reopening:
                    self.batch.down.add(self.path.name)
            return False
        with self.batch.lock:
            self.batch.working.add(self.path.name)
            report.paths_down.pop(self.path.name, None)
        return True

    def _drain(self) -> bool:
        """Send until the queue is empty or cancelled (False), or the path breaks (True).

        The next messages are claimed while the last of the current ones goes out, so the
        disk flush of that commit overlaps the network; still none goes out before its
        claim is committed."""
        step = self._ask()
        while True:
            mine = self._collect(step)
            if not step.claims:  # the queue is empty
                return False
            for position, message_id in enumerate(mine):
                if self.cancelled():
                    self._give_back(mine[position:])
                    self.batch.report.cancelled = True
                    return False
                last = position == len(mine) - 1
                if last and self.per_step > 1 and self.ahead is None:
                    self.ahead = self._ask()
                # the next claims ride with the outcome of the last message but one: no
                # commit of their own, and committed before the last message's content goes
                ask = self.per_step > 1 and position == len(mine) - 2
                if self._send(message_id, later=mine[position + 1 :], ask_ahead=ask):
                    return True  # the flush gives back what was claimed ahead
            step, self.ahead = self.ahead or self._ask(), None

    def _ask(self, finished: Sequence[Finished] = ()) -> _Step:
        """Claim the next messages (committed with the other sessions' steps), with
        `finished`, the outcomes not yet handed in."""
        # a session's first claims are a whole step; the next ones a share of what is left
        claims = self.batch.take(self.per_step, sessions=self.sessions if self.next_seq else 1)
        promised = [m for m in claims if self.batch.messages[m].promise_at]
        step = self.committer.submit(
            finished, claims=claims, session=self.token, first=self.next_seq, promised=promised
        )
        self.next_seq += len(claims)
        return step

    def _collect(self, step: _Step) -> list[int]:
        """The step's claims that are this session's to send, once committed."""
        try:
            claimed = step.wait()
        except BaseException:
            self.batch.put_back(step.claims)
            raise
        self.batch.count_held(len(step.held))  # the report says so, as for a last-moment hold
        return [m for m in step.claims if m in claimed]  # others: settled meanwhile

    def _hand_in(self, *, ask_ahead: bool = False) -> None:
        """The outcomes so far go into the next commit; with `ask_ahead`, so does the claim
        of the next messages (`ahead`)."""
        if ask_ahead and self.ahead is None:
            pending, self.pending = self.pending, []
            self.ahead = self._ask(pending)
            if pending:
                self.recording.append(self.ahead)
        elif self.pending:
            pending, self.pending = self.pending, []
            self.recording.append(self.committer.submit(pending))

    def _recorded(self) -> None:
        """Return once every outcome handed in is committed (the transport calls this just
        before a message's content goes out). Raises `_NotRecorded` when one was not."""
        self._hand_in()
        failed: BaseException | None = None
        recording, self.recording = self.recording, []
        for step in recording:
            step.done.wait()
            if step.error is not None:
                self.pending += step.finished  # not stored: the final flush tries again
                failed = failed or step.error
        if failed is not None:
            raise _NotRecorded(failed)

    def _give_back(self, messages: Sequence[int]) -> None:
        """Claimed and not tried: released at the next commit, then back to the queue."""
        self.unsent += messages
        self.returning += messages

    def _send(self, message_id: int, *, later: list[int], ask_ahead: bool = False) -> bool:
        """One message; True when the connection broke (`later` go back to the queue)."""
        message = self.batch.messages[message_id]
        if message.promise_broken():  # claimed in time, but its turn came too late
            outcome = Outcome("held", HELD_REPLY)
        else:
            try:
                outcome = self.transport.send(message, self._recorded)
            except _NotRecorded as err:  # nothing of this message left
                self._give_back([message_id, *later])
                raise err.error from None
            except BaseException:
                # Our bug, mid-send: nobody knows whether it left. Never resend silently.
                self.pending.append(Finished(message_id, "uncertain", INTERNAL_ERROR))
                self._give_back(later)
                raise
        passed_on = False
        if outcome.recipient_refused:
            server = outcome.reply.removeprefix(RECIPIENT_REFUSED.split("{", 1)[0])
            self.batch.note_refusal(self.path.name, server)
            if self.batch.later_paths:  # the refusal is an attempt; the next path tries
                outcome, passed_on = Outcome("queued", outcome.reply, outcome.code), True
        self.pending.append(
            Finished(message_id, outcome.state, outcome.reply, outcome.code, outcome.network_refs)
        )
        self._hand_in(ask_ahead=ask_ahead and not outcome.broken)
        if outcome.state == "queued":  # not handed over
            if outcome.broken:  # for the reopened connection or the next path
                self.returning.append(message_id)
                self._give_back(later)
                return True
            if passed_on:
                self.batch.pass_on(message_id)
                return False
            self.batch.defer(message_id)  # a temporary refusal: the retry takes it
            return False
        self.batch.record(self.path.name, outcome)
        if outcome.broken:
            self._give_back(later)
        return outcome.broken

    def _flush(self) -> None:
        """Commit what is pending; then (only then: another session claims from `queued`)
        hand the messages this session gave up back to the shared queue."""
        if self.ahead is not None:  # claimed ahead and not going to be tried
            ahead, self.ahead = self.ahead, None
            self._give_back(self._collect(ahead))
        recording, self.recording = self.recording, []
        for step in recording:
            step.done.wait()
            if step.error is not None:
                self.pending += step.finished  # not stored: try again now
        pending, self.pending = self.pending, []
        unsent, self.unsent = self.unsent, []
        returning, self.returning = self.returning, []
        if not pending and not unsent:
            self.batch.put_back(returning)
            return
        try:
            self.committer.submit(pending, release=unsent).wait()
        except BaseException:
            self.pending, self.unsent, self.returning = pending, unsent, returning
            raise
        self.batch.put_back(returning)
