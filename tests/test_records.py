"""The kit's records compare and hash exactly as frozen dataclasses do (app/records.py)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

import pytest

from app.incidents.model import Recipient
from app.paths import KitPaths
from app.records import EqualByFields


@dataclass(frozen=True)
class Plain:
    """A frozen dataclass's own methods: what the records must match."""

    name: str
    count: int
    note: str = field(default="", compare=False)


@dataclass(frozen=True, eq=False)
class Record(EqualByFields):
    """The same fields on EqualByFields."""

    name: str
    count: int
    note: str = field(default="", compare=False)


@dataclass(frozen=True, eq=False)
class Other(EqualByFields):
    """Same field names, another class."""

    name: str
    count: int
    note: str = field(default="", compare=False)


@dataclass(frozen=True, eq=False)
class One(EqualByFields):
    """One field."""

    value: tuple[int, int]


PAIRS = [
    (("a", 1, ""), ("a", 1, "")),
    (("a", 1, "x"), ("a", 1, "y")),  # not compared: equal
    (("a", 1, ""), ("a", 2, "")),
    (("a", 1, ""), ("b", 1, "")),
]


@pytest.mark.parametrize(("left", "right"), PAIRS)
def test_equal_and_hashed_as_a_frozen_dataclass(
    left: tuple[str, int, str], right: tuple[str, int, str]
) -> None:
    expected = Plain(*left) == Plain(*right)
    assert (Record(*left) == Record(*right)) is expected
    assert (Record(*left) != Record(*right)) is not expected
    assert hash(Record(*left)) == hash(Plain(*left))
    assert len({Record(*left), Record(*right)}) == (1 if expected else 2)


def test_another_class_is_never_equal_and_records_stay_frozen() -> None:
    assert Record("a", 1) != Other("a", 1)
    assert Record("a", 1) != ("a", 1)
    assert One((1, 2)) == One((1, 2)) and One((1, 2)) != One((2, 1))
    assert hash(One((1, 2))) == hash(((1, 2),))
    with pytest.raises(AttributeError):
        Record("a", 1).count = 2  # type: ignore[misc]


def test_the_kits_records_compare_by_their_fields(tmp_path: Path) -> None:
    assert KitPaths(tmp_path) == KitPaths(tmp_path)
    assert KitPaths(tmp_path) != KitPaths(tmp_path / "other")
    first = Recipient(
        key="ops@example.com",
        organisation="Example",
        name="Ops",
        email="ops@example.com",
        phone="",
        language="en",
    )
    assert replace(first) == first and hash(replace(first)) == hash(first)
    assert {first, replace(first), replace(first, name="Night")} == {
        first,
        replace(first, name="Night"),
    }
