"""Ed25519 keys and signatures in minisign's formats, so IT can sign and check bundles with
the standard `minisign` tool as well as with the kit.

Formats (minisign 0.11, https://jedisct1.github.io/minisign/):
- public key: base64("Ed" + key id (8 bytes) + public key (32 bytes))
- secret key: base64("Ed" + kdf "Sc" + checksum "B2" + salt (32) + opslimit (8, LE) +
  memlimit (8, LE) + (key id (8) + secret key (64) + BLAKE2b-256 checksum (32)) XOR scrypt)
- signature: base64("ED" + key id + Ed25519(BLAKE2b-512(file))), then the trusted comment
  and base64(Ed25519(signature + trusted comment)) — the "global signature".
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from app.errors import NotFound, UserError
from app.fsutil import write_private
from app.i18n import Msg, tr_noop
from app.secretfile import read_secret_text

SIG_ALG = b"Ed"
HASHED_SIG_ALG = b"ED"  # prehashed with BLAKE2b-512: minisign's default since 0.8
KDF_ALG = b"Sc"
NO_KDF = b"\x00\x00"
CHK_ALG = b"B2"
UNTRUSTED = "untrusted comment: "
TRUSTED = "trusted comment: "
# A signature file larger than this is not a signature (minisign's comments are short).
MAX_SIGNATURE_FILE = 64 * 1024


@dataclass(frozen=True)
class KdfLimits:
    """libsodium's scryptsalsa208sha256 cost figures, as minisign stores them."""

    opslimit: int
    memlimit: int


# minisign's own choice (libsodium's *_SENSITIVE): N=2^20, r=8, p=1 — 1 GiB, ~5 s here.
SENSITIVE = KdfLimits(opslimit=33554432, memlimit=1073741824)
# For tests only: the same algorithm at libsodium's *_INTERACTIVE cost.
INTERACTIVE = KdfLimits(opslimit=524288, memlimit=16777216)
# A secret key file asking for more than this is refused rather than exhausting memory.
MAX_KDF_MEMORY = 2 * 1073741824


class SignatureError(UserError):
    """A signature or key that does not check out. `reason` names the case for callers."""

    kind = "refused"

    def __init__(self, message: str, *, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


#: what a small file read here holds (its name in messages)
PUBLIC_KEY = tr_noop("Msg", "public key")
SECRET_KEY = tr_noop("Msg", "secret key")
SIGNATURE = tr_noop("Msg", "signature")


@dataclass(frozen=True)
class PublicKey:
    key_id: bytes  # 8 bytes, random, chosen at key generation (as minisign does)
    key: bytes  # 32 bytes, the Ed25519 public key

    @property
    def key_id_text(self) -> str:
        """The key id as `minisign` prints it (a little-endian number in hex)."""
        return format(int.from_bytes(self.key_id, "little"), "X")

    @property
    def fingerprint(self) -> str:
        """SHA-256 of the public key in groups of four: what a person compares by phone.
        (The key id alone is chosen freely by whoever makes a key, so it proves nothing.)"""
        digest = hashlib.sha256(self.key).hexdigest().upper()[:32]
        return " ".join(digest[i : i + 4] for i in range(0, len(digest), 4))

    def encoded(self) -> str:
        return base64.b64encode(SIG_ALG + self.key_id + self.key).decode("ascii")

    def file_text(self) -> str:
        return f"{UNTRUSTED}minisign public key {self.key_id_text}\n{self.encoded()}\n"

    @classmethod
    def decode(cls, text: str) -> PublicKey:
        """From the base64 line (`RW…`) or the whole .pub file."""
        lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()]
        line = next((ln for ln in lines if not ln.startswith(UNTRUSTED)), "")
        raw = _b64(line, what=PUBLIC_KEY)
        if len(raw) != 42 or raw[:2] != SIG_ALG:
            raise SignatureError(
                Msg.tr(
                    "This is not a minisign public key (expected one line starting with 'RW' "
                    "after the untrusted comment)."
                ),
                reason="bad_key",
            )
        return cls(key_id=raw[2:10], key=raw[10:42])

    @classmethod
    def load(cls, path: Path) -> PublicKey:
        return cls.decode(_read_small(path, what=PUBLIC_KEY))

    def verifier(self) -> Ed25519PublicKey:
        return Ed25519PublicKey.from_public_bytes(self.key)


