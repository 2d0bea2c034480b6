"""The one Jinja2 environment notices are rendered in: sandboxed, immutable, strict, bounded.

A template comes from a bundle or a local edit, so it is treated as untrusted code: the
sandbox stops attribute tricks, `StrictUndefined` makes a missing field an error instead of
an empty gap in a partner notice. Plain text, so no HTML escaping.

Untrusted code must not stall the kit at 3 a.m. either: `bounded_render` stops a render that
runs longer than `MAX_SECONDS` or writes more than `MAX_OUTPUT` characters, and the
environment refuses single operations that would build a huge value in one step
(`'a' * 100000000`, `'x'|center(10**9)`, `2 ** 10**9`) before Python allocates it.
"""

from __future__ import annotations

import functools
import re
import sys
import time
from collections.abc import Callable, Iterator, Mapping
from types import FrameType
from typing import Any

from jinja2 import StrictUndefined, Template
from jinja2.exceptions import SecurityError
from jinja2.runtime import Context
from jinja2.sandbox import ImmutableSandboxedEnvironment

from app.i18n import Msg
from app.localfmt import count_text
from app.notices.localtime import local_filter, utc_filter, with_utc_filter

#: variables the kit provides itself; every other variable is a field of the notice
KIT_VARIABLES = frozenset({"incident"})
#: a notice is a page of text, an SMS a few hundred characters: far above either
MAX_OUTPUT = 100_000
#: rendering a notice takes milliseconds; a template still busy after this is looping
MAX_SECONDS = 2.0
#: the largest value one operation (`*`, `%`, a filter, a method) may build
MAX_VALUE = 20_000
#: the largest number a template may hand to a filter or method (a width, a count)
MAX_NUMBER = 10_000
_DIGITS = re.compile(r"\d{6,}")  # a width like %0100000000d in a format string


class RenderLimit(SecurityError):
    """The template went past a bound; the message says which."""


def sentence(value: object) -> str:
    """A field as a sentence: trimmed, with a full stop unless it already ends one
    (officers type "SMS MT traffic is not delivered" as often as "… delivered.")."""
    text = str(value).strip()
    return text if not text or text[-1] in ".!?…" else text + "."


def _size(value: object) -> int:
    return len(value) if isinstance(value, str | bytes | list | tuple | dict) else 0


def _check_value(value: object, what: str) -> object:
    if _size(value) > MAX_VALUE:
        raise RenderLimit(
            Msg.tr("{what} builds a value of more than {limit} characters").format(
                what=what, limit=count_text(MAX_VALUE)
            )
        )
    return value


def _check_numbers(args: tuple[Any, ...], kwargs: Mapping[str, Any], what: str) -> None:
    for value in (*args, *kwargs.values()):
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_NUMBER:
            raise RenderLimit(
                Msg.tr("{what} is given {value}; the most a template may ask is {limit}").format(
                    what=what, value=value, limit=count_text(MAX_NUMBER)
                )
            )


def _check_expansion(subject: object, args: tuple[Any, ...], what: str) -> None:
    """`replace` and formatting can grow a value a thousandfold in one step: estimate first."""
    if isinstance(subject, str):
        if _DIGITS.search(subject) and ("%" in subject or "{" in subject):
            raise RenderLimit(Msg.tr("{what} asks for a huge width").format(what=what))
        longest = max((_size(a) for a in args), default=0)
        if longest and len(subject) * max(1, longest) > MAX_VALUE * 10:
            raise RenderLimit(
                Msg.tr("{what} could build more than {limit} characters").format(
                    what=what, limit=count_text(MAX_VALUE)
                )
            )


def _bounded_filter(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(func)  # keeps jinja_pass_arg (context, eval context, environment)
    def checked(*args: Any, **kwargs: Any) -> Any:
        what = Msg.tr("the filter '{name}'").format(name=name)
        _check_numbers(args, kwargs, what)
        values = [a for a in args if isinstance(a, str | list | tuple)]
        if name in ("replace", "format") and values:
            _check_expansion(values[0], tuple(values[1:]), what)
        return _check_value(func(*args, **kwargs), what)

    return checked


class BoundedEnvironment(ImmutableSandboxedEnvironment):
    intercepted_binops = frozenset({"*", "**", "%"})

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        what = f"'{operator}'"
        if operator == "**" and isinstance(right, int) and abs(right) > 64:
            raise RenderLimit(
                Msg.tr("{what} with an exponent of {right}").format(what=what, right=right)
            )
        if operator == "*":
            sizes = (_size(left) * right if isinstance(right, int) else 0) + (
                _size(right) * left if isinstance(left, int) else 0
            )
            if sizes > MAX_VALUE:
                raise RenderLimit(
                    Msg.tr("{what} builds a value of more than {limit} characters").format(
                        what=what, limit=count_text(MAX_VALUE)
                    )
                )
        if operator == "%":
            _check_expansion(left, right if isinstance(right, tuple) else (right,), what)
            _check_numbers(right if isinstance(right, tuple) else (right,), {}, what)
        return _check_value(super().call_binop(context, operator, left, right), what)

    def call(__self, __context: Context, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        name = getattr(__obj, "__name__", "a call")
        what = f"'{'range' if name == 'safe_range' else name}'"
        _check_numbers(args, kwargs, what)
        owner = getattr(__obj, "__self__", None)
        if isinstance(owner, str) and getattr(__obj, "__name__", "") in ("replace", "format"):
            _check_expansion(owner, args, what)
        return _check_value(super().call(__context, __obj, *args, **kwargs), what)


def environment() -> BoundedEnvironment:
    env = BoundedEnvironment(
        undefined=StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["sentence"] = sentence
    env.filters["utc"] = utc_filter
    env.filters["local"] = local_filter
    env.filters["with_utc"] = with_utc_filter
    env.filters = {name: _bounded_filter(name, f) for name, f in env.filters.items()}
    return env


def bounded_render(
    template: Template,
    variables: Mapping[str, object],
    *,
    seconds: float = MAX_SECONDS,
    max_output: int = MAX_OUTPUT,
) -> str:
    """Render within the bounds; `RenderLimit` names the bound a template went past.

    The time bound is a trace function on this thread (any thread: the window renders off
    the GUI thread), so a loop inside template code is stopped at its next line."""
    deadline = time.monotonic() + seconds
    tracer = _deadline_tracer(deadline, seconds)
    previous = sys.gettrace()
    sys.settrace(tracer)
    try:
        return _collect(template.generate(dict(variables)), max_output)
    finally:
        sys.settrace(previous)


def _collect(parts: Iterator[str], max_output: int) -> str:
    out: list[str] = []
    total = 0
    for part in parts:
        total += len(part)
        if total > max_output:
            raise RenderLimit(
                Msg.tr("the notice would be longer than {max_output} characters").format(
                    max_output=count_text(max_output)
                )
            )
        out.append(part)
    return "".join(out)


def _deadline_tracer(deadline: float, seconds: float) -> Callable[..., Any]:
    def trace(frame: FrameType, event: str, arg: object) -> Callable[..., Any] | None:
        if time.monotonic() > deadline:
            raise RenderLimit(
                Msg.tr("rendering took longer than {seconds:g} s (a loop too large?)").format(
                    seconds=seconds
                )
            )
        return trace

    return trace


ENV = environment()
