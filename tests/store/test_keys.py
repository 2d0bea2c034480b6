from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.errors import UserError, WrongPassphrase
from app.store.keys import KeyFile, NoKeyring, OsKeyring, new_raw_key
from app.store.passphrase import UnlockThrottle, passphrase_problems
from tests.support.private import assert_owner_only

REPO = Path(__file__).resolve().parents[2]


def test_key_file_unwraps_only_with_the_right_passphrase(tmp_path: Path) -> None:
    raw = new_raw_key()
    path = tmp_path / "store.key"
    KeyFile.wrap(raw, "Correct-Horse-42-battery").save(path)
    loaded = KeyFile.load(path)
    assert loaded.unwrap("Correct-Horse-42-battery") == raw
    with pytest.raises(WrongPassphrase, match="does not open this store"):
        loaded.unwrap("correct-horse-42-battery")


def test_key_file_is_private_and_holds_no_raw_key(tmp_path: Path) -> None:
    raw = new_raw_key()
    path = tmp_path / "store.key"
    KeyFile.wrap(raw, "Correct-Horse-42-battery").save(path)
    assert_owner_only(path)
    text = path.read_text()
    assert raw.hex() not in text and raw not in path.read_bytes()


def test_damaged_or_missing_key_file_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(UserError, match=r"missing\. Restore it"):
        KeyFile.load(tmp_path / "none.key")
    bad = tmp_path / "bad.key"
    bad.write_text(json.dumps({"format": "outage-kit-key/1", "kdf": {"name": "scrypt"}}))
    with pytest.raises(UserError, match="damaged"):
        KeyFile.load(bad)


@pytest.mark.parametrize(
    ("candidate", "reason"),
    [
        ("short1A!", "shorter than 12"),
        ("alllowercaseletters", "Mix at least three"),
        ("aaaaaaaaaaaaaaaaaaaaaaa", "too few different"),
        ("Password1234", "commonly used"),
        ("Nightduty-2026!x", "operator's name"),
    ],
)
def test_weak_passphrases_are_refused_with_a_reason(candidate: str, reason: str) -> None:
    problems = passphrase_problems(candidate, operator="Nightduty")
    assert any(reason in p for p in problems), problems


def test_good_passphrases_pass() -> None:
    assert passphrase_problems("Correct-Horse-42-battery") == []
    assert passphrase_problems("four words make a passphrase") == []


def test_back_off_after_three_wrong_tries() -> None:
    clock = [100.0]
    throttle = UnlockThrottle(clock=lambda: clock[0])
    for _ in range(2):
        throttle.failed()
        assert throttle.wait_seconds() == 0
    throttle.failed()
    assert throttle.wait_seconds() == pytest.approx(2.0)
    clock[0] += 2.0
    throttle.failed()
    assert throttle.wait_seconds() == pytest.approx(4.0)
    throttle.succeeded()
    assert throttle.wait_seconds() == 0


def test_no_backend_and_plaintext_backends_count_as_no_keyring() -> None:
    from keyring.backend import KeyringBackend
    from keyring.backends import fail

    # conftest sets PYTHON_KEYRING_BACKEND to keyring's "no backend" placeholder.
    assert isinstance(OsKeyring.detect(), NoKeyring)
    assert isinstance(OsKeyring.accept(fail.Keyring()), NoKeyring)
    assert isinstance(OsKeyring.accept(None), NoKeyring)
    # A backend that stores secrets in a plain file (as keyrings.alt's do) must be refused.
    plaintext = type(
        "PlaintextKeyring",
        (KeyringBackend,),
        {
            "__module__": "keyrings.alt.file",
            "priority": 1,
            "get_password": lambda self, service, user: None,
            "set_password": lambda self, service, user, password: None,
        },
    )()
    assert isinstance(OsKeyring.accept(plaintext), NoKeyring)


def test_keyring_works_and_its_unused_imports_still_load_when_used(tmp_path: Path) -> None:
    """keyring's helpers import urllib.request and importlib_metadata for code the kit never
    runs; the kit defers them (start-up time), and whoever does use them gets the real ones."""
    script = """
import sys
from app.store.keys import OsKeyring
keeper = OsKeyring.detect()
assert keeper.put("store-1", bytes(range(32)))
assert keeper.get("store-1") == bytes(range(32))
print("http.client" in sys.modules)
import urllib.request
from urllib.request import pathname2url
print(urllib.request.pathname2url("/a b") == pathname2url("/a b") == "/a%20b")
import importlib_metadata
print(importlib_metadata.version("keyring").count(".") >= 1)
import importlib_metadata._compat
print(importlib_metadata._compat.__name__ == "importlib_metadata._compat")
"""
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "PYTHON_KEYRING_BACKEND": "tests.support.keyrings.FileTestKeyring",
        "OUTAGE_KIT_TEST_KEYRING": str(tmp_path / "keyring.json"),
    }
    out = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, cwd=REPO
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["False", "True", "True", "True"]
