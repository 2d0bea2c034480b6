"""A real SMTP server in a process of its own (aiosmtpd on 127.0.0.1), for tests that need the
kit to deliver to something it does not share an interpreter with. Every accepted message is
written to FOLDER as NNNN.eml; the line "ready" on stdout says it listens.

    python -m tests.support.mail_sink PORT FOLDER [SECONDS]

SECONDS: how long the server takes over each message (a slow relay: a crash test's kill
then lands mid-batch on a fast machine too).
"""

from __future__ import annotations

import asyncio
import signal
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

from tests.support.smtp_controller import ClosingController as Controller


class _Folder:
    def __init__(self, folder: Path, delay: float = 0.0) -> None:
        self.folder = folder
        self.delay = delay
        self.count = 0
        self.lock = threading.Lock()

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.delay:
            await asyncio.sleep(self.delay)
        with self.lock:
            self.count += 1
            name = self.folder / f"{self.count:04}.eml"
        rcpt = ",".join(envelope.rcpt_tos)
        name.with_suffix(".tmp").write_bytes(
            f"X-Envelope-To: {rcpt}\r\n".encode() + envelope.content
        )
        name.with_suffix(".tmp").rename(name)
        return "250 OK"


def main() -> None:
    port, folder = int(sys.argv[1]), Path(sys.argv[2])
    delay = float(sys.argv[3]) if len(sys.argv) > 3 else 0.0
    folder.mkdir(parents=True, exist_ok=True)
    controller = Controller(_Folder(folder, delay), hostname="127.0.0.1", port=port)
    controller.start()
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    print("ready", flush=True)
    stop.wait()
    controller.stop()


class MailSink:
    """The server process, started and stopped by a test."""

    def __init__(self, port: int, folder: Path, delay: float = 0.0) -> None:
        self.port = port
        self.folder = folder
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.support.mail_sink", str(port), str(folder), str(delay)],
            stdout=subprocess.PIPE,
            text=True,
            cwd=Path(__file__).resolve().parents[2],
        )
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if line.strip() != "ready":
            self.stop()
            raise RuntimeError(f"the mail sink did not start: {line!r}")

    def messages(self) -> list[bytes]:
        return [p.read_bytes() for p in sorted(self.folder.glob("*.eml"))]

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        if self.process.stdout is not None:
            self.process.stdout.close()


if __name__ == "__main__":
    main()
