"""Helpers for the tests: real parts on this machine, never mocks of them."""
