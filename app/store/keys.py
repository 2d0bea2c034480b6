"""The store key: a random 256-bit raw key, kept in the OS keyring and, wrapped by a
key derived from the recovery passphrase, in a small key file beside the database."""

from __future__ import annotations

import base64
import importlib
import json
import os
import secrets
import sys
import types
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from app.errors import KeyFileDamaged, UserError, WrongPassphrase
from app.fsutil import write_private
from app.i18n import Msg
from app.records import EqualByFields

KEY_BYTES = 32
KEY_FILE_FORMAT = "outage-kit-key/1"
KEYRING_SERVICE = "outage-kit"
# scrypt cost: ~0.1 s on the duty workstation; N is stored per file so it can grow later.
SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1
#: what a key file may ask for: the kit writes N = 2^15; anything outside these bounds is
#: damage (or a trap costing minutes and gigabytes per unlock), never obeyed
SCRYPT_N_RANGE = (2**14, 2**17)
SALT_BYTES = 16
NONCE_BYTES = 12
WRAPPED_BYTES = KEY_BYTES + 16  # the key and AES-GCM's tag
# keyring's helpers import these at load time for code paths the kit never takes (a tarball
# download, plugin discovery): ~25 ms of every start. They load on first use instead.
_UNUSED_BY_KEYRING = ("urllib.request", "importlib_metadata")


