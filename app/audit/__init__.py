"""The append-only, hash-chained audit log inside the encrypted store."""

from app.audit.log import AuditEntry, AuditLog, ChainBreak

__all__ = ["AuditEntry", "AuditLog", "ChainBreak"]
