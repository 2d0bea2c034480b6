"""Long work off the GUI thread (STYLE.md habit 4): a function runs on the thread pool,
its result or error comes back to the GUI thread by signal."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

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
            result = self._work(self.signals.progressed.emit, self.token)
        except BaseException as err:  # delivered to the GUI thread, never lost
            self.signals.failed.emit(err)
        else:
            self.signals.finished.emit(result)
        finally:
            self._keepalive = None


def start(task: Task[Any]) -> Task[Any]:
    task._keepalive = task  # alive until run() has delivered its result
    QThreadPool.globalInstance().start(task)
    return task
