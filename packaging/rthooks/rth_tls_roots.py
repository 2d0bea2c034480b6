"""PyInstaller runtime hook: make sure TLS has CA roots in the frozen kit.

The bundled OpenSSL looks for roots where the build machine's distribution keeps them
(e.g. /usr/lib/ssl on Debian). On another distribution that folder may not exist, and on
Windows the system store is filled lazily (a root Windows has not fetched yet is missing
from what Python enumerates). In both cases an SMTP relay's certificate would fail to
verify at the worst moment. The bundled `certifi` roots are the fallback: on Windows always
added (Python loads the system store too), elsewhere only when the system has none.
"""

from __future__ import annotations

import os
import ssl
import sys
from pathlib import Path


def _has_certificates(folder: str | None) -> bool:
    if not folder or not Path(folder).is_dir():
        return False
    return any(Path(folder).iterdir())


def fallback_ca_file(
    paths: ssl.DefaultVerifyPaths, *, platform: str, bundled: Path, environ: dict[str, str]
) -> str | None:
    """The file SSL_CERT_FILE should name, or None to leave OpenSSL's defaults alone."""
    if environ.get(paths.openssl_cafile_env) or environ.get(paths.openssl_capath_env):
        return None  # the administrator chose the roots
    if not bundled.is_file():
        return None
    if platform == "win32":
        return str(bundled)
    system_file = paths.cafile and Path(paths.cafile).is_file()
    if system_file or _has_certificates(paths.capath):
        return None
    return str(bundled)


def _apply() -> None:
    bundled = Path(getattr(sys, "_MEIPASS", "")) / "certifi" / "cacert.pem"
    chosen = fallback_ca_file(
        ssl.get_default_verify_paths(),
        platform=sys.platform,
        bundled=bundled,
        environ=dict(os.environ),
    )
    if chosen:
        os.environ["SSL_CERT_FILE"] = chosen


if getattr(sys, "frozen", False):
    _apply()