@dataclass(frozen=True)
class SecretKey:
    key_id: bytes
    seed: bytes  # 32 bytes; libsodium's 64-byte secret key is seed + public key

    @property
    def public(self) -> PublicKey:
        signer = Ed25519PrivateKey.from_private_bytes(self.seed)
        raw = signer.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        return PublicKey(key_id=self.key_id, key=raw)

    def _libsodium_sk(self) -> bytes:
        return self.seed + self.public.key

    def encrypted_text(self, passphrase: str, *, kdf: KdfLimits = SENSITIVE) -> str:
        salt = secrets.token_bytes(32)
        sk = self._libsodium_sk()
        chk = hashlib.blake2b(SIG_ALG + self.key_id + sk, digest_size=32).digest()
        plain = self.key_id + sk + chk
        stream = _scrypt(passphrase, salt, kdf, len(plain))
        body = (
            SIG_ALG
            + KDF_ALG
            + CHK_ALG
            + salt
            + kdf.opslimit.to_bytes(8, "little")
            + kdf.memlimit.to_bytes(8, "little")
            + bytes(a ^ b for a, b in zip(plain, stream, strict=True))
        )
        encoded = base64.b64encode(body).decode("ascii")
        return f"{UNTRUSTED}minisign encrypted secret key\n{encoded}\n"

    @classmethod
    def decode(cls, text: str, passphrase: str | None) -> SecretKey:
        lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()]
        line = next((ln for ln in lines if not ln.startswith(UNTRUSTED)), "")
        raw = _b64(line, what=SECRET_KEY)
        if len(raw) != 158 or raw[:2] != SIG_ALG or raw[4:6] != CHK_ALG:
            raise SignatureError(
                Msg.tr("This is not a minisign secret key file."), reason="bad_key"
            )
        kdf_alg, salt = raw[2:4], raw[6:38]
        kdf = KdfLimits(
            opslimit=int.from_bytes(raw[38:46], "little"),
            memlimit=int.from_bytes(raw[46:54], "little"),
        )
        sealed = raw[54:158]
        if kdf_alg == KDF_ALG:
            if passphrase is None:
                raise SignatureError(
                    Msg.tr(
                        "The secret key is encrypted: give its passphrase with "
                        "--key-passphrase-file FILE (or env OUTAGE_KIT_KEY_PASSPHRASE_FILE)."
                    ),
                    reason="passphrase_needed",
                )
            stream = _scrypt(passphrase, salt, kdf, len(sealed))
            plain = bytes(a ^ b for a, b in zip(sealed, stream, strict=True))
        elif kdf_alg == NO_KDF:  # `minisign -G -W`: stored without a password
            plain = sealed
        else:
            raise SignatureError(
                Msg.tr(
                    "The secret key uses an unknown key derivation; make it with minisign or "
                    "'outage-kit bundle keygen'."
                ),
                reason="bad_key",
            )
        key_id, sk, chk = plain[:8], plain[8:72], plain[72:104]
        expected = hashlib.blake2b(SIG_ALG + key_id + sk, digest_size=32).digest()
        # minisign leaves the checksum zero in unencrypted keys; encrypted ones must match.
        unencrypted_unchecked = kdf_alg == NO_KDF and chk == bytes(32)
        if not unencrypted_unchecked and not hmac.compare_digest(chk, expected):
            raise SignatureError(
                Msg.tr("Wrong passphrase for this secret key (or the key file is damaged)."),
                reason="wrong_passphrase",
            )
        key = cls(key_id=key_id, seed=sk[:32])
        if key.public.key != sk[32:]:
            raise SignatureError(Msg.tr("The secret key file is damaged."), reason="bad_key")
        return key

    @classmethod
    def load(cls, path: Path, passphrase: str | None) -> SecretKey:
        return cls.decode(_read_small(path, what=SECRET_KEY), passphrase)

    def sign(self, data: bytes, *, trusted_comment: str) -> Signature:
        if "\n" in trusted_comment or "\r" in trusted_comment:
            raise ValueError("a trusted comment is one line")
        signer = Ed25519PrivateKey.from_private_bytes(self.seed)
        sig = signer.sign(hashlib.blake2b(data, digest_size=64).digest())
        global_sig = signer.sign(sig + trusted_comment.encode("utf-8"))
        return Signature(
            algorithm=HASHED_SIG_ALG,
            key_id=self.key_id,
            signature=sig,
            trusted_comment=trusted_comment,
            global_signature=global_sig,
        )


