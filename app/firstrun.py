"""The first-run steps, without Qt: what the form needs before a store is created."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.i18n import Msg
from app.paths import too_deep_for_windows
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
            found.append(Msg.tr("Enter the operator's name (it goes into the audit log)."))
        found += passphrase_problems(self.passphrase, operator=self.operator.strip())
        if self.passphrase and self.repeat != self.passphrase:
            found.append(Msg.tr("The two passphrases differ."))
        if self.home is None:
            found.append(Msg.tr("Choose where the data lives."))
        elif (self.home / "store.db").exists():
            found.append(
                Msg.tr("{home} already holds a store: choose an empty folder.").format(
                    home=self.home
                )
            )
        elif self.home.exists() and not self.home.is_dir():
            found.append(Msg.tr("{home} is a file, not a folder.").format(home=self.home))
        elif deep := too_deep_for_windows(self.home):
            found.append(deep)
        return found
