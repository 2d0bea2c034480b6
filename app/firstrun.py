"""The first-run steps, without Qt: what the form needs before a store is created."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.store.passphrase import passphrase_problems


@dataclass
class FirstRunForm:
    operator: str = ""
    passphrase: str = ""
    repeat: str = ""
    home: Path | None = None

    def problems(self) -> list[str]:
        found: list[str] = []
        if not self.operator.strip():
            found.append("Enter the operator's name (it goes into the audit log).")
        found += passphrase_problems(self.passphrase, operator=self.operator.strip())
        if self.passphrase and self.repeat != self.passphrase:
            found.append("The two passphrases differ.")
        if self.home is None:
            found.append("Choose where the data lives.")
        elif (self.home / "store.db").exists():
            found.append(f"{self.home} already holds a store: choose an empty folder.")
        elif self.home.exists() and not self.home.is_dir():
            found.append(f"{self.home} is a file, not a folder.")
        return found
