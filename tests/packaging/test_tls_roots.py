"""The frozen kit's TLS fallback (packaging/rthooks/rth_tls_roots.py): bundled certifi roots
when the workstation has none, the system's own roots otherwise."""

from __future__ import annotations

import importlib.util
import ssl
from pathlib import Path
from types import ModuleType

import certifi

HOOK = Path(__file__).resolve().parents[2] / "packaging" / "rthooks" / "rth_tls_roots.py"


def _hook() -> ModuleType:
    spec = importlib.util.spec_from_file_location("rth_tls_roots", HOOK)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # not frozen: defines, changes nothing
    return module


def _paths(cafile: str | None, capath: str | None) -> ssl.DefaultVerifyPaths:
    return ssl.DefaultVerifyPaths(
        cafile, capath, "SSL_CERT_FILE", "/usr/lib/ssl/cert.pem", "SSL_CERT_DIR", "/x"
    )


BUNDLED = Path(certifi.where())


def test_system_roots_are_kept_where_they_exist(tmp_path: Path) -> None:
    system = tmp_path / "ca-certificates.crt"
    system.write_text("-----BEGIN CERTIFICATE-----\n")
    chosen = _hook().fallback_ca_file(
        _paths(str(system), None), platform="linux", bundled=BUNDLED, environ={}
    )
    assert chosen is None


def test_bundled_roots_when_the_workstation_has_none(tmp_path: Path) -> None:
    empty = tmp_path / "certs"
    empty.mkdir()
    chosen = _hook().fallback_ca_file(
        _paths(None, str(empty)), platform="linux", bundled=BUNDLED, environ={}
    )
    assert chosen == str(BUNDLED)
    context = ssl.create_default_context(cafile=chosen)
    assert context.cert_store_stats()["x509_ca"] > 100


def test_windows_always_adds_the_bundled_roots() -> None:
    chosen = _hook().fallback_ca_file(
        _paths(None, None), platform="win32", bundled=BUNDLED, environ={}
    )
    assert chosen == str(BUNDLED)


def test_an_administrators_choice_wins(tmp_path: Path) -> None:
    chosen = _hook().fallback_ca_file(
        _paths(None, None),
        platform="linux",
        bundled=BUNDLED,
        environ={"SSL_CERT_FILE": str(tmp_path / "corporate.pem")},
    )
    assert chosen is None
