"""Equality and hash by fields for the records every start of the kit defines, and those
records made dataclasses when first used.

`@dataclass(frozen=True)` writes `__eq__` and `__hash__` for each class as source text and
compiles them at every import: two of the five methods it compiles for a frozen record, the
largest two for a record of many fields (measured with callgrind: ~0.3–0.6 M instructions
each; the window's start defines some 30 such records). A record declared
`@dataclass(frozen=True, eq=False)` on `EqualByFields` means the same as before: equal to
another of exactly its class whose compared fields are all equal, hashed by those fields.

`@lazy_record` goes further: the dataclass's `__init__`, `__setattr__` and `__delattr__` (compiled
from source, ~2-5 M instructions a class) are made when the class is first used (its first
instance, or `dataclasses.fields` of the class), not when it is defined. The window's start
defines some 30 records and, on a store with nothing pending, builds 3 of them: compiling the
others cost ~70 M instructions of the ~1,150 M to 'settled' (issue 18, point 7). Once made, the
class is exactly what `@dataclass(frozen=True, repr=False, eq=False)` makes of it."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import Field, dataclass, field, fields
from operator import attrgetter
from typing import Any, ClassVar, TypeVar, dataclass_transform

T = TypeVar("T", bound=type)
#: what a record's class is made into on first use
_AS_DATACLASS: dict[str, Any] = {"frozen": True, "repr": False, "eq": False}
#: the class-level names of a dataclass: asking for one makes the record
_DATACLASS_NAMES = frozenset({"__dataclass_fields__", "__dataclass_params__", "__match_args__"})
_WAITS = "_record_waits"  # set on a lazy record's class until it is made
_making = threading.RLock()  # a record first used on two threads at once is made once


class _MadeOnFirstUse(type):
    """The records' metaclass: a class-level dataclass name asked before the first instance
    (`dataclasses.fields(Cls)`, a subclass being made) makes the record first."""

    def __getattr__(cls, name: str) -> Any:
        if name in _DATACLASS_NAMES:
            waiting = next((c for c in cls.__mro__ if c.__dict__.get(_WAITS)), None)
            if waiting is not None:  # the record itself, or a plain subclass's
                _make(waiting)
                return getattr(cls, name)
        raise AttributeError(f"type object {cls.__name__!r} has no attribute {name!r}")


class EqualByFields(metaclass=_MadeOnFirstUse):
    """`==` and `hash` as a frozen dataclass's own (fields with `compare=False` left out)."""

    __slots__ = ()
    _values_of: ClassVar[dict[type, Callable[[object], tuple[object, ...]]]] = {}

    def __init__(self, *args: object, **kwargs: object) -> None:
        """Reached only by a lazy record being made on another thread (its `__init__` is
        gone while the dataclass writes its own): wait for it, then run the one it wrote."""
        with _making:
            init = type(self).__init__
        if init is EqualByFields.__init__:  # not a record: as object's own
            super().__init__(*args, **kwargs)
        else:
            init(self, *args, **kwargs)

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


@dataclass_transform(frozen_default=True, eq_default=False, field_specifiers=(field, Field))
def lazy_record(cls: T) -> T:
    """`@dataclass(frozen=True, repr=False, eq=False)` on an `EqualByFields` class, made on the
    class's first use instead of now (see the module's docstring)."""
    if not issubclass(cls, EqualByFields):
        raise TypeError(f"{cls.__name__}: a lazy record is an EqualByFields")
    if any("__dataclass_fields__" in c.__dict__ or _WAITS in c.__dict__ for c in cls.__mro__):
        # a dataclass base would answer for the record's own fields until it is made
        raise TypeError(f"{cls.__name__}: a lazy record has no dataclass or record base")

    def first_init(self: EqualByFields, *args: object, **kwargs: object) -> None:
        _make(cls)
        cls.__init__(self, *args, **kwargs)

    type.__setattr__(cls, "__init__", first_init)  # until the first instance
    type.__setattr__(cls, _WAITS, True)
    return cls


def _make(cls: type) -> None:
    with _making:
        if not cls.__dict__.get(_WAITS):
            return  # made meanwhile (another thread)
        type.__delattr__(cls, "__init__")  # the dataclass writes its own
        dataclass(**_AS_DATACLASS)(cls)
        type.__setattr__(cls, _WAITS, False)
