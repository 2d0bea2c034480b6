"""Signed contact bundles: keys, archives, trust, diff and apply (issue 6)."""
