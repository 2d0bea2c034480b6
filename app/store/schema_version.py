"""The schema version this Outage Kit writes: the number of its newest migration.

A constant, so that opening a store (the window's start, every command) learns the version
without importing every migration module (~2.5 ms at each start, issue 18 item 7); the
migrations load only when a store is older. tests/store/test_schema_version.py checks that it
is the newest migration's number."""

from __future__ import annotations

LATEST_VERSION = 28
