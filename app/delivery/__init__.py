"""Delivery over whatever path works: the durable outbox and its transports."""
