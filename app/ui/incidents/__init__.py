"""The Incidents section: open incidents with live timers, the new-incident wizard, the
incident page with its timeline and actions."""
