"""Reading the kit's workbooks back in tests."""

from __future__ import annotations

import re

# the zone a column of times names after its title: "First out (CET, UTC+01:00 / CEST, …)"
_ZONE_NOTE = re.compile(r" \((?:[A-Z]{2,6}, )?UTC[^()]*\)$")


def plain_header(value: object) -> object:
    """A header cell's title without the zone note of a column of times."""
    return _ZONE_NOTE.sub("", value) if isinstance(value, str) else value
