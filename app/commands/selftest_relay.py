"""A throw-away SMTP relay on 127.0.0.1 for `--selftest`: it greets, offers STARTTLS with a
certificate made on the spot, answers EHLO and QUIT — enough for the kit's own path probe to
go DNS → TCP → TLS (certificate verified) → EHLO over a real socket, without a network and
without sending anything anywhere."""

from __future__ import annotations

import ipaddress
import socket
import ssl
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import TracebackType

HOST = "127.0.0.1"
NAME = "selftest.invalid"


class LoopbackRelay:
    def __init__(self, folder: Path) -> None:
        self.ca_file = folder / "selftest-relay.pem"
        key_file = folder / "selftest-relay.key"
        _write_certificate(self.ca_file, key_file)
        self._tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        self._tls.load_cert_chain(self.ca_file, key_file)
        self._listener = socket.create_server((HOST, 0))
        self._listener.settimeout(0.2)
        self.port = int(self._listener.getsockname()[1])
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, name="selftest-relay", daemon=True)

    def __enter__(self) -> LoopbackRelay:
        self._thread.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self._listener.close()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            try:
                conn.settimeout(10)
                self._session(conn)
            except (OSError, ssl.SSLError):
                pass  # the probe will say what went wrong on its side
            finally:
                conn.close()

    def _session(self, conn: socket.socket) -> None:
        opened = [conn]  # and the TLS socket that takes its place after STARTTLS
        try:
            self._converse(conn, opened)
        finally:
            for wrapped in opened[1:]:
                wrapped.close()

    def _converse(self, conn: socket.socket, opened: list[socket.socket]) -> None:
        conn.sendall(f"220 {NAME} ESMTP selftest\r\n".encode())
        secure = False
        while True:
            line = _read_line(conn)
            if not line:
                return
            verb = line.split(b" ", 1)[0].strip().upper()
            if verb in (b"EHLO", b"HELO"):
                extensions = [] if secure else ["STARTTLS"]
                lines = [NAME, "8BITMIME", *extensions]
                reply = "".join(f"250-{x}\r\n" for x in lines[:-1]) + f"250 {lines[-1]}\r\n"
                conn.sendall(reply.encode())
            elif verb == b"STARTTLS" and not secure:
                conn.sendall(b"220 ready to start TLS\r\n")
                conn = self._tls.wrap_socket(conn, server_side=True)
                opened.append(conn)
                secure = True
            elif verb == b"QUIT":
                conn.sendall(b"221 bye\r\n")
                return
            elif verb in (b"NOOP", b"RSET"):
                conn.sendall(b"250 ok\r\n")
            else:
                conn.sendall(b"502 the selftest relay accepts no mail\r\n")


def _read_line(conn: socket.socket) -> bytes:
    """One command line, read byte by byte: nothing may be buffered past it when the
    connection switches to TLS."""
    data = b""
    while not data.endswith(b"\n") and len(data) < 1000:
        chunk = conn.recv(1)
        if not chunk:
            break
        data += chunk
    return data


def _write_certificate(cert_file: Path, key_file: Path) -> None:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Outage Kit selftest relay")])
    start = datetime.now(UTC) - timedelta(minutes=5)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + timedelta(hours=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address(HOST))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_file.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    key_file.chmod(0o600)