@dataclass(frozen=True)
class Signature:
    algorithm: bytes  # b"ED" (prehashed) or b"Ed" (legacy, whole file)
    key_id: bytes
    signature: bytes
    trusted_comment: str
    global_signature: bytes
    untrusted_comment: str = "signature from outage-kit secret key"

    def file_text(self) -> str:
        line = base64.b64encode(self.algorithm + self.key_id + self.signature).decode("ascii")
        glob = base64.b64encode(self.global_signature).decode("ascii")
        return (
            f"{UNTRUSTED}{self.untrusted_comment}\n{line}\n"
            f"{TRUSTED}{self.trusted_comment}\n{glob}\n"
        )

    @property
    def key_id_text(self) -> str:
        return format(int.from_bytes(self.key_id, "little"), "X")

    @classmethod
    def decode(cls, text: str) -> Signature:
        lines = text.splitlines()
        problem = SignatureError(
            Msg.tr(
                "The signature file is not a minisign signature (four lines: untrusted comment, "
                "signature, trusted comment, global signature). Get the .minisig again from IT."
            ),
            reason="bad_signature",
        )
        if len(lines) < 4 or not lines[0].startswith(UNTRUSTED) or not lines[2].startswith(TRUSTED):
            raise problem
        try:
            raw = base64.b64decode(lines[1].strip(), validate=True)
            glob = base64.b64decode(lines[3].strip(), validate=True)
        except binascii.Error:
            raise problem from None
        if len(raw) != 74 or raw[:2] not in (SIG_ALG, HASHED_SIG_ALG) or len(glob) != 64:
            raise problem
        return cls(
            algorithm=raw[:2],
            key_id=raw[2:10],
            signature=raw[10:74],
            trusted_comment=lines[2][len(TRUSTED) :],
            global_signature=glob,
            untrusted_comment=lines[0][len(UNTRUSTED) :],
        )

    @classmethod
    def load(cls, path: Path) -> Signature:
        return cls.decode(_read_small(path, what=SIGNATURE))

    def check(self, data: bytes, key: PublicKey) -> None:
        """Raise `SignatureError` unless `key` signed exactly `data` and the trusted comment.

        The comment's signature is checked first: when it holds but the file's does not,
        the signature is genuine and the file was changed after signing."""
        if self.key_id != key.key_id:
            raise SignatureError(
                Msg.tr("The bundle was signed with key {signed}, not with key {key}.").format(
                    signed=self.key_id_text, key=key.key_id_text
                ),
                reason="unknown_signer",
            )
        verifier = key.verifier()
        try:
            verifier.verify(self.global_signature, self.signature + self.trusted_comment.encode())
        except InvalidSignature:
            raise SignatureError(
                Msg.tr(
                    "The signature is not valid: it was not made by the trusted key {key}, "
                    "or the signature file was altered. Do not use this bundle; ask IT for a "
                    "freshly signed one."
                ).format(key=key.key_id_text),
                reason="bad_signature",
            ) from None
        message = (
            hashlib.blake2b(data, digest_size=64).digest()
            if self.algorithm == HASHED_SIG_ALG
            else data
        )
        try:
            verifier.verify(self.signature, message)
        except InvalidSignature:
            raise SignatureError(
                not_as_signed(data, self.trusted_comment), reason="tampered"
            ) from None


# the signed size, in the trusted comment of bundles built since the kit wrote it there
_SIGNED_SIZE = r"\bsize (\d+)\b"
# the end of a zip archive's central directory: a file cut short has lost it
_ZIP_END = b"PK\x05\x06"


def not_as_signed(data: bytes, trusted_comment: str) -> str:
    """Why a file's signature no longer matches it, as far as the file tells: shorter than
    what was signed, or an archive cut off before its end (a copy that stopped: copy it
    again), else changed after it was signed."""
    signed = re.search(_SIGNED_SIZE, trusted_comment)
    if signed is not None and len(data) < int(signed.group(1)):
        return Msg.tr(
            "The bundle file looks incomplete: it is {size} bytes, and {signed} were signed (a "
            "copy or a download that stopped early). Copy the bundle again from IT's original."
        ).format(size=len(data), signed=signed.group(1))
    if data.startswith(b"PK") and _ZIP_END not in data[-65_557:]:
        return Msg.tr(
            "The bundle file looks incomplete: the archive is cut off before its end (a copy "
            "or a download that stopped early). Copy the bundle again from IT's original."
        )
    return Msg.tr(
        "The bundle file was changed after it was signed (its signature no longer "
        "matches). Do not use it; copy the bundle again from IT's original."
    )


def generate(key_id: bytes | None = None) -> SecretKey:
    return SecretKey(key_id=key_id or secrets.token_bytes(8), seed=secrets.token_bytes(32))


