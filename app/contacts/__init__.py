"""The partner directory: contacts, groups, services, routing, templates, runbooks."""
