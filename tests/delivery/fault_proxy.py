"""A loopback TCP proxy that makes a link bad: latency, throttling, and connections cut in
the middle of the message content (after the client's DATA command)."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from dataclasses import dataclass, field

from tests.delivery.servers import free_port


@dataclass
class FaultProxy:
    upstream_port: int
    latency: float = 0.0  # seconds added to every chunk, both directions
    rate: int = 0  # bytes per second (0: unthrottled)
    cut_after_data_bytes: int = -1  # cut a connection once this much content went through
    cuts: int = 0  # how many connections to cut that way
    cut_count: int = 0
    port: int = field(default_factory=free_port)

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._listener = socket.create_server(("127.0.0.1", self.port))
        self._listener.settimeout(0.1)
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=2)
        self._listener.close()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            upstream = socket.create_connection(("127.0.0.1", self.upstream_port))
            link = _Link(self, client, upstream)
            threading.Thread(target=link.pump, args=(client, upstream, True), daemon=True).start()
            threading.Thread(target=link.pump, args=(upstream, client, False), daemon=True).start()

    def take_cut(self) -> bool:
        with self._lock:
            if self.cut_count < self.cuts:
                self.cut_count += 1
                return True
            return False


class _Link:
    def __init__(self, proxy: FaultProxy, client: socket.socket, upstream: socket.socket) -> None:
        self.proxy = proxy
        self.sockets = (client, upstream)
        self.in_data = False
        self.data_bytes = 0
        self.tail = b""

    def close(self) -> None:
        for sock in self.sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()

    def pump(self, source: socket.socket, target: socket.socket, from_client: bool) -> None:
        proxy = self.proxy
        try:
            while True:
                chunk = source.recv(512)
                if not chunk:
                    break
                if proxy.latency:
                    time.sleep(proxy.latency)
                if from_client and self._should_cut(chunk):
                    target.sendall(chunk[: max(len(chunk) // 2, 1)])  # half of it arrives
                    break
                for start in range(0, len(chunk), 128 if proxy.rate else len(chunk)):
                    piece = chunk[start : start + (128 if proxy.rate else len(chunk))]
                    target.sendall(piece)
                    if proxy.rate:
                        time.sleep(len(piece) / proxy.rate)
        except OSError:
            pass
        self.close()

    def _should_cut(self, chunk: bytes) -> bool:
        proxy = self.proxy
        if proxy.cut_after_data_bytes < 0:
            return False
        if not self.in_data:
            self.tail = (self.tail + chunk)[-16:]
            if b"DATA\r\n" in self.tail.upper():
                self.in_data = True
                self.data_bytes = 0
            return False
        self.data_bytes += len(chunk)
        if b"\r\n.\r\n" in chunk:
            self.in_data = False
            self.tail = b""
        return self.data_bytes >= proxy.cut_after_data_bytes and proxy.take_cut()
