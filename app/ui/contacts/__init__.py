"""The Contacts section (browse and search the partner directory) and the demo-data choice."""
