"""The Outbox section: messages, delivery paths, status-bar lights, automatic retry."""
