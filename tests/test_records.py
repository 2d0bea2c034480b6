"""The kit's records compare and hash exactly as frozen dataclasses do, and a lazy record, made
on first use, is the dataclass it declares (app/records.py)."""

from __future__ import annotations

import inspect
import threading
from dataclasses import FrozenInstanceError, asdict, dataclass, field, fields, is_dataclass, replace
from pathlib import Path
from typing import Any

import pytest

from app.incidents.model import Recipient
from app.paths import KitPaths
from app.records import EqualByFields, lazy_record


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


@dataclass(frozen=True, repr=False, eq=False)
class Eager(EqualByFields):
    """What a lazy record must be once made: the same dataclass, made at once."""

    name: str
    count: int = 0
    tags: list[str] = field(default_factory=list)
    note: str = field(default="", compare=False)


@lazy_record
class Lazy(EqualByFields):
    """The same fields, made when first used."""

    name: str
    count: int = 0
    tags: list[str] = field(default_factory=list)
    note: str = field(default="", compare=False)


class PlainChild(Lazy):
    """A plain subclass of a lazy record: its base's dataclass."""


def _made(cls: type) -> bool:
    return "__dataclass_fields__" in cls.__dict__


def _lazy_class() -> type[Any]:
    """A fresh lazy record (the module's own are made by whichever test runs first)."""

    @lazy_record
    class Fresh(EqualByFields):
        name: str
        count: int = 0
        tags: list[str] = field(default_factory=list)
        note: str = field(default="", compare=False)
        more: int = 1

    return Fresh


def test_a_lazy_record_is_made_by_its_first_instance_as_the_dataclass_it_declares() -> None:
    fresh = _lazy_class()
    assert not _made(fresh)
    made = fresh("a", 2, ["x"], more=3)
    assert _made(fresh)
    assert (made.name, made.count, made.tags, made.note, made.more) == ("a", 2, ["x"], "", 3)
    assert [f.name for f in fields(fresh)] == ["name", "count", "tags", "note", "more"]
    assert [f.name for f in fields(Lazy)] == [f.name for f in fields(Eager)]
    assert str(inspect.signature(Lazy)) == str(inspect.signature(Eager))
    assert Lazy("a").tags is not Lazy("a").tags  # a default factory, as declared
    with pytest.raises(FrozenInstanceError):
        Lazy("a").count = 2  # type: ignore[misc]
    with pytest.raises(FrozenInstanceError):
        del Lazy("a").name  # type: ignore[misc]
    with pytest.raises(TypeError):
        Lazy()  # type: ignore[call-arg]


def test_a_lazy_record_compares_copies_and_converts_as_its_eager_twin() -> None:
    assert Lazy("a", 1, note="x") == Lazy("a", 1, note="y")
    assert Lazy("a", 1) != Lazy("a", 2) and Lazy("a", 1) != Eager("a", 1)
    assert replace(Lazy("a", 1), count=5) == Lazy("a", 5)
    assert asdict(Lazy("a", 1, ["t"])) == asdict(Eager("a", 1, ["t"]))
    assert is_dataclass(Lazy) and PlainChild("a", 1) != Lazy("a", 1)


def test_the_fields_of_a_lazy_record_are_read_before_any_instance() -> None:
    fresh = _lazy_class()
    assert [f.name for f in fields(fresh)][-1] == "more"  # made by the asking
    assert _made(fresh) and fresh("b").more == 1
    fresh = _lazy_class()

    class Child(fresh):  # type: ignore[valid-type,misc]
        pass

    assert [f.name for f in fields(Child)][-1] == "more" and _made(fresh)


def test_a_lazy_record_first_used_on_many_threads_at_once_is_made_once() -> None:
    fresh = _lazy_class()
    start = threading.Barrier(8)
    made: list[object] = []

    def build() -> None:
        start.wait()
        made.append(fresh("t", 1))

    threads = [threading.Thread(target=build) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert made == [fresh("t", 1)] * 8
    assert [f.name for f in fields(fresh)] == ["name", "count", "tags", "note", "more"]


def test_only_an_equal_by_fields_class_without_dataclass_bases_is_a_lazy_record() -> None:
    with pytest.raises(TypeError):
        lazy_record(Plain)
    with pytest.raises(TypeError):
        lazy_record(type("OnEager", (Eager,), {}))
    with pytest.raises(TypeError):
        lazy_record(type("OnLazy", (_lazy_class(),), {}))


def test_a_record_built_on_another_thread_while_its_class_is_made_waits_for_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The walk's race (1 build in ~200 failed 'R() takes no arguments' with 8 threads): a
    thread building the record while another makes its class found no `__init__` at all."""
    fresh = _lazy_class()
    built: list[object] = []
    failed: list[BaseException] = []

    def build() -> None:
        try:
            built.append(fresh("t", 1))
        except BaseException as error:  # the failure is what is asserted
            failed.append(error)

    real = dataclass
    other = threading.Thread(target=build)

    def made_with_a_build_in_between(**options: Any) -> Any:
        def make(cls: type) -> type:
            other.start()  # the class's __init__ is gone now, the dataclass's not there yet
            other.join(0.5)  # it fails at once, or waits for the class
            return real(**options)(cls)

        return make

    monkeypatch.setattr("app.records.dataclass", made_with_a_build_in_between)
    assert fresh("main", 2) == fresh("main", 2)
    other.join()
    assert failed == []
    assert built == [fresh("t", 1)]
