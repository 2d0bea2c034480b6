"""How many outbox messages are in a state, in words: "5 sent" / "5 wysłanych" (issue 15).

Each state has its own numerus string so that Polish can agree the form with the count
(1 wysłana, 2 wysłane, 5 wysłanych); "{n} {state}" could not."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from app.i18n import Words
from app.localfmt import count_text

_FORMS: dict[str, Callable[[int], str]] = {
    "queued": lambda n: Words.tr("%n queued", "", n),
    "sending": lambda n: Words.tr("%n sending", "", n),
    "sent": lambda n: Words.tr("%n sent", "", n),
    "failed": lambda n: Words.tr("%n failed", "", n),
    "uncertain": lambda n: Words.tr("%n uncertain", "", n),
    "handed-off": lambda n: Words.tr("%n handed-off", "", n),
    "held": lambda n: Words.tr("%n held", "", n),
    "delivered": lambda n: Words.tr("%n delivered", "", n),
    # not an outbox state: held copies a later notice made obsolete (app/incidents/told.py)
    "superseded": lambda n: Words.tr("%n superseded", "", n),
}


def state_count(state: str, count: int) -> str:
    """ "3 queued" in the kit's language; a state the kit does not know: "3 <state>"."""
    form = _FORMS.get(state)
    return form(count) if form is not None else f"{count_text(count)} {Words.tr(state)}"


def counts_text(counts: Mapping[str, int], separator: str = ", ") -> str:
    """The non-zero states, e.g. "3 queued, 5 sent" ("" when there are none)."""
    return separator.join(state_count(s, n) for s, n in counts.items() if n)


# the states that ask something of the officer: a copy refused, one that may or may not
# have left (settle it), one held because its promise passed (re-issue the notice)
ASKING = ("failed", "uncertain", "held")


def worse(before: Mapping[str, int], after: Mapping[str, int]) -> bool:
    """The outbox went from `before` to `after` by bad news: more messages ask something of
    the officer (another process's send failed them, say), not just fewer or other ones."""
    return any(after.get(state, 0) > before.get(state, 0) for state in ASKING)
