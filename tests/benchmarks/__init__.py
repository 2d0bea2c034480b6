"""`make bench`: measured figures, each as a ratio against this machine's limit in the same
run. Every module `bench_*.py` here has `run() -> list[Figure]`. Never part of pass/fail."""

from __future__ import annotations

from dataclasses import dataclass


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
