"""Sending and probing off the GUI thread, and the automatic retry with back-off."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

from app.delivery.outbox import Outbox
from app.delivery.passwords import SecretBackend
from app.delivery.path_record import as_tried, tried_since
from app.delivery.paths import DeliveryPaths
from app.delivery.retry import Backoff
from app.delivery.service import Delivery, no_path_reason
from app.kit import Kit
from app.store import db
from app.ui import tasks

if TYPE_CHECKING:  # the probe module loads in the worker that probes, the dispatcher in
    from app.delivery.dispatch import DispatchReport  # the one that sends
    from app.delivery.probe import PathProbe

#: how often sent SMS awaiting the network's status report are looked up in the modem
REPORTS_SECONDS = 60.0
CHANNELS = ("email", "sms")
#: the kind of path that sends each channel by itself (webmail and .eml need the officer)
SENDS = {"smtp": "email", "modem": "sms"}


class DeliveryRunner(QObject):
    """One send and one probe at a time. Each worker opens its own store connection."""

    send_started = Signal(bool)  # automatic?
    send_progressed = Signal(int, int)
    send_finished = Signal(object, bool)  # DispatchReport, automatic?
    send_failed = Signal(object, bool)  # the error, automatic?
    probed = Signal(list)  # list[PathProbe]
    reported = Signal(list)  # ids of sent SMS the network's status reports settled

    def __init__(
        self, kit: Kit, *, secrets: SecretBackend | None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.kit = kit
        self.secrets = secrets
        self.sending: tasks.Task[DispatchReport] | None = None
        self.sending_automatic = False
        self.sending_channels: tuple[str, ...] = CHANNELS
        self.probing: tasks.Task[list[PathProbe]] | None = None
        self.backoff = Backoff()  # the probe itself failing, or another sender in the way
        # each channel's own pause: an SMS copy that can never go (no modem) must not hold
        # back e-mail once its relay is back
        self.channel_backoff = {c: Backoff() for c in CHANNELS}
        self.probed_paths = ""  # what the paths were when last probed (see paths_changed)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.probe)
        self.last_probes: list[PathProbe] = []
        # paths whose last send took none of the recipients (a relay answering, greeting
        # and refusing every address): their light is not green until one takes a message.
        # Read from the attempts in the store, whoever sent (see `follow_attempts`)
        # (the last send before this window opened too: another process's, or an earlier
        # window's)
        tried = tried_since(kit.store.conn)
        self.refusing: dict[str, str] = dict(tried.refusing)
        self.attempts_seen = tried.upto
        # the newest queued id each channel's last automatic round took ([] = none yet):
        # a message queued after it goes out at once, one left behind waits for the retry
        self.tried_upto: dict[str, list[int]] = {c: [] for c in CHANNELS}
        self.unavailable: set[str] = set()  # channels whose waiting is in the audit once
        #: why the automatic round running (or last run) started: "came back" (a channel
        #: whose paths were down works again), "fresh" (messages just queued), "retry"
        #: (the periodic try of what waits), "again" (what the officer queued again: Retry,
        #: Send again), "waiting" (what waited when the window opened); "" when the officer
        #: sent
        self.round_why = ""
        self.requeued = False  # the officer queued messages again since the last round
        self.stopped = False
        self.retrying = True
        self.looked = False  # the first look (after the first probe) is not a retry
        self.reading: tasks.Task[list[int]] | None = None
        # the periodic pass for SMS status reports: sent → delivered / failed without
        # the officer probing (a cheap look at the store when no SMS awaits a report)
        self.reports_timer = QTimer(self)
        self.reports_timer.setInterval(int(REPORTS_SECONDS * 1000))
        self.reports_timer.timeout.connect(self.read_reports)
        self.reports_timer.start()

    def stop(self) -> None:
        """No more automatic work, and results still under way are ignored (before lock)."""
        self.stopped = True
        self.timer.stop()
        self.reports_timer.stop()
        self.cancel()

    def alive(self) -> bool:
        """False once stopped, deleted, or the kit was locked/closed under us."""
        if not shiboken6.isValid(self) or self.stopped:
            return False
        try:
            self.kit.store.conn.execute("SELECT 1")
        except Exception:  # the window closed the store without dropping the section
            self.stop()
            return False
        return True

    def in_worker(self, job: Callable[[Delivery], object]) -> object:
        conn = self.kit.store.connect()
        try:
            return job(Delivery.for_kit(self.kit, conn=conn, secrets=self.secrets))
        finally:
            conn.close()

    # -- sending ------------------------------------------------------------------------

    def send(
        self,
        *,
        via: str | None = None,
        automatic: bool = False,
        channels: Sequence[str] = CHANNELS,
        why: str = "",
    ) -> bool:
        """`why`: an automatic round's reason (`round_why`)."""
        if self.sending is not None or self.stopped:
            return False
        self.round_why = why if automatic else ""
        self.requeued = False  # this round takes them
        for channel in channels:  # what this round takes: anything queued later is fresh
            self.tried_upto[channel] = self._queued(channel)[-1:] or self.tried_upto[channel]

        def work(progress: Callable[[int, int], None], token: tasks.CancelToken) -> DispatchReport:
            from app.delivery.dispatch import DispatchReport

            result = self.in_worker(
                lambda d: d.send(
                    via=via,
                    progress=progress,
                    cancelled=lambda: token.cancelled,
                    channels=channels,
                )
            )
            assert isinstance(result, DispatchReport)
            return result

        self.sending = tasks.start(
            tasks.Task(
                work,
                on_done=lambda report: self._sent(report, automatic),
                on_error=self._send_error,
                on_progress=self._progress,
            )
        )
        self.sending_automatic = automatic
        self.sending_channels = tuple(channels)
        self.send_started.emit(automatic)
        return True

    def cancel(self) -> None:
        if self.sending is not None:
            self.sending.token.cancel()

    def _progress(self, done: int, total: int) -> None:
        if self.alive():
            self.send_progressed.emit(done, total)

    def _sent(self, report: DispatchReport, automatic: bool) -> None:
        if not self.alive():
            return
        self.sending = None
        self.follow_attempts()
        self._add_left_out(report)
        self.send_finished.emit(report, automatic)

    def _add_left_out(self, report: DispatchReport) -> None:
        """A round that left a channel out (its paths were down at the probe) still says
        its messages wait and why, as a round over every channel would."""
        for channel in CHANNELS:
            left = len(self._queued(channel)) if channel not in self.sending_channels else 0
            if not left:
                continue
            report.total += left
            report.left_queued += left
            paths = [p for p in self.last_probes if p.enabled and SENDS.get(p.kind) == channel]
            down = {p.name: p.summary for p in paths if not p.ok}
            report.paths_down.update(down or {f"no {channel} path": no_path_reason(channel)})

    def follow_attempts(self) -> bool:
        """What the attempts since the last look say of the paths (this window's send, or
        another window's or command's): one that delivered is no longer refusing, one that
        took none of its recipients is. True when there were attempts to read."""
        tried = tried_since(self.kit.store.conn, self.attempts_seen)
        if tried.upto == self.attempts_seen:
            return False
        self.attempts_seen = tried.upto
        for name in tried.delivered:
            self.refusing.pop(name, None)
        self.refusing.update(tried.refusing)
        return True

    def tried_elsewhere(self) -> bool:
        """Another window or command tried the paths since the last look (this window is
        not sending): True when its attempts were read, the lights to follow them."""
        return self.sending is None and self.alive() and self.follow_attempts()

    def _send_error(self, err: BaseException) -> None:
        if not self.alive():
            return
        self.sending = None
        self.send_failed.emit(err, self.sending_automatic)

    # -- SMS status reports ----------------------------------------------------------------

    def read_reports(self) -> bool:
        """Read the modems' status reports when sent SMS await one (not while sending or
        probing: those read them too, and hold the modem)."""
        busy = self.sending or self.probing or self.reading
        if busy is not None or self.stopped or not self.alive():
            return False
        if not Outbox(conn=self.kit.store.conn, audit=self.kit.audit).awaiting_reports():
            return False

        def work(progress: object, token: tasks.CancelToken) -> list[int]:
            result = self.in_worker(lambda d: d.collect_reports())
            assert isinstance(result, list)
            return result

        self.reading = tasks.start(
            tasks.Task(work, on_done=self._reports_read, on_error=self._reports_error)
        )
        return True

    def _reports_read(self, changed: list[int]) -> None:
        if not self.alive():
            return
        self.reading = None
        if changed:
            self.reported.emit(changed)

    def _reports_error(self, err: BaseException) -> None:
        if self.alive():
            self.reading = None  # the next pass tries again

    # -- probing and the automatic retry --------------------------------------------------

    def probe(self, retry: bool = True) -> None:
        """Look at every path; then queued messages go out over the channels that work.
        `retry=False` (the look after a send): only messages queued since that send go,
        those it left behind wait for the back-off."""
        if self.probing is not None or not self.alive():
            return
        self.retrying = retry
        self.probed_paths = self._paths_now()

        def work(progress: object, token: tasks.CancelToken) -> list[PathProbe]:
            result = self.in_worker(lambda d: d.probe(timeout=10.0))
            assert isinstance(result, list)
            return result

        self.probing = tasks.start(
            tasks.Task(work, on_done=self._probed, on_error=self._probe_error)
        )

    def _paths_now(self) -> str:
        return DeliveryPaths(conn=self.kit.store.conn, audit=self.kit.audit).fingerprint()

    def paths_changed(self) -> bool:
        """The paths are not those last probed: a bundle brought or took one (this window,
        the command line, the watched folder), or another window edited them."""
        return self.probing is None and self.alive() and self._paths_now() != self.probed_paths

    def _probed(self, probes: list[PathProbe]) -> None:
        if not self.alive():
            return
        self.probing = None
        self.backoff.succeeded()
        self.last_probes = probes
        self.probed.emit(self.shown(probes))
        self._after_probe(probes)

    def shown(self, probes: list[PathProbe]) -> list[PathProbe]:
        """The probes as the lights show them: a path that answers but refused every
        recipient of the last send is not working (the retry still tries it first: the
        relay may have been mended since)."""
        return as_tried(probes, self.refusing)

    def _probe_error(self, err: BaseException) -> None:
        if not self.alive():
            return
        self.probing = None
        self.timer.start(int(self.backoff.failed() * 1000))

    def retry_later(self) -> float:
        """An automatic send met another sender or a busy store: the next probe (and with
        it the next automatic send) comes after the back-off; returns the delay in seconds."""
        delay = self.backoff.failed()
        if not self.stopped:
            self.timer.start(int(delay * 1000))
        return delay

    def _queued(self, channel: str) -> list[int]:
        return Outbox(conn=self.kit.store.conn, audit=self.kit.audit).queued_ids(channel=channel)

    def _working(self) -> set[str]:
        """The channels a path switched on worked for at the last probe."""
        return {SENDS[p.kind] for p in self.last_probes if p.ok and p.enabled and p.kind in SENDS}

    def _fresh(self, channel: str, queued: list[int]) -> bool:
        """Messages were queued on `channel` after its last automatic round took its own."""
        upto = self.tried_upto[channel]
        return bool(queued) and (not upto or queued[-1] > upto[0])

    def send_fresh(self) -> bool:
        """Messages just queued go out at once over a channel that works, whatever the
        back-off of another channel (called as the queue is looked at, every few seconds)."""
        if self.sending is not None or self.probing is not None or not self.alive():
            return False
        working = self._working()
        fresh = [c for c in CHANNELS if c in working and self._fresh(c, self._queued(c))]
        why = "again" if self.requeued else "fresh"
        return bool(fresh) and self.send(automatic=True, channels=fresh, why=why)

    def send_requeued(self) -> None:
        """The officer queued messages again (Retry, Send again): they go now over a channel
        that works, as a notice just queued does; their old ids are behind what the last
        round took, so they would otherwise wait for the back-off. While a round runs, the
        queue's next look sends them."""
        self.tried_upto = {c: [] for c in CHANNELS}
        self.requeued = True
        self.send_fresh()

    def _after_probe(self, probes: list[PathProbe]) -> None:
        """Queued messages go out by themselves as soon as a sending path works. A channel
        with messages waiting and no working path backs off (30 s doubling to 10 min), and
        says so once in the audit, not at every look."""
        working = self._working()
        queued = {c: self._queued(c) for c in CHANNELS}
        waiting = [c for c in CHANNELS if queued[c]]
        stuck = [c for c in waiting if c not in working]
        go = [c for c in waiting if c in working and (self.retrying or self._fresh(c, queued[c]))]
        # the first look of this window: what waits was queued before it opened, perhaps
        # never tried ("retry" said so of notices the command line had just queued)
        why = "came back" if set(go) & self.unavailable else "retry" if self.looked else "waiting"
        self.looked = True
        started = (
            bool(go) and self.sending is None and self.send(automatic=True, channels=go, why=why)
        )
        self._note_unavailable(stuck, queued)
        left_behind = [c for c in waiting if c in working and c not in go]
        delays = []
        for channel in CHANNELS:
            backoff = self.channel_backoff[channel]
            if channel in stuck:
                delays.append(backoff.failed())
            elif channel in left_behind:  # the look after a started send counts once
                delays.append(backoff.next_delay() if started else backoff.failed())
            else:
                backoff.succeeded()
        # the next look comes when the channel waiting least wants it
        delay = min(delays) if delays else self.backoff.first
        if not waiting:
            delay = max(delay, 300.0)  # nothing waiting: keep the lights fresh, calmly
        self.timer.start(int(delay * 1000))

    def _note_unavailable(self, stuck: list[str], queued: dict[str, list[int]]) -> None:
        """One audit entry when a channel's messages start waiting for a path, another
        look at the paths writes none until a path for it worked again."""
        self.unavailable &= set(stuck)
        for channel in stuck:
            if channel in self.unavailable:
                continue
            paths = [p.name for p in self.last_probes if SENDS.get(p.kind) == channel]
            try:
                self.kit.audit.append(
                    "outbox.path_unavailable",
                    channel=channel,
                    count=len(queued[channel]),
                    paths=paths,
                )
            except db.DatabaseError:  # the store is busy: the next look writes it
                continue
            self.unavailable.add(channel)
