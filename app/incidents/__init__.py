"""Incidents: from "something is down" to correct partner notices, with the procedure's
rules enforced (notify-by deadline, promised updates, same audience, closing notices)."""
