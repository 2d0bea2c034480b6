"""The append-only, hash-chained audit log inside the encrypted store."""

from app.audit.log import (
    AuditEntry,
    AuditLog,
    ChainBreak,
    ChainHead,
    anchor_line,
    chain_head,
    chain_problems,
    head_of,
    machine_anchor_line,
)

__all__ = [
    "AuditEntry",
    "AuditLog",
    "ChainBreak",
    "ChainHead",
    "anchor_line",
    "chain_head",
    "chain_problems",
    "head_of",
    "machine_anchor_line",
]
