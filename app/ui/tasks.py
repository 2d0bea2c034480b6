"""Long work off the GUI thread (STYLE.md habit 4): a function runs on the thread pool,
its result or error comes back to the GUI thread by signal."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, SignalInstance

from app.errors import UserError

T = TypeVar("T")
log = logging.getLogger(__name__)


class CancelToken:
    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)


class Task(QRunnable, Generic[T]):
    """`work(progress, token)` runs on a pool thread; `progress(done, total)` may be called
    from it. Create its own database connection inside `work` (one owner per thread)."""

    def __init__(
        self,
        work: Callable[[Callable[[int, int], None], CancelToken], T],
        *,
        on_done: Callable[[T], None],
        on_error: Callable[[BaseException], None],
        on_progress: Callable[[int, int], None] | None = None,
    ) -> None:
        super().__init__()
        # Python owns the task: the pool must not delete it under the signals' feet.
        self.setAutoDelete(False)
        self._keepalive: Task[T] | None = None
        self.token = CancelToken()
        self._work = work
        self.signals = _Signals()
        self.signals.finished.connect(on_done)
        self.signals.failed.connect(on_error)
        if on_progress is not None:
            self.signals.progressed.connect(on_progress)

    def run(self) -> None:
        try:
            result = self._work(self._progressed, self.token)
        except BaseException as err:  # delivered to the GUI thread, never lost
            if not self._emit(self.signals.failed, err):
                _log_unheard(err)
        else:
            if not self._emit(self.signals.finished, result):
                log.info("background work finished after the application closed")
        finally:
            self._keepalive = None

    def _progressed(self, done: int, total: int) -> None:
        self._emit(self.signals.progressed, done, total)

    def _emit(self, signal: SignalInstance, *args: Any) -> bool:
        """Whether `signal` went out. The signals' QObject goes with the application (PySide
        deletes every QObject left as the QApplication is torn down: the kit quitting, a
        test session ending) while the work may still run; emitting then raised "Signal
        source has been deleted" on the pool thread, printed, and a progress report cut the
        work short. Now the work runs to its end, heard by nobody."""
        if not shiboken6.isValid(self.signals):
            return False
        try:
            signal.emit(*args)
        except RuntimeError:
            if shiboken6.isValid(self.signals):
                raise
            return False  # deleted between the check and the emit
        return True


def start(task: Task[Any]) -> Task[Any]:
    task._keepalive = task  # alive until run() has delivered its result
    QThreadPool.globalInstance().start(task)
    return task


def settle(ms: int) -> bool:
    """Wait up to `ms` for every task under way to end (their connections to the store
    closed); False: some still run."""
    return QThreadPool.globalInstance().waitForDone(ms)


def _log_unheard(err: BaseException) -> None:
    """A failure nobody is left to show goes to the log: a UserError as the line the officer
    would have read, anything else (our bug) with its traceback."""
    if isinstance(err, UserError):
        log.info("background work stopped after the application closed: %s", err)
    else:
        log.error("background work failed after the application closed", exc_info=err)