def write_keypair(
    prefix: Path, key: SecretKey, passphrase: str, *, kdf: KdfLimits = SENSITIVE
) -> tuple[Path, Path]:
    """PREFIX.pub and PREFIX.key (owner-only); refuses to overwrite a key."""
    pub_path = prefix.with_name(prefix.name + ".pub")
    key_path = prefix.with_name(prefix.name + ".key")
    for path in (pub_path, key_path):
        if path.exists():
            raise UserError(
                Msg.tr("{path} already exists; choose another prefix. Nothing was written.").format(
                    path=path
                )
            )
    write_private(key_path, key.encrypted_text(passphrase, kdf=kdf).encode("ascii"))
    pub_path.write_text(key.public.file_text(), encoding="ascii")
    return pub_path, key_path


def _scrypt(passphrase: str, salt: bytes, kdf: KdfLimits, length: int) -> bytes:
    n_log2, r, p = _pick_params(kdf)
    memory = 128 * r * ((1 << n_log2) + p + 2)
    if memory > MAX_KDF_MEMORY:
        raise SignatureError(
            Msg.tr(
                "The secret key asks for {asked} MiB to decrypt; refusing more than {limit} MiB."
            ).format(asked=memory >> 20, limit=MAX_KDF_MEMORY >> 20),
            reason="bad_key",
        )
    return hashlib.scrypt(
        passphrase.encode("utf-8"),
        salt=salt,
        n=1 << n_log2,
        r=r,
        p=p,
        maxmem=min(memory + (32 << 20), 2**31 - 1),
        dklen=length,
    )


def _pick_params(kdf: KdfLimits) -> tuple[int, int, int]:
    """libsodium's `pickparams` (crypto_pwhash_scryptsalsa208sha256): opslimit/memlimit →
    scrypt's (log2 N, r, p). Must match bit for bit or minisign's keys do not open."""
    opslimit = max(kdf.opslimit, 32768)
    r = 8
    memory_bound = opslimit >= kdf.memlimit // 32
    max_n = kdf.memlimit // (r * 128) if memory_bound else opslimit // (r * 4)
    n_log2 = 1
    while n_log2 < 63 and (1 << n_log2) <= max_n // 2:
        n_log2 += 1
    p = 1
    if memory_bound:
        p = min((opslimit // 4) // (1 << n_log2), 0x3FFFFFFF) // r
    return n_log2, r, max(p, 1)


def _b64(line: str, *, what: str) -> bytes:
    try:
        return base64.b64decode(line, validate=True)
    except binascii.Error:
        raise SignatureError(
            Msg.tr("The {what} is not valid base64.").format(what=Msg.tr(what)), reason="bad_key"
        ) from None


def _read_small(path: Path, *, what: str) -> str:
    reason = "bad_signature" if what == SIGNATURE else "bad_key"
    try:
        if path.is_dir():
            raise SignatureError(
                Msg.tr("{path} is a folder, not a {what} file.").format(
                    path=path, what=Msg.tr(what)
                ),
                reason=reason,
            )
        if path.stat().st_size > MAX_SIGNATURE_FILE:
            raise SignatureError(
                Msg.tr("{path} is too large to be a {what}.").format(path=path, what=Msg.tr(what)),
                reason=reason,
            )
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise NotFound(
            Msg.tr("There is no {what} file {path}.").format(what=Msg.tr(what), path=path)
        ) from None
    except UnicodeDecodeError:
        raise SignatureError(
            Msg.tr(
                "{path} is not a {what} file: it holds bytes that are not text (damaged, or "
                "another kind of file). Get it again from IT."
            ).format(what=Msg.tr(what), path=path),
            reason=reason,
        ) from None
    except OSError as err:
        raise UserError(
            Msg.tr("Cannot read the {what} file {path}: {err}.").format(
                what=Msg.tr(what), path=path, err=err.strerror or err
            )
        ) from None


def read_passphrase(path: Path) -> str:
    """A key passphrase from a file: the first line, without its line end."""
    try:
        text = read_secret_text(path)
    except OSError as err:
        raise UserError(
            Msg.tr("Cannot read the key passphrase file {path}: {err}.").format(path=path, err=err)
        ) from None
    passphrase = text.splitlines()[0] if text else ""
    if not passphrase:
        raise UserError(Msg.tr("The key passphrase file {path} is empty.").format(path=path))
    return passphrase


__all__ = [
    "INTERACTIVE",
    "SENSITIVE",
    "KdfLimits",
    "PublicKey",
    "SecretKey",
    "Signature",
    "SignatureError",
    "generate",
    "read_passphrase",
    "write_keypair",
]
