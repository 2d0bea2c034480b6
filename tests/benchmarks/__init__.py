"""`make bench`: measured figures, each as a ratio against this machine's limit in the same
run. Every module `bench_*.py` here has `run() -> list[Figure]`. Never part of pass/fail."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.kit import Kit
from app.paths import KitPaths
from app.store.keys import NoKeyring
from app.store.store import Store


def new_kit(folder: Path) -> Kit:
    """A fresh encrypted store under `folder`, unlocked (no keyring)."""
    store = Store.create(
        KitPaths(folder / "kit"),
        operator="bench",
        passphrase="Correct-Horse-42-battery",
        keeper=NoKeyring(),
    )
    return Kit.open(store)


@dataclass(frozen=True)
class Figure:
    name: str
    value: float
    unit: str
    baseline: float | None = None  # the same work at the machine's limit, same run
    goal: str = ""

    def line(self) -> str:
        text = f"{self.name:58} {self.value:10.3f} {self.unit}"
        if self.baseline:
            ratio = self.value / self.baseline
            text += f"   baseline {self.baseline:.3f} {self.unit}  ratio {ratio:.2f}"
        if self.goal:
            text += f"   goal {self.goal}"
        return text
