"""Equality and hash by fields for the records every start of the kit defines.

`@dataclass(frozen=True)` writes `__eq__` and `__hash__` for each class as source text and
compiles them at every import: two of the five methods it compiles for a frozen record, the
largest two for a record of many fields (measured with callgrind: ~0.3–0.6 M instructions
each; the window's start defines some 30 such records). A record declared
`@dataclass(frozen=True, eq=False)` on `EqualByFields` means the same as before: equal to
another of exactly its class whose compared fields are all equal, hashed by those fields."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields
from operator import attrgetter
from typing import ClassVar


class EqualByFields:
    """`==` and `hash` as a frozen dataclass's own (fields with `compare=False` left out)."""

    __slots__ = ()
    _values_of: ClassVar[dict[type, Callable[[object], tuple[object, ...]]]] = {}

    def _values(self) -> tuple[object, ...]:
        values = EqualByFields._values_of.get(type(self))
        if values is None:
            values = EqualByFields._values_of[type(self)] = _getter(type(self))
        return values(self)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, EqualByFields):
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())


def _getter(cls: type) -> Callable[[object], tuple[object, ...]]:
    names = [f.name for f in fields(cls) if f.compare]
    if len(names) == 1:  # attrgetter of one name gives the value, not a tuple
        one = attrgetter(names[0])
        return lambda record: (one(record),)
    if not names:
        return lambda record: ()
    many: Callable[[object], tuple[object, ...]] = attrgetter(*names)
    return many
