"""The Reports section, and the incident page's "Report…" dialog."""
