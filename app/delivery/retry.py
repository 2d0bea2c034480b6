"""When to look again: queued messages go out by themselves once a path comes back. The
probe repeats with growing pauses while every path is down, and quickly once one works."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Backoff:
    """The growing pause between tries while no delivery path works."""

    first: float = 30.0  # seconds
    factor: float = 2.0
    longest: float = 600.0
    failures: int = 0

    def next_delay(self) -> float:
        return min(self.first * self.factor ** max(self.failures, 0), self.longest)

    def failed(self) -> float:
        """No path worked: the pause before the next try."""
        delay = self.next_delay()
        self.failures += 1
        return delay

    def succeeded(self) -> float:
        self.failures = 0
        return self.first
