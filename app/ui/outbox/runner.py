"""Sending and probing off the GUI thread, and the automatic retry with back-off."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

from app.delivery.dispatch import DispatchReport
from app.delivery.outbox import Outbox
from app.delivery.passwords import SecretBackend
from app.delivery.probe import PathProbe
from app.delivery.retry import Backoff
from app.delivery.service import Delivery
from app.kit import Kit
from app.ui import tasks

#: how often sent SMS awaiting the network's status report are looked up in the modem
REPORTS_SECONDS = 60.0


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
        self.probing: tasks.Task[list[PathProbe]] | None = None
        self.backoff = Backoff()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.probe)
        self.last_probes: list[PathProbe] = []
        self.stopped = False
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

    def _in_worker(self, job: Callable[[Delivery], object]) -> object:
        conn = self.kit.store.connect()
        try:
            return job(Delivery.for_kit(self.kit, conn=conn, secrets=self.secrets))
        finally:
            conn.close()

    # -- sending ------------------------------------------------------------------------

    def send(self, *, via: str | None = None, automatic: bool = False) -> bool:
        if self.sending is not None or self.stopped:
            return False

        def work(progress: Callable[[int, int], None], token: tasks.CancelToken) -> DispatchReport:
            result = self._in_worker(
                lambda d: d.send(via=via, progress=progress, cancelled=lambda: token.cancelled)
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
        self.send_finished.emit(report, automatic)

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
            result = self._in_worker(lambda d: d.collect_reports())
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

    def probe(self) -> None:
        if self.probing is not None or self.stopped:
            return

        def work(progress: object, token: tasks.CancelToken) -> list[PathProbe]:
            result = self._in_worker(lambda d: d.probe(timeout=10.0))
            assert isinstance(result, list)
            return result

        self.probing = tasks.start(
            tasks.Task(work, on_done=self._probed, on_error=self._probe_error)
        )

    def _probed(self, probes: list[PathProbe]) -> None:
        if not self.alive():
            return
        self.probing = None
        self.last_probes = probes
        self.probed.emit(probes)
        self._after_probe(probes)

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

    def _after_probe(self, probes: list[PathProbe]) -> None:
        """Queued messages go out by themselves as soon as a sending path works."""
        sending_paths = [p for p in probes if p.ok and p.enabled and p.kind in ("smtp", "modem")]
        queued = Outbox(conn=self.kit.store.conn, audit=self.kit.audit).counts()["queued"]
        if sending_paths and queued and self.sending is None:
            self.send(automatic=True)
        delay = self.backoff.succeeded() if sending_paths else self.backoff.failed()
        if not queued:
            delay = max(delay, 300.0)  # nothing waiting: keep the lights fresh, calmly
        self.timer.start(int(delay * 1000))
