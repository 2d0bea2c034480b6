from __future__ import annotations

import logging
from pathlib import Path

from app.logsetup import redact, setup_logging


def test_log_file_masks_addresses_numbers_and_keys(tmp_path: Path) -> None:
    log_file = tmp_path / "logs" / "outage-kit.log"
    setup_logging(log_file)
    logging.getLogger("outage_kit.test").warning(
        "refused ops@partner.example.com +46 70 000 00 00 key %s", "ab" * 32
    )
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = log_file.read_text()
    assert "refused" in text
    assert "partner.example.com" not in text and "000 00 00" not in text
    assert "ab" * 32 not in text
    assert (log_file.stat().st_mode & 0o077) == 0


def test_redact_keeps_ordinary_text() -> None:
    assert (
        redact("incident OK-2026-0042 queued 3 notices") == "incident OK-2026-0042 queued 3 notices"
    )
