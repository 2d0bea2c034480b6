"""What a recipient reads for a moment: the time in their own zone (issue 15), looked up
from the contact the message went to."""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from email.utils import getaddresses

import sqlcipher3

from app.notices.localtime import local_text, zone


def read_by(conn: sqlcipher3.Connection, message: EmailMessage, moment: datetime) -> str:
    """`moment` as the message's recipient reads it (their contact's time zone)."""
    [(_, address)] = getaddresses([str(message["To"])])
    row = conn.execute(
        "SELECT timezone FROM contacts WHERE lower(email) = lower(?)", (address,)
    ).fetchone()
    assert row is not None, f"no contact has the address {address!r}"
    return local_text(moment, zone(row[0] or "UTC"))