def new_raw_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass(frozen=True, eq=False)
class KeyFile(EqualByFields):
    """The passphrase-wrapped copy of the store key (`store.key`)."""

    store_id: str
    salt: bytes
    nonce: bytes
    wrapped: bytes
    n: int = SCRYPT_N
    r: int = SCRYPT_R
    p: int = SCRYPT_P

    @classmethod
    def wrap(cls, raw_key: bytes, passphrase: str, *, store_id: str | None = None) -> KeyFile:
        import uuid  # with the cipher: only wrapping needs them, never a keyring start

        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        salt = secrets.token_bytes(16)
        nonce = secrets.token_bytes(12)
        sid = store_id or str(uuid.uuid4())

        kek = _derive(normal_passphrase(passphrase), salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
        wrapped = AESGCM(kek).encrypt(nonce, raw_key, sid.encode("utf-8"))
        return cls(store_id=sid, salt=salt, nonce=nonce, wrapped=wrapped)

    def unwrap(self, passphrase: str) -> bytes:
        # Imported here: a keyring start never needs it (start-up time, issue 2).
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        for spelling in _spellings(passphrase):
            kek = _derive(spelling, self.salt, self.n, self.r, self.p)
            try:
                return AESGCM(kek).decrypt(self.nonce, self.wrapped, self.store_id.encode("utf-8"))
            except InvalidTag:
                continue
        raise WrongPassphrase(
            Msg.tr(
                "That recovery passphrase does not open this store. Check the keyboard layout "
                "and Caps Lock, and try again."
            )
        )

    def save(self, path: Path) -> None:
        doc = {
            "format": KEY_FILE_FORMAT,
            "store_id": self.store_id,
            "kdf": {"name": "scrypt", "n": self.n, "r": self.r, "p": self.p},
            "salt": _b64(self.salt),
            "nonce": _b64(self.nonce),
            "wrapped_key": _b64(self.wrapped),
        }
        write_private(path, (json.dumps(doc, indent=2) + "\n").encode("utf-8"))

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        try:
            doc: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
            if doc.get("format") != KEY_FILE_FORMAT or doc["kdf"]["name"] != "scrypt":
                raise ValueError(Msg.tr("unknown format"))
            key_file = cls(
                store_id=str(doc["store_id"]),
                salt=_unb64(doc["salt"]),
                nonce=_unb64(doc["nonce"]),
                wrapped=_unb64(doc["wrapped_key"]),
                n=int(doc["kdf"]["n"]),
                r=int(doc["kdf"]["r"]),
                p=int(doc["kdf"]["p"]),
            )
            key_file.check_bounds()
            return key_file
        except FileNotFoundError:
            raise UserError(
                Msg.tr(
                    "The key file {path} is missing. Restore it from your backup medium, or run "
                    "'outage-kit init' to create a new store in an empty folder."
                ).format(path=path)
            ) from None
        except (ValueError, KeyError, TypeError, AttributeError) as err:
            raise KeyFileDamaged(
                Msg.tr(
                    "The key file {path} is damaged ({err}). Put back store.key from your backup "
                    "medium; the store itself does not need restoring."
                ).format(path=path, err=err)
            ) from None
        except OSError as err:
            raise UserError(
                Msg.tr("The key file {path} cannot be read ({strerror}).").format(
                    path=path, strerror=err.strerror
                )
            ) from None

    def check_bounds(self) -> None:
        """ValueError unless every field is what the kit itself writes."""
        low, high = SCRYPT_N_RANGE
        if not (low <= self.n <= high and self.n & (self.n - 1) == 0):
            raise ValueError(
                Msg.tr("scrypt N={n} is outside {low}..{high}").format(n=self.n, low=low, high=high)
            )
        if (self.r, self.p) != (SCRYPT_R, SCRYPT_P):
            raise ValueError(
                Msg.tr("scrypt r={r}, p={p} are not the kit's {kit_r}, {kit_p}").format(
                    r=self.r, p=self.p, kit_r=SCRYPT_R, kit_p=SCRYPT_P
                )
            )
        sizes = (len(self.salt), len(self.nonce), len(self.wrapped))
        if sizes != (SALT_BYTES, NONCE_BYTES, WRAPPED_BYTES):
            raise ValueError(Msg.tr("salt, nonce or wrapped key has the wrong length"))
        if not 1 <= len(self.store_id) <= 64:
            raise ValueError(Msg.tr("the store id has the wrong length"))


class _OnFirstUse(types.ModuleType):
    """Stands in for a module (in sys.modules) until one of its names is used; then the real
    module is imported and takes its place. (importlib's LazyLoader cannot serve here: an
    `import` statement reads `__spec__` and so loads the module at once.)"""

    def __getattr__(self, attr: str) -> Any:
        if attr == "__wrapped__":  # inspect's probe (PySide6's import hook inspects modules)
            raise AttributeError(attr)
        name = self.__name__
        if sys.modules.get(name) is self:
            del sys.modules[name]
        real = importlib.import_module(name)
        _bind_in_parent(name, real)
        return getattr(real, attr)


def _load_on_first_use(name: str) -> None:
    if name in sys.modules:
        return
    stand_in = _OnFirstUse(name)
    stand_in.__spec__ = None
    stand_in.__file__ = None  # "no source file": inspect stops here, nothing is loaded
    sys.modules[name] = stand_in
    _bind_in_parent(name, stand_in)


def _bind_in_parent(name: str, module: types.ModuleType) -> None:
    """`urllib.request` must also be the attribute `request` of the package `urllib`."""
    parent, _, child = name.rpartition(".")
    if parent:
        setattr(importlib.import_module(parent), child, module)


def _platform_backend() -> Any:
    """The platform's own secure store, chosen explicitly — not whatever keyring's plugin
    discovery ranks first (keyrings.cryptfile would prompt on stdin; keyrings.alt writes
    plaintext). PYTHON_KEYRING_BACKEND still overrides, for admins and tests."""
    for name in _UNUSED_BY_KEYRING:
        _load_on_first_use(name)
    if os.environ.get("PYTHON_KEYRING_BACKEND"):
        from keyring.core import load_env

        return load_env()
    backend_class: Any
    if sys.platform == "win32":
        from keyring.backends.Windows import WinVaultKeyring as backend_class
    elif sys.platform == "darwin":
        from keyring.backends.macOS import Keyring as backend_class
    else:
        from keyring.backends.SecretService import Keyring as backend_class
    backend_class.priority  # noqa: B018 (raises when the service is unavailable)
    return backend_class()


def normal_passphrase(passphrase: str) -> str:
    """The one spelling a passphrase is derived from, however its letters came: a Mac
    editor's file holds "ż" as z + a combining dot (NFD), the window's field and a Linux
    terminal the one letter (NFC). Every key is wrapped from NFC."""
    import unicodedata

    return unicodedata.normalize("NFC", passphrase)


def _spellings(passphrase: str) -> list[str]:
    """What an unwrap tries: NFC first (every wrap since the kit normalised), then the
    passphrase as given and decomposed — a key file wrapped earlier from a decomposed file
    still opens, typed or from that file (a wrong passphrase costs one scrypt per spelling,
    three at the most, and only when it has letters that compose)."""
    import unicodedata

    found: list[str] = []
    for spelling in (
        normal_passphrase(passphrase),
        passphrase,
        unicodedata.normalize("NFD", passphrase),
    ):
        if spelling not in found:
            found.append(spelling)
    return found


def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=KEY_BYTES, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


class SecretKeeper(Protocol):
    """Where the raw key can be kept between starts (the OS keyring)."""

    def get(self, store_id: str) -> bytes | None: ...

    def put(self, store_id: str, raw_key: bytes) -> bool: ...

    def forget(self, store_id: str) -> None: ...


class NoKeyring:
    """No secure keyring on this machine: the passphrase is the only way in."""

    def get(self, store_id: str) -> bytes | None:
        return None

    def put(self, store_id: str, raw_key: bytes) -> bool:
        return False

    def forget(self, store_id: str) -> None:
        return None


# Backends that must never hold the store key: they store it in plaintext, prompt on
# stdin, or are the "no backend" placeholder.
_REFUSED_BACKEND_MODULES = (
    "keyrings.alt",
    "keyrings.cryptfile",
    "keyring.backends.fail",
    "keyring.backends.null",
    "keyring.backends.chainer",
)


class OsKeyring:
    """The platform keyring, chosen explicitly: a refused backend counts as none."""

    def __init__(self, backend: Any) -> None:
        self._backend = backend

    @staticmethod
    def detect() -> SecretKeeper:
        try:
            backend = _platform_backend()
        except Exception:  # a broken D-Bus or registry must not stop the kit
            return NoKeyring()
        return OsKeyring.accept(backend)

    @staticmethod
    def accept(backend: Any) -> SecretKeeper:
        """`backend` unless it is missing or one that must never hold the store key."""
        if backend is None:
            return NoKeyring()
        module = type(backend).__module__
        if any(module.startswith(refused) for refused in _REFUSED_BACKEND_MODULES):
            return NoKeyring()
        return OsKeyring(backend)

    def get(self, store_id: str) -> bytes | None:
        try:
            value = self._backend.get_password(KEYRING_SERVICE, store_id)
        except Exception:
            return None
        if not value or len(value) != KEY_BYTES * 2:
            return None
        try:
            return bytes.fromhex(value)
        except ValueError:
            return None

    def put(self, store_id: str, raw_key: bytes) -> bool:
        try:
            self._backend.set_password(KEYRING_SERVICE, store_id, raw_key.hex())
        except Exception:
            return False
        return True

    def forget(self, store_id: str) -> None:
        try:
            self._backend.delete_password(KEYRING_SERVICE, store_id)
        except Exception:
            return None
