"""The one Jinja2 environment notices are rendered in: sandboxed, immutable, strict.

A template comes from a bundle or a local edit, so it is treated as untrusted code: the
sandbox stops attribute tricks, `StrictUndefined` makes a missing field an error instead of
an empty gap in a partner notice. Plain text, so no HTML escaping.
"""

from __future__ import annotations

from jinja2 import StrictUndefined
from jinja2.sandbox import ImmutableSandboxedEnvironment

#: variables the kit provides itself; every other variable is a field of the notice
KIT_VARIABLES = frozenset({"incident"})


def sentence(value: object) -> str:
    """A field as a sentence: trimmed, with a full stop unless it already ends one
    (officers type "SMS MT traffic is not delivered" as often as "… delivered.")."""
    text = str(value).strip()
    return text if not text or text[-1] in ".!?…" else text + "."


def environment() -> ImmutableSandboxedEnvironment:
    env = ImmutableSandboxedEnvironment(
        undefined=StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["sentence"] = sentence
    return env


ENV = environment()
