"""The fields of a disaster's first notice as `incident notify --fields FILE` reads them, for
the shipped templates: every blank filled, the next update promised an hour ahead."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tests.support.wall_clock import gone


def initial_fields(folder: Path) -> Path:
    path = folder / "initial.json"
    promise = (datetime.now(UTC) + timedelta(hours=1)).isoformat(timespec="minutes")
    values = {
        "impact": "No MT",
        "started": gone("02:00 UTC"),
        "actions": "Restarting",
        "next_update": promise,
    }
    path.write_text(json.dumps(values), encoding="utf-8")
    return path
