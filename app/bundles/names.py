"""File names of a signed bundle, kept apart so the window can recognise bundles without
loading the signature code."""

SIGNATURE_SUFFIX = ".minisig"
