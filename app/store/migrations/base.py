from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Migration:
    """One schema step: `sql` (a script) and/or `run` (for data moves)."""

    version: int
    name: str
    sql: str = ""
    run: Callable[[Any], None] | None = None

    def apply(self, conn: Any) -> None:
        for statement in _statements(self.sql):
            conn.execute(statement)
        if self.run is not None:
            self.run(conn)


def _statements(script: str) -> list[str]:
    # executescript() would COMMIT the surrounding transaction; run statement by statement.
    return [part.strip() for part in script.split(";\n") if part.strip()]
