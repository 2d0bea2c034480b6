"""One sender at a time per kit (a window and a command, or two threads): a lock file in
the kit's folder (`app.fsutil.OwnerLock`). The OS drops it when the holder dies, so a killed
sender never blocks the next start, and `sending` rows found while holding it were left by
a crash."""

from __future__ import annotations

from pathlib import Path
from types import TracebackType

from app.errors import UserError
from app.fsutil import OwnerLock
from app.i18n import Msg

LOCK_NAME = "delivery.lock"


class SenderBusy(UserError):
    kind = "busy"


class SenderLock:
    def __init__(self, folder: Path) -> None:
        self._lock = OwnerLock(folder / LOCK_NAME)
        self.path = self._lock.path

    def acquire(self) -> None:
        if not self._lock.acquire():
            raise SenderBusy(
                Msg.tr(
                    "Another Outage Kit window or command is sending right now. Wait until it "
                    "finishes (its messages are shown in the outbox), then try again."
                )
            )

    def release(self) -> None:
        self._lock.release()

    def __enter__(self) -> SenderLock:
        self.acquire()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, err: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.release()
