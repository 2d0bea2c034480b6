"""Rules for a recovery passphrase, and the back-off after wrong guesses."""

from __future__ import annotations

import time
from collections.abc import Callable

from app.i18n import Msg

MIN_LENGTH = 12
_COMMON = {
    "password1234",
    "passwordpassword",
    "qwertyuiopas",
    "123456789012",
    "administrator",
    "letmeinletmein",
    "outagekit123",
    "iloveyou1234",
    "zaq12wsxcde3",
}


def passphrase_problems(passphrase: str, *, operator: str = "") -> list[str]:
    """Why a passphrase is too weak (empty list: acceptable)."""
    problems: list[str] = []
    text = passphrase.strip()
    if len(text) < MIN_LENGTH:
        problems.append(Msg.tr("It is shorter than %n characters.", "", MIN_LENGTH))
    classes = sum(
        (
            any(c.islower() for c in text),
            any(c.isupper() for c in text),
            any(c.isdigit() for c in text),
            any(not c.isalnum() for c in text),
        )
    )
    words = len(text.split())
    if len(text) >= MIN_LENGTH and classes < 3 and words < 4 and len(text) < 20:
        problems.append(
            Msg.tr(
                "Mix at least three of: lower case, upper case, digits, symbols — "
                "or use four or more words, or 20+ characters."
            )
        )
    if len(set(text.lower())) < 6:
        problems.append(Msg.tr("It repeats too few different characters."))
    if text.lower() in _COMMON:
        problems.append(Msg.tr("It is a commonly used password."))
    if operator and len(operator) >= 3 and operator.lower() in text.lower():
        problems.append(Msg.tr("It contains the operator's name."))
    return problems


class UnlockThrottle:
    """After three wrong passphrases, wait 2, 4, 8 … (at most 60) seconds before the next try."""

    FREE_TRIES = 3

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._failures = 0
        self._locked_until = 0.0

    def wait_seconds(self) -> float:
        return max(0.0, self._locked_until - self._clock())

    def failed(self) -> None:
        self._failures += 1
        if self._failures >= self.FREE_TRIES:
            delay = min(60.0, 2.0 ** (self._failures - self.FREE_TRIES + 1))
            self._locked_until = self._clock() + delay

    def succeeded(self) -> None:
        self._failures = 0
        self._locked_until = 0.0
